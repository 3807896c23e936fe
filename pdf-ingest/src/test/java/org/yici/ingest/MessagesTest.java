package org.yici.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessagesTest {
    private final ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);

    @ParameterizedTest
    @EnumSource(IngestErrorKind.class)
    void everyErrorKindHasAChineseMessageForTheClerk(IngestErrorKind kind) {
        String message = bundle.getString("error." + kind.name());
        assertThat(message).isNotBlank().containsPattern("\\p{IsHan}{4,}");
        assertThat(new IngestException(kind, "detail").getMessage()).isEqualTo(message);
    }

    @ParameterizedTest
    @EnumSource(PageSource.class)
    void everyPageSourceHasAReportLabel(PageSource source) {
        assertThat(bundle.getString("report.source." + source.name())).containsPattern("\\p{IsHan}");
    }

    @Test
    void bundleHasNoKeysThatNothingUses() {
        for (String key : bundle.keySet()) {
            boolean known = key.equals("report.header")
                    || key.equals("report.page")
                    || (key.startsWith("error.") && isEnum(IngestErrorKind.class, key.substring(6)))
                    || (key.startsWith("report.source.") && isEnum(PageSource.class, key.substring(14)));
            assertThat(known).as("unused key %s", key).isTrue();
        }
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String name) {
        try {
            Enum.valueOf(type, name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package org.yici.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ContentCorpusTest {
    private static final List<ContentPage> TUNE = ContentCorpus.split(Split.TUNE);
    private static final List<ContentPage> HELD_OUT = ContentCorpus.split(Split.HELD_OUT);

    @Test
    void eachSplitHasAtLeastTenPagesOfEveryDefect() {
        for (List<ContentPage> split : List.of(TUNE, HELD_OUT)) {
            Map<ContentDefect, Long> counts = split.stream()
                    .collect(Collectors.groupingBy(
                            ContentPage::defect, () -> new EnumMap<>(ContentDefect.class), Collectors.counting()));
            assertThat(counts).containsOnlyKeys(ContentDefect.values());
            assertThat(counts.values()).allMatch(n -> n >= 10);
        }
    }

    @Test
    void splitsShareNoApplicantAndNoPageName() {
        Set<String> tune = TUNE.stream()
                .flatMap(p -> List.of(p.applicantName() + p.applicantIdNumber(), p.creditCode()).stream())
                .collect(Collectors.toSet());
        assertThat(HELD_OUT)
                .noneMatch(
                        p -> tune.contains(p.applicantName() + p.applicantIdNumber()) || tune.contains(p.creditCode()));
        Set<String> names = TUNE.stream().map(ContentPage::name).collect(Collectors.toSet());
        assertThat(HELD_OUT).extracting(ContentPage::name).doesNotContainAnyElementsOf(names);
    }

    @Test
    void describesAndRendersTheSamePagesEveryTime() {
        List<ContentPage> again = ContentCorpus.split(Split.TUNE);
        assertThat(again)
                .extracting(ContentPage::groundTruth)
                .isEqualTo(TUNE.stream().map(ContentPage::groundTruth).toList());
        ContentPage lease = TUNE.stream()
                .filter(p -> p.material() == MaterialKind.LEASE && p.defect() == ContentDefect.UNSIGNED)
                .findFirst()
                .orElseThrow();
        assertThat(lease.encoded()).isEqualTo(again.get(TUNE.indexOf(lease)).encoded());
    }

    @Test
    void printsEachDefectOnThePage() {
        for (ContentPage p : HELD_OUT) {
            String truth = p.groundTruth();
            switch (p.defect()) {
                case BAD_ID_NUMBER -> {
                    String printed = p.applicantIdNumber().substring(0, 17);
                    assertThat(truth).as(p.name()).contains(printed).doesNotContain(p.applicantIdNumber());
                }
                case BAD_CREDIT_CODE -> assertThat(truth)
                        .contains(p.creditCode().substring(0, 17))
                        .doesNotContain(p.creditCode());
                case BLANK_FIELD -> assertThat(truth).as(p.name()).containsPattern(p.blankLabel() + "(\\n|　|$)");
                default -> assertThat(truth)
                        .as(p.name())
                        .contains(
                                p.material() == MaterialKind.BUSINESS_LICENCE
                                        ? p.creditCode()
                                        : p.material() == MaterialKind.ID_CARD_BACK ? "有效期限" : p.applicantIdNumber());
            }
        }
    }

    @Test
    void termsEndAfterTheDocumentsDate() {
        for (ContentPage p : HELD_OUT) {
            p.validUntil().ifPresent(end -> assertThat(end).as(p.name()).isAfter(p.date()));
        }
    }
}

package org.yici.engine.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yici.engine.deferral.Deferral;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.Decision;
import org.yici.rules.model.FindingCode;
import org.yici.rules.model.Form;
import org.yici.rules.model.WaiverReason;

/** Every word the window pages ask for is in its bundle (CONVENTIONS 7). */
class WindowMessagesTest {
    static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

    @Test
    void everyLiteralMessageKeyOfTheTemplatesIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/window"))) {
            for (Path template : templates.toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyDecisionFindingWaiverFormAndStatusHasItsWords() throws IOException {
        Properties bundle = bundle();
        List<String> keys = new ArrayList<>();
        for (Decision d : Decision.values()) {
            keys.add("result.decision." + d);
            keys.add("result.decision.hint." + d);
        }
        for (FindingCode c : FindingCode.values()) {
            keys.add("status." + c);
        }
        for (WaiverReason r : WaiverReason.values()) {
            keys.add("result.waived.reason." + r);
        }
        for (Form f : Form.values()) {
            keys.add("form." + f);
        }
        for (Deferral.Status s : Deferral.Status.values()) {
            keys.add("deferrals.status." + s);
        }
        for (ApplicantType t : ApplicantType.values()) {
            keys.add("check.applicant.type." + t);
        }
        keys.addAll(List.of("status.OK", "status.WAIVED", "status.DEFERRED"));
        assertThat(keys).allSatisfy(k -> assertThat(bundle).containsKey(k));
    }

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in =
                WindowMessagesTest.class.getResourceAsStream("/org/yici/engine/window/messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }
}

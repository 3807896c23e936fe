package org.yici.engine.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yici.rules.model.Form;
import org.yici.rules.model.WaiverReason;

/** Every word a notice prints comes from the bundle, and the bundle has every word asked for. */
class NoticeBundleTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/notice");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                NoticeBundleTest.class.getResourceAsStream("/org/yici/engine/notice/messages.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyMessageKeyInTheTemplatesIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        TreeSet<String> missing = new TreeSet<>();
        int keys = 0;
        for (Path template : templates()) {
            Matcher m = MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (m.find()) {
                keys++;
                if (!bundle.containsKey(m.group(1))) {
                    missing.add(template.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(keys).isGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    @Test
    void keysTheTemplatesBuildFromEnumsAreInTheBundle() throws IOException {
        Properties bundle = bundle();
        List<String> missing = new ArrayList<>();
        for (Form form : Form.values()) {
            if (!bundle.containsKey("form." + form.name())) {
                missing.add("form." + form.name());
            }
        }
        for (WaiverReason reason : WaiverReason.values()) {
            if (!bundle.containsKey("notice.waived." + reason.name())) {
                missing.add("notice.waived." + reason.name());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoChineseTextOfTheirOwn() throws IOException {
        for (Path template : templates()) {
            String text = Files.readString(template, StandardCharsets.UTF_8)
                    // Date patterns are formats, not words.
                    .replace("yyyy年M月d日", "");
            assertThat(HAN.matcher(text).find())
                    .as("Chinese text in %s", template)
                    .isFalse();
        }
    }

    @Test
    void noticeJavaCodeHoldsNoChineseText() throws IOException {
        Path sources = Path.of("src/main/java/org/yici/engine/notice");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path source : files.toList()) {
                String code = Files.readString(source, StandardCharsets.UTF_8);
                // Javadoc and comments may explain in Chinese; string literals may not.
                Matcher literal = Pattern.compile("\"([^\"\\\\]|\\\\.)*\"")
                        .matcher(code.replaceAll("(?s)/\\*.*?\\*/|//[^\n]*", ""));
                while (literal.find()) {
                    String s = literal.group();
                    if (HAN.matcher(s).find()) {
                        assertThat(s)
                                .as("literal in %s", source)
                                .isIn("\"{office}〔{year}〕{seq:5}号\"", "\"没有编号为 \"", "\" 的核验记录\"");
                    }
                }
            }
        }
    }

    @Test
    void everyNoticeRendersWithoutAMissingMessageMarker() {
        NoticeRenderer renderer = new NoticeRenderer(NoticeFixtures.properties());
        NoticeTemplates templates = new NoticeTemplates();
        NoticeComposer composer = new NoticeComposer(NoticeFixtures.properties());
        for (String request : List.of(
                NoticeFixtures.AGENT_WITHOUT_PAPERS,
                NoticeFixtures.BASE,
                NoticeFixtures.DEFERRAL,
                NoticeFixtures.COMMITMENT,
                NoticeFixtures.ORGANISATION)) {
            var result = NoticeFixtures.check(request);
            var content = composer.compose(
                    result,
                    NoticeFixtures.request(request),
                    NoticeFixtures.book(),
                    null,
                    "示政〔2026〕00001号",
                    renderer.noticeDate(result));
            String html = templates.html(content);
            assertThat(html).as(result.decision().name()).doesNotContain("??").contains("预览");
        }
    }
}

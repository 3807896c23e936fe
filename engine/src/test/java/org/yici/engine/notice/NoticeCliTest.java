package org.yici.engine.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yici.engine.notice.NoticeFixtures.flat;
import static org.yici.engine.notice.NoticeFixtures.text;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yici.engine.Yici;

/** {@code yici check request.json --notice out.pdf}: a preview notice without the service. */
class NoticeCliTest {
    @TempDir
    Path dir;

    @Test
    void checkWritesAnUnnumberedPreviewNoticeWithEveryFinding() throws Exception {
        Path request = dir.resolve("request.json");
        Files.writeString(request, NoticeFixtures.AGENT_WITHOUT_PAPERS, StandardCharsets.UTF_8);
        Path pdf = dir.resolve("notice.pdf");
        StringWriter out = new StringWriter();
        int exit = Yici.execute(
                new PrintWriter(out),
                new PrintWriter(new StringWriter()),
                false,
                "check",
                request.toString(),
                "--notice",
                pdf.toString());
        assertThat(exit).as("correction required").isEqualTo(1);
        String text = flat(text(Files.readAllBytes(pdf)));
        assertThat(text).contains("补正材料一次性告知书", "预览", "示例县政务服务中心");
        assertThat(text).doesNotContain("〔2026〕");
        for (var finding : NoticeFixtures.JSON.readTree(out.toString()).path("findings")) {
            assertThat(text).contains(flat(finding.path("message").asText()));
        }
        NoticeFixtures.keep("cli-preview", Files.readAllBytes(pdf));
    }
}

package org.yici.engine.notice;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.yici.engine.check.CheckResult;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckOutcome.FindingView;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.Checker;
import org.yici.rules.model.Decision;
import org.yici.rules.model.FindingCode;

/** Requests, results and PDF helpers the notice tests share. */
final class NoticeFixtures {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Where tests leave PDFs and PNGs for a person to look at. */
    static final Path ARTEFACTS = Path.of("target", "notice-artefacts");

    static final Instant CHECKED_AT = Instant.parse("2026-03-02T01:30:00Z");

    private static RuleBook book;

    private NoticeFixtures() {}

    static synchronized RuleBook book() {
        if (book == null) {
            book = RuleBook.build(RuleSource.classpath());
        }
        return book;
    }

    static NoticeProperties properties() {
        return new NoticeProperties(
                "示例县政务服务中心",
                "示政",
                "{office}〔{year}〕{seq:5}号",
                null,
                null,
                ZoneId.of("Asia/Shanghai"),
                "示例县人民政府",
                "示例县人民法院",
                30,
                "0000-12345678");
    }

    static final String BASE =
            """
            {"matter": "GTGSH-SL", "applicationDate": "2026-03-02", "channel": "WINDOW",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
             "materials": [
               {"id": "m1", "code": "GTGSH-SL-01", "form": "ORIGINAL", "copies": 1},
               {"id": "m2", "code": "GTGSH-SL-02", "form": "COPY", "copies": 1},
               {"id": "m3", "code": "GTGSH-SL-03", "form": "COPY", "copies": 1}]}
            """;

    /** An agent without papers, and the application form as a copy: four defects. */
    static final String AGENT_WITHOUT_PAPERS =
            """
            {"matter": "GTGSH-SL", "applicationDate": "2026-03-02",
             "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
             "agent": {"name": "李四", "idNumber": "110101199003070011"},
             "materials": [
               {"code": "GTGSH-SL-01", "form": "COPY", "copies": 1},
               {"code": "GTGSH-SL-02", "form": "COPY", "copies": 1}]}
            """;

    static final String DEFERRAL = BASE.replace("\"channel\": \"WINDOW\",", "\"commitments\": [\"DEFERRAL\"],")
            .replace(",\n   {\"id\": \"m3\", \"code\": \"GTGSH-SL-03\", \"form\": \"COPY\", \"copies\": 1}", "");

    static final String COMMITMENT = BASE.replace(
                    "\"channel\": \"WINDOW\",", "\"commitments\": [\"CERT:GTGSH-SL-03\"],")
            .replace(",\n   {\"id\": \"m3\", \"code\": \"GTGSH-SL-03\", \"form\": \"COPY\", \"copies\": 1}", "");

    static final String ORGANISATION = BASE.replace(
            "{\"type\": \"PERSON\", \"name\": \"张三\", \"idNumber\": \"11010519491231002X\"}",
            "{\"type\": \"ORGANIZATION\", \"name\": \"某某商贸有限公司\", \"creditCode\": \"91110105MA01ABCD1X\"}");

    static CheckRequest request(String json) {
        try {
            return JSON.readValue(json, CheckRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CheckResult check(String json) {
        return result(new Checker(book()).check(request(json)), "01TESTCHECK" + Math.abs(json.hashCode()));
    }

    static CheckResult result(CheckOutcome o, String id) {
        return CheckResult.of(id, o, List.of(), List.of(), null, CHECKED_AT);
    }

    /** A result with {@code n} findings, each about a different (made-up) material. */
    static CheckResult manyFindings(int n) {
        List<FindingView> findings = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String code = String.format(java.util.Locale.ROOT, "GTGSH-SL-T%02d", i);
            findings.add(new FindingView(
                    FindingCode.MISSING,
                    "GTGSH-SL",
                    code,
                    "测试材料第" + i + "号",
                    "缺少测试材料第" + i + "号，需提交原件1份，内容须完整填写并由申请人签字确认（第" + i + "项）",
                    "《市场主体登记管理条例》第十六条（测试依据" + i + "）",
                    code + " rule",
                    "matters/GTGSH-SL/requirements.drl:" + i,
                    List.of()));
        }
        CheckResult base = check(AGENT_WITHOUT_PAPERS);
        return new CheckResult(
                "01TESTMANY" + n,
                base.matter(),
                base.matterName(),
                base.rulesVersion(),
                Decision.CORRECTION_REQUIRED,
                findings,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                null,
                CHECKED_AT,
                List.of());
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text without the line breaks and spaces the layout adds. */
    static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Writes the PDF and its first page as PNG to {@link #ARTEFACTS}. */
    static void keep(String name, byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(ARTEFACTS);
            Files.write(ARTEFACTS.resolve(name + ".pdf"), pdf);
            var image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            javax.imageio.ImageIO.write(
                    image, "png", ARTEFACTS.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

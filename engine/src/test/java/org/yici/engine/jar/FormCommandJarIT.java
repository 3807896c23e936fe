package org.yici.engine.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yici.engine.jar.YiciJar.Run;

/** {@code yici form}, run from the packaged jar: the pre-filled form on standard output or in a file. */
class FormCommandJarIT {
    @TempDir
    Path dir;

    @Test
    void printsTheFormFilledFromTheLicenceDirectoryAsHtmlAndPdf() throws Exception {
        Files.writeString(
                dir.resolve("licences.csv"),
                "holder,type,number,validUntil,source,name,address,legalRepresentative\n"
                        + "11010519491231002X,ID_CARD,11010519491231002X,2036-01-01,公安电子证照,张三,北京市东城区示例路1号,\n",
                StandardCharsets.UTF_8);
        Run imported = YiciJar.run(dir, null, "licences", "import", "licences.csv");
        assertThat(imported.exit()).as(imported.all()).isZero();

        Run html = YiciJar.run(dir, null, "form", "GTGSH-SL", "--applicant-id", "11010519491231002X");
        assertThat(html.exit()).as(html.all()).isZero();
        assertThat(html.out()).contains("个体工商户登记（备案）申请书", "张三", "北京市东城区示例路1号", "来源：电子证照", "来源：申请人提供");
        assertThat(html.err()).as(html.all()).contains("GTGSH-SL: 3 of 9 fields pre-filled");
        CommandLineJarIT.assertQuiet(html);

        Run pdf = YiciJar.run(
                dir,
                null,
                "form",
                "GTGSH-SL",
                "--applicant-id",
                "11010519491231002X",
                "--format",
                "pdf",
                "-o",
                "form.pdf");
        assertThat(pdf.exit()).as(pdf.all()).isZero();
        assertThat(pdf.out()).isEmpty();
        try (PDDocument document = Loader.loadPDF(dir.resolve("form.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("[ \\t]+", ""))
                    .contains("经营者姓名：张三\n来源：电子证照", "住址：北京市东城区示例路1号");
        }
    }

    @Test
    void exitsTwoWithoutAnApplicantOrForAMatterWithoutAForm() {
        Run none = YiciJar.run(dir, null, "form", "GTGSH-SL");
        assertThat(none.exit()).as(none.all()).isEqualTo(2);
        assertThat(none.out()).isEmpty();

        Run noForm = YiciJar.run(dir, null, "form", "YZ-BA", "--credit-code", "91110105MA01ABCD13");
        assertThat(noForm.exit()).as(noForm.all()).isEqualTo(2);
        assertThat(noForm.err()).contains("没有可预填的申请书");
    }
}

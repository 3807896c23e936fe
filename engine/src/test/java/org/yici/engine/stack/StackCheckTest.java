package org.yici.engine.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.yici.engine.OwnDataFolder;
import org.yici.engine.content.ScanPages;
import org.yici.engine.job.Uploads;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Material;
import org.yici.ingest.corpus.PdfFixtures;
import org.yici.ingest.corpus.StackCorpus;

/**
 * A whole package scanned at once and sent as {@code files} parts without material ids (issue
 * 18): cut into documents, each matched to its item by type and holder, extras and unmatched
 * pages listed, the pages of each document named.
 */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StackCheckTest {
    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    static final String APPLICANT = "{\"type\": \"PERSON\", \"name\": \"张三\", \"idNumber\": \"11010519491231002X\"}";
    static final String AGENT = "{\"name\": \"李四\", \"idNumber\": \"110101199003070011\"}";

    static List<String> page(Material m) {
        List<String> lines = new ArrayList<>();
        lines.add(m.title());
        lines.addAll(m.lines());
        return lines;
    }

    static final List<String> BLANK = List.of();

    static final List<String> LEASE_SIGNATURES =
            List.of("第五条　本合同一式两份，甲乙双方各执一份。", "第六条　未尽事宜，双方协商解决。", "甲方签字：王五　　乙方签字：张三", "签订日期：2025年5月20日");

    static final List<String> AGENT_CARD =
            List.of("姓名　李四", "性别　男　民族　汉", "出生　1990年3月7日", "住址　北京市东城区东四大街1号", "公民身份号码　110101199003070011");

    static final List<String> CARD_BACK = List.of("中华人民共和国", "居民身份证", "签发机关　北京市公安局海淀分局", "有效期限　2016.01.01-2036.01.01");

    static final List<String> ATTORNEY = List.of(
            "授权委托书",
            "委托人：张三",
            "身份证号码：11010519491231002X",
            "受托人：李四",
            "身份证号码：110101199003070011",
            "现委托受托人代表本人办理个体工商户设立登记事宜。",
            "委托期限：自2026年3月1日至2026年6月1日",
            "委托人（签字）：张三",
            "日期：2026年3月1日");

    private JsonNode post(String request, List<byte[]> stacks, String fileField, byte[] file) throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < stacks.size(); i++) {
            names.add("stack" + (i + 1) + ".pdf");
        }
        return post(request, stacks, names, fileField, file);
    }

    private JsonNode post(String request, List<byte[]> stacks, List<String> names, String fileField, byte[] file)
            throws Exception {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("request", new HttpEntity<>(request.getBytes(StandardCharsets.UTF_8), jsonPart));
        for (int i = 0; i < stacks.size(); i++) {
            parts.add("files", Uploads.file(stacks.get(i), names.get(i)));
        }
        if (fileField != null) {
            parts.add(fileField, Uploads.file(file, fileField + ".pdf"));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response =
                http.postForEntity("/api/v1/checks", new HttpEntity<>(parts, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody());
    }

    private static String request(String agent, String materials) {
        return "{\"matter\": \"GTGSH-SL\", \"applicationDate\": \"2026-03-02\", \"channel\": \"WINDOW\","
                + " \"applicant\": " + APPLICANT + (agent == null ? "" : ", \"agent\": " + agent)
                + ", \"materials\": [" + materials + "]}";
    }

    private static List<String> documents(JsonNode stack) {
        List<String> out = new ArrayList<>();
        stack.path("documents")
                .forEach(d -> out.add(d.path("firstPage").asInt() + "-"
                        + d.path("lastPage").asInt() + " "
                        + d.path("type").asText("-") + " " + d.path("status").asText() + " "
                        + (d.has("materials") ? d.path("materials").toString() : "[]")));
        return out;
    }

    @Test
    void aWholeStackIsCutIntoDocumentsAndEachIsMatchedByTypeAndHolder() throws Exception {
        byte[] stack = PdfFixtures.pages(List.of(
                page(Material.APPLICATION_FORM), // 1
                BLANK, // 2: separator
                page(Material.ID_CARD), // 3: applicant's card, front
                CARD_BACK, // 4: its back
                AGENT_CARD, // 5: the agent's card, front
                CARD_BACK, // 6: its back
                page(Material.LEASE_CONTRACT), // 7
                LEASE_SIGNATURES, // 8: the lease's signature page
                ATTORNEY, // 9
                page(Material.BUSINESS_LICENSE))); // 10: not asked for
        JsonNode result = post(request(AGENT, ""), List.of(stack), null, null);

        assertThat(result.path("findings").findValuesAsText("code")).isEmpty();
        assertThat(result.path("decision").asText()).isEqualTo("ACCEPTED");
        // Original or copy cannot be seen on a scan: staff are asked to confirm on the paper.
        assertThat(result.path("warnings").toString()).contains("原件还是复印件");
        JsonNode view = result.path("stacks").get(0);
        assertThat(view.path("file").asText()).isEqualTo("stack1.pdf");
        assertThat(view.path("pages").asInt()).isEqualTo(10);
        assertThat(view.path("blankPages").toString()).isEqualTo("[2]");
        assertThat(documents(view))
                .containsExactly(
                        "1-1 APPLICATION_FORM MATCHED [\"GTGSH-SL-01\"]",
                        "3-4 ID_CARD MATCHED [\"GTGSH-SL-02\"]",
                        "5-6 ID_CARD MATCHED [\"GTGSH-SL-05\"]",
                        "7-8 PREMISES_PROOF MATCHED [\"GTGSH-SL-03\"]",
                        "9-9 POWER_OF_ATTORNEY MATCHED [\"GTGSH-SL-04\"]",
                        "10-10 BUSINESS_LICENSE EXTRA []");
        // The checklist names the document each item was found in.
        JsonNode lease = result.path("checklist").get(2);
        assertThat(lease.path("material").asText()).isEqualTo("GTGSH-SL-03");
        assertThat(lease.path("documents").toString()).isEqualTo("[\"stack-1-4\"]");
    }

    @Test
    void signaturesAreLookedForOnTheScannedPagesOfEachDocumentOfAStack() throws Exception {
        java.awt.Font font = CjkFonts.renderingFonts(1).get(0);
        String signHere = "经营者签字：";
        List<String> form = List.of(
                "经营者姓名：张三",
                "公民身份号码：11010519491231002X",
                "联系电话：13800138000",
                "经营场所：北京市海淀区中关村大街27号1层",
                "经营范围：日用百货",
                signHere,
                "申请日期：2026年3月2日");
        String lessor = "甲方（签字）：";
        String lessee = "乙方（签字）：";
        List<String> lease = List.of(
                "出租方（甲方）：王五",
                "身份证号码：110101199003070011",
                "承租方（乙方）：张三",
                "身份证号码：11010519491231002X",
                "第一条　房屋坐落于北京市海淀区中关村大街27号1层。",
                "第二条　租赁期限自2025年6月1日起至2027年5月31日止。",
                lessor,
                lessee);
        BufferedImage leasePage = ScanPages.a4(font, "房屋租赁合同", lease);
        leasePage = ScanPages.signed(leasePage, font, lease.indexOf(lessor), lessor);
        leasePage = ScanPages.signed(leasePage, font, lease.indexOf(lessee), lessee);
        // A scan without a text layer: page 1 an application form nobody signed, page 2 a lease both parties signed.
        byte[] stack = new StackCorpus.Stack(
                        "scanned",
                        "张三",
                        "11010519491231002X",
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(ScanPages.a4(font, "个体工商户登记（备案）申请书", form), leasePage))
                .pdf();
        String card = "{\"id\": \"card\", \"code\": \"GTGSH-SL-02\", \"form\": \"COPY\", \"copies\": 1}";
        JsonNode result = post(request(null, card), List.of(stack), null, null);

        assertThat(documents(result.path("stacks").get(0)))
                .containsExactly(
                        "1-1 APPLICATION_FORM MATCHED [\"GTGSH-SL-01\"]",
                        "2-2 PREMISES_PROOF MATCHED [\"GTGSH-SL-03\"]");
        assertThat(result.path("findings")).singleElement().satisfies(f -> {
            assertThat(f.path("code").asText()).isEqualTo("MISSING_SIGNATURE");
            assertThat(f.path("material").asText()).isEqualTo("GTGSH-SL-01");
            assertThat(f.path("message").asText()).contains("（stack1.pdf第1页）经营者未签字");
        });
    }

    @Test
    void aMixedPackageTicksPaperTakesAFilePerMaterialAndAStack() throws Exception {
        byte[] stack = PdfFixtures.pages(List.of(page(Material.ID_CARD), CARD_BACK, page(Material.LEASE_CONTRACT)));
        String materials = "{\"id\": \"form\", \"code\": \"GTGSH-SL-01\", \"form\": \"ORIGINAL\", \"copies\": 1},"
                + "{\"id\": \"commit\", \"code\": \"GTGSH-SL-03\", \"form\": \"COPY\", \"copies\": 1,"
                + " \"file\": \"lease.pdf\"}";
        JsonNode result = post(
                request(null, materials),
                List.of(stack),
                "commit",
                PdfFixtures.pages(List.of(page(Material.LEASE_CONTRACT), LEASE_SIGNATURES)));
        assertThat(result.path("findings").findValuesAsText("code")).isEmpty();
        assertThat(result.path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(documents(result.path("stacks").get(0)))
                .containsExactly(
                        "1-2 ID_CARD MATCHED [\"GTGSH-SL-02\"]", "3-3 PREMISES_PROOF MATCHED [\"GTGSH-SL-03\"]");
        // The lease came twice (its own file and in the stack): two copies of the item.
        assertThat(result.path("documents").findValuesAsText("id")).contains("commit", "stack-1-1", "stack-1-2");
    }

    @Test
    void whatTheStackLacksIsMissingAndPagesOfNoTypeAreListedForStaff() throws Exception {
        byte[] stack = PdfFixtures.pages(List.of(
                List.of("会议纪要", "今天讨论了小区停车位的分配问题。"), // 1: nothing the dictionary knows
                page(Material.APPLICATION_FORM), // 2
                page(Material.ID_CARD))); // 3
        JsonNode result = post(request(null, ""), List.of(stack), null, null);
        assertThat(result.path("decision").asText()).isEqualTo("CORRECTION_REQUIRED");
        assertThat(result.path("findings").findValuesAsText("material")).containsExactly("GTGSH-SL-03");
        assertThat(documents(result.path("stacks").get(0)))
                .containsExactly(
                        "1-1 - UNMATCHED []",
                        "2-2 APPLICATION_FORM MATCHED [\"GTGSH-SL-01\"]",
                        "3-3 ID_CARD MATCHED [\"GTGSH-SL-02\"]");
    }

    /** Each document of a stack view as "file:page,file:page type status materials". */
    private static List<String> pagesOf(JsonNode stacks) {
        List<String> out = new ArrayList<>();
        stacks.forEach(stack -> stack.path("documents").forEach(d -> {
            List<String> pages = new ArrayList<>();
            d.path("pages")
                    .forEach(p -> pages.add(
                            p.path("file").asText() + ":" + p.path("page").asInt()));
            out.add(String.join(",", pages) + " " + d.path("type").asText("-") + " "
                    + d.path("status").asText() + " "
                    + (d.has("materials") ? d.path("materials").toString() : "[]"));
        }));
        return out;
    }

    @Test
    void aDocumentRunsOnFromOneStackFileIntoTheNextAsItWouldWithinOneFile() throws Exception {
        // One stack scanned in two PDFs, the break inside the applicant's card and inside the lease.
        byte[] first = PdfFixtures.pages(List.of(
                page(Material.APPLICATION_FORM), // a1
                page(Material.ID_CARD))); // a2: the card's front
        byte[] second = PdfFixtures.pages(List.of(
                CARD_BACK, // b1: its back
                BLANK, // b2: separator
                page(Material.LEASE_CONTRACT))); // b3
        byte[] third = PdfFixtures.pages(List.of(
                LEASE_SIGNATURES, // c1: the lease's signature page
                List.of("会议纪要", "今天讨论了小区停车位的分配问题。"))); // c2: no type: stays with the lease
        JsonNode result =
                post(request(null, ""), List.of(first, second, third), List.of("a.pdf", "b.pdf", "c.pdf"), null, null);

        assertThat(result.path("findings").findValuesAsText("code")).isEmpty();
        assertThat(result.path("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(pagesOf(result.path("stacks")))
                .containsExactly(
                        "a.pdf:1 APPLICATION_FORM MATCHED [\"GTGSH-SL-01\"]",
                        "a.pdf:2,b.pdf:1 ID_CARD MATCHED [\"GTGSH-SL-02\"]",
                        "b.pdf:3,c.pdf:1,c.pdf:2 PREMISES_PROOF MATCHED [\"GTGSH-SL-03\"]");
        // Listed under the file each starts in; first and last page are its pages there.
        assertThat(documents(result.path("stacks").get(0)))
                .containsExactly(
                        "1-1 APPLICATION_FORM MATCHED [\"GTGSH-SL-01\"]", "2-2 ID_CARD MATCHED [\"GTGSH-SL-02\"]");
        assertThat(documents(result.path("stacks").get(1)))
                .containsExactly("3-3 PREMISES_PROOF MATCHED [\"GTGSH-SL-03\"]");
        assertThat(result.path("stacks").get(1).path("blankPages").toString()).isEqualTo("[2]");
        assertThat(result.path("stacks").get(2).path("documents")).isEmpty();
        // The card's evidence names each page's file: its fields were read across both.
        JsonNode card = documentNamed(result, "stack-1-2");
        assertThat(card.path("pages").asInt()).isEqualTo(2);
        assertThat(card.path("pageEvidence").findValuesAsText("file")).containsExactly("a.pdf", "b.pdf");
        assertThat(card.path("pageEvidence").findValuesAsText("number")).containsExactly("2", "1");
        assertThat(card.path("fields").findValuesAsText("file")).contains("a.pdf");
    }

    @Test
    void photosSentUnderOneNameAreToldApartSoEachPageIsNamedByItsOwnFile() throws Exception {
        // A phone's browser may send every photo as image.jpg.
        JsonNode result = post(
                request(null, ""),
                List.of(PdfFixtures.pages(List.of(page(Material.ID_CARD))), PdfFixtures.pages(List.of(CARD_BACK))),
                List.of("image.pdf", "image.pdf"),
                null,
                null);
        List<String> files = new ArrayList<>();
        result.path("stacks").forEach(stack -> files.add(stack.path("file").asText()));
        assertThat(files).containsExactly("image.pdf", "image (2).pdf");
        assertThat(pagesOf(result.path("stacks")))
                .containsExactly("image.pdf:1,image (2).pdf:1 ID_CARD MATCHED [\"GTGSH-SL-02\"]");
    }

    private static JsonNode documentNamed(JsonNode result, String id) {
        for (JsonNode d : result.path("documents")) {
            if (d.path("id").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError("no document " + id + " in " + result.path("documents"));
    }

    @Test
    void aStackSentAsOnePhotoPerPageIsCutAsTheSameStackInOneFile() throws Exception {
        StackCorpus.Stack stack =
                StackCorpus.stacks(org.yici.ingest.corpus.Split.TUNE, 1).get(0);
        List<byte[]> photos = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < stack.images().size(); i++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(stack.images().get(i), "jpg", out);
            photos.add(out.toByteArray());
            names.add("photo" + (i + 1) + ".jpg");
        }
        String agent = stack.agentName() == null
                ? null
                : "{\"name\": \"" + stack.agentName() + "\", \"idNumber\": \"" + stack.agentId() + "\"}";
        String request = "{\"matter\": \"GTGSH-SL\", \"applicationDate\": \"2026-03-02\", \"channel\": \"WINDOW\","
                + " \"applicant\": {\"type\": \"PERSON\", \"name\": \"" + stack.applicantName()
                + "\", \"idNumber\": \"" + stack.applicantId() + "\"}"
                + (agent == null ? "" : ", \"agent\": " + agent) + ", \"materials\": []}";
        JsonNode photographed = post(request, photos, names, null, null);

        List<String> expected = new ArrayList<>();
        List<List<String>> runsOn = new ArrayList<>();
        for (StackCorpus.Document d : stack.documents()) {
            List<String> pages = new ArrayList<>();
            d.pages().forEach(p -> pages.add("photo" + p + ".jpg:1"));
            if (d.pages().size() > 1) {
                runsOn.add(d.pages().stream().map(p -> "photo" + p + ".jpg").toList());
            }
            expected.add(String.join(",", pages) + " "
                    + (d.role().material() == null ? "" : "[\"" + d.role().material() + "\"]"));
        }
        assertThat(runsOn).as("the stack has documents of more than one page").isNotEmpty();
        assertThat(pagesOf(photographed.path("stacks")).stream()
                        .map(d -> d.split(" ")[0] + " " + (d.endsWith("[]") ? "" : d.substring(d.lastIndexOf(' ') + 1)))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        // Each document that runs across photos has its pages' evidence named by photo.
        List<List<String>> evidenceFiles = new ArrayList<>();
        photographed.path("documents").forEach(d -> {
            if (d.path("pages").asInt() > 1) {
                evidenceFiles.add(d.path("pageEvidence").findValuesAsText("file"));
                assertThat(d.path("pageEvidence").findValuesAsText("number")).containsOnly("1");
            }
        });
        assertThat(evidenceFiles).containsExactlyInAnyOrderElementsOf(runsOn);
        // Every finding about a page names the photo it is on.
        photographed.path("findings").forEach(f -> {
            if (f.path("where").has("document")) {
                assertThat(f.path("where").path("document").asText()).matches("photo\\d+\\.jpg");
            }
        });
    }

    @Test
    void aStackPdfsFormFieldsGoOnlyToTheDocumentOnWhosePagesTheyAre() throws Exception {
        byte[] stack = withRequiredEmptyField(
                PdfFixtures.pages(List.of(
                        page(Material.ID_CARD), // 1
                        CARD_BACK, // 2
                        page(Material.APPLICATION_FORM), // 3: the form's field is here
                        page(Material.LEASE_CONTRACT), // 4
                        LEASE_SIGNATURES)), // 5
                3);
        JsonNode result = post(request(null, ""), List.of(stack), null, null);

        assertThat(documents(result.path("stacks").get(0)))
                .containsExactly(
                        "1-2 ID_CARD MATCHED [\"GTGSH-SL-02\"]",
                        "3-3 APPLICATION_FORM MATCHED [\"GTGSH-SL-01\"]",
                        "4-5 PREMISES_PROOF MATCHED [\"GTGSH-SL-03\"]");
        assertThat(result.path("findings")).singleElement().satisfies(f -> {
            assertThat(f.path("code").asText()).isEqualTo("BLANK_FIELD");
            assertThat(f.path("material").asText()).isEqualTo("GTGSH-SL-01");
            assertThat(f.path("message").asText()).contains("（stack1.pdf第3页）");
        });
    }

    /** The PDF with a fillable form: one required field, left empty, on page {@code page}. */
    private static byte[] withRequiredEmptyField(byte[] pdf, int page) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var form = new org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            var resources = new org.apache.pdfbox.pdmodel.PDResources();
            resources.put(
                    org.apache.pdfbox.cos.COSName.getPDFName("Helv"),
                    new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA));
            form.setDefaultResources(resources);
            form.setDefaultAppearance("/Helv 10 Tf 0 g");
            var field = new org.apache.pdfbox.pdmodel.interactive.form.PDTextField(form);
            field.setPartialName("premises");
            field.setAlternateFieldName("经营场所");
            field.setRequired(true);
            var on = doc.getPage(page - 1);
            var widget = field.getWidgets().get(0);
            widget.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 100, 300, 20));
            widget.setPage(on);
            on.getAnnotations().add(widget);
            form.getFields().add(field);
            doc.save(out);
            return out.toByteArray();
        }
    }
}

package org.yici.engine.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yici.engine.OwnDataFolder;
import org.yici.engine.audit.AuditTrail;
import org.yici.engine.check.CheckService;
import org.yici.engine.deferral.DeferralService;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.CorpusPage;
import org.yici.ingest.corpus.Degradation;
import org.yici.ingest.corpus.Material;
import org.yici.ingest.corpus.PdfFixtures;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.Decision;
import org.yici.rules.model.Form;

/**
 * The staff window in a real browser (Debian's headless Chromium and chromedriver) against the
 * running service. Screenshots of the main pages go to {@code target/screenshots/}.
 */
@OwnDataFolder
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "yici.window.bootstrap-user=wang",
            "yici.window.bootstrap-password=window-test-password",
            "yici.window.bootstrap-display-name=王小窗",
            "yici.window.bootstrap-office=综合受理窗口"
        })
class WindowBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static ChromeDriver browser;
    static Path profile;

    /** The application date of every check: 2026-03-02, a Monday the holiday calendar covers. */
    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    DeferralService deferrals;

    @Autowired
    CheckService checks;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() throws IOException {
        // CI installs chromium and chromium-driver (scripts/install-natives.sh): fail, never skip.
        assertThat(CHROMIUM)
                .as("headless Chromium is needed for the window tests: apt-get install -y chromium chromium-driver")
                .isExecutable();
        assertThat(CHROMEDRIVER)
                .as("chromedriver is needed for the window tests: apt-get install -y chromium-driver")
                .isExecutable();
        profile = Files.createTempDirectory("yici-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-dev-shm-usage",
                        "--lang=zh-CN",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1000));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    @BeforeEach
    void logIn() {
        browser.manage().deleteAllCookies();
        browser.get(url("/window"));
        waitFor().until(ExpectedConditions.urlContains("/login"));
        screenshot("login");
        browser.findElement(By.id("username")).sendKeys("wang");
        browser.findElement(By.id("password")).sendKeys("window-test-password", Keys.ENTER);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
        assertThat(browser.findElement(By.className("who")).getText()).contains("王小窗");
    }

    @Test
    void staffFindTheMatterByNameAndACompletePaperPackageIsAccepted() {
        // Keyboard only: the search field has the focus, Enter searches, Enter submits the check.
        browser.switchTo().activeElement().sendKeys("个体工商户", Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("q="));
        screenshot("matters");
        browser.findElement(By.linkText("个体工商户设立登记")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("check-form")));
        screenshot("checklist");

        browser.findElement(By.id("applicantName")).sendKeys("张三");
        tick("GTGSH-SL-01");
        tick("GTGSH-SL-02");
        tick("GTGSH-SL-03");
        browser.findElement(By.id("applicantId")).sendKeys("11010519491231002X", Keys.ENTER);

        assertThat(decision()).isEqualTo("ACCEPTED");
        assertThat(browser.findElement(By.id("decision")).getText()).isEqualTo("受理");
        assertThat(row("GTGSH-SL-03").getAttribute("data-status")).isEqualTo("OK");
        screenshot("result-accepted");
        String checkId = browser.findElement(By.id("check-id")).getText();
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE subject_id = :id AND action = 'CHECK_CREATED'")
                        .param("id", checkId)
                        .query(String.class)
                        .single())
                .isEqualTo("wang");
    }

    @Test
    void anIdCopyHandedInWithAnEarlierAcceptedCheckIsOfferedAndNotAskedAgain() {
        // Accepted two months ago, with the applicant's ID copy (GTGSH-SL-02).
        String earlier = checks.checkOnce(
                        new CheckRequest(
                                "GTGSH-SL",
                                LocalDate.of(2026, 1, 5),
                                "WINDOW",
                                new CheckRequest.Party(ApplicantType.PERSON, "周八", "110105198001011238", null),
                                null,
                                java.util.Map.of(),
                                List.of(),
                                List.of(),
                                List.of(
                                        new CheckRequest.Material(null, "GTGSH-SL-01", Form.ORIGINAL, 1, null, null),
                                        new CheckRequest.Material(null, "GTGSH-SL-02", Form.COPY, 1, null, null),
                                        new CheckRequest.Material(null, "GTGSH-SL-03", Form.COPY, 1, null, null))),
                        null,
                        AuditTrail.Actor.SYSTEM)
                .result()
                .checkId();
        browser.get(url("/window/matters/GTGSH-SL"));
        browser.findElement(By.id("applicantName")).sendKeys("周八");
        tick("GTGSH-SL-01");
        tick("GTGSH-SL-03");
        browser.findElement(By.id("applicantId")).sendKeys("110105198001011238", Keys.ENTER);
        assertThat(decision()).isEqualTo("CORRECTION_REQUIRED");
        assertThat(row("GTGSH-SL-02").getAttribute("data-status")).isEqualTo("MISSING");

        // The earlier check's ID copy and premises proof are offered, not what the check on the page was handed.
        assertThat(browser.findElements(By.cssSelector("#reuse input")))
                .extracting(e -> e.getAttribute("value"))
                .containsExactlyInAnyOrder(earlier + "/GTGSH-SL-02", earlier + "/GTGSH-SL-03");
        WebElement offer = browser.findElement(By.cssSelector("#reuse input[value='" + earlier + "/GTGSH-SL-02']"));
        assertThat(browser.findElement(By.id("reuse")).getText()).contains("经营者身份证明", "2026-01-05", earlier);
        offer.sendKeys(Keys.SPACE);
        screenshot("reuse-offered");
        browser.findElement(By.id("submit-check")).click();

        assertThat(decision()).isEqualTo("ACCEPTED");
        assertThat(row("GTGSH-SL-02").getAttribute("data-status")).isEqualTo("WAIVED");
        assertThat(row("GTGSH-SL-02").getText()).contains("此前已提交且仍有效，免于重复提交");
        assertThat(browser.findElement(By.cssSelector("#reuse input[value='" + earlier + "/GTGSH-SL-02']"))
                        .isSelected())
                .isTrue();
    }

    @Test
    void anAgentWithoutPowerOfAttorneyGetsTheFindingNextToItAndAPrintableNotice() throws Exception {
        browser.get(url("/window/matters/GTGSH-SL"));
        assertThat(row("GTGSH-SL-04").isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("agentName")).isDisplayed()).isFalse();
        browser.findElement(By.id("agent")).sendKeys(Keys.SPACE);
        waitFor().until(ExpectedConditions.visibilityOf(row("GTGSH-SL-04")));
        assertThat(row("GTGSH-SL-05").isDisplayed()).isTrue();

        browser.findElement(By.id("applicantName")).sendKeys("张三");
        browser.findElement(By.id("applicantId")).sendKeys("11010519491231002X");
        browser.findElement(By.id("agentName")).sendKeys("李四");
        browser.findElement(By.id("agentId")).sendKeys("110101199003070011");
        tick("GTGSH-SL-01");
        tick("GTGSH-SL-02");
        tick("GTGSH-SL-03");
        tick("GTGSH-SL-05");
        browser.findElement(By.id("submit-check")).click();

        assertThat(decision()).isEqualTo("CORRECTION_REQUIRED");
        WebElement poa = row("GTGSH-SL-04");
        assertThat(poa.getAttribute("data-status")).isEqualTo("MISSING");
        assertThat(browser.findElement(By.id("findings")).getText()).contains("授权委托书：缺少");
        assertThat(poa.findElement(By.cssSelector(".finding")).getText())
                .contains("缺少授权委托书")
                .contains("依据");
        assertThat(row("GTGSH-SL-05").getAttribute("data-status")).isEqualTo("OK");
        screenshot("result-correction");

        String pdfUrl = browser.findElement(By.id("notice-pdf")).getAttribute("href");
        assertThat(pdfUrl).endsWith("/notice.pdf");
        // The window serves the notice to the logged-in staff member: fetch it with the browser's session.
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(pdfUrl))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        // 打印预填申请书: the application form filled for this check's applicant and agent (issue 19).
        WebElement formButton = browser.findElement(By.id("form-pdf"));
        assertThat(formButton.getText()).isEqualTo("打印预填申请书");
        HttpResponse<byte[]> form = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(formButton.getAttribute("href")))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(form.statusCode()).isEqualTo(200);
        try (var document = org.apache.pdfbox.Loader.loadPDF(form.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("个体工商户登记（备案）申请书", "张三", "李四");
        }

        // Re-opened by its number, the check shows the same result.
        String checkId = browser.findElement(By.id("check-id")).getText();
        browser.get(url("/window"));
        browser.findElement(By.id("check-id")).sendKeys(checkId, Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("/window/checks/" + checkId));
        assertThat(decision()).isEqualTo("CORRECTION_REQUIRED");
        assertThat(browser.findElement(By.id("agent")).isSelected()).isTrue();
    }

    @Test
    void theChecklistAndResultNeverShowACancelledCertificate() {
        browser.get(url("/window/matters/GTGSH-SL"));
        assertThat(row("GTGSH-SL-07").isDisplayed()).isFalse();
        browser.findElement(By.id("sit-familyBusiness-yes")).click();
        waitFor().until(ExpectedConditions.visibilityOf(row("GTGSH-SL-07")));
        assertThat(browser.getPageSource()).doesNotContain("村（居）委会");

        browser.findElement(By.id("applicantName")).sendKeys("张三");
        browser.findElement(By.id("applicantId")).sendKeys("11010519491231002X");
        tick("GTGSH-SL-01");
        tick("GTGSH-SL-02");
        tick("GTGSH-SL-03");
        tick("GTGSH-SL-07");
        browser.findElement(By.id("submit-check")).click();

        assertThat(decision()).isEqualTo("ACCEPTED");
        assertThat(browser.getPageSource()).doesNotContain("村（居）委会");
    }

    @Test
    void anOverdueDeferralIsListedAndASupplementClosesIt() {
        browser.get(url("/window/matters/GTGSH-SL"));
        browser.findElement(By.id("applicantName")).sendKeys("赵六");
        browser.findElement(By.id("applicantId")).sendKeys("11010519491231002X");
        tick("GTGSH-SL-01");
        tick("GTGSH-SL-02");
        browser.findElement(By.id("commit-deferral")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("submit-check")).click();

        assertThat(decision()).isEqualTo("ACCEPTED_WITH_DEFERRAL");
        assertThat(row("GTGSH-SL-03").getAttribute("data-status")).isEqualTo("DEFERRED");
        assertThat(row("GTGSH-SL-03").findElement(By.className("deferred-due")).getText())
                .contains("2026-03-09");
        screenshot("result-deferral");
        String checkId = browser.findElement(By.id("check-id")).getText();

        deferrals.markOverdue(LocalDate.of(2026, 12, 31));
        browser.get(url("/window/deferrals?status=OVERDUE"));
        WebElement overdue = waitFor()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//tr[@data-status='OVERDUE'][.//code[text()='" + checkId + "']]")));
        assertThat(overdue.getText()).contains("经营场所使用相关文件").contains("赵六").contains("2026-03-09");
        screenshot("deferrals-overdue");

        assertThat(new Select(overdue.findElement(By.tagName("select")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("复印件");
        overdue.findElement(By.tagName("button")).click();
        WebElement outcome = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("supplement-result")));
        assertThat(outcome.getText()).contains("已核验通过");
        assertThat(browser.findElements(By.xpath("//code[text()='" + checkId + "']")))
                .isEmpty();
    }

    @Test
    void staffSeeTheirOfficesOverdueDeferralsAndEveryOfficesOnRequest() {
        // Opened through the API (online intake): no office.
        var online = checks.checkOnce(
                        new CheckRequest(
                                "GTGSH-SL",
                                LocalDate.of(2026, 3, 2),
                                "ONLINE",
                                new CheckRequest.Party(ApplicantType.PERSON, "孙七", "11010519491231002X", null),
                                null,
                                java.util.Map.of(),
                                List.of("DEFERRAL"),
                                List.of(),
                                List.of(
                                        new CheckRequest.Material("m1", "GTGSH-SL-01", Form.ELECTRONIC, 1, null, null),
                                        new CheckRequest.Material(
                                                "m2", "GTGSH-SL-02", Form.ELECTRONIC, 1, null, null))),
                        null,
                        new AuditTrail.Actor("intake", "127.0.0.1"))
                .result();
        assertThat(online.decision()).isEqualTo(Decision.ACCEPTED_WITH_DEFERRAL);
        deferrals.markOverdue(LocalDate.of(2026, 12, 31));
        By onlineRow = By.xpath("//tr[@data-status='OVERDUE'][.//code[text()='" + online.checkId() + "']]");

        browser.get(url("/window/deferrals?status=OVERDUE"));
        assertThat(new Select(browser.findElement(By.id("scope")))
                        .getFirstSelectedOption()
                        .getText())
                .contains("综合受理窗口");
        assertThat(browser.findElements(onlineRow)).isEmpty();

        new Select(browser.findElement(By.id("scope"))).selectByValue("true");
        browser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        assertThat(waitFor()
                        .until(ExpectedConditions.presenceOfElementLocated(onlineRow))
                        .getText())
                .contains("孙七");
    }

    @Test
    void aScanUploadedForAMaterialIsReadAndItsEvidenceShownNextToIt() throws Exception {
        CorpusPage scan = Corpus.page(
                Material.ID_CARD, Degradation.CLEAN, CjkFonts.renderingFonts(1).get(0));
        Path file = Files.createTempFile("id-card-scan", ".png");
        try {
            Files.write(file, scan.encoded());
            browser.get(url("/window/matters/GTGSH-SL"));
            browser.findElement(By.id("applicantName")).sendKeys("张三");
            browser.findElement(By.id("applicantId")).sendKeys("11010519491231002X");
            tick("GTGSH-SL-01");
            tick("GTGSH-SL-03");
            // Not ticked: the uploaded scan is what says the applicant brought it.
            browser.findElement(By.id("m-GTGSH-SL-02-file")).sendKeys(file.toString());
            assertThat(browser.findElement(By.id("m-GTGSH-SL-02")).isSelected()).isTrue();
            browser.findElement(By.id("submit-check")).click();

            // Located afresh: the rows of the page before the submit go stale.
            WebElement evidence = waitFor()
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("tr[data-material='GTGSH-SL-02'] .evidence")));
            assertThat(evidence.getAttribute("data-error")).isNull();
            assertThat(evidence.getText())
                    .contains(file.getFileName().toString())
                    .contains("PNG 图片")
                    .contains("经文字识别");
            assertThat(row("GTGSH-SL-02").findElement(By.className("file")).getText())
                    .contains(file.getFileName().toString());
            WebElement type = evidence.findElement(By.className("type"));
            assertThat(type.getAttribute("data-type")).isEqualTo("ID_CARD");
            assertThat(type.getText()).contains("居民身份证");
            assertThat(evidence.findElement(By.className("cues")).getText()).contains("公民身份号码");
            screenshot("result-scan");

            String kept = evidence.findElement(By.className("open-file")).getAttribute("href");
            browser.get(kept);
            assertThat(browser.findElements(By.tagName("img"))).hasSize(1);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aWholeStackChosenAndDroppedOnTheStackZoneIsCutIntoDocumentsNamedByTheirPages() throws Exception {
        Path dir = Files.createTempDirectory("stack-scan");
        try {
            // Two files of one package: the first chosen in the 整套扫描 input, the second dropped on it.
            Path chosen = dir.resolve("stack-a.pdf");
            Files.write(
                    chosen,
                    PdfFixtures.pages(List.of(
                            List.of("会议纪要", "今天讨论了小区停车位的分配问题。"), // 1: of no known type
                            page(Material.APPLICATION_FORM), // 2
                            List.of(), // 3: a blank separator
                            page(Material.ID_CARD)))); // 4
            Path dropped = dir.resolve("stack-b.pdf");
            Files.write(
                    dropped,
                    PdfFixtures.pages(List.of(
                            // 1: the back of the card on stack-a's last page: the card runs on into this file
                            List.of("中华人民共和国", "居民身份证", "签发机关　北京市公安局海淀分局", "有效期限　2016.01.01-2036.01.01"),
                            page(Material.LEASE_CONTRACT), // 2
                            page(Material.BUSINESS_LICENSE)))); // 3: not asked for
            browser.get(url("/window/matters/GTGSH-SL"));
            browser.findElement(By.id("applicantName")).sendKeys("张三");
            browser.findElement(By.id("applicantId")).sendKeys("11010519491231002X");
            browser.findElement(By.id("stack-files")).sendKeys(chosen.toString());
            drop(dropped, By.id("stack-drop"));
            assertThat(browser.executeScript("return Array.from(document.getElementById('stack-files').files)"
                            + ".map(function (f) { return f.name; }).join(',')"))
                    .isEqualTo("stack-a.pdf,stack-b.pdf");
            browser.findElement(By.id("submit-check")).click();

            assertThat(decision()).isEqualTo("ACCEPTED");
            List<String> documents = browser.findElements(By.cssSelector(".stacks li[data-status]")).stream()
                    .map(li -> li.getAttribute("data-status") + " " + li.getText())
                    .toList();
            assertThat(documents)
                    .containsExactly(
                            "UNMATCHED stack-a.pdf 第 1–1 页：无法识别的页面，请人工查看",
                            "MATCHED stack-a.pdf 第 2–2 页：对应材料 GTGSH-SL-01",
                            "MATCHED stack-a.pdf 第 4–4 页、stack-b.pdf 第 1 页：对应材料 GTGSH-SL-02",
                            "MATCHED stack-b.pdf 第 2–2 页：对应材料 GTGSH-SL-03",
                            "EXTRA stack-b.pdf 第 3–3 页：清单未要求的材料（未核验）");
            assertThat(browser.findElement(By.className("stacks")).getText()).contains("stack-a.pdf 空白页（已略过）：第 3 页");
            assertThat(row("GTGSH-SL-03").getAttribute("data-status")).isEqualTo("OK");
            screenshot("result-stack");
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }
    }

    /**
     * Drops a file on an element as a file manager would: the browser's own File, taken from a
     * scratch file input, handed over in dragenter, dragover and drop events.
     */
    private static void drop(Path file, By target) {
        WebElement scratch = (WebElement) browser.executeScript("var i = document.createElement('input');"
                + " i.type = 'file'; i.id = 'drop-scratch'; document.body.appendChild(i); return i;");
        scratch.sendKeys(file.toString());
        browser.executeScript(
                "var target = arguments[0], scratch = document.getElementById('drop-scratch');"
                        + " var data = new DataTransfer(); data.items.add(scratch.files[0]);"
                        + " ['dragenter', 'dragover', 'drop'].forEach(function (type) {"
                        + "   target.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));"
                        + " });"
                        + " scratch.remove();",
                browser.findElement(target));
    }

    private static List<String> page(Material material) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(material.title());
        lines.addAll(material.lines());
        return lines;
    }

    @Test
    void aFileThatIsNoScanIsNamedWithWhatToDo() throws Exception {
        Path file = Files.createTempFile("not-a-scan", ".pdf");
        try {
            Files.writeString(file, "这不是扫描件", StandardCharsets.UTF_8);
            browser.get(url("/window/matters/GTGSH-SL"));
            browser.findElement(By.id("applicantName")).sendKeys("张三");
            browser.findElement(By.id("applicantId")).sendKeys("11010519491231002X");
            tick("GTGSH-SL-01");
            tick("GTGSH-SL-02");
            browser.findElement(By.id("m-GTGSH-SL-03-file")).sendKeys(file.toString());
            browser.findElement(By.id("submit-check")).click();

            // Located afresh: the rows of the page before the submit go stale.
            WebElement evidence = waitFor()
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("tr[data-material='GTGSH-SL-03'] .evidence")));
            assertThat(evidence.getAttribute("data-error")).isEqualTo("UNSUPPORTED_TYPE");
            assertThat(evidence.getText()).contains(file.getFileName().toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void mattersAreFoundByPinyinInitials() {
        browser.get(url("/window?q=gtgsh"));
        assertThat(browser.findElements(By.cssSelector("table.matters a")))
                .extracting(WebElement::getText)
                .containsExactly("个体工商户设立登记");
    }

    @Test
    void theWindowNeedsALoginAndTheApiAKeyWhileAssetsAndHealthStayOpen() throws Exception {
        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<String> window = anonymous.send(
                HttpRequest.newBuilder(URI.create(url("/window"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(window.statusCode()).isEqualTo(302);
        assertThat(window.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(anonymous
                        .send(
                                HttpRequest.newBuilder(URI.create(url("/api/v1/matters")))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(401);
        for (String open : new String[] {"/assets/window.css", "/actuator/health"}) {
            assertThat(anonymous
                            .send(
                                    HttpRequest.newBuilder(URI.create(url(open)))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .as(open)
                    .isEqualTo(200);
        }
        HttpResponse<String> check = anonymous.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/checks")))
                        .header("Content-Type", "application/json")
                        .header("X-API-Key", "yk_test_suite_key_not_a_secret_0123456789")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                """
                                {"matter": "GTGSH-SL", "applicationDate": "2026-03-02",
                                 "applicant": {"type": "PERSON", "name": "张三", "idNumber": "11010519491231002X"},
                                 "materials": [{"code": "GTGSH-SL-01", "form": "ORIGINAL", "copies": 1}]}
                                """,
                                StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(check.statusCode()).as(check.body()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT password_hash FROM staff_user WHERE username = 'wang'")
                        .query(String.class)
                        .single())
                .startsWith("$2");
    }

    @Test
    void aWrongPasswordIsRefused() {
        browser.findElement(By.tagName("form"))
                .findElement(By.tagName("button"))
                .click(); // log out
        waitFor().until(ExpectedConditions.urlContains("/login?logout"));
        browser.findElement(By.id("username")).sendKeys("wang");
        browser.findElement(By.id("password")).sendKeys("not-the-password", Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("/login?error"));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("用户名或密码不正确");
        browser.get(url("/window"));
        waitFor().until(ExpectedConditions.urlContains("/login"));
    }

    private void tick(String code) {
        WebElement box = browser.findElement(By.id("m-" + code));
        if (!box.isSelected()) {
            box.sendKeys(Keys.SPACE);
        }
        assertThat(box.isSelected()).as(code + " ticked").isTrue();
    }

    private WebElement row(String code) {
        return browser.findElement(By.cssSelector("tr[data-material='" + code + "']"));
    }

    private String decision() {
        return waitFor()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("decision")))
                .getAttribute("data-decision");
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The whole page (up to 2,400 px tall), at 1,280 px wide. */
    private static void screenshot(String name) {
        Object height = browser.executeScript("return document.documentElement.scrollHeight");
        int tall = Math.min(2400, Math.max(800, ((Number) height).intValue()));
        browser.manage().window().setSize(new Dimension(1280, tall + 140));
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }
}

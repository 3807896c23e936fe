package org.yici.engine.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yici.engine.notice.NoticeFixtures.flat;
import static org.yici.engine.notice.NoticeFixtures.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yici.engine.OwnDataFolder;

/**
 * Notices over real HTTP on a real database: issued once, numbered without gaps under
 * concurrency, reprinted byte for byte, superseded by a corrected check. Run on H2
 * ({@link H2NoticeApiTest}) and PostgreSQL ({@link PostgresNoticeApiTest}).
 */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class NoticeApiContract {
    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NoticeNumbers numbers;

    @Autowired
    NoticeProperties properties;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void correctionNoticeIsIssuedOnceAndReprintedByteForByte() throws Exception {
        JsonNode result = post(NoticeFixtures.AGENT_WITHOUT_PAPERS);
        String id = result.path("checkId").asText();

        ResponseEntity<byte[]> first = http.getForEntity("/api/v1/checks/" + id + "/notice.pdf", byte[].class);
        ResponseEntity<byte[]> second = http.getForEntity("/api/v1/checks/" + id + "/notice.pdf", byte[].class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(second.getBody()).isEqualTo(first.getBody());

        String sha = NoticePdf.sha256Hex(first.getBody());
        assertThat(first.getHeaders().getETag()).isEqualTo("\"" + sha + "\"");
        assertThat(jdbc.sql("SELECT sha256 FROM notice WHERE check_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(sha);

        JsonNode links = json.readTree(http.getForObject("/api/v1/checks/" + id + "/notice", String.class));
        assertThat(links.path("type").asText()).isEqualTo("CORRECTION");
        assertThat(links.path("pdf").asText()).isEqualTo("/api/v1/checks/" + id + "/notice.pdf");
        String number = links.path("number").asText();
        assertThat(number).startsWith(properties.officeCode() + "〔").endsWith("号");

        String pdfText = flat(text(first.getBody()));
        assertThat(pdfText).contains(number, "补正材料一次性告知书");
        for (JsonNode f : result.path("findings")) {
            assertThat(pdfText)
                    .contains(
                            flat(f.path("message").asText()), f.path("material").asText());
        }

        ResponseEntity<String> html = http.getForEntity("/api/v1/checks/" + id + "/notice.html", String.class);
        assertThat(html.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(html.getHeaders().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(html.getBody()).contains(number, "补正材料一次性告知书", "@page");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE check_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void unknownCheckIsANotFoundProblemForHtmlAndPdf() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_PDF, MediaType.ALL));
        for (String suffix : List.of("notice.pdf", "notice.html", "notice")) {
            ResponseEntity<String> response = http.exchange(
                    "/api/v1/checks/01NOSUCHCHECK/" + suffix, HttpMethod.GET, new HttpEntity<>(headers), String.class);
            assertThat(response.getStatusCode()).as(suffix).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getHeaders().getContentType()).as(suffix).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody()).contains("01NOSUCHCHECK");
        }
    }

    @Test
    void concurrentFirstPrintsGetDistinctGaplessNumbersAndOneNoticePerCheck() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(post(NoticeFixtures.BASE).path("checkId").asText());
        }
        List<Callable<String>> prints = new ArrayList<>();
        for (String id : ids) {
            // Each check printed by three windows at once.
            for (int copy = 0; copy < 3; copy++) {
                prints.add(() -> {
                    byte[] pdf = http.getForObject("/api/v1/checks/" + id + "/notice.pdf", byte[].class);
                    return id + " " + NoticePdf.sha256Hex(pdf);
                });
            }
        }
        List<String> printed = runTogether(prints);
        assertThat(printed.stream().distinct()).hasSize(ids.size());

        for (String id : ids) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM notice WHERE check_id = :id")
                            .param("id", id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
        assertGapless();
    }

    @Test
    void numbersTakenConcurrentlyWithRollbacksHaveNoGapsAndNoDuplicates() throws Exception {
        String office = "T" + Long.toString(System.nanoTime() % 100000);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ConcurrentLinkedQueue<Long> committed = new ConcurrentLinkedQueue<>();
        List<Callable<String>> takers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            boolean rollBack = i % 5 == 0;
            takers.add(() -> {
                numbers.prepare(office, 2026);
                Long seq = tx.execute(status -> {
                    numbers.lock(office, 2026);
                    long taken = numbers.next(office, 2026);
                    if (rollBack) {
                        status.setRollbackOnly();
                    }
                    return taken;
                });
                if (!rollBack) {
                    committed.add(seq);
                }
                return "ok";
            });
        }
        runTogether(takers);
        assertThat(committed.stream().sorted().toList())
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, committed.size()).boxed().toList());
        assertThat(jdbc.sql("SELECT last_seq FROM notice_sequence WHERE office_code = :office")
                        .param("office", office)
                        .query(Long.class)
                        .single())
                .isEqualTo((long) committed.size());
    }

    @Test
    void aCorrectedCheckForTheSameApplicantAndMatterSupersedesTheEarlierNotice() throws Exception {
        String applicant = "110101198001010016";
        String first = post(NoticeFixtures.AGENT_WITHOUT_PAPERS.replace("11010519491231002X", applicant))
                .path("checkId")
                .asText();
        String firstNumber = links(first).path("number").asText();
        String other = post(NoticeFixtures.BASE).path("checkId").asText();
        links(other);

        String corrected = post(NoticeFixtures.BASE.replace("11010519491231002X", applicant))
                .path("checkId")
                .asText();
        JsonNode notice = links(corrected);
        assertThat(notice.path("type").asText()).isEqualTo("ACCEPTANCE");
        assertThat(notice.path("supersedes").asText()).isEqualTo(firstNumber);
        byte[] pdf = http.getForObject("/api/v1/checks/" + corrected + "/notice.pdf", byte[].class);
        assertThat(flat(text(pdf))).contains("本文书替代" + firstNumber);
        assertThat(jdbc.sql("SELECT supersedes FROM notice WHERE check_id = :id")
                        .param("id", corrected)
                        .query(String.class)
                        .single())
                .isEqualTo(firstNumber);
        assertThat(links(first).path("supersedes").isMissingNode()).isTrue();
    }

    /** Every number given out for this office and year, 1 to the highest, once each. */
    private void assertGapless() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        List<Long> seqs = jdbc.sql(
                        "SELECT seq FROM notice_register WHERE office_code = :office AND notice_year = :year ORDER BY seq")
                .param("office", properties.officeCode())
                .param("year", year)
                .query(Long.class)
                .list();
        assertThat(seqs)
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, seqs.size()).boxed().toList());
        List<String> numbersGiven = jdbc.sql("SELECT number FROM notice_register WHERE office_code = :office")
                .param("office", properties.officeCode())
                .query(String.class)
                .list();
        assertThat(numbersGiven).doesNotHaveDuplicates();
    }

    private static List<String> runTogether(List<Callable<String>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonNode links(String checkId) throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/v1/checks/" + checkId + "/notice", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode post(String body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response =
                http.postForEntity("/api/v1/checks", new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody());
    }
}

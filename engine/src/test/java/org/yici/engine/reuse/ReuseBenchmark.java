package org.yici.engine.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yici.engine.OwnDataFolder;
import org.yici.engine.rulebase.LiveRuleBook;
import org.yici.rules.model.Ids;

/**
 * How much 免于提交 saves a population of repeat applicants: 200 applicants (companies and
 * persons, half with an agent), three checks each across the catalog matters, two weeks apart.
 * Before each check the window asks what the holders may reuse and reuses all of it; the package
 * then holds exactly what the checklist still asks for. Writes docs/benchmarks/reuse.md.
 *
 * <pre>
 * ./mvnw -q -pl engine -am test -Dtest=ReuseBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dyici.benchmark.reuse=../docs/benchmarks/reuse.md
 * </pre>
 */
@OwnDataFolder
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "yici.benchmark.reuse", matches = ".+")
class ReuseBenchmark {
    static final int APPLICANTS = 200;
    static final int CHECKS_EACH = 3;
    static final List<String> COMPANY_MATTERS = List.of("GS-SL", "YZ-BA", "SPJY-XK", "FP-SL", "GGCS-WS", "BDC-ZY");
    static final List<String> PERSON_MATTERS = List.of("GTGSH-SL", "SPJY-XK", "SBK-BL", "GGCS-WS", "BDC-ZY", "FP-SL");

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    LiveRuleBook rules;

    /** Per check order (1st, 2nd, 3rd): counts. */
    private final Map<Integer, int[]> byOrder = new TreeMap<>();

    private static final int CHECKS = 0;
    private static final int ACCEPTED = 1;
    private static final int HANDED_IN = 2;
    private static final int REUSABLE_ASKED = 3;
    private static final int REUSED = 4;

    @Test
    void measure() throws Exception {
        Random random = new Random(20261203L);
        for (int a = 0; a < APPLICANTS; a++) {
            boolean company = a % 2 == 0;
            ObjectNode applicant = json.createObjectNode();
            applicant.put("type", company ? "ORGANIZATION" : "PERSON");
            applicant.put("name", company ? "样本企业" + a + "有限公司" : "申请人" + a);
            if (company) {
                applicant.put("creditCode", creditCode(a));
            } else {
                applicant.put("idNumber", idNumber(a, random));
            }
            ObjectNode agent = null;
            if (random.nextBoolean()) {
                agent = json.createObjectNode();
                agent.put("name", "代理人" + a);
                agent.put("idNumber", idNumber(100_000 + a, random));
            }
            List<String> matters = new ArrayList<>(company ? COMPANY_MATTERS : PERSON_MATTERS);
            java.util.Collections.shuffle(matters, random);
            LocalDate date = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(60));
            for (int k = 0; k < CHECKS_EACH; k++) {
                run(k + 1, matters.get(k), applicant, agent, date.plusDays(14L * k));
            }
        }
        String md = report();
        Files.writeString(Path.of(System.getProperty("yici.benchmark.reuse")), md, StandardCharsets.UTF_8);
        System.out.println(md);
        assertThat(byOrder.get(1)[CHECKS]).isEqualTo(APPLICANTS);
    }

    private void run(int order, String matter, ObjectNode applicant, ObjectNode agent, LocalDate date)
            throws Exception {
        StringBuilder query = new StringBuilder("/api/v1/reusable-materials?applicationDate=" + date);
        if (applicant.has("creditCode")) {
            query.append("&creditCode=").append(applicant.path("creditCode").asText());
        } else {
            query.append("&idNumber=").append(applicant.path("idNumber").asText());
        }
        if (agent != null) {
            query.append("&agentIdNumber=").append(agent.path("idNumber").asText());
        }
        ArrayNode reuse = json.createArrayNode();
        for (JsonNode offer : json.readTree(http.getForObject(query.toString(), String.class))) {
            reuse.addObject()
                    .put("checkId", offer.path("checkId").asText())
                    .put("material", offer.path("material").asText());
        }
        ObjectNode request = json.createObjectNode();
        request.put("matter", matter);
        request.put("applicationDate", date.toString());
        request.set("applicant", applicant);
        if (agent != null) {
            request.set("agent", agent);
        }
        request.set("reuse", reuse);
        // Every situation the matter asks about, told in its plainest form (no, the first value, 10).
        ObjectNode situations = request.putObject("situations");
        var book = rules.checker().ruleBook();
        for (String key : book.matters().get(matter).situations()) {
            var situation = book.data().situations().get(key);
            switch (situation.type()) {
                case BOOLEAN -> situations.put(key, false);
                case ENUM -> situations.put(key, new TreeMap<>(situation.values()).firstKey());
                default -> situations.put(key, 10);
            }
        }
        // What the checklist still asks for, then the package that holds exactly that.
        JsonNode dry = post(request);
        ArrayNode materials = request.putArray("materials");
        for (JsonNode item : dry.path("checklist")) {
            if (!item.path("status").asText().equals("WAIVED")
                    && !item.path("status").asText().equals("OK")) {
                materials
                        .addObject()
                        .put("code", item.path("material").asText())
                        .put("form", item.path("form").asText())
                        .put("copies", Math.max(1, item.path("copies").asInt(1)));
            }
        }
        JsonNode result = post(request);
        int[] counts = byOrder.computeIfAbsent(order, o -> new int[5]);
        counts[CHECKS]++;
        if (result.path("decision").asText().startsWith("ACCEPTED")) {
            counts[ACCEPTED]++;
        }
        var types = rules.checker().ruleBook().data().materialTypes();
        for (JsonNode item : result.path("checklist")) {
            var type = types.get(item.path("type").asText());
            boolean reused = isReused(result, item.path("material").asText());
            if (item.path("status").asText().equals("OK")) {
                counts[HANDED_IN]++;
            }
            String code = item.path("material").asText();
            var row = rules.checker()
                    .ruleBook()
                    .matters()
                    .get(org.yici.rules.data.MatterDefinition.matterOf(code))
                    .material(code);
            boolean identifiedHolder = "APPLICANT".equals(row.subject()) || "AGENT".equals(row.subject());
            if (type != null
                    && type.reusable()
                    && identifiedHolder
                    && (reused || item.path("status").asText().equals("OK"))) {
                counts[REUSABLE_ASKED]++;
                if (reused) {
                    counts[REUSED]++;
                }
            }
        }
    }

    private static boolean isReused(JsonNode result, String material) {
        for (JsonNode w : result.path("waived")) {
            if (w.path("material").asText().equals(material)
                    && w.path("reason").asText().equals("REUSED")) {
                return true;
            }
        }
        return false;
    }

    private JsonNode post(ObjectNode request) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.postForEntity(
                "/api/v1/checks", new HttpEntity<>(json.writeValueAsString(request), headers), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(response.getBody())
                .isTrue();
        return json.readTree(response.getBody());
    }

    private String report() {
        StringBuilder md = new StringBuilder();
        md.append("# 免于提交: materials not handed in twice\n\n");
        md.append("Measured ")
                .append(LocalDate.now(java.time.ZoneOffset.UTC))
                .append(" by `ReuseBenchmark` on the embedded H2: ")
                .append(APPLICANTS)
                .append(" generated applicants (half companies, half persons; half with an agent), ")
                .append(CHECKS_EACH)
                .append(" checks each across the catalog matters in a random order, two weeks apart. Before each ")
                .append("check every offer of `GET /api/v1/reusable-materials` is put in the request's `reuse`; the ")
                .append(
                        "package then holds what the checklist still asks for. \"Reusable asked\" counts the items of a ")
                .append("reusable type (material-types.yaml: ID card, business licence, premises proof, …) the check ")
                .append("asked of the applicant or the agent, handed in or reused; the legal representative's and ")
                .append(
                        "shareholders' documents are not counted as reusable (the request does not identify them).\n\n");
        md.append(
                "Reproduce:\n\n```bash\n./mvnw -q -pl engine -am test -Dtest=ReuseBenchmark "
                        + "-Dsurefire.failIfNoSpecifiedTests=false \\\n    -Dyici.benchmark.reuse=../docs/benchmarks/reuse.md\n```\n\n");
        md.append("| check | checks | accepted | materials handed in | reusable asked | reused | share reused |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        int[] total = new int[5];
        byOrder.forEach((order, c) -> {
            row(md, order + ".", c);
            for (int i = 0; i < c.length; i++) {
                total[i] += c[i];
            }
        });
        row(md, "all", total);
        return md.toString();
    }

    private static void row(StringBuilder md, String label, int[] c) {
        md.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %d | %d | %.1f %% |%n",
                label,
                c[CHECKS],
                c[ACCEPTED],
                c[HANDED_IN],
                c[REUSABLE_ASKED],
                c[REUSED],
                c[REUSABLE_ASKED] == 0 ? 0.0 : 100.0 * c[REUSED] / c[REUSABLE_ASKED]));
    }

    /** A valid ID number (GB 11643 check character) born in the 1970s-1990s. */
    static String idNumber(int n, Random random) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(random.nextInt(365 * 25));
        String body = String.format(
                Locale.ROOT,
                "110101%04d%02d%02d%03d",
                birth.getYear(),
                birth.getMonthValue(),
                birth.getDayOfMonth(),
                n % 1000);
        return body + Ids.idCheckCharacter(body);
    }

    /** A valid unified social credit code (GB 32100 check character). */
    static String creditCode(int n) {
        String body = String.format(Locale.ROOT, "91110105MA%07d", n);
        return body + Ids.creditCheckCharacter(body);
    }
}

package org.yici.rules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One "given a request, expect this" case of a matter, from {@code scenarios/*.yaml}.
 *
 * <p>A file has a {@code base} request (usually the complete package) and scenarios that change
 * it: {@code set} replaces top-level request fields, {@code remove} drops materials by code,
 * {@code replace} swaps the material of the same code, {@code add} appends materials;
 * {@code dishonest: true} puts the applicant on the dishonesty list (失信名单).
 */
public record Scenario(
        String name,
        Map<String, JsonNode> set,
        List<String> remove,
        List<JsonNode> replace,
        List<JsonNode> add,
        boolean dishonest,
        Expectation expect) {

    public Scenario {
        set = set == null ? Map.of() : set;
        remove = remove == null ? List.of() : remove;
        replace = replace == null ? List.of() : replace;
        add = add == null ? List.of() : add;
    }

    /**
     * What must come out. Findings and waivers are compared exactly (as sets of code + material):
     * a missing expectation means none.
     *
     * @param members for a bundle, each member's decision
     * @param rejected the request itself must be refused (an invalid request, nothing checked)
     */
    public record Expectation(
            String decision,
            List<Item> findings,
            List<Item> waived,
            List<Item> deferred,
            Map<String, String> members,
            boolean rejected) {

        public Expectation {
            findings = findings == null ? List.of() : findings;
            waived = waived == null ? List.of() : waived;
            deferred = deferred == null ? List.of() : deferred;
            members = members == null ? Map.of() : members;
        }
    }

    /**
     * A finding ({@code code}) or waiver ({@code reason}) about a material; {@code matter} names the
     * matter of a NOT_ELIGIBLE finding.
     */
    public record Item(String code, String reason, String material, String matter, java.time.LocalDate dueDate) {}

    /** A scenario file. */
    public record File(String matter, JsonNode base, List<Scenario> scenarios) {}
}

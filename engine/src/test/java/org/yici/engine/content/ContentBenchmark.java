package org.yici.engine.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.ingest.IngestRequest;
import org.yici.ingest.corpus.ContentCorpus;
import org.yici.ingest.corpus.ContentDefect;
import org.yici.ingest.corpus.ContentPage;
import org.yici.ingest.corpus.MaterialKind;
import org.yici.ingest.corpus.Split;
import org.yici.rules.build.RuleBook;
import org.yici.rules.build.RuleSource;
import org.yici.rules.check.CheckContext;
import org.yici.rules.check.CheckOutcome;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.CheckRequest.Party;
import org.yici.rules.check.Checker;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.FindingCode;
import org.yici.rules.model.Form;
import org.yici.rules.model.Ids;

/**
 * Precision and recall of each content check on both halves of the content corpus ({@link
 * ContentCorpus}: scanned pages with one defect or none, read by the default engine and judged by
 * the real rules of GTGSH-SL and YZ-BA). A tool, not a test: it runs only when asked and writes
 * docs/benchmarks/content.md. Choices are made on {@link Split#TUNE}; {@link Split#HELD_OUT} only
 * measures them. Anything from a "## History" heading on in the existing file is kept.
 *
 * <pre>
 * ./mvnw -q -pl engine -am test -Dtest=ContentBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dyici.benchmark.content=../docs/benchmarks/content.md
 * </pre>
 */
@EnabledIfSystemProperty(named = "yici.benchmark.content", matches = ".+")
class ContentBenchmark {
    static final List<String> CHECKS = List.of(
            "MISMATCHED_TYPE",
            "INCONSISTENT",
            "INVALID_ID_NUMBER",
            "INVALID_CREDIT_CODE",
            "EXPIRED",
            "UNREADABLE",
            "BLANK_FIELD",
            "MISSING_SIGNATURE",
            "MISSING_SEAL");
    private static final String HISTORY = "## History";
    /**
     * {@code -Dyici.benchmark.content.splits=TUNE} reads the tuning split alone, for settling a
     * change before the held-out split is measured once (default: both).
     */
    static final List<Split> SPLITS = Arrays.stream(System.getProperty("yici.benchmark.content.splits", "TUNE,HELD_OUT")
                    .split(","))
            .map(String::strip)
            .map(Split::valueOf)
            .sorted()
            .toList();

    /** A scanned page and what was read from it. */
    record Scan(ContentPage page, DocumentEvidence evidence) {}

    /** One check run: the page offered as {@code code}, for whom, on which date, and whether the check should fire. */
    record Case(
            String check,
            Scan scan,
            String matter,
            String code,
            Party applicant,
            Party agent,
            LocalDate date,
            boolean expected) {}

    /** A page offered for an item by an applicant on a day: the cases differ only in check and truth. */
    record Offering(Scan scan, String matter, String code, Party applicant, Party agent, LocalDate date) {
        Case check(String check, boolean expected) {
            return new Case(check, scan, matter, code, applicant, agent, date, expected);
        }
    }

    /** Counts of one check on one split. */
    record Score(int positives, int negatives, int tp, int fp, int fn, List<String> wrong) {}

    private Checker checker;

    @Test
    void measure() throws Exception {
        checker = new Checker(RuleBook.build(RuleSource.classpath()));
        Map<Split, List<Scan>> scans = new EnumMap<>(Split.class);
        Map<Split, Double> seconds = new EnumMap<>(Split.class);
        for (Split split : SPLITS) {
            long start = System.nanoTime();
            List<Scan> read = new ArrayList<>();
            for (ContentPage page : ContentCorpus.split(split)) {
                read.add(new Scan(page, read(page.name(), page.encoded())));
            }
            scans.put(split, read);
            seconds.put(split, (System.nanoTime() - start) / 1e9 / read.size());
        }
        StringBuilder md = new StringBuilder();
        header(md, scans, seconds);
        Map<Split, Map<String, Score>> scores = new EnumMap<>(Split.class);
        for (Split split : SPLITS) {
            scores.put(split, score(cases(scans.get(split))));
        }
        checks(md, scores);
        classification(md, scans);
        // The gate's table is made from TUNE only: a HELD_OUT-only run has none.
        if (scans.containsKey(Split.TUNE)) {
            identifiers(md, scans.get(Split.TUNE));
        }
        Path out = Path.of(System.getProperty("yici.benchmark.content"));
        if (Files.exists(out)) {
            String old = Files.readString(out);
            int history = old.indexOf(HISTORY);
            if (history >= 0) {
                md.append(old.substring(history));
            }
        }
        Files.writeString(out, md.toString());
        System.out.println(md);
    }

    static DocumentEvidence read(String name, byte[] bytes) throws Exception {
        String file = name + ".img";
        DocumentEvidence ingested = CorpusReading.ingested(name, file, bytes);
        return DocumentReadings.read(
                        List.of(ingested), Map.of(name, new IngestRequest(file, bytes)), CorpusReading.TYPES)
                .get(0);
    }

    /** The material type a page is an example of. */
    static String typeOf(MaterialKind m) {
        return switch (m) {
            case APPLICATION_FORM -> "APPLICATION_FORM";
            case BUSINESS_LICENCE -> "BUSINESS_LICENSE";
            case LEASE -> "PREMISES_PROOF";
            case ID_CARD_FRONT, ID_CARD_BACK -> "ID_CARD";
            case POWER_OF_ATTORNEY -> "POWER_OF_ATTORNEY";
            case COMMITMENT_LETTER -> "COMMITMENT_LETTER";
            case HEALTH_CERTIFICATE -> "HEALTH_CERTIFICATE";
            case REPORT_PAGE -> "OTHER";
        };
    }

    /** The package item a page belongs in. */
    private static String ownCode(MaterialKind m) {
        return switch (m) {
            case APPLICATION_FORM -> "GTGSH-SL-01";
            case ID_CARD_FRONT, ID_CARD_BACK -> "GTGSH-SL-02";
            case LEASE -> "GTGSH-SL-03";
            case POWER_OF_ATTORNEY -> "GTGSH-SL-04";
            case BUSINESS_LICENCE -> "YZ-BA-01";
            default -> throw new IllegalArgumentException(m.toString());
        };
    }

    /** An item of GTGSH-SL of another type, where the page is offered by mistake. */
    private static String wrongCode(MaterialKind m) {
        return switch (m) {
            case APPLICATION_FORM, POWER_OF_ATTORNEY -> "GTGSH-SL-02";
            case ID_CARD_FRONT, ID_CARD_BACK, BUSINESS_LICENCE -> "GTGSH-SL-03";
            case LEASE -> "GTGSH-SL-01";
            default -> throw new IllegalArgumentException(m.toString());
        };
    }

    private static List<Case> cases(List<Scan> scans) {
        List<Case> cases = new ArrayList<>();
        for (Scan s : scans) {
            ContentPage p = s.page();
            MaterialKind m = p.material();
            ContentDefect d = p.defect();
            boolean licence = m == MaterialKind.BUSINESS_LICENCE;
            String matter = licence ? "YZ-BA" : "GTGSH-SL";
            String own = ownCode(m);
            Party person = new Party(ApplicantType.PERSON, p.applicantName(), p.applicantIdNumber(), null);
            Party applicant =
                    licence ? new Party(ApplicantType.ORGANIZATION, p.company(), null, p.creditCode()) : person;
            Party agent = m == MaterialKind.POWER_OF_ATTORNEY
                    ? new Party(ApplicantType.PERSON, p.agentName(), p.agentIdNumber(), null)
                    : null;
            // The application is made ten days after the document's date: every term still runs.
            LocalDate day = p.date().plusDays(10);
            Offering c = new Offering(s, matter, own, applicant, agent, day);
            if (d == ContentDefect.UNREADABLE) {
                cases.add(c.check("UNREADABLE", true));
                continue;
            }
            cases.add(c.check("UNREADABLE", false));
            cases.add(c.check("MISMATCHED_TYPE", false));
            if (d == ContentDefect.NONE) {
                cases.add(new Case("MISMATCHED_TYPE", s, "GTGSH-SL", wrongCode(m), person, null, day, true));
            }
            boolean names = m != MaterialKind.ID_CARD_BACK;
            if (names && d != ContentDefect.BAD_ID_NUMBER && d != ContentDefect.BAD_CREDIT_CODE) {
                cases.add(c.check("INCONSISTENT", false));
                if (d == ContentDefect.NONE) {
                    Party other = licence
                            ? new Party(ApplicantType.ORGANIZATION, p.otherCompany(), null, p.otherCreditCode())
                            : new Party(ApplicantType.PERSON, p.otherName(), p.otherIdNumber(), null);
                    cases.add(
                            m == MaterialKind.POWER_OF_ATTORNEY
                                    ? new Case("INCONSISTENT", s, matter, own, applicant, other, day, true)
                                    : new Case("INCONSISTENT", s, matter, own, other, agent, day, true));
                }
            }
            if (names && !licence) {
                cases.add(c.check("INVALID_ID_NUMBER", d == ContentDefect.BAD_ID_NUMBER));
            }
            if (licence) {
                cases.add(c.check("INVALID_CREDIT_CODE", d == ContentDefect.BAD_CREDIT_CODE));
                cases.add(c.check("MISSING_SEAL", d == ContentDefect.UNSEALED));
            }
            cases.add(c.check("EXPIRED", false));
            if (d == ContentDefect.NONE && p.validUntil().isPresent()) {
                LocalDate end = p.validUntil().get();
                cases.add(new Case("EXPIRED", s, matter, own, applicant, agent, end.plusDays(30), true));
                cases.add(new Case("EXPIRED", s, matter, own, applicant, agent, end.minusDays(30), false));
            }
            if (m == MaterialKind.APPLICATION_FORM) {
                cases.add(c.check("BLANK_FIELD", d == ContentDefect.BLANK_FIELD));
            }
            if (m == MaterialKind.APPLICATION_FORM || m == MaterialKind.LEASE || m == MaterialKind.POWER_OF_ATTORNEY) {
                cases.add(c.check("MISSING_SIGNATURE", d == ContentDefect.UNSIGNED));
            }
        }
        return cases;
    }

    private boolean fires(Case c) {
        String id = c.scan().evidence().id();
        Form form = c.code().equals("GTGSH-SL-01") || c.code().equals("GTGSH-SL-04") ? Form.ORIGINAL : Form.COPY;
        CheckRequest request = new CheckRequest(
                c.matter(),
                c.date(),
                "WINDOW",
                c.applicant(),
                c.agent(),
                Map.of(),
                List.of(),
                List.of(),
                List.of(new CheckRequest.Material(id, c.code(), form, 1, id + ".img", null)));
        DocumentEvidence e = c.scan().evidence();
        List<org.yici.rules.check.DocumentReading> readings = e.reading() == null ? List.of() : List.of(e.reading());
        CheckOutcome outcome = checker.check(request, CheckContext.NONE.withDocuments(readings));
        return outcome.findings().stream()
                .anyMatch(f ->
                        f.code() == FindingCode.valueOf(c.check()) && c.code().equals(f.material()));
    }

    private Map<String, Score> score(List<Case> cases) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String check : CHECKS) {
            int tp = 0, fp = 0, fn = 0, pos = 0, neg = 0;
            List<String> wrong = new ArrayList<>();
            for (Case c : cases) {
                if (!c.check().equals(check)) {
                    continue;
                }
                boolean fired = fires(c);
                pos += c.expected() ? 1 : 0;
                neg += c.expected() ? 0 : 1;
                tp += c.expected() && fired ? 1 : 0;
                fp += !c.expected() && fired ? 1 : 0;
                fn += c.expected() && !fired ? 1 : 0;
                if (c.expected() != fired) {
                    wrong.add(
                            (fired ? "fired on " : "missed ") + c.scan().page().name() + " as " + c.code()
                                    + (c.check().equals("EXPIRED") ? " on " + c.date() : "")
                                    + describe(c.scan()));
                }
            }
            scores.put(check, new Score(pos, neg, tp, fp, fn, wrong));
        }
        return scores;
    }

    /** What was read, for a wrong case: type, confidence, fields. */
    private static String describe(Scan s) {
        DocumentEvidence e = s.evidence();
        StringBuilder b = new StringBuilder(" — read as ")
                .append(e.type())
                .append(String.format(Locale.ROOT, " %.2f", e.confidence() == null ? 0 : e.confidence()));
        if (e.fields() != null && !e.fields().isEmpty()) {
            b.append("; ");
            b.append(String.join(
                    ", ",
                    e.fields().stream().map(f -> f.field() + "=" + f.value()).toList()));
        }
        if (e.reading() != null && !e.reading().blanks().isEmpty()) {
            b.append("; blank: ")
                    .append(String.join(
                            ", ",
                            e.reading().blanks().stream()
                                    .map(org.yici.rules.model.BlankLabel::field)
                                    .toList()));
        }
        if (e.reading() != null && !e.reading().unreadable().isEmpty()) {
            b.append("; unreadable (mean conf. ")
                    .append(String.format(
                            Locale.ROOT, "%.2f", e.reading().unreadable().get(0).confidence()))
                    .append(')');
        }
        return b.toString();
    }

    private static void header(StringBuilder md, Map<Split, List<Scan>> scans, Map<Split, Double> seconds) {
        md.append("# Content checks: per-check precision and recall on the content corpus\n\n");
        md.append("Measured ")
                .append(LocalDate.now(java.time.ZoneOffset.UTC))
                .append(" on the project's machine (shared, 2 cores) with the default OCR engine (PP-OCR). ")
                .append("Pages from `ContentCorpus.split(TUNE|HELD_OUT)` (pdf-ingest): ");
        for (Split s : SPLITS) {
            md.append(s)
                    .append(' ')
                    .append(scans.get(s).size())
                    .append(" pages (")
                    .append(String.format(Locale.ROOT, "%.1f", seconds.get(s)))
                    .append(" s/page to ingest and read)")
                    .append(s != SPLITS.get(SPLITS.size() - 1) ? ", " : ".\n\n");
        }
        md.append("Each split holds complete, signed and sealed documents of invented applicants (application "
                + "form, ID card front and back, lease, power of attorney, business licence) and 11 pages of each "
                + "defect: ID number or credit code printed with a wrong check character, a form cell left "
                + "empty, a party's signature missing, a licence without its seal, a picture smeared past "
                + "reading. Pages are scanned clean, photocopied (speckle), photographed (perspective, "
                + "shading), with a seal over the text, mildly blurred, noisy, as JPEG, faded or skewed. "
                + "The two splits share the generator, fonts and degradations but no seed and no field value "
                + "(the same mechanism as the OCR corpus's split: `Split.seed`, `Persona`).\n\n");
        md.append("**Choices are made on TUNE only; HELD_OUT is only measured.** No threshold, pattern or "
                + "heuristic of the content checks was chosen by looking at a HELD_OUT page.\n\n");
        md.append("Reproduce:\n\n```bash\nexport YICI_OCR_MODELS=/path/to/models/ppocr\n./mvnw -q -pl engine -am test "
                + "-Dtest=ContentBenchmark -Dsurefire.failIfNoSpecifiedTests=false \\\n"
                + "    -Dyici.benchmark.content=../docs/benchmarks/content.md\n```\n\n");
        md.append("Each case offers one page as a material of GTGSH-SL (个体工商户设立登记) or YZ-BA (公章刻制备案) "
                + "and runs the real rules. Positives: the defect pages for their check; every correct page "
                + "offered for another item (MISMATCHED_TYPE) or for another applicant or agent (INCONSISTENT); "
                + "every correct ID card back, lease and power of attorney checked 30 days after its term ends "
                + "(EXPIRED). Negatives: every page offered for its own item by its own applicant, ten days after "
                + "its date, and the terms 30 days before they end.\n\n");
    }

    private static void checks(StringBuilder md, Map<Split, Map<String, Score>> scores) {
        md.append("## Checks\n\n| check | split | positives | negatives | TP | FP | FN | precision | recall |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (String check : CHECKS) {
            for (Split split : SPLITS) {
                Score s = scores.get(split).get(check);
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %d | %d | %d | %d | %s | %s |%n",
                        check,
                        split,
                        s.positives(),
                        s.negatives(),
                        s.tp(),
                        s.fp(),
                        s.fn(),
                        ratio(s.tp(), s.tp() + s.fp()),
                        ratio(s.tp(), s.tp() + s.fn())));
            }
        }
        for (Split split : SPLITS) {
            md.append("\nCases that went wrong on ").append(split).append(":\n\n");
            boolean any = false;
            for (String check : CHECKS) {
                for (String w : scores.get(split).get(check).wrong()) {
                    md.append("- ").append(check).append(' ').append(w).append('\n');
                    any = true;
                }
            }
            if (!any) {
                md.append("- none\n");
            }
        }
        md.append('\n');
    }

    private static void classification(StringBuilder md, Map<Split, List<Scan>> scans) {
        md.append("## Classification\n\nReadable pages whose type won with confidence ≥ 0.6 (what MISMATCHED_TYPE "
                + "needs) and was the right one.\n\n| material |");
        SPLITS.forEach(s -> md.append(' ').append(s).append(" |"));
        md.append("\n|---|").append("---|".repeat(SPLITS.size())).append('\n');
        for (MaterialKind m : List.of(
                MaterialKind.APPLICATION_FORM,
                MaterialKind.ID_CARD_FRONT,
                MaterialKind.ID_CARD_BACK,
                MaterialKind.LEASE,
                MaterialKind.POWER_OF_ATTORNEY,
                MaterialKind.BUSINESS_LICENCE)) {
            md.append("| ").append(m.slug());
            for (Split split : SPLITS) {
                List<Scan> pages = scans.get(split).stream()
                        .filter(s -> s.page().material() == m && s.page().defect() != ContentDefect.UNREADABLE)
                        .toList();
                long right = pages.stream()
                        .filter(s -> typeOf(m).equals(s.evidence().type())
                                && s.evidence().confidence() != null
                                && s.evidence().confidence() >= 0.6)
                        .count();
                md.append(" | ").append(ratio((int) right, pages.size()));
            }
            md.append(" |\n");
        }
        md.append('\n');
    }

    /**
     * Every ID number and credit code failing its check character on a TUNE page, before the trust
     * gate: whether it was printed so (a true INVALID_*) or misread, and the least confidence of its
     * words. The gate's threshold ({@link ContentReader#SURE_WORD}) is chosen from this table,
     * which is why it is made from TUNE only.
     */
    private static void identifiers(StringBuilder md, List<Scan> tune) {
        FieldExtractor extractor = new FieldExtractor();
        List<double[]> failing = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (Scan s : tune) {
            DocumentEvidence e = s.evidence();
            if (e.document() == null || e.type() == null) {
                continue;
            }
            List<PageText> pages =
                    e.document().pages().stream().map(PageText::of).toList();
            for (ReadField f : extractor.extract(e.type(), pages).fields()) {
                boolean id = f.field().endsWith("dNumber");
                if (!id && !f.field().equals("creditCode")) {
                    continue;
                }
                boolean valid = id ? Ids.validIdNumber(f.value()) : Ids.validCreditCode(f.value());
                if (valid && !f.corrected()) {
                    continue;
                }
                ContentDefect d = s.page().defect();
                boolean printedBad = id ? d == ContentDefect.BAD_ID_NUMBER : d == ContentDefect.BAD_CREDIT_CODE;
                double least = ContentReader.leastWordConfidence(
                        f, e.document().pages().get(f.page() - 1));
                if (!valid) {
                    failing.add(new double[] {printedBad ? 1 : 0, least, id ? 1 : 0});
                }
                ReadField toRules = ContentReader.asPrintedIfSure(f, e.document());
                rows.add(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        s.page().name(),
                        f.field(),
                        f.corrected() ? f.ocrRead() : "",
                        f.value(),
                        toRules.value(),
                        printedBad ? "bad" : "valid",
                        least > 1 ? "—" : String.format(Locale.ROOT, "%.2f", least),
                        ContentReader.trusted(toRules, e.document()) ? "yes" : "no"));
            }
        }
        md.append("## Identifiers failing their check character or mended (TUNE only)\n\nEvery ID number and "
                + "credit code on a TUNE page that fails its check character or was mended by a look-alike swap "
                + "(`Identifiers`). A failing one reaches the rules only when every word it was read from has "
                + "confidence ≥ " + ContentReader.SURE_WORD + " (`ContentReader.trusted`); a credit code OCR was "
                + "that sure of is taken as read, unmended (`ContentReader.asPrintedIfSure`). Both thresholds "
                + "are chosen here, on TUNE.\n\n"
                + "| page | field | OCR read | mended | to rules | printed | least word conf. | trusted |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        rows.forEach(md::append);
        md.append(
                "\n| gate | ID printed bad | ID misread | credit printed bad | credit misread |\n|---|---|---|---|---|\n");
        for (double gate : new double[] {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95}) {
            int[] n = new int[4];
            for (double[] r : failing) {
                if (r[1] <= 1 && r[1] >= gate) {
                    n[(r[2] == 1 ? 0 : 2) + (r[0] == 1 ? 0 : 1)]++;
                }
            }
            md.append(String.format(Locale.ROOT, "| %.2f | %d | %d | %d | %d |%n", gate, n[0], n[1], n[2], n[3]));
        }
        md.append('\n');
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "—" : String.format(Locale.ROOT, "%.2f (%d/%d)", (double) a / b, a, b);
    }
}

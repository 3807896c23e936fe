package org.yici.engine.content;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.yici.engine.ingest.DocumentEvidence;
import org.yici.ingest.IngestOutcome;
import org.yici.ingest.IngestRequest;
import org.yici.ingest.corpus.CjkFonts;
import org.yici.ingest.corpus.Corpus;
import org.yici.ingest.corpus.CorpusPage;
import org.yici.ingest.corpus.Degradation;
import org.yici.ingest.corpus.Images;
import org.yici.ingest.corpus.Material;
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

/**
 * Precision and recall of classification and of each content check over the pdf-ingest corpus
 * plus pages printed to trigger the checks the corpus cannot (wrong check digits, lapsed terms,
 * blank labels, unreadable scans). A tool, not a test: it runs only when asked and writes
 * docs/benchmarks/content.md.
 *
 * <pre>
 * ./mvnw -q -pl engine -am test -Dtest=ContentBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dyici.benchmark.content=../docs/benchmarks/content.md
 * </pre>
 */
@EnabledIfSystemProperty(named = "yici.benchmark.content", matches = ".+")
class ContentBenchmark {
    static final Party ZHANG_SAN = new Party(ApplicantType.PERSON, "张三", "11010519491231002X", null);
    static final Party WANG_WU = new Party(ApplicantType.PERSON, "王五", "110101199003070011", null);
    static final Party COMPANY = new Party(ApplicantType.ORGANIZATION, "北京一次科技有限公司", null, "91110108MA01ABCD1E");
    static final Party OTHER_COMPANY = new Party(ApplicantType.ORGANIZATION, "上海某某有限公司", null, "91310000MA1FL4KX5W");

    /** A scanned page and what it truly is. */
    record Scan(String name, Material material, Degradation degradation, DocumentEvidence evidence) {}

    /** One check run: which code the page was offered as, for whom, and whether the check should fire. */
    record Case(String check, Scan scan, String matter, String code, Party applicant, boolean expected) {}

    private Checker checker;

    @Test
    void measure() throws Exception {
        checker = new Checker(RuleBook.build(RuleSource.classpath()));
        List<Font> fonts = CjkFonts.renderingFonts(3);
        List<Scan> corpus = new ArrayList<>();
        for (CorpusPage page : Corpus.standard(fonts)) {
            corpus.add(new Scan(page.name(), page.material(), page.degradation(), read(page.name(), page.encoded())));
        }
        Font font = fonts.get(0);
        Map<String, List<Scan>> printed = printed(font);

        StringBuilder md = new StringBuilder();
        md.append("# Content checks: classification and per-check precision/recall\n\n");
        md.append("Measured ")
                .append(LocalDate.now(java.time.ZoneOffset.UTC))
                .append(" on the project's machine with ")
                .append(corpus.size())
                .append(" corpus pages (")
                .append(Material.values().length)
                .append(" materials × ")
                .append(Degradation.values().length)
                .append(" degradations, fonts rotating) and ")
                .append(printed.values().stream().mapToInt(List::size).sum())
                .append(" pages printed to trigger checks the corpus cannot (see `ContentBenchmark`).\n\n");
        md.append(
                "Reproduce:\n\n```bash\n./mvnw -q -pl engine -am test -Dtest=ContentBenchmark "
                        + "-Dsurefire.failIfNoSpecifiedTests=false \\\n    -Dyici.benchmark.content=../docs/benchmarks/content.md\n```\n\n");
        classification(md, corpus);
        seals(md, corpus);
        checks(md, cases(corpus, printed));
        fields(md, corpus);
        identifiers(md, corpus, printed);
        Path out = Path.of(System.getProperty("yici.benchmark.content"));
        Files.writeString(out, md.toString());
        System.out.println(md);
    }

    private static DocumentEvidence read(String name, byte[] bytes) throws Exception {
        String file = name + ".img";
        DocumentEvidence ingested =
                DocumentEvidence.of(name, IngestOutcome.of(file, CorpusReading.INGESTOR.ingest(bytes, file)));
        return DocumentReadings.read(
                        List.of(ingested), Map.of(name, new IngestRequest(file, bytes)), CorpusReading.TYPES)
                .get(0);
    }

    private static String typeOf(Material m) {
        return CorpusReading.typeOf(m);
    }

    /** Pages printed for the checks the corpus has no example of, clean and noisy. */
    private Map<String, List<Scan>> printed(Font font) throws Exception {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(
                "id-card_bad-check-digit",
                List.of(
                        "居民身份证",
                        "姓名　张三",
                        "性别　男　民族　汉",
                        "出生　1949年12月31日",
                        "住址　北京市海淀区学院路30号院2号楼3单元401号",
                        "公民身份号码　110105194912310021"));
        pages.put(
                "id-card_expired",
                List.of(
                        "居民身份证",
                        "签发机关　北京市公安局海淀分局",
                        "有效期限　2016.02.01-2026.02.01",
                        "姓名　张三",
                        "公民身份号码　11010519491231002X"));
        pages.put(
                "lease_expired",
                List.of(
                        "房屋租赁合同",
                        "出租方（甲方）：王五",
                        "身份证号码：110101199003070011",
                        "承租方（乙方）：张三",
                        "身份证号码：11010519491231002X",
                        "第一条　房屋坐落于北京市海淀区中关村大街27号1层。",
                        "第二条　租赁期限自2024年3月1日起至2026年2月28日止。",
                        "签订日期：2024年2月20日"));
        pages.put(
                "licence_bad-credit-code",
                List.of(
                        "营业执照",
                        "统一社会信用代码：91110108MA01ABCD1F",
                        "名称：北京一次科技有限公司",
                        "类型：有限责任公司（自然人投资或控股）",
                        "成立日期：2021年05月18日",
                        "住所：北京市海淀区学院路30号科技楼501室",
                        "登记机关：北京市海淀区市场监督管理局"));
        for (String blank : List.of("联系电话", "经营场所", "申请日期")) {
            List<String> lines = new ArrayList<>(List.of(
                    "个体工商户登记（备案）申请书",
                    "经营者姓名：张三",
                    "公民身份号码：11010519491231002X",
                    "联系电话：13800138000",
                    "经营场所：北京市海淀区中关村大街27号1层",
                    "经营范围：日用百货",
                    "申请日期：2026年3月2日"));
            lines.replaceAll(l -> l.startsWith(blank) ? blank + "：" : l);
            pages.put("form_blank-" + blank, lines);
        }
        Map<String, BufferedImage> signatures = new LinkedHashMap<>();
        List<String> form = SignatureCheckTest.FORM;
        BufferedImage unsignedForm = ScanPages.a4(font, "个体工商户登记（备案）申请书", form);
        signatures.put("form_unsigned", unsignedForm);
        signatures.put("form_signed", ScanPages.signed(unsignedForm, font, form.indexOf("经营者签字："), "经营者签字："));
        List<String> lease = SignatureCheckTest.LEASE;
        String lessor = SignatureCheckTest.LESSOR, lessee = SignatureCheckTest.LESSEE;
        BufferedImage lessorSigned =
                ScanPages.signed(ScanPages.a4(font, "房屋租赁合同", lease), font, lease.indexOf(lessor), lessor);
        signatures.put("lease_lessee-unsigned", lessorSigned);
        signatures.put("lease_signed", ScanPages.signed(lessorSigned, font, lease.indexOf(lessee), lessee));
        Map<String, List<Scan>> out = new LinkedHashMap<>();
        for (Map.Entry<String, BufferedImage> p : signatures.entrySet()) {
            out.put(p.getKey(), variants(p.getKey(), p.getValue()));
        }
        for (Map.Entry<String, List<String>> p : pages.entrySet()) {
            List<String> lines = p.getValue();
            BufferedImage clean = ScanPages.a4(font, lines.get(0), lines.subList(1, lines.size()));
            List<Scan> variants = new ArrayList<>();
            variants.add(
                    new Scan(p.getKey() + "_clean", null, Degradation.CLEAN, read(p.getKey(), ScanPages.png(clean))));
            BufferedImage noisy = ScanPages.noisy(clean, 28, p.getKey().hashCode());
            variants.add(new Scan(
                    p.getKey() + "_noise", null, Degradation.GAUSSIAN_NOISE, read(p.getKey(), ScanPages.png(noisy))));
            variants.add(new Scan(
                    p.getKey() + "_jpeg-q25",
                    null,
                    Degradation.JPEG_Q25,
                    read(p.getKey(), Images.jpeg(clean, 0.25f, 200))));
            out.put(p.getKey(), variants);
        }
        List<Scan> unreadable = new ArrayList<>();
        unreadable.add(new Scan("blank", null, null, read("blank", ScanPages.png(ScanPages.blank()))));
        for (Material m : List.of(Material.APPLICATION_FORM, Material.LEASE_CONTRACT, Material.BUSINESS_LICENSE)) {
            for (int factor : List.of(8, 12)) {
                BufferedImage smeared = ScanPages.smeared(Corpus.renderClean(m, font, 200), factor);
                unreadable.add(
                        new Scan(m.slug() + "_smeared-" + factor, m, null, read(m.slug(), ScanPages.png(smeared))));
            }
        }
        out.put("unreadable", unreadable);
        return out;
    }

    /** A printed page clean, with grey noise and as a JPEG of quality 25. */
    private static List<Scan> variants(String name, BufferedImage clean) throws Exception {
        return List.of(
                new Scan(name + "_clean", null, Degradation.CLEAN, read(name, ScanPages.png(clean))),
                new Scan(
                        name + "_noise",
                        null,
                        Degradation.GAUSSIAN_NOISE,
                        read(name, ScanPages.png(ScanPages.noisy(clean, 28, name.hashCode())))),
                new Scan(name + "_jpeg-q25", null, Degradation.JPEG_Q25, read(name, Images.jpeg(clean, 0.25f, 200))));
    }

    private void classification(StringBuilder md, List<Scan> corpus) {
        md.append("## Classification\n\nA page counts as classified as type T when T wins with confidence ≥ 0.5 "
                + "(the threshold at which an uncoded file is matched; MISMATCHED_TYPE needs 0.6).\n\n");
        md.append("| type | pages | precision | recall |\n|---|---|---|---|\n");
        int correct = 0;
        for (Material m : Material.values()) {
            String type = typeOf(m);
            int tp = 0, fp = 0, fn = 0;
            for (Scan s : corpus) {
                String got = s.evidence().confidence() != null && s.evidence().confidence() >= 0.5
                        ? s.evidence().type()
                        : null;
                boolean truth = s.material() == m;
                boolean said = type.equals(got);
                tp += truth && said ? 1 : 0;
                fp += !truth && said ? 1 : 0;
                fn += truth && !said ? 1 : 0;
            }
            correct += tp;
            md.append("| ")
                    .append(type)
                    .append(" | ")
                    .append(tp + fn)
                    .append(" | ")
                    .append(ratio(tp, tp + fp))
                    .append(" | ")
                    .append(ratio(tp, tp + fn))
                    .append(" |\n");
        }
        md.append("\nAccuracy over all corpus pages: ")
                .append(ratio(correct, corpus.size()))
                .append(".\n\n");
        md.append("Lowest winning confidence per material: ");
        List<String> lows = new ArrayList<>();
        for (Material m : Material.values()) {
            double low = corpus.stream()
                    .filter(s -> s.material() == m)
                    .mapToDouble(s ->
                            s.evidence().confidence() == null ? 0 : s.evidence().confidence())
                    .min()
                    .orElse(0);
            lows.add(m.slug() + " " + String.format(Locale.ROOT, "%.2f", low));
        }
        md.append(String.join(", ", lows)).append(".\n\n");
    }

    private void seals(StringBuilder md, List<Scan> corpus) {
        int tp = 0, fp = 0, fn = 0;
        for (Scan s : corpus) {
            boolean truth = s.degradation() == Degradation.RED_SEAL;
            boolean said = Boolean.TRUE.equals(s.evidence().seal());
            tp += truth && said ? 1 : 0;
            fp += !truth && said ? 1 : 0;
            fn += truth && !said ? 1 : 0;
        }
        md.append("## Red seal detection\n\nOver all corpus pages (the RED_SEAL degradation prints the seal over the "
                        + "last lines of text): precision ")
                .append(ratio(tp, tp + fp))
                .append(", recall ")
                .append(ratio(tp, tp + fn))
                .append(" (")
                .append(tp + fn)
                .append(" sealed pages, ")
                .append(corpus.size() - tp - fn)
                .append(" without).\n\n");
    }

    private List<Case> cases(List<Scan> corpus, Map<String, List<Scan>> printed) {
        List<Case> cases = new ArrayList<>();
        Map<Material, String> own = Map.of(
                Material.APPLICATION_FORM, "GTGSH-SL-01",
                Material.ID_CARD, "GTGSH-SL-02",
                Material.LEASE_CONTRACT, "GTGSH-SL-03",
                Material.BUSINESS_LICENSE, "YZ-BA-01",
                Material.COMMITMENT_LETTER, "GTGSH-SL-03");
        Map<Material, String> other = Map.of(
                Material.APPLICATION_FORM, "GTGSH-SL-02",
                Material.ID_CARD, "GTGSH-SL-03",
                Material.LEASE_CONTRACT, "GTGSH-SL-02",
                Material.BUSINESS_LICENSE, "GTGSH-SL-02",
                Material.COMMITMENT_LETTER, "GTGSH-SL-02");
        for (Scan s : corpus) {
            Material m = s.material();
            boolean licence = m == Material.BUSINESS_LICENSE;
            String matter = licence ? "YZ-BA" : "GTGSH-SL";
            Party applicant = licence ? COMPANY : ZHANG_SAN;
            if (m != Material.COMMITMENT_LETTER) {
                cases.add(new Case("MISMATCHED_TYPE", s, matter, own.get(m), applicant, false));
                cases.add(new Case("INCONSISTENT", s, matter, own.get(m), applicant, false));
                cases.add(new Case("INCONSISTENT", s, matter, own.get(m), licence ? OTHER_COMPANY : WANG_WU, true));
                cases.add(new Case("INVALID_ID_NUMBER", s, matter, own.get(m), applicant, false));
                cases.add(new Case("INVALID_CREDIT_CODE", s, matter, own.get(m), applicant, false));
                cases.add(new Case("EXPIRED", s, matter, own.get(m), applicant, false));
                cases.add(new Case("UNREADABLE", s, matter, own.get(m), applicant, false));
            }
            cases.add(new Case("MISMATCHED_TYPE", s, "GTGSH-SL", other.get(m), ZHANG_SAN, true));
            if (licence) {
                cases.add(new Case(
                        "MISSING_SEAL", s, "YZ-BA", "YZ-BA-01", COMPANY, s.degradation() != Degradation.RED_SEAL));
            }
            if (m == Material.APPLICATION_FORM) {
                cases.add(new Case("BLANK_FIELD", s, "GTGSH-SL", "GTGSH-SL-01", ZHANG_SAN, false));
            }
            // The corpus form and lease print the names after 签字： — signed as far as ink goes.
            if (m == Material.APPLICATION_FORM || m == Material.LEASE_CONTRACT) {
                cases.add(new Case("MISSING_SIGNATURE", s, "GTGSH-SL", own.get(m), ZHANG_SAN, false));
            }
        }
        printed.get("id-card_bad-check-digit")
                .forEach(s -> cases.add(new Case("INVALID_ID_NUMBER", s, "GTGSH-SL", "GTGSH-SL-02", ZHANG_SAN, true)));
        printed.get("licence_bad-credit-code")
                .forEach(s -> cases.add(new Case("INVALID_CREDIT_CODE", s, "YZ-BA", "YZ-BA-01", COMPANY, true)));
        printed.get("id-card_expired")
                .forEach(s -> cases.add(new Case("EXPIRED", s, "GTGSH-SL", "GTGSH-SL-02", ZHANG_SAN, true)));
        printed.get("lease_expired")
                .forEach(s -> cases.add(new Case("EXPIRED", s, "GTGSH-SL", "GTGSH-SL-03", ZHANG_SAN, true)));
        printed.entrySet().stream()
                .filter(e -> e.getKey().startsWith("form_blank"))
                .flatMap(e -> e.getValue().stream())
                .forEach(s -> cases.add(new Case("BLANK_FIELD", s, "GTGSH-SL", "GTGSH-SL-01", ZHANG_SAN, true)));
        printed.get("form_unsigned")
                .forEach(s -> cases.add(new Case("MISSING_SIGNATURE", s, "GTGSH-SL", "GTGSH-SL-01", ZHANG_SAN, true)));
        printed.get("form_signed")
                .forEach(s -> cases.add(new Case("MISSING_SIGNATURE", s, "GTGSH-SL", "GTGSH-SL-01", ZHANG_SAN, false)));
        printed.get("lease_lessee-unsigned")
                .forEach(s -> cases.add(new Case("MISSING_SIGNATURE", s, "GTGSH-SL", "GTGSH-SL-03", ZHANG_SAN, true)));
        printed.get("lease_signed")
                .forEach(s -> cases.add(new Case("MISSING_SIGNATURE", s, "GTGSH-SL", "GTGSH-SL-03", ZHANG_SAN, false)));
        printed.get("unreadable")
                .forEach(s -> cases.add(new Case("UNREADABLE", s, "GTGSH-SL", "GTGSH-SL-01", ZHANG_SAN, true)));
        return cases;
    }

    private boolean fires(Case c) {
        String id = c.scan().evidence().id();
        Form form = c.code().equals("GTGSH-SL-01") || c.code().equals("YZ-BA-04") ? Form.ORIGINAL : Form.COPY;
        CheckRequest request = new CheckRequest(
                c.matter(),
                LocalDate.of(2026, 3, 2),
                "WINDOW",
                c.applicant(),
                null,
                Map.of(),
                List.of(),
                List.of(),
                List.of(new CheckRequest.Material(id, c.code(), form, 1, id + ".img", null)));
        DocumentEvidence e = c.scan().evidence();
        List<org.yici.rules.check.DocumentReading> readings = e.reading() == null ? List.of() : List.of(e.reading());
        CheckOutcome outcome = checker.check(request, CheckContext.NONE.withDocuments(readings));
        Predicate<CheckOutcome.FindingView> mine =
                f -> f.code() == FindingCode.valueOf(c.check()) && c.code().equals(f.material());
        return outcome.findings().stream().anyMatch(mine);
    }

    private void checks(StringBuilder md, List<Case> cases) {
        md.append("## Checks\n\nEach case offers one scanned page as a material of GTGSH-SL (个体工商户设立登记) or "
                + "YZ-BA (公章刻制备案) and runs the real rules; a positive case is built to trigger the check "
                + "(another applicant, another type, a printed defect), a negative one must stay silent.\n\n");
        md.append(
                "| check | positives | negatives | TP | FP | FN | precision | recall |\n|---|---|---|---|---|---|---|---|\n");
        Map<String, List<Case>> byCheck = new LinkedHashMap<>();
        cases.forEach(
                c -> byCheck.computeIfAbsent(c.check(), k -> new ArrayList<>()).add(c));
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, List<Case>> e : byCheck.entrySet()) {
            int tp = 0, fp = 0, fn = 0, pos = 0, neg = 0;
            for (Case c : e.getValue()) {
                boolean fired = fires(c);
                pos += c.expected() ? 1 : 0;
                neg += c.expected() ? 0 : 1;
                tp += c.expected() && fired ? 1 : 0;
                fp += !c.expected() && fired ? 1 : 0;
                fn += c.expected() && !fired ? 1 : 0;
                if (c.expected() != fired) {
                    misses.add(e.getKey() + (fired ? " fired on " : " missed ")
                            + c.scan().name() + " as " + c.code());
                }
            }
            md.append("| ")
                    .append(e.getKey())
                    .append(" | ")
                    .append(pos)
                    .append(" | ")
                    .append(neg)
                    .append(" | ")
                    .append(tp)
                    .append(" | ")
                    .append(fp)
                    .append(" | ")
                    .append(fn)
                    .append(" | ")
                    .append(ratio(tp, tp + fp))
                    .append(" | ")
                    .append(ratio(tp, tp + fn))
                    .append(" |\n");
        }
        md.append("\nCases that went wrong:\n\n");
        misses.forEach(m -> md.append("- ").append(m).append('\n'));
        md.append('\n');
    }

    private void fields(StringBuilder md, List<Scan> corpus) {
        md.append(
                "## Fields read from the corpus\n\nShare of corpus pages on which each field was read, and read "
                        + "exactly as printed (ground truth from `Material`).\n\n| material | field | read | exact |\n|---|---|---|---|\n");
        Map<Material, Map<String, String>> truth = Map.of(
                Material.APPLICATION_FORM, Map.of("name", "张三", "idNumber", "11010519491231002X", "date", "2026-03-02"),
                Material.ID_CARD, Map.of("name", "张三", "idNumber", "11010519491231002X", "birthDate", "1949-12-31"),
                Material.LEASE_CONTRACT,
                        Map.of("name", "张三", "idNumber", "11010519491231002X", "validUntil", "2027-05-31"),
                Material.BUSINESS_LICENSE,
                        Map.of("name", "北京一次科技有限公司", "creditCode", "91110108MA01ABCD1E", "establishedOn", "2021-05-18"),
                Material.COMMITMENT_LETTER, Map.of("name", "张三", "date", "2026-03-02"));
        for (Material m : Material.values()) {
            List<Scan> pages = corpus.stream().filter(s -> s.material() == m).toList();
            for (Map.Entry<String, String> f : new java.util.TreeMap<>(truth.get(m)).entrySet()) {
                int read = 0, exact = 0;
                for (Scan s : pages) {
                    var fields = s.evidence().fields() == null
                            ? List.<ReadField>of()
                            : s.evidence().fields();
                    var got = fields.stream()
                            .filter(r -> r.field().equals(f.getKey()))
                            .findFirst();
                    read += got.isPresent() ? 1 : 0;
                    exact += got.filter(r -> r.value().equals(f.getValue())).isPresent() ? 1 : 0;
                }
                md.append("| ")
                        .append(m.slug())
                        .append(" | ")
                        .append(f.getKey())
                        .append(" | ")
                        .append(ratio(read, pages.size()))
                        .append(" | ")
                        .append(ratio(exact, pages.size()))
                        .append(" |\n");
            }
        }
        md.append('\n');
    }

    /**
     * Every ID number and credit code read from a scan before the trust gate: as read, whether
     * look-alike glyphs were corrected, whether it checks out, the least confidence of its words and
     * whether it reached the rules. The gate's threshold is chosen from this table.
     */
    private void identifiers(StringBuilder md, List<Scan> corpus, Map<String, List<Scan>> printed) {
        md.append("## Identifiers read on scans\n\nEvery ID number and credit code the extractor found, before the "
                + "trust gate (`ContentReader.trusted`, word confidence ≥ " + ContentReader.SURE_WORD
                + " for one failing its check character). `printed` is what the page shows.\n\n"
                + "| page | field | printed | read | corrected from | checks out | least word conf. | to rules |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        List<Scan> all = new ArrayList<>(corpus);
        printed.values().forEach(all::addAll);
        FieldExtractor extractor = new FieldExtractor();
        // Per failing identifier: printed bad (a true INVALID_*) or misread, and its least confidence.
        List<double[]> failing = new ArrayList<>();
        for (Scan s : all) {
            DocumentEvidence e = s.evidence();
            if (e.document() == null || e.type() == null) {
                continue;
            }
            List<PageText> pages =
                    e.document().pages().stream().map(PageText::of).toList();
            for (ReadField f : extractor.extract(e.type(), pages).fields()) {
                boolean id = f.field().equals("idNumber");
                if (!id && !f.field().equals("creditCode")) {
                    continue;
                }
                String printedValue = s.name().contains("bad-check-digit")
                        ? "110105194912310021"
                        : s.name().contains("bad-credit-code")
                                ? "91110108MA01ABCD1F"
                                : id ? "(valid)" : "91110108MA01ABCD1E";
                boolean ok = id
                        ? org.yici.rules.model.Ids.validIdNumber(f.value())
                        : org.yici.rules.model.Ids.validCreditCode(f.value());
                double least = ContentReader.leastWordConfidence(
                        f, e.document().pages().get(f.page() - 1));
                boolean bad = !printedValue.startsWith("(") && !printedValue.equals("91110108MA01ABCD1E");
                if (!ok) {
                    failing.add(new double[] {bad ? 1 : 0, least, id ? 1 : 0});
                }
                md.append("| ")
                        .append(s.name())
                        .append(" | ")
                        .append(f.field())
                        .append(" | ")
                        .append(printedValue)
                        .append(" | ")
                        .append(f.value())
                        .append(" | ")
                        .append(f.ocrRead() == null ? "" : f.ocrRead())
                        .append(" | ")
                        .append(ok ? "yes" : "no")
                        .append(" | ")
                        .append(least > 1 ? "—" : String.format(Locale.ROOT, "%.2f", least))
                        .append(" | ")
                        .append(ContentReader.trusted(f, e.document()) ? "yes" : "no")
                        .append(" |\n");
            }
        }
        md.append(
                "\nWhat other gates would have let through: identifiers failing their check character whose "
                        + "words were read at least this surely (printed bad = a true INVALID_*, misread = a false one; "
                        + "the 6 printed-bad scans are the INVALID_* positives above).\n\n"
                        + "| gate | ID printed bad | ID misread | credit printed bad | credit misread |\n|---|---|---|---|---|\n");
        for (double gate : new double[] {0.0, 0.5, 0.6, 0.7, 0.8, 0.9}) {
            int[] n = new int[4];
            for (double[] r : failing) {
                if (r[1] <= 1 && r[1] >= gate) {
                    n[(r[2] == 1 ? 0 : 2) + (r[0] == 1 ? 0 : 1)]++;
                }
            }
            md.append(String.format(Locale.ROOT, "| %.1f | %d | %d | %d | %d |%n", gate, n[0], n[1], n[2], n[3]));
        }
        md.append('\n');
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "—" : String.format(Locale.ROOT, "%.2f (%d/%d)", (double) a / b, a, b);
    }
}

package org.yici.engine.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.yici.rules.build.RuleBook;
import org.yici.rules.check.CheckRequest;
import org.yici.rules.check.CheckRequest.Material;
import org.yici.rules.check.CheckRequest.Party;
import org.yici.rules.data.MatterDefinition;
import org.yici.rules.data.SituationDefinition;
import org.yici.rules.model.ApplicantType;
import org.yici.rules.model.Ids;

/**
 * A generated population of repeat applicants for benchmarks and tests of what Yici remembers
 * between visits (pre-filled forms, materials reused): people and organisations with valid ID
 * numbers and credit codes, their licences as the licence directory would hold them (a CSV for
 * {@code JdbcLicenceDirectory.importCsv}), and several visits each across the catalog matters,
 * oldest first. The same seed gives the same population.
 *
 * <p>Each visit hands in every material its matter always requires, by code and form as staff
 * tick them; the application form carries the fields the applicant wrote on it (phone, premises,
 * business scope, business name), as an intake system states them.
 */
public final class RepeatApplicants {
    /** Matters a person may apply for, and an organisation. */
    static final List<String> PERSON_MATTERS = List.of("GTGSH-SL", "SBK-BL", "SPJY-XK", "GGCS-WS", "BDC-ZY", "FP-SL");

    static final List<String> ORGANISATION_MATTERS = List.of("GS-SL", "YZ-BA", "FP-SL", "SPJY-XK", "GGCS-WS", "BDC-ZY");

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂";
    private static final String ROADS = "幸福人民建设解放和平中山光明新华";
    private static final String TRADES = "百货 餐饮 科技 商贸 文化 服务 食品 建材".replace(" ", "");
    private static final String[] SCOPES = {"日用百货零售", "餐饮服务", "预包装食品销售", "技术开发、技术咨询", "美容美发服务", "住宿服务"};

    private RepeatApplicants() {}

    /**
     * One applicant.
     *
     * @param idNumber a person's; for an organisation its legal representative's
     * @param idCardInDirectory whether the licence directory holds the person's ID card
     * @param licenceInDirectory whether it holds the organisation's business licence
     * @param licenceExpired whether what the directory holds has expired
     */
    public record Applicant(
            ApplicantType type,
            String name,
            String idNumber,
            String creditCode,
            String legalRepresentative,
            String address,
            String phone,
            String premisesAddress,
            String scope,
            String businessName,
            boolean idCardInDirectory,
            boolean licenceInDirectory,
            boolean licenceExpired) {

        public Party party() {
            return type == ApplicantType.PERSON
                    ? new Party(type, name, idNumber, null)
                    : new Party(type, name, null, creditCode);
        }

        /** The ID number or credit code the applicant is known by. */
        public String holder() {
            return type == ApplicantType.PERSON ? idNumber : creditCode;
        }
    }

    /** One visit: who, when, for what (ordinal 1 = the applicant's first visit). */
    public record Visit(Applicant applicant, int ordinal, LocalDate date, CheckRequest request) {}

    public record Population(List<Applicant> applicants, List<Visit> visits, String licenceCsv) {}

    /**
     * @param book the rule base (each matter's always-required materials and its situations)
     * @param first the date of the earliest visit; visits follow every 10 to 120 days
     */
    public static Population generate(long seed, int applicants, int visitsEach, RuleBook book, LocalDate first) {
        Map<String, MatterDefinition> matters = book.matters();
        Random random = new Random(seed);
        List<Applicant> people = new ArrayList<>();
        for (int i = 0; i < applicants; i++) {
            people.add(applicant(random, i));
        }
        List<Visit> visits = new ArrayList<>();
        for (Applicant a : people) {
            List<String> choices =
                    new ArrayList<>(a.type() == ApplicantType.PERSON ? PERSON_MATTERS : ORGANISATION_MATTERS);
            LocalDate date = first.plusDays(random.nextInt(60));
            for (int v = 1; v <= visitsEach; v++) {
                String matter = choices.remove(random.nextInt(choices.size()));
                Party agent = random.nextInt(10) < 3
                        ? new Party(ApplicantType.PERSON, personName(random), idNumber(random), null)
                        : null;
                visits.add(
                        new Visit(a, v, date, request(matters.get(matter), situations(book, matter), a, agent, date)));
                date = date.plusDays(10 + random.nextInt(110));
            }
        }
        visits.sort(Comparator.comparing(Visit::date)
                .thenComparing(v -> v.applicant().holder()));
        return new Population(List.copyOf(people), List.copyOf(visits), licenceCsv(people, first));
    }

    private static Applicant applicant(Random random, int index) {
        boolean person = index % 2 == 0;
        String legal = personName(random);
        String id = idNumber(random);
        String address = "示例县" + ROADS.charAt(random.nextInt(ROADS.length()))
                + ROADS.charAt(random.nextInt(ROADS.length())) + "路" + (1 + random.nextInt(300)) + "号";
        String premises = "示例县" + ROADS.charAt(random.nextInt(ROADS.length())) + "街" + (1 + random.nextInt(200)) + "号";
        String phone = String.format(Locale.ROOT, "13%09d", random.nextInt(1_000_000_000));
        String scope = SCOPES[random.nextInt(SCOPES.length)];
        String trade = String.valueOf(TRADES.charAt(random.nextInt(TRADES.length())))
                + TRADES.charAt(random.nextInt(TRADES.length()));
        if (person) {
            return new Applicant(
                    ApplicantType.PERSON,
                    legal,
                    id,
                    null,
                    null,
                    address,
                    phone,
                    premises,
                    scope,
                    "示例县" + legal + trade + "店",
                    random.nextInt(10) < 7,
                    false,
                    random.nextInt(20) == 0);
        }
        String company = "示例县" + legal.charAt(1) + trade + "有限公司" + index;
        return new Applicant(
                ApplicantType.ORGANIZATION,
                company,
                id,
                creditCode(random),
                legal,
                address,
                phone,
                premises,
                scope,
                company,
                false,
                random.nextInt(10) < 8,
                random.nextInt(20) == 0);
    }

    /**
     * An answer to each situation question of {@code matter}: its default, else no / the first
     * value / 0 — the plain case, which no matter refuses.
     */
    public static Map<String, Object> situations(RuleBook book, String matter) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String key : book.matters().get(matter).situations()) {
            SituationDefinition s = book.data().situations().get(key);
            Object answer =
                    switch (s.type()) {
                        case BOOLEAN -> s.defaultValue() == null ? Boolean.FALSE : Boolean.valueOf(s.defaultValue());
                        case ENUM -> s.defaultValue() == null
                                ? s.values().keySet().iterator().next()
                                : s.defaultValue();
                        case INTEGER -> s.defaultValue() == null ? 0 : Integer.parseInt(s.defaultValue());
                    };
            answers.put(key, answer);
        }
        return answers;
    }

    private static CheckRequest request(
            MatterDefinition matter, Map<String, Object> situations, Applicant a, Party agent, LocalDate date) {
        List<Material> materials = new ArrayList<>();
        int n = 0;
        for (MatterDefinition.Material m : matter.materials()) {
            if (m.when() != null) {
                continue;
            }
            Map<String, String> fields = null;
            if ("APPLICATION_FORM".equals(m.type())) {
                fields = new LinkedHashMap<>();
                fields.put("phone", a.phone());
                fields.put("premisesAddress", a.premisesAddress());
                fields.put("scope", a.scope());
                fields.put("businessName", a.businessName());
            }
            materials.add(new Material("m" + (++n), m.code(), m.form(), m.copies(), null, fields));
        }
        return new CheckRequest(
                matter.code(), date, "WINDOW", a.party(), agent, situations, List.of(), List.of(), materials);
    }

    /** {@code holder,type,number,validUntil,source,name,address,legalRepresentative}. */
    private static String licenceCsv(List<Applicant> people, LocalDate first) {
        StringBuilder csv =
                new StringBuilder("holder,type,number,validUntil,source,name,address,legalRepresentative\n");
        for (Applicant a : people) {
            String until = a.licenceExpired()
                    ? first.minusDays(30).toString()
                    : first.plusYears(10).toString();
            if (a.idCardInDirectory()) {
                csv.append(String.join(
                                ",", a.idNumber(), "ID_CARD", a.idNumber(), until, "公安电子证照", a.name(), a.address(), ""))
                        .append('\n');
            }
            if (a.licenceInDirectory()) {
                csv.append(String.join(
                                ",",
                                a.creditCode(),
                                "BUSINESS_LICENSE",
                                a.creditCode(),
                                a.licenceExpired() ? until : "",
                                "市场监管电子证照",
                                a.name(),
                                a.address(),
                                a.legalRepresentative()))
                        .append('\n');
            }
        }
        return csv.toString();
    }

    public static String personName(Random random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
    }

    /** A valid 公民身份号码 (GB 11643) of someone born 1950–1999 in 示例 area 110105. */
    public static String idNumber(Random random) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
        String body =
                "110105" + birth.toString().replace("-", "") + String.format(Locale.ROOT, "%03d", random.nextInt(1000));
        return body + Ids.idCheckCharacter(body);
    }

    /** A valid 统一社会信用代码 (GB 32100) of a company registered in 110105. */
    public static String creditCode(Random random) {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder body = new StringBuilder("91110105");
        for (int i = 0; i < 9; i++) {
            body.append(chars.charAt(random.nextInt(chars.length())));
        }
        return body.append(Ids.creditCheckCharacter(body.toString())).toString();
    }
}

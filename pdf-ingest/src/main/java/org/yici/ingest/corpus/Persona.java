package org.yici.ingest.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One invented applicant with a company, drawn from the split's half of every value pool. ID
 * numbers and credit codes carry valid check digits; birth years, document years, given-name
 * characters, trade names, road names and phone prefixes differ between the halves, so no value
 * of one split can occur in the other.
 */
record Persona(
        String name,
        String otherName,
        boolean male,
        String birthDate,
        String idNumber,
        String otherIdNumber,
        String address,
        String phone,
        String company,
        String shopName,
        String creditCode,
        String district,
        String date,
        String laterDate,
        String earlierDate,
        int year,
        int month,
        int day) {

    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String[] GIVEN = {
        "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍鑫宇浩凯健俊帆帅旭宁龙林欣晨", "文斌鹏辉建国红梅春燕海峰志宏雪飞云亮成波松晓丹琳雯颖倩婷博瑞天佳嘉怡思雨子轩梓涵"
    };
    private static final String[] TRADE = {
        "恒达 华信 鼎盛 瑞丰 启航 博远 安泰 汇通 润泽 盛世 金诚 宏图 晨光 卓越 锦程 同创 万象 新源 天元 众合",
        "嘉禾 永安 明德 信诚 立方 远景 星河 海纳 和顺 凯旋 银杉 青松 德润 华章 长风 致远 方舟 泰和 云帆 蓝湾"
    };
    private static final String[] ROADS = {
        "学院路 中关村大街 建国路 长安街 人民路 解放路 中山路 和平路 胜利路 光明路 文化路 新华路", "复兴路 西湖路 滨江大道 东风路 朝阳路 南京路 黄河路 长江路 友谊路 团结路 青年路 花园路"
    };
    /** Region codes and districts, five per half (so authorities and ID regions differ too). */
    private static final String[][][] CITIES = {
        {
            {"110105", "北京市朝阳区"},
            {"310104", "上海市徐汇区"},
            {"320102", "南京市玄武区"},
            {"510107", "成都市武侯区"},
            {"370102", "济南市历下区"}
        },
        {
            {"110108", "北京市海淀区"},
            {"440106", "广州市天河区"},
            {"330106", "杭州市西湖区"},
            {"420102", "武汉市江岸区"},
            {"610113", "西安市雁塔区"}
        }
    };

    private static final String INDUSTRIES = "科技 商贸 餐饮管理 信息技术 文化传媒 建筑工程 物业管理 电子商务 咨询服务 环保科技";
    private static final String SHOPS = "便利店 小吃店 理发店 五金店 水果店 服装店 面馆 烟酒店";
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    static Persona draw(Split split, Random r) {
        int half = split.half();
        String[] city = CITIES[half][r.nextInt(CITIES[half].length)];
        boolean male = r.nextBoolean();
        int birthYear = (half == 0 ? 1950 : 1975) + r.nextInt(25);
        int birthMonth = 1 + r.nextInt(12);
        int birthDay = 1 + r.nextInt(28);
        String id = idNumber(city[0], birthYear, birthMonth, birthDay, male, half, r);
        String[] other = CITIES[half][r.nextInt(CITIES[half].length)];
        int otherYear = (half == 0 ? 1950 : 1975) + r.nextInt(25);
        String otherId = idNumber(other[0], otherYear, 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextBoolean(), half, r);
        String name = name(half, r);
        String otherName = name(half, r);
        while (otherName.equals(name)) {
            otherName = name(half, r);
        }
        String road = pick(ROADS[half], r);
        String address = city[1] + road + (1 + r.nextInt(200)) + "号" + (1 + r.nextInt(12)) + "号楼"
                + (101 + r.nextInt(20) * 100 + r.nextInt(6)) + "室";
        String phone = (half == 0 ? "13" : "18") + digits(9, r);
        String trade = pick(TRADE[half], r);
        String company = city[1].substring(0, city[1].indexOf('市') + 1) + trade + pick(INDUSTRIES, r) + "有限公司";
        String shop = city[1].substring(city[1].indexOf('市') + 1) + name + pick(SHOPS, r);
        String credit = creditCode(city[0], half, r);
        // Document dates: 2015-2021 in one half (with the earlier and later dates), 2022-2028 in the other.
        int year = (half == 0 ? 2016 : 2023) + r.nextInt(4);
        int month = 1 + r.nextInt(12);
        int day = 1 + r.nextInt(28);
        String date = chineseDate(year, month, day);
        String later = chineseDate(year + 2, 1 + (month + 4) % 12, 1 + (day + 9) % 28);
        String earlier = chineseDate(year - 1, 1 + (month + 6) % 12, 1 + (day + 13) % 28);
        return new Persona(
                name,
                otherName,
                male,
                chineseDate(birthYear, birthMonth, birthDay),
                id,
                otherId,
                address,
                phone,
                company,
                shop,
                credit,
                city[1],
                date,
                later,
                earlier,
                year,
                month,
                day);
    }

    /** The same person with another ID number printed (a typo in the check character). */
    Persona withIdNumber(String id) {
        return new Persona(
                name,
                otherName,
                male,
                birthDate,
                id,
                otherIdNumber,
                address,
                phone,
                company,
                shopName,
                creditCode,
                district,
                date,
                laterDate,
                earlierDate,
                year,
                month,
                day);
    }

    /**
     * The other person of this persona (the lessor, the agent) as a persona of their own: name and
     * ID number swapped, the birth date read from the ID number.
     */
    Persona swapped() {
        String born = chineseDate(
                Integer.parseInt(otherIdNumber.substring(6, 10)),
                Integer.parseInt(otherIdNumber.substring(10, 12)),
                Integer.parseInt(otherIdNumber.substring(12, 14)));
        boolean otherMale = (otherIdNumber.charAt(16) - '0') % 2 == 1;
        return new Persona(
                otherName,
                name,
                otherMale,
                born,
                otherIdNumber,
                idNumber,
                address,
                phone,
                company,
                shopName,
                creditCode,
                district,
                date,
                laterDate,
                earlierDate,
                year,
                month,
                day);
    }

    /** The same company with another credit code printed. */
    Persona withCreditCode(String code) {
        return new Persona(
                name,
                otherName,
                male,
                birthDate,
                idNumber,
                otherIdNumber,
                address,
                phone,
                company,
                shopName,
                code,
                district,
                date,
                laterDate,
                earlierDate,
                year,
                month,
                day);
    }

    String sex() {
        return male ? "男" : "女";
    }

    static String chineseDate(int y, int m, int d) {
        return y + "年" + m + "月" + d + "日";
    }

    static String pick(String spaceSeparated, Random r) {
        String[] options = spaceSeparated.split(" ");
        return options[r.nextInt(options.length)];
    }

    private static String name(int half, Random r) {
        StringBuilder b = new StringBuilder();
        b.appendCodePoint(SURNAMES.codePointAt(r.nextInt(SURNAMES.length())));
        int given = r.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            b.append(GIVEN[half].charAt(r.nextInt(GIVEN[half].length())));
        }
        return b.toString();
    }

    private static String digits(int n, Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    /** GB 11643: region, birth date, sequence (odd for men), ISO 7064 MOD 11-2 check character. */
    static String idNumber(String region, int y, int m, int d, boolean male, int half, Random r) {
        int sequence = 10 + r.nextInt(89);
        String body = region
                + String.format(Locale.ROOT, "%04d%02d%02d%02d", y, m, d, sequence)
                + (male ? 1 + 2 * r.nextInt(5) : 2 * r.nextInt(5));
        return body + idCheck(body);
    }

    static char idCheck(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /**
     * GB 32100: registration authority 9 (market regulation), type 1 (company), region, a nine
     * character organisation code starting with MA, and the MOD 31 check character. The third
     * character of the code differs between the halves.
     */
    static String creditCode(String region, int half, Random r) {
        StringBuilder b = new StringBuilder("91").append(region).append("MA");
        b.append((char) ('0' + 5 * half + r.nextInt(5)));
        for (int i = 0; i < 6; i++) {
            b.append(CODE_CHARS.charAt(r.nextInt(CODE_CHARS.length())));
        }
        return b.append(creditCheck(b.toString())).toString();
    }

    static char creditCheck(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_CHARS.indexOf(body17.charAt(i)) * CODE_WEIGHTS[i];
        }
        return CODE_CHARS.charAt((31 - sum % 31) % 31);
    }

    /** Every value of this persona, for checks that two splits share none. */
    List<String> values() {
        return List.of(
                name,
                otherName,
                birthDate,
                idNumber,
                otherIdNumber,
                address,
                phone,
                company,
                shopName,
                creditCode,
                date,
                laterDate,
                earlierDate);
    }
}

package org.yici.ingest.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The materials of the split corpus ({@link Corpus#split}): what a service-centre package holds,
 * each filled in with one invented {@link Persona}. Unlike {@link Material} (the fixed texts of the
 * standard corpus), every page gets its own values.
 */
public enum MaterialKind {
    /** A ruled table with the values written in by hand. */
    APPLICATION_FORM("application-form"),
    /** Landscape, with the registration authority's red seal. */
    BUSINESS_LICENCE("business-licence"),
    LEASE("lease"),
    COMMITMENT_LETTER("commitment-letter"),
    ID_CARD_FRONT("id-card-front"),
    ID_CARD_BACK("id-card-back"),
    HEALTH_CERTIFICATE("health-certificate"),
    POWER_OF_ATTORNEY("power-of-attorney"),
    /** Plain running text, no fields but a name and a date. */
    REPORT_PAGE("report-page");

    private static final String[] SCOPES = {
        "日用百货、食品销售（仅销售预包装食品）", "餐饮服务；小吃服务", "理发及美容服务", "五金产品零售；电子产品销售", "服装服饰零售；鞋帽零售"
    };
    private static final String[] REPORT_SENTENCES = {
        "本单位自成立以来严格遵守国家法律法规，依法诚信经营。",
        "本年度主要开展了技术开发、技术咨询和技术服务等业务。",
        "经营场所为自有房屋，产权清晰，无任何权属纠纷。",
        "单位现有从业人员若干名，均已依法签订劳动合同并缴纳社会保险。",
        "报告期内未发生安全生产事故，未受到行政处罚。",
        "财务制度健全，会计核算规范，按时申报纳税。",
        "下一年度将继续加强内部管理，提高服务质量。",
        "如上述情况与事实不符，本单位愿意承担相应的法律责任。",
        "特此说明，请予审核。",
        "本单位承诺所报送的年度报告内容真实、准确、完整。"
    };

    private final String slug;

    MaterialKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    Sheet sheet(Persona p, Random r) {
        return switch (this) {
            case APPLICATION_FORM -> applicationForm(p, r);
            case BUSINESS_LICENCE -> licence(p, r);
            case LEASE -> lease(p, r);
            case COMMITMENT_LETTER -> commitment(p);
            case ID_CARD_FRONT -> idFront(p);
            case ID_CARD_BACK -> idBack(p, r);
            case HEALTH_CERTIFICATE -> health(p, r);
            case POWER_OF_ATTORNEY -> attorney(p);
            case REPORT_PAGE -> report(p, r);
        };
    }

    private static Sheet applicationForm(Persona p, Random r) {
        Sheet s = new Sheet(Sheet.Shape.A4);
        String workers = (1 + r.nextInt(9)) + "人";
        String scope = SCOPES[r.nextInt(SCOPES.length)];
        s.title("个体工商户登记（备案）申请书").space(4);
        s.table(List.of(
                List.of(label("经营者姓名", 0.22), hand(p.name(), 0.28), label("性别", 0.2), hand(p.sex(), 0.3)),
                List.of(label("公民身份号码", 0.22), hand(p.idNumber(), 0.78)),
                List.of(label("联系电话", 0.22), hand(p.phone(), 0.28), label("从业人数", 0.2), hand(workers, 0.3)),
                List.of(label("个体工商户名称", 0.22), hand(p.shopName(), 0.78)),
                List.of(label("经营场所", 0.22), hand(p.address(), 0.78)),
                List.of(label("经营范围", 0.22), hand(scope, 0.78)),
                List.of(label("组成形式", 0.22), hand("个人经营", 0.78)),
                List.of(label("申请日期", 0.22), hand(p.date(), 0.78))));
        s.fields(p.name(), p.idNumber(), p.phone(), p.shopName(), p.address(), p.date());
        s.space(6).line("本人承诺所提交的材料真实有效，").line("谨此对真实性承担责任。").space(4).line("经营者签字：");
        s.signatureLabel = "经营者签字：";
        return s;
    }

    private static Sheet licence(Persona p, Random r) {
        Sheet s = new Sheet(Sheet.Shape.A4_LANDSCAPE);
        String capital = new String[] {"壹佰万元整", "伍拾万元整", "叁佰万元整", "贰拾万元整"}[r.nextInt(4)];
        String authority = p.district() + "市场监督管理局";
        s.title("营业执照", 1.4).space(2);
        s.field("统一社会信用代码：", p.creditCode());
        s.field("名称：", p.company());
        s.line("类型：有限责任公司（自然人投资或控股）");
        s.field("法定代表人：", p.name());
        s.line("经营范围：技术开发、技术咨询、技术服务；软件开发。");
        s.line("注册资本：" + capital);
        s.field("成立日期：", p.earlierDate());
        s.field("住所：", p.address());
        s.field("登记机关：", authority);
        s.field("发证日期：", p.date());
        s.ownSeal = authority;
        return s;
    }

    private static Sheet lease(Persona p, Random r) {
        Sheet s = new Sheet(Sheet.Shape.A4);
        String rent = new String[] {"叁仟元整", "伍仟元整", "陆仟伍佰元整", "捌仟元整"}[r.nextInt(4)];
        s.title("房屋租赁合同").space(3);
        s.field("出租方（甲方）：", p.otherName());
        s.field("身份证号码：", p.otherIdNumber());
        s.field("承租方（乙方）：", p.name());
        s.field("身份证号码：", p.idNumber());
        s.line("第一条　房屋坐落于：");
        s.field("", p.address());
        s.line("第二条　租赁期限：");
        s.line("自" + p.date() + "起至" + p.laterDate() + "止。");
        s.fields(p.date(), p.laterDate());
        s.paragraph("第三条　月租金为人民币" + rent + "，按季度支付，乙方应于每季度首月五日前付清。");
        s.line("第四条　房屋用途为商业经营。");
        s.space(4).pair("甲方签字：" + p.otherName(), "乙方签字：" + p.name());
        s.field("签订日期：", p.earlierDate());
        s.signatureLabel = "甲方签字：";
        return s;
    }

    private static Sheet commitment(Persona p) {
        Sheet s = new Sheet(Sheet.Shape.A4);
        s.title("告知承诺书").space(3);
        s.paragraph("本人已知晓行政机关告知的全部内容，承诺如下：所填写的信息和提交的材料真实、准确、完整；" + "已经符合行政机关告知的条件和要求；愿意承担不实承诺的法律责任。如有违反，自愿接受撤销许可等处理。");
        s.line("承诺事项：住所（经营场所）使用证明");
        s.field("经营场所：", p.address());
        s.field("承诺人：", p.name());
        s.field("身份证号码：", p.idNumber());
        s.field("承诺日期：", p.date());
        s.space(4).line("承诺人（签字）：");
        s.signatureLabel = "承诺人（签字）：";
        return s;
    }

    private static Sheet idFront(Persona p) {
        Sheet s = new Sheet(Sheet.Shape.CARD);
        s.field("姓名　", p.name());
        s.line("性别　" + p.sex() + "　民族　汉");
        s.field("出生　", p.birthDate());
        // The address wraps on a card: split before the building number.
        String address = p.address();
        int cut = address.indexOf('号') + 1;
        s.field("住址　", address.substring(0, cut));
        s.line("　　　" + address.substring(cut));
        s.space(2);
        s.field("公民身份号码　", p.idNumber());
        s.photo = true;
        return s;
    }

    private static Sheet idBack(Persona p, Random r) {
        Sheet s = new Sheet(Sheet.Shape.CARD);
        int issued = p.year() - 6 - r.nextInt(3);
        String from = String.format(java.util.Locale.ROOT, "%d.%02d.%02d", issued, p.month(), p.day());
        String to = String.format(java.util.Locale.ROOT, "%d.%02d.%02d", issued + 20, p.month(), p.day());
        String police = p.district().substring(0, p.district().indexOf('市') + 1) + "公安局"
                + p.district().substring(p.district().indexOf('市') + 1) + "分局";
        s.space(4).title("中华人民共和国", 1.0).title("居民身份证", 1.5).space(5);
        s.field("签发机关　", police);
        s.line("有效期限　" + from + "-" + to);
        s.fields(from, to);
        s.emblem = true;
        return s;
    }

    private static Sheet health(Persona p, Random r) {
        Sheet s = new Sheet(Sheet.Shape.A4);
        String category = new String[] {"食品生产经营", "公共场所服务", "餐饮服务", "药品经营"}[r.nextInt(4)];
        String number = "JK" + p.year() + String.format(java.util.Locale.ROOT, "%06d", r.nextInt(1_000_000));
        s.title("健康证明").space(3);
        s.field("编号：", number);
        s.field("姓名：", p.name());
        s.line("性别：" + p.sex());
        s.field("身份证号码：", p.idNumber());
        s.line("从业类别：" + category);
        s.line("体检结论：合格");
        s.field("体检日期：", p.date());
        s.field("有效期至：", p.laterDate());
        s.field("体检单位：", p.district() + "疾病预防控制中心");
        s.space(4).line("（本证明全国范围内有效）");
        return s;
    }

    private static Sheet attorney(Persona p) {
        Sheet s = new Sheet(Sheet.Shape.A4);
        s.title("授权委托书").space(3);
        s.field("委托人：", p.name());
        s.field("身份证号码：", p.idNumber());
        s.field("受托人：", p.otherName());
        s.field("身份证号码：", p.otherIdNumber());
        s.paragraph("现委托受托人代表本人办理" + p.shopName() + "的设立登记事宜，受托人在办理上述事项过程中所签署的有关文件，本人均予以承认。");
        s.field("委托期限：自", p.date());
        s.field("至", p.laterDate());
        s.space(4).line("委托人（签字）：");
        s.field("日期：", p.earlierDate());
        s.signatureLabel = "委托人（签字）：";
        return s;
    }

    private static Sheet report(Persona p, Random r) {
        Sheet s = new Sheet(Sheet.Shape.A4);
        s.title("情况说明").space(3);
        List<String> sentences = new ArrayList<>(List.of(REPORT_SENTENCES));
        java.util.Collections.shuffle(sentences, r);
        s.paragraph(p.company() + "：" + String.join("", sentences.subList(0, 4)));
        s.paragraph(String.join("", sentences.subList(4, 7)));
        s.space(4).field("联系人：", p.name()).field("联系电话：", p.phone());
        s.field("", p.date());
        return s;
    }

    private static Sheet.Cell label(String text, double width) {
        return new Sheet.Cell(text, width, false);
    }

    private static Sheet.Cell hand(String text, double width) {
        return new Sheet.Cell(text, width, true);
    }
}

package org.yici.ingest.corpus;

import java.util.List;

/**
 * Typical materials of a service-centre package, with their printed text as ground truth. The
 * people, numbers and addresses are invented; ID numbers and credit codes carry valid check
 * digits so later field checks can use the same pages.
 */
public enum Material {
    APPLICATION_FORM(
            "application-form",
            Layout.A4,
            "个体工商户登记（备案）申请书",
            List.of(
                    "经营者姓名：张三　　性别：男",
                    "公民身份号码：11010519491231002X",
                    "联系电话：13800138000",
                    "个体工商户名称：海淀区张三便利店",
                    "经营场所：北京市海淀区中关村大街27号1层",
                    "组成形式：个人经营",
                    "经营范围：日用百货、食品销售（仅销售预包装食品）",
                    "资金数额：人民币伍万元整",
                    "从业人数：3人",
                    "本人承诺所提交的材料真实有效，",
                    "谨此对真实性承担责任。",
                    "经营者签字：张三",
                    "申请日期：2026年3月2日")),
    BUSINESS_LICENSE(
            "business-license",
            Layout.A4_LANDSCAPE,
            "营业执照",
            List.of(
                    "统一社会信用代码：91110108MA01ABCD1E",
                    "名称：北京一次科技有限公司",
                    "类型：有限责任公司（自然人投资或控股）",
                    "法定代表人：李四",
                    "经营范围：技术开发、技术咨询、技术服务；",
                    "软件开发；计算机系统服务。",
                    "注册资本：壹佰万元整",
                    "成立日期：2021年05月18日",
                    "住所：北京市海淀区学院路30号科技楼501室",
                    "登记机关：北京市海淀区市场监督管理局")),
    LEASE_CONTRACT(
            "lease-contract",
            Layout.A4,
            "房屋租赁合同",
            List.of(
                    "出租方（甲方）：王五",
                    "身份证号码：110101199003070011",
                    "承租方（乙方）：张三",
                    "身份证号码：11010519491231002X",
                    "第一条　房屋坐落于北京市海淀区中关村",
                    "大街27号1层，建筑面积45平方米。",
                    "第二条　租赁期限自2025年6月1日起至",
                    "2027年5月31日止，共计二年。",
                    "第三条　月租金为人民币陆仟元整，",
                    "按季度支付，乙方应于每季度首月五日前付清。",
                    "第四条　房屋用途为商业经营。",
                    "甲方签字：王五　　乙方签字：张三",
                    "签订日期：2025年5月20日")),
    ID_CARD(
            "id-card",
            Layout.CARD,
            "居民身份证",
            List.of(
                    "姓名　张三",
                    "性别　男　民族　汉",
                    "出生　1949年12月31日",
                    "住址　北京市海淀区学院路",
                    "30号院2号楼3单元401号",
                    "公民身份号码　11010519491231002X")),
    COMMITMENT_LETTER(
            "commitment-letter",
            Layout.A4,
            "告知承诺书",
            List.of(
                    "本人已知晓行政机关告知的全部内容，",
                    "承诺如下：",
                    "一、所填写的信息和提交的材料真实、准确、完整；",
                    "二、已经符合行政机关告知的条件和要求；",
                    "三、愿意承担不实承诺的法律责任。",
                    "如有违反，自愿接受撤销许可等处理。",
                    "承诺事项：住所（经营场所）使用证明",
                    "承诺人：张三",
                    "承诺日期：2026年3月2日"));

    /** Page shapes in millimetres. */
    public enum Layout {
        A4(210, 297),
        A4_LANDSCAPE(297, 210),
        CARD(85.6, 54);

        public final double widthMm;
        public final double heightMm;

        Layout(double widthMm, double heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }
    }

    private final String slug;
    private final Layout layout;
    private final String title;
    private final List<String> lines;

    Material(String slug, Layout layout, String title, List<String> lines) {
        this.slug = slug;
        this.layout = layout;
        this.title = title;
        this.lines = lines;
    }

    /** File-name form, e.g. {@code lease-contract}. */
    public String slug() {
        return slug;
    }

    public Layout layout() {
        return layout;
    }

    public String title() {
        return title;
    }

    public List<String> lines() {
        return lines;
    }

    /** Everything printed on the page, title first, one line per printed line. */
    public String groundTruth() {
        return title + "\n" + String.join("\n", lines);
    }
}

package org.yici.rules.data;

import java.util.Map;
import java.util.TreeMap;

/**
 * The data a pre-filled application form may name, and what each path means. A path not listed
 * here is an error of {@code yici verify}: the engine would never find a value for it.
 */
public final class FormPaths {
    private FormPaths() {}

    /** Path → what it is, for the maintainer reading a verify error. */
    public static final Map<String, String> KNOWN = new TreeMap<>(Map.ofEntries(
            Map.entry("applicant.name", "申请人姓名或名称"),
            Map.entry("applicant.idNumber", "申请人公民身份号码"),
            Map.entry("applicant.creditCode", "申请人统一社会信用代码"),
            Map.entry("applicant.address", "申请人住址或住所"),
            Map.entry("applicant.phone", "申请人联系电话"),
            Map.entry("agent.name", "委托代理人姓名"),
            Map.entry("agent.idNumber", "委托代理人公民身份号码"),
            Map.entry("licence.creditCode", "营业执照统一社会信用代码"),
            Map.entry("licence.name", "营业执照登记名称"),
            Map.entry("licence.address", "营业执照住所"),
            Map.entry("licence.legalRepresentative", "营业执照法定代表人（负责人、经营者）"),
            Map.entry("licence.validUntil", "营业执照营业期限"),
            Map.entry("idCard.address", "居民身份证住址"),
            Map.entry("idCard.validUntil", "居民身份证有效期限"),
            Map.entry("premises.address", "经营场所（住所）地址"),
            Map.entry("business.name", "拟设立的市场主体名称"),
            Map.entry("business.scope", "经营范围")));

    public static boolean isKnown(String path) {
        return KNOWN.containsKey(path);
    }
}

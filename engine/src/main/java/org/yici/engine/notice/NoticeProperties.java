package org.yici.engine.notice;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * How this office's notices look and are numbered ({@code yici.notices.*}).
 *
 * @param officeName the issuing office as printed and sealed (本机关)
 * @param officeCode the office's short code in the number, e.g. {@code 示政}; the sequence runs per
 *     office code and year
 * @param numberFormat {@code {office}}, {@code {year}} and {@code {seq}} or {@code {seq:N}} (zero
 *     padded to N digits); must contain {@code {year}} and {@code {seq}}
 * @param font a TrueType font (.ttf) or collection (.ttc) with CJK glyphs and TrueType outlines
 * @param fontName the PostScript name of the font to take from a collection
 * @param zone the office's time zone: the notice date is the check's date there
 * @param reviewBody the body for 行政复议 named on a refusal
 * @param court the court for 行政诉讼 named on a refusal
 * @param supersedeDays a notice supersedes the latest notice for the same matter and applicant
 *     issued on a check at most this many days earlier
 * @param phone the office's phone for questions, printed when set
 */
@ConfigurationProperties(prefix = "yici.notices")
public record NoticeProperties(
        String officeName,
        String officeCode,
        String numberFormat,
        Path font,
        String fontName,
        ZoneId zone,
        String reviewBody,
        String court,
        Integer supersedeDays,
        String phone) {

    static final Path DEFAULT_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    public NoticeProperties {
        numberFormat = numberFormat == null || numberFormat.isBlank() ? "{office}〔{year}〕{seq:5}号" : numberFormat;
        font = font == null || font.toString().isBlank() ? DEFAULT_FONT : font;
        fontName = fontName == null || fontName.isBlank() ? "WenQuanYiZenHei" : fontName;
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        supersedeDays = supersedeDays == null ? 30 : supersedeDays;
        for (String token : List.of("{year}", "{seq")) {
            if (!numberFormat.contains(token)) {
                throw new IllegalArgumentException("yici.notices.number-format must contain " + token
                        + "} so that numbers never repeat: " + numberFormat);
            }
        }
    }

    /**
     * The settings as the service would read them ({@code application.yaml}, overridden by
     * environment variables such as {@code YICI_NOTICES_OFFICE_NAME}), for the CLI which runs
     * without the service's context.
     */
    public static NoticeProperties fromEnvironment() {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load("application.yaml", new ClassPathResource("application.yaml"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read application.yaml", e);
        }
        return Binder.get(environment)
                .bind("yici.notices", NoticeProperties.class)
                .orElseGet(() -> new NoticeProperties(null, null, null, null, null, null, null, null, null, null));
    }
}

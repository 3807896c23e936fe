package org.yici.engine.reuse;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code yici.reuse.*}: how long a material handed in before may serve a later application.
 *
 * @param maxAge how old a document with no known end of validity may be (counted from the earlier
 *     application's date); a document whose end of validity was read is reusable until that day
 */
@ConfigurationProperties(prefix = "yici.reuse")
public record ReuseProperties(@DefaultValue("P1Y") Period maxAge) {}

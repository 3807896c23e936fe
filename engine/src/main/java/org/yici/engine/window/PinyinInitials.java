package org.yici.engine.window;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Matches a query of pinyin initials against Chinese text, the way staff type a matter's name
 * quickly: {@code gtgsh} finds 个体工商户设立登记.
 *
 * <p>A character with several readings (多音字: 行 is xing or hang) matches any of its initials,
 * so the matcher never needs the one right reading. Latin letters and digits match themselves.
 */
final class PinyinInitials {
    private static final Map<Character, Set<Character>> CACHE = new ConcurrentHashMap<>();

    private PinyinInitials() {}

    /**
     * Whether {@code query} (letters only, any case) is the initials of consecutive characters of
     * {@code text}.
     */
    static boolean matches(String text, String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty() || !q.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return false;
        }
        for (int start = 0; start + q.length() <= text.length(); start++) {
            if (matchesAt(text, start, q)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(String text, int start, String q) {
        for (int i = 0; i < q.length(); i++) {
            if (!initials(text.charAt(start + i)).contains(q.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Set<Character> initials(char c) {
        return CACHE.computeIfAbsent(c, PinyinInitials::readInitials);
    }

    private static Set<Character> readInitials(char c) {
        Set<Character> initials = new TreeSet<>();
        char lower = Character.toLowerCase(c);
        if ((lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9')) {
            initials.add(lower);
            return initials;
        }
        String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
        if (readings != null) {
            for (String reading : readings) {
                if (!reading.isEmpty()) {
                    initials.add(Character.toLowerCase(reading.charAt(0)));
                }
            }
        }
        return initials;
    }
}

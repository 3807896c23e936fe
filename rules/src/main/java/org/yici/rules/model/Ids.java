package org.yici.rules.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/** Check digits of Chinese identifiers: 公民身份号码 (GB 11643) and 统一社会信用代码 (GB 32100). */
public final class Ids {
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Ids() {}

    /** 18 characters, a real birth date, and the ISO 7064 MOD 11-2 check character. */
    public static boolean validIdNumber(String id) {
        if (id == null) {
            return false;
        }
        String s = Text.normalise(id).toUpperCase(Locale.ROOT);
        if (!s.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate.of(
                    Integer.parseInt(s.substring(6, 10)),
                    Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        return idCheckCharacter(s.substring(0, 17)) == s.charAt(17);
    }

    /** The ISO 7064 MOD 11-2 check character (GB 11643) of an ID number's first 17 digits. */
    public static char idCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /** 18 characters of the GB 32100 alphabet and its MOD 31 check character. */
    public static boolean validCreditCode(String code) {
        if (code == null) {
            return false;
        }
        String s = Text.normalise(code).toUpperCase(Locale.ROOT);
        if (s.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (CREDIT_CHARS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return creditCheckCharacter(s.substring(0, 17)) == s.charAt(17);
    }

    /**
     * The MOD 31 check character (GB 32100) of a credit code's first 17 characters, all of the
     * code's alphabet.
     */
    public static char creditCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return CREDIT_CHARS.charAt((31 - sum % 31) % 31);
    }
}

package org.unionstat.domain;

import java.util.Locale;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from
 * {@value #ALPHABET}, the last a check character over the first 17 with weights 3^i mod 31.
 */
public final class Uscc {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Codes of grassroots unions begin with 81 (registration authority 8 = trade unions, type 1 = grassroots). */
    public static final String UNION_PREFIX = "81";

    private static final int[] WEIGHTS = new int[17];

    static {
        int w = 1;
        for (int i = 0; i < 17; i++) {
            WEIGHTS[i] = w;
            w = w * 3 % 31;
        }
    }

    private Uscc() {
    }

    /** Trimmed and upper-cased, as docs/inputs.md#input-files says a code is compared. */
    public static String normalize(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether an already normalised code is a valid USCC, check character included. */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = ALPHABET.indexOf(code.charAt(17));
        return check >= 0 && check == checkValue(sum);
    }

    /** The check character for the first 17 characters of a code (used by the sample-data generator and tests). */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a USCC character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt(checkValue(sum));
    }

    private static int checkValue(int sum) {
        return (31 - sum % 31) % 31;
    }
}

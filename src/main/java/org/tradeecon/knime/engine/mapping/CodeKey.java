package org.tradeecon.knime.engine.mapping;

/**
 * Product codes as primitive {@code long} keys, so that millions of codes can be matched without allocating.
 *
 * <p>Normalisation: dots, hyphens and white space are removed; letters are upper-cased; leading zeros are kept
 * (codes are text, {@code "0101210000"} and {@code "101210000"} are different codes). Any other character makes the
 * code malformed.
 *
 * <p>Encoding: the normalised characters are read as digits of a bijective base-37 number ('0'..'9' = 1..10,
 * 'A'..'Z' = 11..36, no zero digit), which is unique for every string, including strings that differ only by leading
 * zeros. At most {@link #MAX_LENGTH} characters fit in bits 0..57; bits 58..61 hold the length and bit 62 says
 * whether the code contains a letter. A valid key is always positive; the negative constants below are the reasons a
 * code could not be encoded.
 */
public final class CodeKey {

    /** Longest code that can be encoded (HS/HTS/Schedule B codes have at most 10 digits). */
    public static final int MAX_LENGTH = 11;
    /** The code is missing or has no characters after normalisation. */
    public static final long EMPTY = -1;
    /** The code contains a character other than a digit, letter, dot, hyphen or white space. */
    public static final long INVALID_CHARACTER = -2;
    /** The code has more than {@link #MAX_LENGTH} characters after normalisation. */
    public static final long TOO_LONG = -3;

    private static final int LENGTH_SHIFT = 58;
    private static final long VALUE_MASK = (1L << LENGTH_SHIFT) - 1;
    private static final long LETTER_FLAG = 1L << 62;

    private CodeKey() {
    }

    /**
     * Encodes a code.
     *
     * @param code the code as text; {@code null} counts as empty
     * @return a positive key, or {@link #EMPTY}, {@link #INVALID_CHARACTER}, {@link #TOO_LONG}
     */
    public static long encode(CharSequence code) {
        if (code == null) {
            return EMPTY;
        }
        return encode(code, 0, code.length());
    }

    /**
     * Encodes the characters {@code from} (inclusive) to {@code to} (exclusive) of a character sequence.
     *
     * @return a positive key or one of the negative reasons
     */
    public static long encode(CharSequence s, int from, int to) {
        long key = 0;
        for (int i = from; i < to && key >= 0; i++) {
            key = append(key, s.charAt(i));
        }
        return key == 0 ? EMPTY : key;
    }

    /**
     * Encodes a whole string; the same as {@link #encode(CharSequence)}, with a fast path for plain digit strings
     * (the usual case in trade data).
     *
     * @param s the code; {@code null} counts as empty
     * @return a positive key or one of the negative reasons
     */
    public static long encode(String s) {
        if (s == null) {
            return EMPTY;
        }
        int n = s.length();
        if (n > 0 && n <= MAX_LENGTH) {
            long value = 0;
            int i = 0;
            for (; i < n; i++) {
                int d = s.charAt(i) - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                value = value * 37 + d + 1;
            }
            if (i == n) {
                return ((long) n << LENGTH_SHIFT) | value;
            }
        }
        return encode(s, 0, n);
    }

    /** Same as {@link #encode(CharSequence, int, int)} for a slice of a {@code char[]}, with the digit fast path. */
    public static long encode(char[] s, int from, int to) {
        int n = to - from;
        if (n > 0 && n <= MAX_LENGTH) {
            long value = 0;
            int i = from;
            for (; i < to; i++) {
                int d = s[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                value = value * 37 + d + 1;
            }
            if (i == to) {
                return ((long) n << LENGTH_SHIFT) | value;
            }
        }
        long key = 0;
        for (int i = from; i < to && key >= 0; i++) {
            key = append(key, s[i]);
        }
        return key == 0 ? EMPTY : key;
    }
    /** Appends one character to a partial key (0 = nothing yet); returns a negative reason on error. */
    private static long append(long key, char c) {
        int d = digit(c);
        if (d <= 0) {
            return d == 0 ? key : INVALID_CHARACTER;
        }
        int length = length(key) + 1;
        if (length > MAX_LENGTH) {
            return TOO_LONG;
        }
        long letter = d > 10 ? LETTER_FLAG : key & LETTER_FLAG;
        return letter | ((long) length << LENGTH_SHIFT) | ((key & VALUE_MASK) * 37 + d);
    }

    /** Digit value 1..36 of a code character, 0 for a separator to skip, -1 for an invalid character. */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0' + 1;
        }
        if (c == '.' || c == '-' || c == ' ') {
            return 0;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 11;
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 11;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) ? 0 : -1;
    }

    /** @return the number of characters of a valid key */
    public static int length(long key) {
        return (int) (key >>> LENGTH_SHIFT) & 0xF;
    }

    /** @return whether a valid key contains a letter */
    public static boolean hasLetter(long key) {
        return (key & LETTER_FLAG) != 0;
    }

    /**
     * The key of the first {@code n} characters of a code.
     *
     * @param key a valid key
     * @param n   1 &lt;= n &lt;= length(key)
     * @return the key of the prefix
     * @throws IllegalArgumentException if n is out of range
     */
    public static long prefix(long key, int n) {
        int length = length(key);
        if (n < 1 || n > length) {
            throw new IllegalArgumentException("Prefix length " + n + " must lie in 1.." + length + ".");
        }
        return encode(decode(key), 0, n);
    }

    /**
     * The normalised text of a valid key.
     *
     * @param key a positive key from {@link #encode}
     * @return the normalised code, e.g. {@code "8471300100"}
     */
    public static String decode(long key) {
        if (key <= 0) {
            throw new IllegalArgumentException("Key " + key + " is not a valid code key.");
        }
        return decodeValue(key & VALUE_MASK, length(key));
    }

    private static String decodeValue(long value, int length) {
        char[] out = new char[length];
        for (int i = length - 1; i >= 0; i--) {
            int d = (int) (value % 37);
            value /= 37;
            out[i] = d <= 10 ? (char) ('0' + d - 1) : (char) ('A' + d - 11);
        }
        return new String(out);
    }

    /**
     * Normalises a code for display: separators removed, letters upper-cased.
     *
     * @param code the raw code
     * @return the normalised text, or {@code null} if the code cannot be encoded
     */
    public static String normalize(CharSequence code) {
        long key = encode(code);
        return key > 0 ? decode(key) : null;
    }

    /** @return a sentence explaining a negative reason from {@link #encode} */
    public static String reason(long negativeKey) {
        if (negativeKey == EMPTY) {
            return "empty code";
        }
        if (negativeKey == INVALID_CHARACTER) {
            return "contains a character other than digits, letters, dots, hyphens or spaces";
        }
        if (negativeKey == TOO_LONG) {
            return "longer than " + MAX_LENGTH + " characters";
        }
        throw new IllegalArgumentException("Key " + negativeKey + " is a valid key, not a reason.");
    }
}

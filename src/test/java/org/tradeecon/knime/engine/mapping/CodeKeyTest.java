package org.tradeecon.knime.engine.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Normalisation and encoding of codes (expected values are the normalisation rules of issue 6 applied by hand). */
class CodeKeyTest {

    @Test
    void stripsDotsSpacesAndHyphens() {
        assertEquals("8471300100", CodeKey.normalize("8471.30.0100"));
        assertEquals("8471300100", CodeKey.normalize(" 8471-30-01 00\t"));
        assertEquals(CodeKey.encode("8471300100"), CodeKey.encode("8471.30.01.00"));
    }

    @Test
    void keepsLeadingZerosAsDifferentCodes() {
        assertEquals("0101210000", CodeKey.normalize("0101.21.0000"));
        assertNotEquals(CodeKey.encode("0101210000"), CodeKey.encode("101210000"));
        assertEquals(10, CodeKey.length(CodeKey.encode("0101210000")));
        assertEquals(9, CodeKey.length(CodeKey.encode("101210000")));
    }

    @Test
    void lettersAreUpperCasedAndFlagged() {
        assertEquals("AB12", CodeKey.normalize("ab-12"));
        assertTrue(CodeKey.hasLetter(CodeKey.encode("ab12")));
        assertFalse(CodeKey.hasLetter(CodeKey.encode("0012")));
    }

    @Test
    void reportsWhyACodeCannotBeEncoded() {
        assertEquals(CodeKey.EMPTY, CodeKey.encode(null));
        assertEquals(CodeKey.EMPTY, CodeKey.encode(" . - "));
        assertEquals(CodeKey.INVALID_CHARACTER, CodeKey.encode("8471/30"));
        assertEquals(CodeKey.TOO_LONG, CodeKey.encode("123456789012"));
        assertNull(CodeKey.normalize("8471/30"));
        assertTrue(CodeKey.reason(CodeKey.INVALID_CHARACTER).contains("character"));
        assertThrows(IllegalArgumentException.class, () -> CodeKey.reason(5));
    }

    @Test
    void decodeAndPrefixRoundTrip() {
        for (String code : new String[] {"0", "9", "00000000000", "99999999999", "ZZZZZZZZZZZ", "A0", "0101210000"}) {
            long key = CodeKey.encode(code);
            assertTrue(key > 0, code);
            assertEquals(code, CodeKey.decode(key));
            assertEquals(CodeKey.encode(code.substring(0, 1)), CodeKey.prefix(key, 1));
        }
        assertEquals(CodeKey.encode("847130"), CodeKey.prefix(CodeKey.encode("8471300100"), 6));
        assertThrows(IllegalArgumentException.class, () -> CodeKey.prefix(CodeKey.encode("12"), 3));
    }

    @Test
    void charArrayAndStringEncodingAgree() {
        char[] data = "x8471.30.0100y".toCharArray();
        assertEquals(CodeKey.encode("8471.30.0100"), CodeKey.encode(data, 1, 13));
        assertEquals(CodeKey.encode("8471.30.0100"), CodeKey.encode("x8471.30.0100y", 1, 13));
    }
}

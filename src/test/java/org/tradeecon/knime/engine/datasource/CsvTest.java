package org.tradeecon.knime.engine.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 4180 parsing (expected cells written by hand from the input text). */
class CsvTest {

    @Test
    void quotedFieldsEmptyCellsAndLineEndings() throws Exception {
        Csv c = Csv.parse("t", new StringReader("a,b,c\r\n0101,\"x, \"\"y\"\"\",\n\"multi\nline\",,3\n"));
        assertEquals(List.of("a", "b", "c"), c.header());
        assertEquals(List.of("0101", "x, \"y\"", ""), c.rows().get(0));
        assertEquals(List.of("multi\nline", "", "3"), c.rows().get(1));
        assertEquals(2, c.column("c"));
    }

    @Test
    void errorsNameTheProblem() {
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class,
                () -> Csv.parse("f.csv", new StringReader("a,b\n1,2,3\n")));
        assertTrue(n.getMessage().contains("f.csv: record 2 has 3 fields"), n.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("f", new StringReader("a\n\"open\n")));
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("f", new StringReader("")));
        IllegalArgumentException col = assertThrows(IllegalArgumentException.class,
                () -> Csv.parse("f", new StringReader("a\n1\n")).column("z"));
        assertTrue(col.getMessage().contains("no column \"z\""), col.getMessage());
        assertThrows(IllegalStateException.class, () -> Csv.readResource(CsvTest.class, "nope.csv"));
    }
}

package org.packbench.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.i18n.ProblemException;

class GtinTest {
    @ParameterizedTest
    @ValueSource(strings = {"96385074", "036000291452", "4607002977277", "04607002977277"})
    void validGtinsOfEveryLengthAreAccepted(String digits) {
        assertTrue(Gtin.problemWith(digits).isEmpty());
    }

    @Test
    void aWrongCheckDigitNamesTheRightOne() {
        assertEquals(
                "gtin.checkDigit",
                Gtin.problemWith("4607002977278").orElseThrow().key());
        assertTrue(Gtin.problemWith("4607002977278").orElseThrow().english().contains("give 7"));
    }

    @Test
    void theGtin14FormPadsWithZeros() {
        assertEquals("04607002977277", Gtin.of("4607002977277").asGtin14());
    }

    @Test
    void constructingAnInvalidGtinIsRejected() {
        assertThrows(ProblemException.class, () -> Gtin.of("12345"));
    }
}

package org.packbench.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packbench.gs1.Problems.problem;

import org.junit.jupiter.api.Test;
import org.packbench.i18n.ProblemException;

class SsccTest {

    @Test
    void composeAddsTheCheckDigit() {
        Sscc sscc = Sscc.compose(1, "4607002", 123);
        assertEquals("14607002000000123", sscc.digits().substring(0, 17));
        assertEquals(
                CheckDigit.compute(sscc.digits().substring(0, 17)),
                sscc.digits().charAt(17) - '0');
        assertEquals(1, sscc.extensionDigit());
        assertEquals("(00)" + sscc.digits(), sscc.bracketed());
    }

    @Test
    void theSerialReferenceFillsWhatThePrefixLeavesOfSixteenDigits() {
        assertEquals(999_999_999L, Sscc.maxSerial("4607002"));
        assertEquals(999_999L, Sscc.maxSerial("4607002977"));
        assertEquals(9_999L, Sscc.maxSerial("460700297727"));
        assertEquals(
                "04607002999999999",
                Sscc.compose(0, "4607002", 999_999_999L).digits().substring(0, 17));
        assertEquals("04607002000000001", Sscc.compose(0, "4607002", 1).digits().substring(0, 17));
    }

    @Test
    void aSerialThatDoesNotFitIsRefused() {
        ProblemException p = problem(() -> Sscc.compose(0, "4607002977", 1_000_000L));
        assertEquals("gs1.sscc.serialRange", p.problem().key());
        assertEquals(
                "serial reference 1000000 does not fit: with company prefix 4607002977 it must be between 0 and 999999",
                p.getMessage());
        assertEquals(
                "gs1.sscc.serialRange",
                problem(() -> Sscc.compose(0, "4607002", -1)).problem().key());
    }

    @Test
    void theCompanyPrefixHasSixToTwelveDigits() {
        assertEquals(
                "gs1.sscc.prefixLength",
                problem(() -> Sscc.maxSerial("46070")).problem().key());
        assertEquals(
                "gs1.sscc.prefixLength",
                problem(() -> Sscc.maxSerial("4607002977271")).problem().key());
        assertEquals(
                "gs1.sscc.prefixNotDigit",
                problem(() -> Sscc.compose(0, "46070O2", 1)).problem().key());
        assertEquals(
                "gs1.sscc.extension",
                problem(() -> Sscc.compose(10, "4607002", 1)).problem().key());
    }

    @Test
    void parseChecksLengthDigitsAndCheckDigit() {
        Sscc sscc = Sscc.parse("123456789012345675");
        assertEquals(sscc, Sscc.parse("(00)123456789012345675"));
        assertEquals(
                "gs1.sscc.checkDigit",
                problem(() -> Sscc.parse("123456789012345670")).problem().key());
        assertEquals(
                "gs1.sscc.length",
                problem(() -> Sscc.parse("12345678901234567")).problem().key());
        assertEquals(
                "gs1.sscc.notDigit",
                problem(() -> Sscc.parse("12345678901234567A")).problem().key());
        assertEquals(
                "gs1.sscc.length", problem(() -> Sscc.parse(null)).problem().key());
    }

    @Test
    void anSsccIsAValidAi00() {
        Sscc sscc = Sscc.compose(3, "4607002", 42);
        assertEquals(
                sscc.digits(),
                Gs1Parser.parseBracketed(sscc.bracketed()).value("00").orElseThrow());
        assertEquals(
                sscc.element(),
                Gs1Parser.parseBracketed(sscc.bracketed()).elements().get(0));
    }
}

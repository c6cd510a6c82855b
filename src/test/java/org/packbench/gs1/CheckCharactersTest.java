package org.packbench.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packbench.gs1.Problems.accepted;
import static org.packbench.gs1.Problems.refusedAt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.i18n.ProblemException;

class CheckCharactersTest {

    @Test
    void aGtinWithTheRightCheckDigitIsAccepted() {
        accepted("(01)09506000134352");
    }

    @Test
    void aWrongCheckDigitIsReportedAtTheCheckDigitWithTheRightOne() {
        ProblemException p = refusedAt("(01)09506000134353", "gs1.checkDigit", "01", 18);
        assertEquals("AI (01), position 18: check digit 3 is wrong; the digits before it give 2", p.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "'', 00, 12345678901234567, ''",
        "'', 02, 1234567890123, (37)1(00)123456789012345675",
        "'', 253, 123456789012, ''",
        "'', 402, 1234567890123456, ''",
        "'', 414, 123456789012, ''",
        "'', 8017, 12345678901234567, ''",
        "0, 8003, 123456789012, ''",
        "'', 8006, 1234567890123, 0102(01)12345678901231"
    })
    void everyKeyChecksItsCheckDigit(String before, String ai, String body, String after) {
        int wrong = (CheckDigit.compute(body) + 1) % 10;
        Problems.refused("(" + ai + ")" + before + body + wrong + after, "gs1.checkDigit");
    }

    @Test
    void theCheckDigitOfTheSecondPartIsCheckedToo() {
        accepted("(8003)012345678901280ABC");
        refusedAt("(8003)012345678901290ABC", "gs1.checkDigit", "8003", 20);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1987654Ad4X4bL5ttr2310c2K",
                "12345678901234567890123NT",
                "12345_ABCDEFGHIJKLMCP",
                "12345_abcdefghijklmN3",
                "7907665Bm8v2AB",
                "0881063PhHvY89",
                "00000!HV"
            })
    void theAlphanumericCheckPairOfAGlobalModelNumberIsAccepted(String gmn) {
        accepted("(8013)" + gmn);
    }

    @Test
    void aWrongCheckPairIsReportedWithTheExpectedPair() {
        ProblemException p = refusedAt("(8013)1987654Ad4X4bL5ttr2310cXK", "gs1.checkPair", "8013", 30);
        assertEquals("2K", p.problem().args().get(3));
    }

    @Test
    void aCheckPairNeedsTwoCharacters() {
        refusedAt("(8013)A", "gs1.checkPair.short", "8013", 7);
    }

    @Test
    void aMedicalDeviceIdentifierAlsoNeedsANonDigit() {
        accepted("(01)09506000134352(8014)1234A" + CheckCharacters.checkPairFor("1234A"));
        String digits = "123456";
        while (!CheckCharacters.checkPairFor(digits).chars().allMatch(Character::isDigit)) {
            digits = String.valueOf(Integer.parseInt(digits) + 1);
        }
        Problems.refused("(01)09506000134352(8014)" + digits + CheckCharacters.checkPairFor(digits), "gs1.nonDigit");
    }

    @Test
    void aKeyMustStartWithACompanyPrefixOfAtLeastFourDigits() {
        accepted("(8004)1234ABC");
        refusedAt("(401)123", "gs1.prefix.short", "401", 6);
        refusedAt("(7023)12A4", "gs1.prefix.notDigit", "7023", 9);
    }

    @Test
    void anIbanIsCheckedModulo97() {
        accepted("(415)1234567890128(8020)REF1(8007)GB98MIDL07009312345678");
        accepted("(415)1234567890128(8020)REF1(8007)FR7630006000011234567890189");
        String ref = "(415)1234567890128(8020)REF1";
        refusedAt(ref + "(8007)FR1234", "gs1.iban.short", "8007", 35);
        refusedAt(ref + "(8007)FR12_45678901234", "gs1.iban.char", "8007", 39);
        refusedAt(ref + "(8007)AB12345678901234", "gs1.iban.country", "8007", 35);
        refusedAt(ref + "(8007)FR12345678901234", "gs1.iban.check", "8007", 37);
    }
}

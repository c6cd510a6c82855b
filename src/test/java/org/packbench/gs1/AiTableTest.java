package org.packbench.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AiTableTest {

    private static AiDefinition ai(String code) {
        return AiTable.get(code).orElseThrow(() -> new AssertionError("AI (" + code + ") missing"));
    }

    @Test
    void theTableHoldsEveryAiOfTheCurrentGeneralSpecifications() {
        // 53 families of measures (310n to 369n) of six AIs each, 50 amounts and prices, 168 others.
        assertEquals(53 * 6 + 50 + 168, AiTable.all().size());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3100", "3105", "3695", "3900", "3909", "3943", "3955", "7030", "7039", "7230", "7239", "91", "99",
                "235", "716", "7041", "7250", "7259", "8014", "8030", "4330", "4333", "03"
            })
    void rangesAndRecentAdditionsArePresent(String code) {
        assertTrue(AiTable.get(code).isPresent());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "04", "14", "18", "19", "23", "3106", "3109", "3380", "38", "3944", "3956", "418", "7012", "7042",
                "717", "8000", "8015", "8027", "8113", "8201", "89"
            })
    void unallocatedAisAreAbsent(String code) {
        assertFalse(AiTable.get(code).isPresent());
    }

    @Test
    @DisplayName("AIs sharing their first two digits have one length, so unbracketed data can be split")
    void aisSharingAPrefixShareALength() {
        assertEquals(2, AiTable.aiLength('0', '1'));
        assertEquals(3, AiTable.aiLength('2', '3'));
        assertEquals(4, AiTable.aiLength('3', '1'));
        assertEquals(3, AiTable.aiLength('7', '1'));
        assertEquals(4, AiTable.aiLength('7', '2'));
        assertEquals(0, AiTable.aiLength('8', '9'));
    }

    @Test
    @DisplayName("exactly the prefixes 00-03, 11-20, 31-36 and 41 are predefined-length")
    void predefinedLengthMatchesFigure5101Of2() {
        List<String> predefined = AiTable.all().stream()
                .filter(AiDefinition::predefinedLength)
                .map(d -> d.code().substring(0, 2))
                .distinct()
                .sorted()
                .collect(Collectors.toList());
        assertEquals(
                List.of(
                        "00", "01", "02", "03", "11", "12", "13", "15", "16", "17", "20", "31", "32", "33", "34", "35",
                        "36", "41"),
                predefined);
        assertTrue(PredefinedLength.isPredefined("04"), "(04) keeps its predefined length though unallocated");
        assertEquals(18, PredefinedLength.elementLength("04").getAsInt());
        assertFalse(PredefinedLength.isPredefined("8001"), "fixed length is not predefined length");
    }

    @ParameterizedTest
    @CsvSource({
        "00, 18, 18",
        "01, 14, 14",
        "10, 1, 20",
        "17, 6, 6",
        "21, 1, 20",
        "253, 13, 30",
        "255, 13, 25",
        "3103, 6, 6",
        "37, 1, 8",
        "3912, 4, 18",
        "402, 17, 17",
        "410, 13, 13",
        "421, 4, 12",
        "423, 3, 15",
        "4309, 20, 20",
        "4330, 6, 7",
        "7003, 10, 10",
        "7007, 6, 12",
        "7011, 6, 10",
        "7040, 4, 4",
        "7230, 3, 30",
        "7251, 12, 12",
        "8001, 14, 14",
        "8003, 14, 30",
        "8006, 18, 18",
        "8008, 8, 12",
        "8013, 1, 25",
        "8030, 1, 90",
        "8110, 1, 70",
        "90, 1, 30",
        "91, 1, 90"
    })
    void lengthsFollowTheSpecification(String code, int min, int max) {
        assertEquals(min, ai(code).minLength());
        assertEquals(max, ai(code).maxLength());
    }

    @ParameterizedTest
    @CsvSource({
        "00, CHECK_DIGIT",
        "01, CHECK_DIGIT",
        "02, CHECK_DIGIT",
        "03, CHECK_DIGIT",
        "253, CHECK_DIGIT",
        "255, CHECK_DIGIT",
        "402, CHECK_DIGIT",
        "414, CHECK_DIGIT",
        "8003, CHECK_DIGIT",
        "8006, CHECK_DIGIT",
        "8017, CHECK_DIGIT",
        "8026, CHECK_DIGIT",
        "8013, CHECK_PAIR",
        "8014, CHECK_PAIR",
        "8004, COMPANY_PREFIX",
        "401, COMPANY_PREFIX",
        "8010, COMPANY_PREFIX"
    })
    void keysCarryTheirCheckCharacters(String code, Rule rule) {
        assertTrue(ai(code).hasRule(rule));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "12", "13", "15", "16", "17", "4324", "4325"})
    void dayZeroIsAllowedForTheseDates(String code) {
        assertTrue(ai(code).hasRule(Rule.DATE_DAY_ZERO_ALLOWED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4326", "7003", "7006", "7007", "7011", "8008"})
    void dayZeroIsNotAllowedForTheseDates(String code) {
        assertTrue(ai(code).hasRule(Rule.DATE));
        assertFalse(ai(code).hasRule(Rule.DATE_DAY_ZERO_ALLOWED));
    }

    @Test
    void characterSetsAreTakenFromTheSpecification() {
        assertEquals(CharSet.NUMERIC, ai("3103").charSet());
        assertEquals(CharSet.CSET_82, ai("10").charSet());
        assertEquals(CharSet.CSET_39, ai("8010").charSet());
        assertEquals(CharSet.CSET_64, ai("8030").charSet());
    }

    @Test
    void associationsAreReadFromTheTable() {
        assertEquals("(37)", ai("02").requirements().get(0).shown());
        assertEquals("(00)", ai("37").requirements().get(0).shown());
        assertEquals("(02), (8026)", ai("37").requirements().get(1).shown());
        assertEquals(
                "(00), (01)+(21), (253), (255), (8003), (8004), (8006)+(21), (8010)+(8011), (8017), (8018)",
                ai("8030").requirements().get(0).shown());
        assertTrue(ai("3103").exclusions().get(0).matches("3102"));
        assertTrue(new AiPattern("31xx").matches("3155"));
        assertFalse(new AiPattern("31xx").matches("315"));
    }
}

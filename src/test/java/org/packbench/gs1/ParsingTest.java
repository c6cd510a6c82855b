package org.packbench.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packbench.gs1.Problems.problem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.i18n.ProblemException;

class ParsingTest {
    private static final char GS = '\u001D';
    private static final ElementString EXAMPLE = ElementString.of(
            new Element("01", "09506000134352"), new Element("17", "201225"), new Element("10", "ABC123"));

    @Test
    void bracketedDataIsSplitIntoElements() {
        assertEquals(EXAMPLE, Gs1Parser.parseBracketed("(01)09506000134352(17)201225(10)ABC123"));
    }

    @Test
    void anEscapedBracketBelongsToTheValue() {
        ElementString e = Gs1Parser.parseBracketed("(01)09506000134352(10)A\\(1)B");
        assertEquals("A(1)B", e.value("10").orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Symbology.class)
    void scanDataIsReadAfterEachGs1SymbologyIdentifier(Symbology symbology) {
        String scan = symbology.identifier() + "0109506000134352" + "17201225" + "10ABC123";
        assertEquals(EXAMPLE, Gs1Parser.parseScanData(scan));
    }

    @Test
    void aGsEndsAVariableLengthValueFollowedByMoreData() {
        ElementString e = Gs1Parser.parseScanData("]d20109506000134352" + "10ABC123" + GS + "17201225");
        assertEquals(
                List.of("01", "10", "17"),
                e.elements().stream().map(Element::ai).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<GS>", "~", "|", "{GS}"})
    void aScannerMaySendAStandInForGs(String standIn) {
        String scan = "]C10109506000134352" + "10ABC123" + standIn + "17201225";
        assertEquals(
                List.of("01", "10", "17"),
                Gs1Parser.parseScanData(scan, standIn).elements().stream()
                        .map(Element::ai)
                        .toList());
    }

    @Test
    void positionsCountTheStandInAsTheUserTypedIt() {
        ProblemException p =
                problem(() -> Gs1Parser.parseScanData("]C10109506000134352" + "10ABC" + "<GS>" + "17201325", "<GS>"));
        assertEquals("AI (17), position 33: month 13 is not a month; use 01 to 12", p.getMessage());
    }

    @Test
    void plainDataWithoutSymbologyIdentifierIsReadWhenTheCallerSaysItIsGs1() {
        assertEquals(EXAMPLE, Gs1Parser.parseUnbracketed("0109506000134352" + "17201225" + "10ABC123", null));
        assertEquals(
                EXAMPLE.elements().get(2),
                Gs1Parser.parseUnbracketed("0109506000134352" + "10ABC123|17201225", "|")
                        .elements()
                        .get(1));
    }

    @Test
    void aMissingGsMakesTheVariableValueRunIntoTheNextAi() {
        ProblemException p = problem(() ->
                Gs1Parser.parseScanData("]C1" + "0109506000134352" + "10ABC123" + "17201225" + "21" + "12345678901"));
        assertEquals("gs1.separator.missing", p.problem().key());
        assertEquals("10", p.problem().args().get(0));
        assertEquals(42, p.problem().args().get(1));
    }

    @Test
    void aGsAfterAPredefinedLengthValueAndAtTheEndIsTolerated() {
        assertEquals(EXAMPLE, Gs1Parser.parseScanData("]C1" + "0109506000134352" + GS + "17201225" + "10ABC123" + GS));
    }

    @Test
    void twoGsInARowAreRefused() {
        ProblemException p =
                problem(() -> Gs1Parser.parseScanData("]C1" + "0109506000134352" + "10ABC" + GS + GS + "17201225"));
        assertEquals("gs1.separator.stray", p.problem().key());
        assertEquals(26, p.problem().args().get(0));
    }

    @Test
    void aGsRightAfterTheSymbologyIdentifierIsRefused() {
        assertEquals(
                "gs1.separator.stray",
                problem(() -> Gs1Parser.parseScanData("]C1" + GS + "0109506000134352"))
                        .problem()
                        .key());
    }

    @Test
    void scanDataNeedsAGs1SymbologyIdentifier() {
        assertEquals(
                "gs1.scan.noSymbologyId",
                problem(() -> Gs1Parser.parseScanData("0109506000134352"))
                        .problem()
                        .key());
        ProblemException p = problem(() -> Gs1Parser.parseScanData("]d10109506000134352"));
        assertEquals("gs1.scan.notGs1", p.problem().key());
        assertEquals("]d1", p.problem().args().get(0));
        assertEquals(
                "gs1.input.empty",
                problem(() -> Gs1Parser.parseScanData("]C1")).problem().key());
    }

    @Test
    void unknownAisAreRefusedWithTheirPosition() {
        ProblemException p = problem(() -> Gs1Parser.parseBracketed("(01)09506000134352(89)X"));
        assertEquals("position 20: (89) is not a GS1 Application Identifier", p.getMessage());
        ProblemException q = problem(() -> Gs1Parser.parseScanData("]C10109506000134352" + "8912"));
        assertEquals("gs1.ai.noneHere", q.problem().key());
        assertEquals(20, q.problem().args().get(0));
        ProblemException r = problem(() -> Gs1Parser.parseScanData("]C1" + "3106123456"));
        assertEquals("gs1.ai.unknown", r.problem().key());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "01095060001343",
                "(1A)12345",
                "()12345",
                "(1)12345",
                "(12345)12345",
                "(15",
                "(",
                "(01)09506000134352)",
                "(10)",
                "(10)(11)98765"
            })
    void malformedBracketedDataIsRefused(String input) {
        problem(() -> Gs1Parser.parseBracketed(input));
    }

    @Test
    void bracketStructureErrorsSayWhere() {
        assertEquals(
                "position 1: expected '(' to open an AI, found '0'",
                problem(() -> Gs1Parser.parseBracketed("0109506000134352")).getMessage());
        assertEquals(
                "position 19: the AI bracket opened here is never closed",
                problem(() -> Gs1Parser.parseBracketed("(01)09506000134352(10ABC"))
                        .getMessage());
        assertEquals(
                "position 2: (1A) is not an AI; an AI has 2 to 4 digits",
                problem(() -> Gs1Parser.parseBracketed("(1A)12345")).getMessage());
    }

    @Test
    void valuesOfTheWrongLengthAreRefused() {
        assertEquals(
                "AI (01), position 5: the value has 15 characters; it must have exactly 14",
                problem(() -> Gs1Parser.parseBracketed("(01)095060001343521")).getMessage());
        assertEquals(
                "gs1.value.tooLong",
                problem(() -> Gs1Parser.parseBracketed("(01)09506000134352(10)ABCDEFGHIJKLMNOPQRSTU"))
                        .problem()
                        .key());
        assertEquals(
                "gs1.value.length",
                problem(() -> Gs1Parser.parseScanData("]C1" + "01095060001343"))
                        .problem()
                        .key());
        assertEquals(
                "gs1.value.empty",
                problem(() -> Gs1Parser.parseScanData("]C1" + "0109506000134352" + "10"))
                        .problem()
                        .key());
    }

    @Test
    void moreThan64ElementsAreRefused() {
        String many = "(01)09506000134352" + "(10)A".repeat(64);
        assertEquals(
                "gs1.tooManyElements",
                problem(() -> Gs1Parser.parseBracketed(many)).problem().key());
        Gs1Parser.parseBracketed("(01)09506000134352" + "(10)A".repeat(63));
    }

    @Test
    void nothingIsNotGs1Data() {
        assertEquals(
                "gs1.input.empty",
                problem(() -> Gs1Parser.parseBracketed("")).problem().key());
        assertEquals(
                "gs1.input.empty",
                problem(() -> Gs1Parser.parseBracketed(null)).problem().key());
        assertEquals(
                "gs1.standIn.empty",
                problem(() -> Gs1Parser.parseScanData("]C1", "")).problem().key());
    }
}

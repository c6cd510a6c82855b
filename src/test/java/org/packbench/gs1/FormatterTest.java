package org.packbench.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatterTest {
    private static final String GS = "\u001D";
    private static final ElementString EXAMPLE = Gs1Parser.parseBracketed("(01)09506000134352(17)201225(10)ABC123");
    private static final ElementString VARIABLE_FIRST =
            Gs1Parser.parseBracketed("(01)09506000134352(10)ABC123(21)X>1(17)201225");

    @Test
    void theHumanReadableFormShowsEachAiInBrackets() {
        assertEquals("(01)09506000134352(17)201225(10)ABC123", Gs1Formatter.hri(EXAMPLE));
    }

    @Test
    void gsFollowsOnlyVariableLengthValuesThatAreNotLast() {
        assertEquals("0109506000134352" + "17201225" + "10ABC123", Gs1Formatter.elementString(EXAMPLE));
        assertEquals(
                "0109506000134352" + "10ABC123" + GS + "21X>1" + GS + "17201225",
                Gs1Formatter.elementString(VARIABLE_FIRST));
    }

    @Test
    void fnc1CanBeMarkedForZxing() {
        assertEquals(
                "ñ0109506000134352" + "10ABC123ñ21X>1ñ17201225",
                Gs1Formatter.withFnc1(VARIABLE_FIRST, Gs1Formatter.ZXING_FNC1));
    }

    @Test
    void zplStartsInSubsetCWithFnc1AndSwitchesSubsetsForLetters() {
        assertEquals(">;>8010950600013435217201225" + "10>6ABC123", Gs1Formatter.zplCode128(EXAMPLE));
        assertEquals(
                ">;>80109506000134352" + "10>6ABC123>8" + "21X><1>8" + ">5" + "17201225",
                Gs1Formatter.zplCode128(VARIABLE_FIRST));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(01)09506000134352(17)201225(10)ABC123",
                "(01)09506000134352(10)ABC123(21)X>1(17)201225",
                "(00)123456789012345675(02)12345678901231(37)12345",
                "(01)09506000134352(10)1(21)12",
                "(01)09506000134352(21)123456789(10)A12345B",
                "(91)>>>>(92)1234567",
                "(01)09506000134352(10)1234567"
            })
    void zplFieldDataDecodesBackToTheElementString(String bracketed) {
        ElementString elements = Gs1Parser.parseBracketed(bracketed);
        String decoded = ZplFieldDataDecoder.decode(Gs1Formatter.zplCode128(elements));
        assertEquals(Gs1Formatter.withFnc1(elements, GS), decoded);
    }

    @Test
    void bracketedTextEscapesBracketsInValuesSoItReadsBack() {
        ElementString e = ElementString.of(new Element("01", "09506000134352"), new Element("10", "A(1)"));
        assertEquals("(01)09506000134352(10)A\\(1)", Gs1Formatter.bracketed(e));
        assertEquals("(01)09506000134352(10)A(1)", Gs1Formatter.hri(e));
        assertEquals(e, Gs1Parser.parseBracketed(Gs1Formatter.bracketed(e)));
    }

    @ParameterizedTest
    @EnumSource(Symbology.class)
    void bracketedToScanDataAndBackIsTheSame(Symbology symbology) {
        assertEquals(VARIABLE_FIRST, Gs1Parser.parseScanData(Gs1Formatter.scanData(VARIABLE_FIRST, symbology)));
        assertEquals(
                VARIABLE_FIRST,
                Gs1Parser.parseScanData(Gs1Formatter.scanData(VARIABLE_FIRST, symbology, "<GS>"), "<GS>"));
        assertEquals(VARIABLE_FIRST, Gs1Parser.parseUnbracketed(Gs1Formatter.elementString(VARIABLE_FIRST), null));
    }

    @Test
    void elementStringToStringIsTheBracketedForm() {
        assertEquals("(01)09506000134352(17)201225(10)ABC123", EXAMPLE.toString());
    }
}

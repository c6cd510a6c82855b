package org.packbench.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packbench.gs1.Problems.accepted;
import static org.packbench.gs1.Problems.refused;
import static org.packbench.gs1.Problems.refusedAt;

import org.junit.jupiter.api.Test;
import org.packbench.i18n.ProblemException;

class CharSetTest {
    private static final String GTIN = "(01)09506000134352";

    @Test
    void set82HoldsLettersDigitsAndTwentyPunctuationMarks() {
        assertEquals(82, CharSet.CSET_82.members().length());
        accepted("(91)!\"%&'\\()*+,-./:;<=>?_Az9");
    }

    @Test
    void spacesAndMostSymbolsCannotBeEncoded() {
        refusedAt(GTIN + "(10)AB C", "gs1.char.set82", "10", 25);
        refused(GTIN + "(10)AB#C", "gs1.char.set82");
        refused(GTIN + "(10)AB@C", "gs1.char.set82");
        refused(GTIN + "(10)AB~C", "gs1.char.set82");
    }

    @Test
    void aCyrillicLetterIsNamedAsSuch() {
        ProblemException p = refusedAt(GTIN + "(10)ПАРТИЯ1", "gs1.char.cyrillic", "10", 23);
        assertEquals(
                "AI (10), позиция 23: «П» — кириллическая буква; в значениях GS1 допустимы только латинские буквы, "
                        + "цифры и часть знаков препинания (набор символов 82)",
                Problems.russian(p));
    }

    @Test
    void aLookalikeCyrillicLetterIsCaughtToo() {
        refusedAt(GTIN + "(10)ABС1", "gs1.char.cyrillic", "10", 25);
    }

    @Test
    void controlCharactersAreShownByTheirCode() {
        ProblemException p = refused(GTIN + "(10)AB\tC", "gs1.char.set82");
        assertEquals("U+0009", p.problem().args().get(2));
    }

    @Test
    void numericValuesAcceptDigitsOnly() {
        refusedAt(GTIN + "(30)12A", "gs1.char.digit", "30", 25);
        refusedAt("(00)A23456789012345675", "gs1.char.digit", "00", 5);
    }

    @Test
    void componentPartIdentifiersUseSet39() {
        accepted("(8010)1234ABC-#/");
        refusedAt("(8010)123456_", "gs1.char.set39", "8010", 13);
        refused("(8010)1234abc", "gs1.char.set39");
    }

    @Test
    void digitalSignaturesUseFileSafeBase64() {
        accepted("(00)123456789012345675(8030)AZaz09-_");
        accepted("(00)123456789012345675(8030)12=");
        accepted("(00)123456789012345675(8030)1==");
        refused("(00)123456789012345675(8030)ABC:123", "gs1.char.set64");
        refused("(00)123456789012345675(8030)123=", "gs1.base64.padding");
        refused("(00)123456789012345675(8030)1===", "gs1.base64.padding");
        refused("(00)123456789012345675(8030)1=3", "gs1.char.set64");
    }
}

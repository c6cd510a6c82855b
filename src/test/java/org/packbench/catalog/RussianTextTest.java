package org.packbench.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RussianTextTest {
    @Test
    void wholeLatinWordsInARussianNameAreFine() {
        assertTrue(RussianText.latinInCyrillicWords("Кабель USB Type-C, 1 м").isEmpty());
        assertTrue(RussianText.latinInCyrillicWords("Ошейник для собак нейлоновый, размер M")
                .isEmpty());
    }

    @Test
    void latinLookAlikesInsideACyrillicWordAreFoundWithPositions() {
        assertEquals(
                List.of(new RussianText.ForeignLetter('K', 1), new RussianText.ForeignLetter('a', 2)),
                RussianText.latinInCyrillicWords("Kaбель"));
        assertEquals(
                List.of(new RussianText.ForeignLetter('o', 7)),
                RussianText.latinInCyrillicWords("Чехол \u006Fтличный"));
    }

    @Test
    void aNameWithoutCyrillicIsNotRussian() {
        assertFalse(RussianText.hasCyrillic("Wireless charger 20W"));
    }
}

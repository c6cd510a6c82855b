package org.packbench.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** One transliteration for file names and ids: what comes out is always safe, whatever goes in. */
class LatinNameTest {
    private static final String ALPHABET =
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯabcXYZ0189 _-.,«»×/\\:*?\"<>|\t";

    @Test
    void anyTextBecomesLatinLettersDigitsAndSingleInnerDashesWithinTheLength() {
        Random random = new Random(20);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(90); i > 0; i--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String name = LatinName.of(text.toString(), 60);
            assertTrue(name.matches("([A-Za-z0-9]+(-[A-Za-z0-9]+)*)?") && name.length() <= 60, text + " → " + name);
            String id = LatinName.id(text.toString(), 64);
            assertTrue(id.matches("([a-z0-9]+(-[a-z0-9]+)*)?") && id.length() <= 64, text + " → " + id);
            assertEquals(id, LatinName.id(id, 64), "an id is its own id");
        }
    }

    @Test
    void cyrillicIsSpelledAsOnePassportWouldAndCaseIsKept() {
        assertEquals("OOO-Romashka", LatinName.of("ООО «Ромашка»", 60));
        assertEquals("chekhly-vk-58x40", LatinName.id("Чехлы VK 58x40", 64));
        assertEquals("shchetka-podezd", LatinName.id("Щётка подъезд", 64));
    }
}

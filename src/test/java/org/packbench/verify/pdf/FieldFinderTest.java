package org.packbench.verify.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.packbench.catalog.RussianText.ForeignLetter;

/** The field search on extracted text: exact only for MATCH, tolerant for finding the near miss. */
class FieldFinderTest {
    private static final String NAME = TestLabels.NAME;
    private static final String MAKER = TestLabels.MANUFACTURER;

    /** Upright glyphs of {@code text} on page 1, half an em each, starting at x on baseline y. */
    private static List<PdfGlyph> line(String text, double x, double y, double size) {
        List<PdfGlyph> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            out.add(new PdfGlyph(1, String.valueOf(text.charAt(i)), x + i * size / 2, y, size / 2, size, 0));
        }
        return out;
    }

    @SafeVarargs
    private static FieldFinder finder(List<PdfGlyph>... lines) {
        List<PdfGlyph> all = new ArrayList<>();
        for (List<PdfGlyph> l : lines) {
            all.addAll(l);
        }
        return FieldFinder.of(RunBuilder.runs(all));
    }

    @Test
    void aFieldWrappedOverLinesUnderACaptionMatches() {
        FieldFinder f =
                finder(line("Изготовитель: Шэньчжэнь Юнсин", 4, 20, 10), line("Электроникс Ко., Лтд.", 4, 32, 10));
        assertEquals(FieldCheck.match("manufacturer", MAKER, MAKER), f.check("manufacturer", MAKER));
    }

    @Test
    void whitespaceIsNormalisedOnBothSides() {
        FieldFinder f = finder(line("Чехол  для смартфона", 4, 12, 11), line("силиконовый,   прозрачный", 4, 24, 11));
        assertEquals(
                FieldVerdict.MATCH,
                f.check("name_ru", " Чехол для\tсмартфона силиконовый, прозрачный ")
                        .verdict());
    }

    @Test
    void aSecondColumnOnTheSameBaselinesIsNotSplicedIntoTheField() {
        FieldFinder f = finder(
                line("Чехол для смартфона", 4, 12, 10),
                line("Арт. PB-7-001", 150, 12, 10),
                line("силиконовый, прозрачный", 4, 24, 10),
                line("Партия 7", 150, 24, 10));
        assertEquals(FieldVerdict.MATCH, f.check("name_ru", NAME).verdict());
    }

    @Test
    void oneWordChangedIsAMismatchWithTheTextFound() {
        FieldFinder f = finder(
                line("Чехол для смартфона", 4, 12, 11),
                line("силиконовый, матовый", 4, 24, 11),
                line("Вес нетто: 38 г", 4, 36, 10));
        assertEquals(
                FieldCheck.mismatch("name_ru", NAME, "Чехол для смартфона силиконовый, матовый", List.of()),
                f.check("name_ru", NAME));
    }

    @Test
    void latinLookAlikesAreNamedWithTheirPositions() {
        FieldFinder f = finder(line("Чехол для cмартфона силиконовый, прозрачный", 4, 12, 8));
        String found = "Чехол для \u0063мартфона силиконовый, прозрачный";
        assertEquals(
                FieldCheck.mismatch("name_ru", NAME, found, List.of(new ForeignLetter('c', 11))),
                f.check("name_ru", NAME));
    }

    @Test
    void aHyphenatedWrapIsNotTheName() {
        FieldFinder f = finder(line("Чехол для смартфона силико-", 4, 12, 10), line("новый, прозрачный", 4, 24, 10));
        assertEquals(
                FieldCheck.mismatch("name_ru", NAME, "Чехол для смартфона силико- новый, прозрачный", List.of()),
                f.check("name_ru", NAME));
    }

    @Test
    void unrelatedTextIsMissingNotAMismatch() {
        FieldFinder f = finder(
                line("Чехол для смартфона", 4, 12, 11),
                line("Страна: Китай", 4, 24, 10),
                line("Вес нетто: 38 г", 4, 36, 10));
        assertEquals(FieldCheck.missing("manufacturer", MAKER), f.check("manufacturer", MAKER));
    }
}

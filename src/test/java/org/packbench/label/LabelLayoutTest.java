package org.packbench.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packbench.i18n.ProblemException;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.TemplateReader;
import org.packbench.render.BundledTypeface;

/** Text fitting with the real font: wrap at spaces, shrink down to the minimum, never truncate. */
class LabelLayoutTest {
    private final LabelComposer composer = new LabelComposer(BundledTypeface.get());

    private static LabelTemplate template(double boxHeight, int maxLines) {
        String json =
                """
            { "id": "t", "regulated": true, "width_mm": 58, "height_mm": 40, "elements": [
              { "type": "stack", "id": "body", "x": 1.5, "y": 1.5, "w": 40, "h": %s, "children": [
                { "type": "text", "id": "name", "field": "name_ru", "font_pt": 12, "min_pt": 10, "bold": true, "max_lines": %d },
                { "type": "text", "id": "weight", "pattern": "Вес нетто: {net_weight_g} г", "font_pt": 10 } ] } ] }
            """
                        .formatted(boxHeight, maxLines);
        return new TemplateReader(f -> new boolean[0][0]).read(json);
    }

    private static Map<String, String> values(String name) {
        Map<String, String> v = new HashMap<>();
        v.put("name_ru", name);
        v.put("net_weight_g", "38");
        return v;
    }

    @Test
    void aLongNameWrapsAtWordBoundariesAndKeepsEveryCharacter() {
        String name = "Набор отвёрток прецизионных для ремонта смартфонов и ноутбуков, 25 бит";
        LabelDocument doc = composer.compose(template(37, 4), values(name), 203);
        TextBlock block = doc.text("name").orElseThrow();
        assertTrue(block.lines().size() > 1, "wrapped");
        assertEquals(name, block.printed());
        for (TextLine line : block.lines()) {
            assertTrue(line.box().width() <= 40 + 1e-6, line.text());
            assertTrue(!line.text().startsWith(" ") && !line.text().endsWith(" "), "broken at a space");
        }
    }

    @Test
    void textShrinksBeforeItOverflowsButNeverBelowTheMinimum() {
        String name = "Держатель для телефона автомобильный магнитный";
        LabelDocument roomy = composer.compose(template(37, 4), values(name), 203);
        double needed =
                roomy.lines().stream().mapToDouble(l -> l.box().bottom()).max().orElseThrow() - 1.5;
        LabelDocument tight = composer.compose(template(needed - 0.5, 4), values(name), 203);
        assertEquals(12.0, roomy.text("name").orElseThrow().sizePt());
        double shrunk = tight.text("name").orElseThrow().sizePt();
        assertTrue(shrunk < 12.0 && shrunk >= 10.0, "shrunk to " + shrunk);
        for (TextLine line : tight.lines()) {
            assertTrue(line.sizePt() >= 10.0, line.text() + " at " + line.sizePt());
        }
    }

    @Test
    void anOverlongNameFailsNamingTheFieldAndTheOverflow() {
        String name = "Органайзер для косметики вращающийся на 360 градусов с семью отделениями и зеркалом";
        ProblemException e =
                assertThrows(ProblemException.class, () -> composer.compose(template(12, 2), values(name), 203));
        String message = e.getMessage();
        assertTrue(message.contains("name_ru"), message);
        assertTrue(message.matches(".*overflows by [0-9]+\\.[0-9] mm at 10\\.0 pt.*"), message);
    }

    @Test
    void aTemplateAskingForSmallTypeOnAProductLabelIsRefusedNamingTheElement() {
        String json =
                """
            { "id": "small", "regulated": true, "width_mm": 58, "height_mm": 40, "elements": [
              { "type": "text", "id": "weight", "field": "net_weight_g", "x": 1, "y": 1, "w": 50, "h": 5, "font_pt": 8 } ] }
            """;
        ProblemException e = assertThrows(ProblemException.class, () -> new TemplateReader(f -> null).read(json));
        assertTrue(e.getMessage().contains("element \"weight\", field \"font_pt\""), e.getMessage());
        assertTrue(
                e.getMessage().contains("8.0 pt is below the 10.0 pt minimum")
                        || e.getMessage().contains("8 pt"),
                e.getMessage());
    }

    @Test
    void aTemplateWithAnUnknownFieldIsRefused() {
        String json =
                """
            { "id": "bad", "width_mm": 58, "height_mm": 40, "elements": [
              { "type": "text", "id": "x", "pattern": "Цена: {price}", "x": 1, "y": 1, "w": 50, "h": 5, "font_pt": 10 } ] }
            """;
        ProblemException e = assertThrows(ProblemException.class, () -> new TemplateReader(f -> null).read(json));
        assertTrue(e.getMessage().contains("unknown field \"price\""), e.getMessage());
    }

    @Test
    void barcodeModulesAreWholeDotsAtEachResolution() {
        String json =
                """
            { "id": "qr", "width_mm": 58, "height_mm": 40, "elements": [
              { "type": "qr", "id": "qr", "data": "{qr_payload}", "x": 30, "y": 10, "w": 25, "h": 25, "module_mm": 0.3 } ] }
            """;
        LabelTemplate t = new TemplateReader(f -> null).read(json);
        for (int dpi : List.of(203, 300, 600)) {
            BarcodeSymbol s = composer.compose(t, Map.of("qr_payload", "PB1|vk|A|B|C|D|E"), dpi)
                    .barcodes()
                    .get(0);
            assertEquals(Math.round(0.3 * dpi / 25.4), s.moduleDots(), "at " + dpi);
            assertEquals(Dots.of(s.x(), dpi) * 25.4 / dpi, s.x(), 1e-9, "first module on a dot at " + dpi);
        }
    }
}

package org.packbench.label.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/**
 * Templates compared field by field. Records compare their numbers exactly and their lists by
 * value; a picture's pixels are an array, which a record compares by identity, so pictures are
 * compared cell by cell here and everything else by the records' own equality.
 */
public final class SameTemplate {
    private SameTemplate() {}

    public static void assertSame(LabelTemplate expected, LabelTemplate actual) {
        assertEquals(withoutPixels(expected), withoutPixels(actual));
        List<boolean[][]> a = pixels(expected);
        List<boolean[][]> b = pixels(actual);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i), "pixels of picture " + i);
        }
    }

    private static LabelTemplate withoutPixels(LabelTemplate t) {
        List<Element> elements = new ArrayList<>();
        for (Element e : t.elements()) {
            elements.add(e instanceof Element.Image i ? new Element.Image(i.id(), i.box(), null) : e);
        }
        return new LabelTemplate(
                t.id(), t.title(), t.marketplace(), t.kind(), t.regulated(), t.widthMm(), t.heightMm(), elements);
    }

    private static List<boolean[][]> pixels(LabelTemplate t) {
        return t.elements().stream()
                .filter(Element.Image.class::isInstance)
                .map(e -> ((Element.Image) e).pixels())
                .toList();
    }
}

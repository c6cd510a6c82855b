package org.packbench.label.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.packbench.label.Dots;
import org.packbench.label.Rect;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;

/**
 * Wherever an element was placed before (a typed millimetre, an import from glabels), a drag, an
 * alignment or a resize by hand leaves it on whole printer dots, within half a dot of where the hand
 * meant: checked over 20,000 random boxes, drags and resolutions.
 */
class DotGridTest {
    private static final int[] DPIS = {203, 300, 600};

    private static LabelTemplate with(Rect box) {
        return new LabelTemplate(
                "t",
                "T",
                "vk",
                LabelTemplate.Kind.PRODUCT,
                false,
                100,
                150,
                List.of(new Element.Shape("box", org.packbench.label.Shape.Kind.BOX, box, 0.25)));
    }

    private static Rect box(LabelTemplate t) {
        return ((Element.Boxed) t.elements().get(0)).box();
    }

    private static boolean onGrid(double mm, int dpi) {
        double dots = mm * dpi / Dots.MM_PER_INCH;
        return Math.abs(dots - Math.round(dots)) < 1e-6;
    }

    /** A box anywhere on a label up to 60 × 100 mm, from 1 to 31 mm a side. */
    private static Rect anyBox(Random random) {
        return new Rect(
                random.nextDouble() * 60,
                random.nextDouble() * 100,
                1 + random.nextDouble() * 30,
                1 + random.nextDouble() * 30);
    }

    @Test
    void aDragEndsOnWholeDotsWithinHalfADotOfTheHand() {
        Random random = new Random(20261206);
        for (int i = 0; i < 20_000; i++) {
            int dpi = DPIS[random.nextInt(DPIS.length)];
            DotGrid grid = new DotGrid(dpi);
            Rect start = anyBox(random);
            LabelTemplate t = with(start);
            double dx = (random.nextDouble() - 0.5) * 40;
            double dy = (random.nextDouble() - 0.5) * 40;
            Optional<Edit> move = grid.dragBy(t, "box", dx, dy);
            Rect end = move.map(e -> box(e.apply(t))).orElse(start);
            String what = "case " + i + " at " + dpi + " dpi: " + start + " by " + dx + ", " + dy;
            if (move.isPresent()) {
                assertTrue(onGrid(end.x(), dpi) && onGrid(end.y(), dpi), what + " → " + end);
            }
            double halfDot = Dots.toMm(1, dpi) / 2 + 1e-9;
            assertTrue(Math.abs(end.x() - (start.x() + dx)) <= halfDot, what + " → " + end);
            assertTrue(Math.abs(end.y() - (start.y() + dy)) <= halfDot, what + " → " + end);
            assertEquals(start.width(), end.width(), 1e-12, "a move keeps the size");
        }
    }

    @Test
    void anAlignmentPutsTheEdgeTheMarginInOnWholeDotsAndAResizeNeverGoesUnderOneDot() {
        Random random = new Random(6122026);
        for (int i = 0; i < 20_000; i++) {
            int dpi = DPIS[random.nextInt(DPIS.length)];
            DotGrid grid = new DotGrid(dpi);
            double dot = Dots.toMm(1, dpi);
            Rect start = anyBox(random);
            LabelTemplate t = with(start);
            String what = "case " + i + " at " + dpi + " dpi: " + start;

            Rect right = grid.onLabel(t, "box", DotGrid.OnLabel.RIGHT)
                    .map(e -> box(e.apply(t)))
                    .orElse(start);
            assertEquals(100 - DotGrid.MARGIN_MM, right.right(), dot / 2 + 1e-9, what);
            assertTrue(onGrid(right.x(), dpi), what + " → " + right);
            Rect top = grid.onLabel(t, "box", DotGrid.OnLabel.TOP)
                    .map(e -> box(e.apply(t)))
                    .orElse(start);
            assertEquals(DotGrid.MARGIN_MM, top.y(), dot / 2 + 1e-9, what);

            double w = (random.nextDouble() - 0.2) * 20;
            double h = (random.nextDouble() - 0.2) * 20;
            Rect sized = box(grid.resizeTo("box", w, h).apply(t));
            assertTrue(sized.width() >= dot - 1e-9 && sized.height() >= dot - 1e-9, what + " to " + w + "×" + h);
            assertTrue(onGrid(sized.width(), dpi) && onGrid(sized.height(), dpi), what + " → " + sized);
        }
    }

    @Test
    void aDragThatEndsWhereItBeganIsNoEdit() {
        double onGrid = Dots.toMm(80, 203);
        LabelTemplate t = with(new Rect(onGrid, onGrid, 5, 5));
        assertEquals(Optional.empty(), new DotGrid(203).dragBy(t, "box", 0, 0));
        assertEquals(Optional.empty(), new DotGrid(203).dragBy(t, "box", 0.01, -0.01), "under half a dot");
    }
}

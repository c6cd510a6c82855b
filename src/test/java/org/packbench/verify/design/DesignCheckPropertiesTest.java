package org.packbench.verify.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.packbench.app.TemplateLibrary;
import org.packbench.i18n.ProblemException;
import org.packbench.label.Dots;
import org.packbench.label.LabelDocument;
import org.packbench.label.TextBlock;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.design.Edit;
import org.packbench.label.design.TemplateDraft;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.render.BundledTypeface;
import org.packbench.render.WriterBytesTest;

/**
 * The check at volume, on bundled templates pulled about by random edits: it always answers, and
 * a template it lets be saved for use is one the engine lays out with every text at its legal
 * size and every element on the label.
 */
class DesignCheckPropertiesTest {
    private static final List<LabelTemplate> BUNDLED = TemplateLibrary.bundled().all();
    private static final LabelComposer COMPOSER = new LabelComposer(BundledTypeface.get());
    private static final DesignCheck CHECK = new DesignCheck(COMPOSER);

    @Property(tries = 1_000)
    void aTemplateTheCheckPassesIsOneTheEngineLaysOutLegally(@ForAll("seeds") long seed) {
        checkPassedMeansLaidOutLegally(seed);
    }

    /**
     * Found by the property: the QR of vk-product-75x120 nudged to the right edge, at 300 dpi. Its
     * quiet zone ends on the label's last dot, 75.015 mm from the left edge of a label 75 mm wide:
     * the label is 886 dots and so is the raster. The rule is the dots, as the printer has them.
     */
    @Example
    void aQuietZoneEndingOnTheLabelsLastDotIsOnTheLabel() {
        checkPassedMeansLaidOutLegally(73856);
    }

    private static void checkPassedMeansLaidOutLegally(long seed) {
        Random random = new Random(seed);
        LabelTemplate start = BUNDLED.get(random.nextInt(BUNDLED.size()));
        TemplateDraft draft = TemplateDraft.of(start);
        int edits = random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            draft = draft.apply(edit(draft.template(), random));
        }
        LabelTemplate t = draft.template();
        int dpi = random.nextBoolean() ? 203 : 300;
        Map<String, String> values = WriterBytesTest.values(start);
        DesignReport report = CHECK.check(t, values, dpi);
        assertEquals(report.blocking().isEmpty(), report.savableForUse());
        if (!report.savableForUse()) {
            return;
        }
        LabelDocument doc;
        try {
            doc = COMPOSER.compose(t, values, dpi);
        } catch (ProblemException e) {
            throw new AssertionError(
                    "passed the check but the engine refuses it: " + e.problem().english(), e);
        }
        if (t.regulated()) {
            for (TextBlock b : doc.texts()) {
                assertTrue(b.sizePt() >= LabelTemplate.REGULATED_MIN_PT - 1e-9, b.elementId() + " " + b.sizePt());
            }
        }
        for (var b : doc.barcodes()) {
            int left = Dots.of(b.quietZone().x(), dpi);
            int right = Dots.of(b.quietZone().right(), dpi);
            assertTrue(
                    left >= 0 && right <= doc.widthDots(),
                    b.elementId() + "'s quiet zone, dots " + left + " to " + right + ", leaves a label of "
                            + doc.widthDots() + " dots");
        }
    }

    /** A nudge, a resize or a new size of type, as a supervisor tries things out. */
    private static Edit edit(LabelTemplate t, Random random) {
        List<Element> boxed = t.elements().stream()
                .filter(e -> !(e instanceof Element.Watermark))
                .toList();
        Element e = boxed.get(random.nextInt(boxed.size()));
        if (e instanceof Element.Stack s && random.nextBoolean()) {
            Element.Text c = s.children().get(random.nextInt(s.children().size()));
            return new Edit.SetFontSize(c.id(), 8 + random.nextInt(9) / 2.0);
        }
        return switch (random.nextInt(3)) {
            case 0 -> new Edit.Move(e.id(), random.nextInt(11) - 5, random.nextInt(11) - 5);
            case 1 -> Edit.Move.byDots(e.id(), random.nextInt(9) - 4, random.nextInt(9) - 4, 203);
            default -> new Edit.Resize(e.id(), 2 + random.nextDouble() * 40, 2 + random.nextDouble() * 30);
        };
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}

package org.packbench.verify.design;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.packbench.i18n.Message;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.LabelDocument;
import org.packbench.label.Rect;
import org.packbench.label.TextBlock;
import org.packbench.label.TextLine;
import org.packbench.label.template.Element;

/**
 * Where each element puts ink or needs light, as the engine laid it out, and which of them cover
 * the same place: the designer's overlap check.
 */
final class Overlaps {
    private Overlaps() {}

    /** Where one element puts ink (or needs light). */
    record Footprint(String owner, String element, Rect area, boolean drawing) {}

    static List<Footprint> footprints(Element e, LabelDocument doc) {
        List<Footprint> out = new ArrayList<>();
        for (BarcodeSymbol s : doc.barcodes()) {
            out.add(new Footprint(s.elementId(), e.id(), s.quietZone(), false));
        }
        for (TextBlock b : doc.texts()) {
            if (doc.barcode(b.elementId().replaceFirst("\\.hri$", "")).isPresent()) {
                continue; // a barcode's human-readable line lies inside its quiet zone
            }
            for (TextLine l : b.lines()) {
                out.add(new Footprint(b.elementId(), e.id(), l.box(), false));
            }
        }
        if (e instanceof Element.Shape s) {
            Rect r = s.box();
            if (s.kind() == org.packbench.label.Shape.Kind.LINE) {
                out.add(new Footprint(s.id(), s.id(), r, true));
            } else {
                double k = Math.min(s.thicknessMm(), Math.min(r.width(), r.height()) / 2);
                out.add(new Footprint(s.id(), s.id(), new Rect(r.x(), r.y(), r.width(), k), true));
                out.add(new Footprint(s.id(), s.id(), new Rect(r.x(), r.bottom() - k, r.width(), k), true));
                out.add(new Footprint(s.id(), s.id(), new Rect(r.x(), r.y(), k, r.height()), true));
                out.add(new Footprint(s.id(), s.id(), new Rect(r.right() - k, r.y(), k, r.height()), true));
            }
        } else if (e instanceof Element.Image i) {
            out.add(new Footprint(i.id(), i.id(), i.box(), true));
        }
        return out;
    }

    /**
     * Elements that cover the same place. Texts are their laid-out lines, barcodes their quiet
     * zones (with the human-readable line), lines and boxes their ink; a shape crossing a shape
     * is a drawing and not a problem.
     */
    static void mark(List<Footprint> footprints, Findings found) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < footprints.size(); i++) {
            for (int j = i + 1; j < footprints.size(); j++) {
                Footprint a = footprints.get(i);
                Footprint b = footprints.get(j);
                if (a.element.equals(b.element) || (a.drawing && b.drawing)) {
                    continue;
                }
                if (!a.area.grow(-DesignCheck.TOUCH_MM).intersects(b.area.grow(-DesignCheck.TOUCH_MM))) {
                    continue;
                }
                if (seen.add(a.owner + "\u0000" + b.owner)) {
                    found.add(
                            a.owner,
                            DesignFinding.Problem.OVERLAP,
                            true,
                            Message.of("design.check.overlap", a.owner, b.owner));
                    found.add(
                            b.owner,
                            DesignFinding.Problem.OVERLAP,
                            true,
                            Message.of("design.check.overlap", b.owner, a.owner));
                }
            }
        }
    }
}

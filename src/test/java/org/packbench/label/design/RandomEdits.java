package org.packbench.label.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.packbench.label.Rect;
import org.packbench.label.Shape;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;

/** Random edits that apply to the template they are made for, as a supervisor's mouse and keys make them. */
final class RandomEdits {
    private final Random random;
    private int added;

    RandomEdits(long seed) {
        this.random = new Random(seed);
    }

    Edit next(LabelTemplate t) {
        List<String> boxed = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> removable = new ArrayList<>();
        for (Element e : t.elements()) {
            if (!(e instanceof Element.Watermark)) {
                boxed.add(e.id());
            }
            if (e instanceof Element.Text || e instanceof Element.Watermark) {
                texts.add(e.id());
            }
            if (t.elements().size() > 1) {
                removable.add(e.id());
            }
            if (e instanceof Element.Stack s) {
                s.children().forEach(c -> {
                    boxed.add(c.id());
                    texts.add(c.id());
                    if (s.children().size() > 1) {
                        removable.add(c.id());
                    }
                });
            }
        }
        int kind = random.nextInt(6);
        if (kind == 0 && !boxed.isEmpty()) {
            return Edit.Move.byDots(
                    pick(boxed), random.nextInt(21) - 10, random.nextInt(21) - 10, random.nextBoolean() ? 203 : 300);
        }
        if (kind == 1 && !boxed.isEmpty()) {
            return new Edit.Move(pick(boxed), random.nextInt(5) - 2, random.nextInt(5) - 2);
        }
        if (kind == 2 && !boxed.isEmpty()) {
            return new Edit.Resize(pick(boxed), 0.5 + random.nextDouble() * 30, 0.5 + random.nextDouble() * 30);
        }
        if (kind == 3 && !texts.isEmpty()) {
            return new Edit.SetFontSize(pick(texts), 6 + random.nextInt(30) / 2.0);
        }
        if (kind == 4 && !removable.isEmpty()) {
            return new Edit.Remove(pick(removable));
        }
        added++;
        return new Edit.Add(new Element.Shape(
                "added-" + added,
                random.nextBoolean() ? Shape.Kind.LINE : Shape.Kind.BOX,
                new Rect(random.nextDouble() * t.widthMm() / 2, random.nextDouble() * t.heightMm() / 2, 5, 0.3),
                0.3));
    }

    private String pick(List<String> ids) {
        return ids.get(random.nextInt(ids.size()));
    }
}

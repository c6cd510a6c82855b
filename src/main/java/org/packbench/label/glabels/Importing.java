package org.packbench.label.glabels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.packbench.i18n.Message;
import org.packbench.label.Rect;
import org.packbench.label.template.Pattern;

/**
 * What one import has gathered so far: the label, the ids given out, the fields used and the notes
 * for the seller. The objects of the document are read one after another into it.
 */
final class Importing {
    private final Rect label;
    private final boolean regulated;
    private final List<Message> notes = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> fieldsUsed = new LinkedHashSet<>();
    private final Set<String> fieldsSaid = new HashSet<>();

    Importing(Rect label, boolean regulated) {
        this.label = label;
        this.regulated = regulated;
    }

    Rect label() {
        return label;
    }

    /** Whether the label shows a Russian product name, so that the 10 pt rule holds on it. */
    boolean regulated() {
        return regulated;
    }

    void note(String key, Object... args) {
        note(Message.of(key, args));
    }

    void note(Message note) {
        notes.add(note);
    }

    List<Message> notes() {
        return List.copyOf(notes);
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… when it is taken. */
    String id(String base) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * The PackBench field for the gLabels field {@code name} in element {@code elementId}, said once
     * per field when it was renamed; empty, and said, when there is none.
     */
    Optional<String> field(String name, String elementId) {
        Optional<String> ours = MergeFields.ours(name);
        if (ours.isEmpty()) {
            note("glabels.note.unknownField", name, elementId);
            return ours;
        }
        fieldsUsed.add(ours.get());
        if (!name.equals(ours.get()) && fieldsSaid.add(name)) {
            note(
                    ours.get().equals("net_weight_g") ? "glabels.note.weightField" : "glabels.note.field",
                    name,
                    ours.get());
        }
        return ours;
    }

    Set<String> fieldsUsed() {
        return Set.copyOf(fieldsUsed);
    }

    /**
     * The box cut to the label, which a template requires of every element, and said; empty, and
     * said, when nothing of it is on the label.
     */
    Optional<Rect> onLabel(Rect box, String id, String kindKey) {
        double x0 = Math.max(label.x(), box.x());
        double y0 = Math.max(label.y(), box.y());
        double x1 = Math.min(label.right(), box.right());
        double y1 = Math.min(label.bottom(), box.bottom());
        if (x1 - x0 <= 1e-6 || y1 - y0 <= 1e-6) {
            note("glabels.note.outsideLabel", Message.of(kindKey), mm(box.x()), mm(box.y()));
            return Optional.empty();
        }
        Rect cut = new Rect(x0, y0, x1 - x0, y1 - y0);
        if (!label.contains(box)) {
            note("glabels.note.clamped", id, mm(label.width()), mm(label.height()));
        }
        return Optional.of(cut);
    }

    /**
     * Words and fields as a pattern: words as they are, fields by their PackBench name. A field
     * with no PackBench name stays on the label as its gLabels name in square brackets, so the
     * designer shows where it was.
     */
    Pattern pattern(List<SpanText.Part> parts, String elementId) {
        StringBuilder source = new StringBuilder();
        boolean braces = false;
        for (SpanText.Part p : parts) {
            if (p instanceof SpanText.Words words) {
                braces |= words.text().indexOf('{') >= 0 || words.text().indexOf('}') >= 0;
                source.append(withoutBraces(words.text()));
            } else if (p instanceof SpanText.Field f) {
                Optional<String> ours = field(f.name(), elementId);
                if (ours.isPresent()) {
                    source.append('{').append(ours.get()).append('}');
                } else {
                    source.append('[').append(withoutBraces(f.name())).append(']');
                }
            }
        }
        if (braces) {
            note("glabels.note.braces", elementId);
        }
        return Pattern.parse(source.toString());
    }

    /**
     * Text with its curly brackets made round: in a pattern they mark a field, and a pattern has no
     * way to print them.
     */
    static String withoutBraces(String text) {
        return text.replace('{', '(').replace('}', ')');
    }

    /** A length in a note: millimetres to a tenth. */
    static String mm(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A type size or a factor in a note, without needless digits. */
    static String plain(double v) {
        return v == Math.rint(v)
                ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
    }
}

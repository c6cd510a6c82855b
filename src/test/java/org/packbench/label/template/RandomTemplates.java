package org.packbench.label.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.Shape;
import org.packbench.label.Symbology;

/**
 * Random templates the reader accepts: any label size, texts, stacks, barcodes, lines, boxes,
 * pictures and a watermark, each box inside the label, with awkward numbers and awkward text.
 * Pictures are kept in {@link #images} under the file name the writer is told to use.
 */
public final class RandomTemplates {
    private static final List<String> PATTERNS = List.of(
            "{name_ru}",
            "{sku}",
            "Вес нетто: {net_weight_g} г   Арт. {sku}",
            "Страна: {country_of_origin}",
            "«кавычки» \"quotes\" \\ backslash {order}",
            "tab\tnew\nline {tracking}",
            "emoji 📦 and ё {manufacturer}",
            "no fields at all",
            "{gs1}",
            "{qr_payload}",
            "{mark}",
            "{sscc}");

    private final Random random;
    private final Map<String, boolean[][]> images = new HashMap<>();

    public RandomTemplates(long seed) {
        this.random = new Random(seed);
    }

    /** The pictures of the templates made so far, by file name. */
    public Map<String, boolean[][]> images() {
        return images;
    }

    /** The file name a picture element is written under. */
    public static String fileOf(Element.Image image) {
        return image.id() + ".png";
    }

    public LabelTemplate next() {
        double w = size();
        double h = size();
        boolean regulated = random.nextBoolean();
        LabelTemplate.Kind kind = LabelTemplate.Kind.values()[random.nextInt(LabelTemplate.Kind.values().length)];
        List<Element> elements = new ArrayList<>();
        int n = 1 + random.nextInt(8);
        boolean watermark = false;
        for (int i = 0; i < n; i++) {
            String id = (random.nextInt(5) == 0 ? "элемент-" : "e") + i;
            int type = random.nextInt(7);
            if (type == 6 && watermark) {
                type = 0;
            }
            switch (type) {
                case 0 -> elements.add(text(id, box(w, h), regulated));
                case 1 -> elements.add(stack(id, box(w, h), regulated));
                case 2 -> elements.add(barcode(id, box(w, h)));
                case 3 -> elements.add(new Element.Shape(id, Shape.Kind.LINE, box(w, h), 0));
                case 4 -> elements.add(new Element.Shape(id, Shape.Kind.BOX, box(w, h), positive(2)));
                case 5 -> elements.add(image(id, box(w, h)));
                default -> {
                    watermark = true;
                    elements.add(new Element.Watermark(
                            id,
                            Pattern.parse(pattern()),
                            random.nextDouble() * 180 - 90,
                            positive(30),
                            positive(40),
                            0.01 + random.nextDouble() * 0.98,
                            2 + random.nextInt(15)));
                }
            }
        }
        String title = random.nextBoolean() ? "Этикетка " + random.nextInt(1000) : "title with \"quotes\"";
        String marketplace = List.of("", "vk", "ozon", "other").get(random.nextInt(4));
        return new LabelTemplate("t-" + random.nextInt(1_000_000), title, marketplace, kind, regulated, w, h, elements);
    }

    /** Now and then a round size, as most labels have; otherwise any positive number. */
    private double size() {
        return random.nextInt(3) == 0 ? 10 + random.nextInt(200) : 5 + random.nextDouble() * 200;
    }

    private double positive(double upTo) {
        double v = random.nextInt(4) == 0
                ? Math.round(random.nextDouble() * upTo * 10) / 10.0
                : random.nextDouble() * upTo;
        return v > 0 ? v : 0.1;
    }

    private Rect box(double w, double h) {
        double x = random.nextInt(4) == 0 ? 0 : random.nextDouble() * w * 0.9;
        double y = random.nextInt(4) == 0 ? 0 : random.nextDouble() * h * 0.9;
        double bw = random.nextInt(5) == 0 ? w - x : Math.max(1e-3, random.nextDouble() * (w - x));
        double bh = random.nextInt(5) == 0 ? h - y : Math.max(1e-3, random.nextDouble() * (h - y));
        if (x + bw > w || y + bh > h) {
            return new Rect(0, 0, w, h);
        }
        return new Rect(x, y, bw, bh);
    }

    private String pattern() {
        return PATTERNS.get(random.nextInt(PATTERNS.size()));
    }

    private Element.Text text(String id, Rect box, boolean regulated) {
        double floor = regulated ? LabelTemplate.REGULATED_MIN_PT : 1;
        double size = floor + positive(20);
        double min = random.nextBoolean() ? size : floor + random.nextDouble() * (size - floor);
        return new Element.Text(
                id,
                box,
                Pattern.parse(pattern()),
                size,
                min,
                random.nextBoolean() ? FontStyle.BOLD : FontStyle.REGULAR,
                random.nextInt(5),
                Element.Align.values()[random.nextInt(3)],
                random.nextBoolean());
    }

    private Element.Stack stack(String id, Rect box, boolean regulated) {
        List<Element.Text> children = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            double x = random.nextBoolean() ? 0 : random.nextDouble() * box.width() * 0.5;
            double cw =
                    random.nextBoolean() ? box.width() - x : Math.max(1e-3, random.nextDouble() * (box.width() - x));
            if (x + cw > box.width()) {
                x = 0;
                cw = box.width();
            }
            Element.Text t = text(id + "-c" + i, new Rect(x, 0, cw, 0), regulated);
            children.add(t);
        }
        return new Element.Stack(id, box, random.nextBoolean() ? 0.3 : random.nextDouble() * 2, children);
    }

    private Element.Barcode barcode(String id, Rect box) {
        Symbology s = Symbology.values()[random.nextInt(Symbology.values().length)];
        return new Element.Barcode(
                id,
                s,
                Pattern.parse(pattern()),
                box,
                0.05 + positive(1),
                s.isTwoDimensional() ? 0 : positive(30),
                random.nextBoolean(),
                Element.Align.values()[random.nextInt(3)],
                random.nextBoolean(),
                random.nextBoolean());
    }

    private Element.Image image(String id, Rect box) {
        boolean[][] pixels = new boolean[1 + random.nextInt(6)][1 + random.nextInt(6)];
        for (boolean[] row : pixels) {
            for (int x = 0; x < row.length; x++) {
                row[x] = random.nextBoolean();
            }
        }
        Element.Image image = new Element.Image(id, box, pixels);
        images.put(fileOf(image), pixels);
        return image;
    }
}

package org.packbench.convert.ozon;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.packbench.label.Dots;

/**
 * A label stock: width across the print head, height along the feed, in millimetres.
 *
 * @param widthMm  across the print head
 * @param heightMm along the feed
 */
public record LabelSize(double widthMm, double heightMm) {
    /** Ozon FBS, 100×150 cargo, the small 58×40 product label and A6. */
    public static final List<LabelSize> KNOWN =
            List.of(new LabelSize(75, 120), new LabelSize(100, 150), new LabelSize(58, 40), new LabelSize(105, 148));
    /** Ozon's FBS label, what the caller gets when it says nothing else. */
    public static final LabelSize OZON_FBS = KNOWN.get(0);

    /** PDF producers round page sizes through points and inches; a millimetre covers that and no other stock. */
    private static final double KNOWN_TOLERANCE_MM = 1.0;

    private static final Pattern TEXT =
            Pattern.compile("\\s*(\\d+(?:[.,]\\d+)?)\\s*[x×X*]\\s*(\\d+(?:[.,]\\d+)?)\\s*(?:mm)?\\s*");

    public LabelSize {
        if (!(widthMm > 0 && heightMm > 0 && widthMm <= 1000 && heightMm <= 1000)) {
            throw new IllegalArgumentException("label size out of range: " + widthMm + "x" + heightMm);
        }
    }

    /**
     * The known stock a page of this size was made for, in either orientation: a 120×75 mm page
     * is a 75×120 label turned sideways, and the stock in the printer is still 75 wide.
     */
    public static Optional<LabelSize> known(double pageWidthMm, double pageHeightMm) {
        for (LabelSize k : KNOWN) {
            if (k.near(pageWidthMm, pageHeightMm) || k.near(pageHeightMm, pageWidthMm)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** {@code 75x120}, {@code 75×120}, {@code 58,5x40}; empty when the text is not a size. */
    public static Optional<LabelSize> parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        double w = Double.parseDouble(m.group(1).replace(',', '.'));
        double h = Double.parseDouble(m.group(2).replace(',', '.'));
        if (!(w > 0 && h > 0 && w <= 1000 && h <= 1000)) {
            return Optional.empty();
        }
        return Optional.of(new LabelSize(w, h));
    }

    public int widthDots(int dpi) {
        return Dots.of(widthMm, dpi);
    }

    public int heightDots(int dpi) {
        return Dots.of(heightMm, dpi);
    }

    public boolean landscape() {
        return widthMm > heightMm;
    }

    private boolean near(double w, double h) {
        return Math.abs(widthMm - w) <= KNOWN_TOLERANCE_MM && Math.abs(heightMm - h) <= KNOWN_TOLERANCE_MM;
    }

    @Override
    public String toString() {
        return mm(widthMm) + "x" + mm(heightMm);
    }

    /** Millimetres with at most two decimals and a dot, whatever the locale. */
    static String mm(double v) {
        return BigDecimal.valueOf(Math.round(v * 100) / 100.0)
                .stripTrailingZeros()
                .toPlainString();
    }
}

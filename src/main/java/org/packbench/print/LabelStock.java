package org.packbench.print;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels loaded in a printer: width across the head and height along the feed, in mm as the
 * packer wrote them (kept exact, since "58.5" must come back as 58.5).
 */
public record LabelStock(BigDecimal widthMm, BigDecimal heightMm) {
    private static final Pattern TEXT =
            Pattern.compile("(\\d{1,4}(?:[.,]\\d{1,2})?)\\s*[x×*]\\s*(\\d{1,4}(?:[.,]\\d{1,2})?)(?:\\s*mm)?");
    private static final BigDecimal MAX_MM = BigDecimal.valueOf(1000);

    public LabelStock {
        if (widthMm.signum() <= 0
                || heightMm.signum() <= 0
                || widthMm.compareTo(MAX_MM) > 0
                || heightMm.compareTo(MAX_MM) > 0) {
            throw new IllegalArgumentException("label size out of range: " + widthMm + "x" + heightMm);
        }
        widthMm = widthMm.stripTrailingZeros();
        heightMm = heightMm.stripTrailingZeros();
    }

    /** {@code 58x40}, {@code 58×40}, {@code 58,5x40 mm}; empty when the text is not a size. */
    public static Optional<LabelStock> parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal w = new BigDecimal(m.group(1).replace(',', '.'));
        BigDecimal h = new BigDecimal(m.group(2).replace(',', '.'));
        if (w.signum() <= 0 || h.signum() <= 0 || w.compareTo(MAX_MM) > 0 || h.compareTo(MAX_MM) > 0) {
            return Optional.empty();
        }
        return Optional.of(new LabelStock(w, h));
    }

    /** Whether a label of this size fits the stock as loaded: within half a millimetre either way. */
    public boolean matches(double labelWidthMm, double labelHeightMm) {
        return Math.abs(widthMm.doubleValue() - labelWidthMm) <= 0.5
                && Math.abs(heightMm.doubleValue() - labelHeightMm) <= 0.5;
    }

    @Override
    public String toString() {
        return widthMm.toPlainString() + "x" + heightMm.toPlainString();
    }
}

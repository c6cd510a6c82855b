package org.packbench.print;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.packbench.i18n.ProblemException;
import org.packbench.render.LabelFormat;
import org.packbench.render.PrinterSettings;

/**
 * One printer of the bench as the packer set it up: what it speaks, its resolution, the labels
 * loaded, its calibration (offsets, darkness, speed) and where it is reached.
 *
 * @param name      how the packer and scripts call it; plain ASCII, because it is printed as a
 *                  Code 128 on the test label and typed on command lines
 * @param stock     the label size loaded, when the packer said; a label of another size is refused
 * @param xOffsetMm shifts every label right; never negative (neither ZPL ^LH nor TSPL REFERENCE take it)
 * @param yOffsetMm shifts every label down; never negative
 * @param darkness  0…30, or empty to keep the printer's own setting
 * @param speed     inches per second 1…14, or empty to keep the printer's own setting
 */
public record PrinterProfile(
        String name,
        PrinterLanguage language,
        int dpi,
        Optional<LabelStock> stock,
        BigDecimal xOffsetMm,
        BigDecimal yOffsetMm,
        OptionalInt darkness,
        OptionalInt speed,
        TransportUri transport) {
    public static final List<Integer> RESOLUTIONS = List.of(203, 300, 600);
    public static final String NAME_RULE = "[A-Za-z0-9][A-Za-z0-9._-]{0,23}";
    private static final BigDecimal MAX_OFFSET_MM = BigDecimal.valueOf(50);

    public PrinterProfile {
        if (name == null || !name.matches(NAME_RULE)) {
            throw new ProblemException("print.profile.name", name == null ? "" : name);
        }
        if (!RESOLUTIONS.contains(dpi)) {
            throw new ProblemException("print.profile.dpi", dpi);
        }
        checkOffset(xOffsetMm);
        checkOffset(yOffsetMm);
        xOffsetMm = xOffsetMm.stripTrailingZeros();
        yOffsetMm = yOffsetMm.stripTrailingZeros();
        darkness.ifPresent(d -> {
            if (d < 0 || d > 30) {
                throw new ProblemException("print.profile.darkness", d);
            }
        });
        speed.ifPresent(s -> {
            if (s < 1 || s > 14) {
                throw new ProblemException("print.profile.speed", s);
            }
        });
    }

    private static void checkOffset(BigDecimal mm) {
        if (mm.signum() < 0
                || mm.compareTo(MAX_OFFSET_MM) > 0
                || mm.stripTrailingZeros().scale() > 2) {
            throw new ProblemException("print.profile.offset", mm.toPlainString());
        }
    }

    /** The label format this printer is sent. */
    public LabelFormat format() {
        return switch (language) {
            case ZPL -> LabelFormat.ZPL;
            case TSPL -> LabelFormat.TSPL;
            case PDF -> LabelFormat.PDF;
        };
    }

    /** What the thermal writers need to print {@code copies} labels on this printer. */
    public PrinterSettings settings(int copies) {
        return new PrinterSettings(dpi, darkness, speed, xOffsetMm.doubleValue(), yOffsetMm.doubleValue(), copies);
    }

    /** True when the profile changes nothing the writers would otherwise leave to the printer. */
    public boolean leavesPrinterSettings() {
        return darkness.isEmpty() && speed.isEmpty() && xOffsetMm.signum() == 0 && yOffsetMm.signum() == 0;
    }
}

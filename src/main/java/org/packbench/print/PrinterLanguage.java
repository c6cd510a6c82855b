package org.packbench.print;

import java.util.Locale;
import java.util.Optional;

/** What a printer profile sends: ZPL II, TSPL, or PDF to a driver queue of the system spooler. */
public enum PrinterLanguage {
    ZPL,
    TSPL,
    PDF;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PrinterLanguage> parse(String s) {
        for (PrinterLanguage l : values()) {
            if (l.code().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}

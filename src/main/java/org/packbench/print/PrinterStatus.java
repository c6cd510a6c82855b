package org.packbench.print;

import java.util.List;

/**
 * What a printer says about itself (ZPL ~HS, TSPL ESC !?).
 *
 * @param problems the reasons it cannot print now (paper out, head open, paused, …), empty when ready
 * @param labelsPrinted the printer's label counter where it reports one, else -1
 */
public record PrinterStatus(List<String> problems, long labelsPrinted) {
    public PrinterStatus {
        problems = List.copyOf(problems);
    }

    public boolean ready() {
        return problems.isEmpty();
    }
}

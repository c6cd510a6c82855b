package org.packbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.packbench.catalog.ImportProgress;
import org.packbench.i18n.Message;

/**
 * The catalog import's progress on a terminal, one line redrawn in place at most ten times a
 * second: rows read, the share of the file and rows per second. Nothing when stderr is not a
 * terminal, where a script would only collect the redraws.
 */
final class ImportProgressLine implements ImportProgress {
    private static final long REDRAW_NS = 100_000_000L;

    private final PrintWriter err;
    private final boolean shown;
    private final Locale locale;
    private final long start = System.nanoTime();
    private long lastDrawn = start;
    private boolean drawn;

    ImportProgressLine(PrintWriter err, boolean shown, Locale locale) {
        this.err = err;
        this.shown = shown;
        this.locale = locale;
    }

    @Override
    public void read(long rows, long bytes, long totalBytes) {
        long now = System.nanoTime();
        boolean last = totalBytes > 0 && bytes >= totalBytes;
        if (!shown || now - lastDrawn < REDRAW_NS && !last) {
            return;
        }
        lastDrawn = now;
        double seconds = (now - start) / 1e9;
        long rate = seconds > 0 ? Math.round(rows / seconds) : 0;
        long percent = totalBytes > 0 ? Math.min(100, bytes * 100 / totalBytes) : 0;
        err.print("\r" + Message.of("catalog.progress", rows, rate, percent).in(locale) + " ");
        err.flush();
        drawn = true;
    }

    /** Ends the line, so that what follows starts on a line of its own. */
    void finish() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }
}

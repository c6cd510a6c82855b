package org.packbench.print;

import java.util.ArrayList;
import java.util.List;

/**
 * A TSPL printer's answer to {@code <ESC>!?} (TSC TSPL/TSPL2 Programming Manual, "<ESC>!?"):
 * one byte, 00h when ready, otherwise these bits combined.
 * <pre>
 * bit 0  01h  head opened
 * bit 1  02h  paper jam
 * bit 2  04h  out of paper
 * bit 3  08h  out of ribbon
 * bit 4  10h  pause
 * bit 5  20h  printing
 * bit 6  40h  cover opened (other error on older models)
 * bit 7  80h  other error (environment temperature out of range on newer models)
 * </pre>
 * The command is immediate: the printer answers at once, even in the middle of a job. TSPL has no
 * label counter in this answer, so a TSPL job interrupted mid-send is always left for the packer;
 * for the same reason "printing" is not waited for: there is no counter to let settle.
 */
public final class TsplStatusByte {
    static final byte[] QUERY = {0x1B, '!', '?'};

    private TsplStatusByte() {}

    public static PrinterStatus status(int b) {
        List<String> p = new ArrayList<>();
        if ((b & 0x01) != 0) {
            p.add(PrinterProblems.HEAD_OPEN);
        }
        if ((b & 0x02) != 0) {
            p.add(PrinterProblems.PAPER_JAM);
        }
        if ((b & 0x04) != 0) {
            p.add(PrinterProblems.PAPER_OUT);
        }
        if ((b & 0x08) != 0) {
            p.add(PrinterProblems.RIBBON_OUT);
        }
        if ((b & 0x10) != 0) {
            p.add(PrinterProblems.PAUSED);
        }
        if ((b & 0x40) != 0) {
            p.add(PrinterProblems.COVER_OPEN);
        }
        if ((b & 0x80) != 0) {
            p.add(PrinterProblems.OTHER_ERROR);
        }
        return new PrinterStatus(p, -1);
    }
}

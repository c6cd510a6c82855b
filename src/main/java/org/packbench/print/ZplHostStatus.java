package org.packbench.print;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A ZPL printer's answer to {@code ~HS} (ZPL II Programming Guide, "~HS Host Status Return"):
 * three strings, each framed {@code <STX>…<ETX><CR><LF>}.
 * <pre>
 * 1: aaa,b,c,dddd,eee,f,g,h,iii,j,k,l
 *    b paper out, c pause, dddd label length (dots), eee formats in the receive buffer,
 *    f buffer full, g diagnostic mode, h partial format, iii unused, j corrupt RAM,
 *    k under temperature, l over temperature
 * 2: mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www
 *    o head up, p ribbon out, q thermal transfer mode, r print mode, s print width mode,
 *    t label waiting (peel-off), uuuuuuuu labels remaining in batch, v always 1, www graphics stored
 * 3: xxxx,y  password, static RAM installed
 * </pre>
 * Flags are 1 when set. The third string carries nothing the queue needs and may be absent.
 */
public record ZplHostStatus(
        boolean paperOut,
        boolean paused,
        int formatsInBuffer,
        boolean corruptRam,
        boolean underTemperature,
        boolean overTemperature,
        boolean headUp,
        boolean ribbonOut,
        boolean thermalTransfer,
        long labelsRemaining) {

    static final byte[] QUERY = "~HS".getBytes(StandardCharsets.US_ASCII);
    static final byte STX = 0x02;
    static final byte ETX = 0x03;

    /** The status in {@code raw}, empty when it does not hold two well-formed strings. */
    public static Optional<ZplHostStatus> parse(byte[] raw) {
        List<String> frames = frames(raw);
        if (frames.size() < 2) {
            return Optional.empty();
        }
        String[] a = frames.get(0).split(",", -1);
        String[] b = frames.get(1).split(",", -1);
        if (a.length < 12 || b.length < 9) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ZplHostStatus(
                    flag(a[1]),
                    flag(a[2]),
                    Integer.parseInt(a[4].strip()),
                    flag(a[9]),
                    flag(a[10]),
                    flag(a[11]),
                    flag(b[2]),
                    flag(b[3]),
                    flag(b[4]),
                    Long.parseLong(b[8].strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** How many complete {@code <STX>…<ETX>} strings {@code raw} holds: the reader stops at three. */
    public static int frameCount(byte[] raw, int length) {
        int n = 0;
        boolean open = false;
        for (int i = 0; i < length; i++) {
            if (raw[i] == STX) {
                open = true;
            } else if (raw[i] == ETX && open) {
                n++;
                open = false;
            }
        }
        return n;
    }

    static List<String> frames(byte[] raw) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == STX) {
                start = i + 1;
            } else if (raw[i] == ETX && start >= 0) {
                out.add(new String(raw, start, i - start, StandardCharsets.US_ASCII));
                start = -1;
            }
        }
        return out;
    }

    private static boolean flag(String field) {
        return field.strip().equals("1");
    }

    /**
     * What stops the printer. The ribbon-out flag counts only in thermal transfer mode: a direct
     * thermal printer has no ribbon and may report it "out" all day.
     */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (paperOut) {
            p.add(PrinterProblems.PAPER_OUT);
        }
        if (headUp) {
            p.add(PrinterProblems.HEAD_OPEN);
        }
        if (ribbonOut && thermalTransfer) {
            p.add(PrinterProblems.RIBBON_OUT);
        }
        if (paused) {
            p.add(PrinterProblems.PAUSED);
        }
        if (overTemperature) {
            p.add(PrinterProblems.TOO_HOT);
        }
        if (underTemperature) {
            p.add(PrinterProblems.TOO_COLD);
        }
        if (corruptRam) {
            p.add(PrinterProblems.MEMORY_LOST);
        }
        if (p.isEmpty() && busy()) {
            p.add(PrinterProblems.BUSY);
        }
        return p;
    }

    /** Formats not yet printed: the label counter will still move. */
    public boolean busy() {
        return formatsInBuffer > 0 || labelsRemaining > 0;
    }
}

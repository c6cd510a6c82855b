package org.packbench.label.symbol;

import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.BitArray;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.DetectorResult;
import com.google.zxing.qrcode.detector.Detector;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.util.EnumMap;
import java.util.Map;

/**
 * Whether a QR symbol, drawn perfectly, is found and read by ZXing's detector.
 *
 * <p>The detector looks for the 1:1:3:1:1 runs of the three finder patterns, and stops looking
 * once it has three candidates of one module size that it has seen twice. Some data, under some
 * masks, draws a look-alike of a finder in the symbol's body (a dark block in a light ring in a
 * dark ring across the row, the column and the diagonal). When that look-alike lies above the
 * bottom-left finder, the detector settles on it and never reaches the real one, so a flawless
 * symbol is "not found" while zbar, which reads finders differently, reads it. Nothing about the
 * print is wrong; the mask is. Which mask makes a look-alike depends on the data, so the check is
 * made on the symbol itself rather than predicted.
 */
final class QrLocating {
    /** The quiet zone the symbol is drawn with: the four modules ISO/IEC 18004 asks for. */
    private static final int QUIET_MODULES = 4;
    /** ZXing's FinderPatternFinder: with TRY_HARDER it looks at every third row. */
    private static final int ROW_SKIP = 3;

    private QrLocating() {}

    /**
     * @param moduleDots the sizes in dots per module to draw the symbol at; the detector's runs
     *                   are counted in pixels, so a look-alike may be confirmed at one size and
     *                   not at another
     */
    static boolean readsAt(ByteMatrix matrix, int... moduleDots) {
        for (int dots : moduleDots) {
            if (!reads(matrix, dots)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Trying harder, the detector scans every third row of the image, so whether it meets a
     * look-alike twice before the real finder depends on where the symbol's rows fall on that
     * grid: the readback's crop (and a scanner's frame) may put them anywhere. All three phases
     * are tried.
     */
    private static boolean reads(ByteMatrix matrix, int dots) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        // The same effort the readback spends (verify.Readback): a symbol chosen here is one that
        // check will find, and a symbol it would miss is not chosen.
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        BitArray[] rows = moduleRows(matrix, dots);
        for (int phase = 0; phase < ROW_SKIP; phase++) {
            try {
                // Already black and white, so the detector gets the bits themselves: no binarizer.
                DetectorResult found = new Detector(drawn(rows, matrix.getHeight(), dots, phase)).detect(hints);
                if (!onTheFinders(found.getPoints(), matrix.getWidth(), dots, phase)) {
                    return false;
                }
            } catch (ReaderException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the detector settled on the three real finders. The symbol is drawn flawlessly, so
     * found there it decodes to its own text; what goes wrong is only ever where it looks, and
     * checking that is a fraction of a decode.
     *
     * @param points ZXing's order: bottom-left, top-left, top-right (then the alignment pattern)
     */
    private static boolean onTheFinders(ResultPoint[] points, int modules, int dots, int phase) {
        if (points.length < 3) {
            return false;
        }
        double near = QUIET_MODULES + 3.5;
        double far = QUIET_MODULES + modules - 3.5;
        return at(points[0], near, far, dots, phase)
                && at(points[1], near, near, dots, phase)
                && at(points[2], far, near, dots, phase);
    }

    /** Within one module of the centre of module (x, y). */
    private static boolean at(ResultPoint p, double x, double y, int dots, int phase) {
        return Math.abs(p.getX() - x * dots) <= dots && Math.abs(p.getY() - (phase + y * dots)) <= dots;
    }

    /** Each row of modules as one row of dots, quiet zone included: every dot row of a module row is the same. */
    private static BitArray[] moduleRows(ByteMatrix m, int dots) {
        int width = (m.getWidth() + 2 * QUIET_MODULES) * dots;
        byte[][] modules = m.getArray();
        BitArray[] rows = new BitArray[m.getHeight()];
        for (int y = 0; y < m.getHeight(); y++) {
            BitArray row = new BitArray(width);
            byte[] line = modules[y];
            int x = 0;
            while (x < line.length) {
                if (line[x] != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < line.length && line[x] == 1) {
                    x++;
                }
                row.setRange((start + QUIET_MODULES) * dots, (x + QUIET_MODULES) * dots);
            }
            rows[y] = row;
        }
        return rows;
    }

    /**
     * The symbol in black on white, each module {@code dots}×{@code dots}, inside its quiet zone,
     * moved down by {@code phase} white rows.
     */
    private static BitMatrix drawn(BitArray[] rows, int height, int dots, int phase) {
        BitMatrix bits = new BitMatrix(rows[0].getSize(), (height + 2 * QUIET_MODULES) * dots + phase);
        for (int y = 0; y < height; y++) {
            int top = phase + (y + QUIET_MODULES) * dots;
            for (int d = 0; d < dots; d++) {
                bits.setRow(top + d, rows[y]);
            }
        }
        return bits;
    }
}

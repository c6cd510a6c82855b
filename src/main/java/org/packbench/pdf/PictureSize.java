package org.packbench.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The pixels a picture in a PDF will take once decoded, from what it declares, read before
 * PDFBox decodes it: PDFBox allocates the whole raster up front, so a 10-byte stream that claims
 * 100,000 × 100,000 pixels is an OutOfMemoryError, not a small picture. Three places declare a
 * size: the image dictionary, a JPEG's own frame header (which wins over the dictionary when
 * decoded) and the CCITT fax parameters (columns × rows, allocated by the fax decoder).
 */
final class PictureSize {
    /** A JPEG frame header lies within the first tables; 64 KB covers every sane file. */
    private static final int JPEG_HEAD = 64 * 1024;

    private PictureSize() {}

    /** Refuses {@code image} (and its masks) when any declared size is past the budget. */
    static void check(PDImage image, PageBudget budget) throws IOException {
        check(image.getWidth(), image.getHeight(), budget);
        if (image instanceof PDImageXObject x) {
            List<COSName> filters = x.getStream().getFilters();
            COSBase parms = x.getCOSObject().getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
            for (int i = 0; i < filters.size(); i++) {
                if (COSName.CCITTFAX_DECODE.equals(filters.get(i)) && parameters(parms, i) instanceof COSDictionary p) {
                    long rows = Math.max(p.getInt(COSName.ROWS, 0), x.getHeight());
                    check(p.getInt(COSName.COLUMNS, 1728), rows, budget);
                }
            }
            if (!filters.isEmpty() && COSName.DCT_DECODE.equals(filters.get(0))) {
                try (InputStream raw = x.getCOSObject().createRawInputStream()) {
                    long[] frame = jpegFrame(raw.readNBytes(JPEG_HEAD));
                    if (frame != null) {
                        check(frame[0], frame[1], budget);
                    }
                }
            }
            PDImageXObject soft = x.getSoftMask();
            if (soft != null && soft != x) {
                check(soft.getWidth(), soft.getHeight(), budget);
            }
            PDImageXObject mask = x.getMask();
            if (mask != null && mask != x) {
                check(mask.getWidth(), mask.getHeight(), budget);
            }
        }
    }

    private static void check(long width, long height, PageBudget budget) {
        long pixels = Math.abs(width) * Math.abs(height);
        if (pixels > budget.limits().maxImagePixels()) {
            throw new PdfRefusedException(
                    "pdf.limit.picture",
                    budget.page(),
                    width,
                    height,
                    budget.limits().maxImagePixels() / 1_000_000);
        }
    }

    private static COSBase parameters(COSBase parms, int index) {
        if (parms instanceof COSArray a) {
            return index < a.size() ? a.getObject(index) : null;
        }
        return index == 0 ? parms : null;
    }

    /**
     * Width and height from the first start-of-frame marker (SOF0…SOF15 but DHT, JPG and DAC,
     * which share the range), or null when the head holds none.
     */
    static long[] jpegFrame(byte[] head) {
        int i = 2;
        while (i + 4 <= head.length) {
            if ((head[i] & 0xFF) != 0xFF) {
                i++;
                continue;
            }
            int marker = head[i + 1] & 0xFF;
            if (marker == 0xFF || marker == 0x01 || marker >= 0xD0 && marker <= 0xD9) {
                i += marker == 0xFF ? 1 : 2;
                continue;
            }
            int length = (head[i + 2] & 0xFF) << 8 | head[i + 3] & 0xFF;
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 9 > head.length) {
                    return null;
                }
                long height = (head[i + 5] & 0xFF) << 8 | head[i + 6] & 0xFF;
                long width = (head[i + 7] & 0xFF) << 8 | head[i + 8] & 0xFF;
                return new long[] {width, height};
            }
            i += 2 + length;
        }
        return null;
    }
}

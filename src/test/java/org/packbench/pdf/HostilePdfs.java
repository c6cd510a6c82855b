package org.packbench.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PDFs built to stall, flood or exhaust a reader, written byte by byte so that nothing on the way
 * (no PDF library) repairs what makes them hostile. Each is small; what it asks for is not.
 */
public final class HostilePdfs {
    /** An Ozon FBS label's page, 75 × 120 mm, in points. */
    static final String LABEL_BOX = "[0 0 212.6 340.2]";

    private HostilePdfs() {}

    /**
     * A form that draws the form below it ten times, ten levels deep: 2.5 KB asking for ten
     * billion rectangles.
     */
    public static byte[] formFanOut() {
        RawPdf pdf = new RawPdf();
        int below = pdf.stream("<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] >>", "0 0 1 1 re f\n");
        for (int level = 1; level <= 10; level++) {
            below = pdf.stream(
                    "<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /F " + below
                            + " 0 R >> >> >>",
                    "q /F Do Q\n".repeat(10));
        }
        return pdf.onePage(LABEL_BOX, "<< /XObject << /F " + below + " 0 R >> >>", "/F Do\n");
    }

    /** {@code pages} empty label pages. */
    public static byte[] pages(int pages) {
        RawPdf pdf = new RawPdf();
        int root = pdf.reserve();
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(pdf.object("<< /Type /Page /Parent " + root + " 0 R /MediaBox " + LABEL_BOX + " >>"))
                    .append(" 0 R ");
        }
        pdf.set(root, "<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
        return pdf.bytes(pdf.object("<< /Type /Catalog /Pages " + root + " 0 R >>"));
    }

    /** {@code depth} graphics states saved one inside the other, then restored. */
    public static byte[] savedStates(int depth) {
        RawPdf pdf = new RawPdf();
        return pdf.onePage(LABEL_BOX, "<< >>", "q\n".repeat(depth) + "0 0 1 1 re f\n" + "Q\n".repeat(depth));
    }

    /** A chain of {@code depth} forms, each drawing the next. */
    public static byte[] nestedForms(int depth) {
        RawPdf pdf = new RawPdf();
        int below = pdf.stream("<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] >>", "0 0 1 1 re f\n");
        for (int level = 1; level < depth; level++) {
            below = pdf.stream(
                    "<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /F " + below
                            + " 0 R >> >> >>",
                    "/F Do\n");
        }
        return pdf.onePage(LABEL_BOX, "<< /XObject << /F " + below + " 0 R >> >>", "/F Do\n");
    }

    /** A form that draws itself. */
    public static byte[] selfDrawingForm() {
        RawPdf pdf = new RawPdf();
        int form = pdf.reserve();
        pdf.setStream(
                form,
                "<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /F " + form
                        + " 0 R >> >> >>",
                "0 0 1 1 re f /F Do\n");
        return pdf.onePage(LABEL_BOX, "<< /XObject << /F " + form + " 0 R >> >>", "/F Do\n");
    }

    /** Values nested {@code depth} arrays deep inside the page's dictionary. */
    public static byte[] nestedArrays(int depth) {
        RawPdf pdf = new RawPdf();
        int root = pdf.reserve();
        int contents = pdf.stream("<< >>", "0 0 1 1 re f\n");
        int page = pdf.object("<< /Type /Page /Parent " + root + " 0 R /MediaBox " + LABEL_BOX + " /Contents "
                + contents + " 0 R /PieceInfo " + "[".repeat(depth) + "]".repeat(depth) + " >>");
        pdf.set(root, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        return pdf.bytes(pdf.object("<< /Type /Catalog /Pages " + root + " 0 R >>"));
    }

    /** A page tree whose root lists itself among its kids, beside one real page. */
    public static byte[] pageTreeListingItself() {
        RawPdf pdf = new RawPdf();
        int root = pdf.reserve();
        int page = pdf.object("<< /Type /Page /Parent " + root + " 0 R /MediaBox " + LABEL_BOX + " >>");
        pdf.set(root, "<< /Type /Pages /Kids [" + root + " 0 R " + page + " 0 R] /Count 2 >>");
        return pdf.bytes(pdf.object("<< /Type /Catalog /Pages " + root + " 0 R >>"));
    }

    /** A page tree whose inner node lists the root as its kid: root, node, root, node… */
    public static byte[] pageTreeInACircle() {
        RawPdf pdf = new RawPdf();
        int root = pdf.reserve();
        int node = pdf.object("<< /Type /Pages /Parent " + root + " 0 R /Kids [" + root + " 0 R] /Count 1 >>");
        pdf.set(root, "<< /Type /Pages /Parent " + node + " 0 R /Kids [" + node + " 0 R] /Count 1 >>");
        return pdf.bytes(pdf.object("<< /Type /Catalog /Pages " + root + " 0 R >>"));
    }

    /** A grey picture that claims {@code width} × {@code height} pixels and holds ten bytes. */
    public static byte[] lyingPicture(int width, int height) {
        RawPdf pdf = new RawPdf();
        int image = pdf.stream(
                "<< /Type /XObject /Subtype /Image /Width " + width + " /Height " + height
                        + " /ColorSpace /DeviceGray /BitsPerComponent 8 >>",
                "0123456789");
        return pdf.onePage(
                LABEL_BOX, "<< /XObject << /Im " + image + " 0 R >> >>", "q 100 0 0 100 10 10 cm /Im Do Q\n");
    }

    /**
     * A JPEG that the image dictionary calls 10 × 10 pixels, whose own frame header says
     * 60,000 × 60,000: the decoder believes the header.
     */
    public static byte[] lyingJpeg() {
        byte[] head = {
            (byte) 0xFF,
            (byte) 0xD8, // start of image
            (byte) 0xFF,
            (byte) 0xE0,
            0,
            16,
            'J',
            'F',
            'I',
            'F',
            0,
            1,
            1,
            0,
            0,
            1,
            0,
            1,
            0,
            0, // APP0
            (byte) 0xFF,
            (byte) 0xC0,
            0,
            11,
            8,
            (byte) 0xEA,
            0x60,
            (byte) 0xEA,
            0x60,
            1,
            1,
            0x11,
            0, // SOF0, 60000²
            (byte) 0xFF,
            (byte) 0xD9
        };
        RawPdf pdf = new RawPdf();
        int image = pdf.stream(
                "<< /Type /XObject /Subtype /Image /Width 10 /Height 10 /ColorSpace /DeviceGray"
                        + " /BitsPerComponent 8 /Filter /DCTDecode >>",
                new String(head, StandardCharsets.ISO_8859_1));
        return pdf.onePage(
                LABEL_BOX, "<< /XObject << /Im " + image + " 0 R >> >>", "q 100 0 0 100 10 10 cm /Im Do Q\n");
    }

    /** A page whose content stream is {@code megabytes} MB of blanks, deflated to a thousandth of that. */
    public static byte[] inflatingContent(int megabytes) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        byte[] blanks = new byte[1 << 20];
        java.util.Arrays.fill(blanks, (byte) ' ');
        byte[] buffer = new byte[1 << 16];
        for (int i = 0; i < megabytes; i++) {
            deflater.setInput(blanks);
            while (!deflater.needsInput()) {
                deflated.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            deflated.write(buffer, 0, deflater.deflate(buffer));
        }
        RawPdf pdf = new RawPdf();
        int root = pdf.reserve();
        int contents = pdf.stream(
                "<< /Filter /FlateDecode >>", new String(deflated.toByteArray(), StandardCharsets.ISO_8859_1));
        int page = pdf.object("<< /Type /Page /Parent " + root + " 0 R /MediaBox " + LABEL_BOX + " /Contents "
                + contents + " 0 R >>");
        pdf.set(root, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        return pdf.bytes(pdf.object("<< /Type /Catalog /Pages " + root + " 0 R >>"));
    }

    /** One page with {@code mediaBox} as written, e.g. {@code [0 0 NaN 1e30]}. */
    public static byte[] mediaBox(String mediaBox) {
        return new RawPdf().onePage(mediaBox, "<< >>", "0 0 1 1 re f\n");
    }

    /** Objects numbered from 1 as they are added, then the cross-reference table and the trailer. */
    static final class RawPdf {
        private final List<String> objects = new ArrayList<>();

        int reserve() {
            objects.add(null);
            return objects.size();
        }

        int object(String body) {
            objects.add(body);
            return objects.size();
        }

        void set(int number, String body) {
            objects.set(number - 1, body);
        }

        /** A stream; {@code dictionary} gets its /Length. Content is ISO-8859-1, one char a byte. */
        int stream(String dictionary, String content) {
            int n = reserve();
            setStream(n, dictionary, content);
            return n;
        }

        void setStream(int number, String dictionary, String content) {
            String withLength =
                    dictionary.substring(0, dictionary.lastIndexOf(">>")) + " /Length " + content.length() + " >>";
            set(number, withLength + "\nstream\n" + content + "\nendstream");
        }

        byte[] onePage(String mediaBox, String resources, String content) {
            int root = reserve();
            int contents = stream("<< >>", content);
            int page = object("<< /Type /Page /Parent " + root + " 0 R /MediaBox " + mediaBox + " /Resources "
                    + resources + " /Contents " + contents + " 0 R >>");
            set(root, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
            return bytes(object("<< /Type /Catalog /Pages " + root + " 0 R >>"));
        }

        byte[] bytes(int catalog) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
            long[] offsets = new long[objects.size()];
            for (int i = 0; i < objects.size(); i++) {
                offsets[i] = out.size();
                write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
            }
            long xref = out.size();
            StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
            for (long offset : offsets) {
                table.append(String.format("%010d 00000 n \n", offset));
            }
            write(
                    out,
                    table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root " + catalog + " 0 R >>\nstartxref\n"
                            + xref + "\n%%EOF\n");
            return out.toByteArray();
        }

        private static void write(ByteArrayOutputStream out, String s) {
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}

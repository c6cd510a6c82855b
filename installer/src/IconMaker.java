import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Build-time icon renderer for the installers, run by {@code mvn -Pinstaller package} in Java's
 * source-file mode ({@code java installer/src/IconMaker.java SVG OUTDIR}); no dependencies, no
 * display ({@code java.awt.headless}).
 *
 * <p>Reads the icon's SVG (only what the design uses: {@code <rect>} with x, y, width, height,
 * rx/ry, fill and {@code <circle>} with cx, cy, r, fill, in document order, inside
 * {@code <g>} if at all) and writes:
 * <ul>
 *   <li>{@code packbench-N.png} for N in 16…1024, and {@code PackBench.png} (256) for Linux;</li>
 *   <li>{@code PackBench.ico} for Windows: 16, 24, 32, 48, 64, 128 and 256 px entries, each a
 *       PNG (valid in ICO since Windows Vista);</li>
 *   <li>{@code PackBench.icns} for macOS: PNG entries icp4/icp5/icp6 (16/32/64), ic07/ic08/
 *       ic09/ic10 (128/256/512/1024) and the @2x entries ic11/ic12/ic13/ic14.</li>
 * </ul>
 * Anything else in the SVG is refused, so the SVG and the pictures cannot drift apart silently.
 */
public final class IconMaker {
    private static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private IconMaker() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java IconMaker.java ICON.svg OUTPUT-DIRECTORY");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        Path svg = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Element root = parse(svg);

        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : PNG_SIZES) {
            png.put(size, png(render(root, size)));
            Files.write(out.resolve("packbench-" + size + ".png"), png.get(size));
        }
        Files.write(out.resolve("PackBench.png"), png.get(256));
        Files.write(out.resolve("PackBench.ico"), ico(png));
        Files.write(out.resolve("PackBench.icns"), icns(png));
        System.out.println("IconMaker: " + svg + " -> " + out + " (PNG " + PNG_SIZES.length
                + " sizes, PackBench.png, PackBench.ico, PackBench.icns)");
    }

    static Element parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        Element root = doc.getDocumentElement();
        if (!"svg".equals(root.getLocalName())) {
            throw new IllegalArgumentException(svg + ": not an SVG document");
        }
        return root;
    }

    static BufferedImage render(Element svg, int size) {
        double[] box = viewBox(svg);
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            AffineTransform t = new AffineTransform();
            t.scale(size / box[2], size / box[3]);
            t.translate(-box[0], -box[1]);
            g.setTransform(t);
            draw(g, svg);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void draw(Graphics2D g, Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getLocalName()) {
                case "g" -> draw(g, e);
                case "title", "desc", "metadata" -> { }
                case "rect" -> {
                    double x = num(e, "x", 0), y = num(e, "y", 0);
                    double w = num(e, "width", Double.NaN), h = num(e, "height", Double.NaN);
                    double rx = num(e, "rx", -1), ry = num(e, "ry", -1);
                    if (rx < 0) {
                        rx = Math.max(ry, 0);
                    }
                    if (ry < 0) {
                        ry = rx;
                    }
                    g.setColor(fill(e));
                    g.fill(rx == 0 && ry == 0 ? new Rectangle2D.Double(x, y, w, h)
                            : new RoundRectangle2D.Double(x, y, w, h, 2 * rx, 2 * ry));
                }
                case "circle" -> {
                    double cx = num(e, "cx", 0), cy = num(e, "cy", 0), r = num(e, "r", Double.NaN);
                    g.setColor(fill(e));
                    g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
                }
                default -> throw new IllegalArgumentException("IconMaker draws <rect> and <circle> only, found <"
                        + e.getLocalName() + ">");
            }
        }
    }

    private static double[] viewBox(Element svg) {
        String vb = svg.getAttribute("viewBox").trim();
        if (vb.isEmpty()) {
            return new double[] {0, 0, num(svg, "width", Double.NaN), num(svg, "height", Double.NaN)};
        }
        String[] p = vb.split("[\\s,]+");
        return new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                Double.parseDouble(p[2]), Double.parseDouble(p[3])};
    }

    /** An attribute as a number; {@code Double.NaN} as the default makes it required. */
    private static double num(Element e, String name, double dflt) {
        String v = e.getAttribute(name).trim();
        if (v.isEmpty()) {
            if (Double.isNaN(dflt)) {
                throw new IllegalArgumentException("<" + e.getLocalName() + "> needs " + name);
            }
            return dflt;
        }
        return Double.parseDouble(v.endsWith("px") ? v.substring(0, v.length() - 2) : v);
    }

    private static Color fill(Element e) {
        String v = e.getAttribute("fill").trim();
        if (v.matches("#[0-9a-fA-F]{6}")) {
            return new Color(Integer.parseInt(v.substring(1), 16));
        }
        if (v.matches("#[0-9a-fA-F]{3}")) {
            int r = Integer.parseInt(v.substring(1, 2), 16), gr = Integer.parseInt(v.substring(2, 3), 16),
                    b = Integer.parseInt(v.substring(3, 4), 16);
            return new Color(r * 17, gr * 17, b * 17);
        }
        if (v.isEmpty() || v.equals("black")) {
            return Color.BLACK;
        }
        if (v.equals("white")) {
            return Color.WHITE;
        }
        throw new IllegalArgumentException("IconMaker reads fill=\"#rrggbb\" only, found \"" + v + "\"");
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (!ImageIO.write(img, "png", b)) {
            throw new IOException("no PNG writer");
        }
        return b.toByteArray();
    }

    /** ICO: ICONDIR, one ICONDIRENTRY per size, then the PNG images; all little-endian. */
    static byte[] ico(Map<Integer, byte[]> png) {
        int n = ICO_SIZES.length;
        int offset = 6 + 16 * n;
        int total = offset;
        for (int s : ICO_SIZES) {
            total += png.get(s).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) n);
        for (int s : ICO_SIZES) {
            byte[] data = png.get(s);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)); // 0 means 256
            b.put((byte) 0).put((byte) 0);                                    // no palette, reserved
            b.putShort((short) 1).putShort((short) 32);                       // planes, bits per pixel
            b.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : ICO_SIZES) {
            b.put(png.get(s));
        }
        return b.array();
    }

    /** ICNS: "icns", total length, then (type, length including the 8-byte header, PNG) entries; big-endian. */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Object[][] entries = {
            {"icp4", 16}, {"icp5", 32}, {"icp6", 64},
            {"ic07", 128}, {"ic08", 256}, {"ic09", 512}, {"ic10", 1024},
            {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512},
        };
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Object[] e : entries) {
            byte[] data = png.get((Integer) e[1]);
            d.writeBytes((String) e[0]);
            d.writeInt(8 + data.length);
            d.write(data);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream f = new DataOutputStream(file);
        f.writeBytes("icns");
        f.writeInt(8 + body.size());
        body.writeTo(f);
        return file.toByteArray();
    }
}

package org.packbench.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.imageio.ImageIO;
import org.packbench.i18n.ProblemException;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.TemplateReader;

/**
 * The label templates shipped in {@code label-templates/} (packed into the jar), read and
 * validated once. A broken template stops the app at start rather than at the first label.
 */
public final class TemplateLibrary {
    private static final String FOLDER = "org/packbench/label-templates/";

    private final Map<String, LabelTemplate> templates;

    private TemplateLibrary(Map<String, LabelTemplate> templates) {
        this.templates = templates;
    }

    public static TemplateLibrary bundled() {
        Map<String, LabelTemplate> found = new TreeMap<>();
        for (String name : listJson()) {
            TemplateReader reader = new TemplateReader(TemplateLibrary::image);
            LabelTemplate t = reader.read(new String(resource(FOLDER + name), StandardCharsets.UTF_8));
            found.put(t.id(), t);
        }
        return new TemplateLibrary(found);
    }

    /**
     * A template from a JSON file outside the library (one being written by hand or by the
     * designer), read and validated as the bundled ones are; its pictures come from the library.
     */
    public static LabelTemplate read(String json) {
        return new TemplateReader(TemplateLibrary::image).read(json);
    }

    public List<LabelTemplate> all() {
        return List.copyOf(templates.values());
    }

    /**
     * The parcel templates of a product's marketplace, the one a packer may choose from: VK
     * products on VK's (with the DAC watermark), Ozon's on Ozon's, anything else on the generic
     * ones. A template of another marketplace would print the wrong QR, watermark or barcode.
     */
    public List<String> forProduct(org.packbench.catalog.Marketplace marketplace) {
        return templates.values().stream()
                .filter(t -> t.kind().forParcel() && fits(t, marketplace))
                .sorted(java.util.Comparator.comparing(LabelTemplate::widthMm).thenComparing(LabelTemplate::id))
                .map(LabelTemplate::id)
                .toList();
    }

    /** Whether a product of {@code marketplace} may carry a label of {@code template}. */
    public static boolean fits(LabelTemplate template, org.packbench.catalog.Marketplace marketplace) {
        return org.packbench.catalog.Marketplace.parse(template.marketplace())
                        .orElse(org.packbench.catalog.Marketplace.OTHER)
                == marketplace;
    }

    public LabelTemplate get(String id) {
        LabelTemplate t = templates.get(id);
        if (t == null) {
            throw new ProblemException(
                    "template.notFound", id, org.packbench.i18n.Composed.of(templates.keySet(), ", "));
        }
        return t;
    }

    private static List<String> listJson() {
        URL url = TemplateLibrary.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("the label templates are missing from this build: " + FOLDER);
        }
        List<String> names = new ArrayList<>();
        try {
            if ("jar".equals(url.getProtocol())) {
                JarURLConnection c = (JarURLConnection) url.openConnection();
                c.setUseCaches(false);
                try (JarFile jar = c.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        String n = entries.nextElement().getName();
                        if (n.startsWith(FOLDER) && n.endsWith(".json") && n.indexOf('/', FOLDER.length()) < 0) {
                            names.add(n.substring(FOLDER.length()));
                        }
                    }
                }
            } else {
                try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of(url.toURI()), "*.json")) {
                    dir.forEach(p -> names.add(p.getFileName().toString()));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the label templates: " + e.getMessage(), e);
        }
        names.sort(null);
        return names;
    }

    private static byte[] resource(String path) {
        try (InputStream in = TemplateLibrary.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("not found: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template picture as dark (true) and light pixels, split at mid-grey. */
    static boolean[][] image(String file) {
        try {
            BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(resource(FOLDER + file)));
            if (img == null) {
                throw new IllegalArgumentException("not a PNG or JPEG image");
            }
            boolean[][] px = new boolean[img.getHeight()][img.getWidth()];
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int argb = img.getRGB(x, y);
                    int a = argb >>> 24;
                    int lum = ((argb >> 16 & 0xFF) * 299 + (argb >> 8 & 0xFF) * 587 + (argb & 0xFF) * 114) / 1000;
                    px[y][x] = a > 127 && lum < 128;
                }
            }
            return px;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

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
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.imageio.ImageIO;
import org.packbench.i18n.ProblemException;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.TemplateReader;
import org.packbench.label.template.TemplateStore;

/**
 * The label templates: those shipped in {@code label-templates/} (packed into the jar), read and
 * validated once, and those supervisors saved in the database ({@link TemplateStore}). For each
 * id the current template is the newest version saved for use, else the bundled one: a saved
 * version of a bundled id shadows it (a supervisor edited it). Drafts are never current.
 *
 * <p>The current versions are read when the library is made and again at {@link #refresh()}: the
 * designer refreshes after each save in this process, and the window refreshes when a screen is
 * shown, so a bench picks up what another bench saved without a restart; a command-line run reads
 * them fresh at its start. A reprint asks for the exact version its label was issued with
 * ({@link #get(String, int)}), which stays readable whatever is current. A broken bundled template
 * stops the app at start rather than at the first label.
 */
public final class TemplateLibrary {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TemplateLibrary.class);
    private static final String FOLDER = "org/packbench/label-templates/";

    private final Map<String, LabelTemplate> bundled;
    private final TemplateStore store;
    /** Stored versions read so far; a version never changes once written, so each is read once. */
    private final Map<String, LabelTemplate> readVersions = new java.util.concurrent.ConcurrentHashMap<>();

    private volatile Map<String, Current> current;

    /** What an id stands for now: the template, its version (0 bundled) and, when saved, who saved it and when. */
    private record Current(LabelTemplate template, int version, Optional<TemplateStore.Stored> saved) {}

    private TemplateLibrary(Map<String, LabelTemplate> bundled, TemplateStore store) {
        this.bundled = Map.copyOf(bundled);
        this.store = store;
        refresh();
    }

    /** The shipped templates alone, as a library without a database has them. */
    public static TemplateLibrary bundled() {
        return new TemplateLibrary(readBundled(), TemplateStore.NONE);
    }

    /** The shipped templates with the versions saved in {@code store} over them. */
    public static TemplateLibrary over(TemplateStore store) {
        return new TemplateLibrary(readBundled(), store);
    }

    private static Map<String, LabelTemplate> readBundled() {
        Map<String, LabelTemplate> found = new TreeMap<>();
        for (String name : listJson()) {
            TemplateReader reader = new TemplateReader(TemplateLibrary::image);
            LabelTemplate t = reader.read(new String(resource(FOLDER + name), StandardCharsets.UTF_8));
            found.put(t.id(), t);
        }
        return found;
    }

    /**
     * A template from a JSON file outside the library (one being written by hand or by the
     * designer), read and validated as the bundled ones are; its pictures come from the library.
     */
    public static LabelTemplate read(String json) {
        return new TemplateReader(TemplateLibrary::image).read(json);
    }

    /** A designer's draft as it was saved, which may still hold what the checks name ({@link TemplateReader#forDrafts}). */
    public static LabelTemplate readDraft(String json) {
        return TemplateReader.forDrafts(TemplateLibrary::image).read(json);
    }

    /**
     * Reads the current versions again from the store: what was saved since, here or on another
     * bench, is used from now on. A stored version this build cannot read is passed over (and
     * logged), so that one bad row does not stop every bench; the version before it stays current.
     */
    public void refresh() {
        Map<String, Current> now = new TreeMap<>();
        bundled.forEach((id, t) -> now.put(id, new Current(t, 0, Optional.empty())));
        for (TemplateStore.Stored s : store.latestForUse()) {
            try {
                now.put(s.templateId(), new Current(stored(s), s.version(), Optional.of(s)));
            } catch (RuntimeException e) {
                LOG.warn(
                        "template {} version {} cannot be read, not used: {}",
                        s.templateId(),
                        s.version(),
                        e.getMessage());
            }
        }
        current = java.util.Collections.unmodifiableMap(now);
    }

    public List<LabelTemplate> all() {
        return current.values().stream().map(Current::template).toList();
    }

    /** Whether the library holds {@code id}, bundled or saved for use. */
    public boolean has(String id) {
        return current.containsKey(id);
    }

    /** The ids of the templates shipped with PackBench. */
    public java.util.Set<String> bundledIds() {
        return bundled.keySet();
    }

    /**
     * The parcel templates of a product's marketplace, the one a packer may choose from: VK
     * products on VK's (with the DAC watermark), Ozon's on Ozon's, anything else on the generic
     * ones. A template of another marketplace would print the wrong QR, watermark or barcode.
     * Smallest first; of one width the shipped ids (as a supervisor may have edited them) before
     * templates a supervisor added, so a new template is offered without becoming the packer's
     * first choice by the spelling of its name.
     */
    public List<String> forProduct(org.packbench.catalog.Marketplace marketplace) {
        return all().stream()
                .filter(t -> t.kind().forParcel() && fits(t, marketplace))
                .sorted(java.util.Comparator.comparing(LabelTemplate::widthMm)
                        .thenComparing(t -> !bundled.containsKey(t.id()))
                        .thenComparing(LabelTemplate::id))
                .map(LabelTemplate::id)
                .toList();
    }

    /** Whether a product of {@code marketplace} may carry a label of {@code template}. */
    public static boolean fits(LabelTemplate template, org.packbench.catalog.Marketplace marketplace) {
        return org.packbench.catalog.Marketplace.parse(template.marketplace())
                        .orElse(org.packbench.catalog.Marketplace.OTHER)
                == marketplace;
    }

    /** The current template of {@code id}: its newest version saved for use, else the bundled one. */
    public LabelTemplate get(String id) {
        return currentOf(id).template();
    }

    /** A template at the version it has in the library (0: the bundled one). */
    public record Versioned(LabelTemplate template, int version) {}

    /** The current template of {@code id} with its version, read together (a refresh may come between two calls). */
    public Versioned current(String id) {
        Current c = currentOf(id);
        return new Versioned(c.template(), c.version());
    }

    /** The version {@link #get(String)} gives: 0 for the bundled template, else the saved version's number. */
    public int version(String id) {
        return currentOf(id).version();
    }

    /** Who saved the current version of {@code id} and when; empty for a bundled template. */
    public Optional<TemplateStore.Stored> saved(String id) {
        return currentOf(id).saved();
    }

    /**
     * Exactly version {@code version} of {@code id} (0: the bundled one), for a label made again
     * as it was issued. A draft is refused: no label is ever made from one.
     */
    public LabelTemplate get(String id, int version) {
        if (version == 0) {
            LabelTemplate t = bundled.get(id);
            if (t == null) {
                throw new ProblemException("template.versionNotFound", id, version);
            }
            return t;
        }
        TemplateStore.Stored s = store.version(id, version)
                .orElseThrow(() -> new ProblemException("template.versionNotFound", id, version));
        if (!s.forUse()) {
            throw new ProblemException("template.draftNotForLabels", id, version);
        }
        return stored(s);
    }

    private Current currentOf(String id) {
        Current c = current.get(id);
        if (c == null) {
            throw new ProblemException("template.notFound", id, org.packbench.i18n.Composed.of(current.keySet(), ", "));
        }
        return c;
    }

    private LabelTemplate stored(TemplateStore.Stored s) {
        return readVersions.computeIfAbsent(s.templateId() + "@" + s.version(), k -> read(s.json()));
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
        if (InlinePicture.isInline(file)) {
            return InlinePicture.read(file);
        }
        try {
            BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(resource(FOLDER + file)));
            if (img == null) {
                throw new IllegalArgumentException("not a PNG or JPEG image");
            }
            return PictureFile.dark(img);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

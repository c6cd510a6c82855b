package org.packbench.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.packbench.access.Guard;
import org.packbench.access.Right;
import org.packbench.i18n.ProblemException;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.TemplateStore;
import org.packbench.label.template.TemplateWriter;
import org.packbench.print.PrinterProfile;
import org.packbench.print.PrinterProfiles;
import org.packbench.verify.PrintRaster;
import org.packbench.verify.design.DesignCheck;
import org.packbench.verify.design.DesignFinding;
import org.packbench.verify.design.DesignReport;

/**
 * The label designer's rules, in one place for the designer screen, the command line and the
 * tests: how a template is checked, when it may be saved for use, how it is saved (a new version
 * each time, drafts and for-use alike, every one kept) and what id a new one gets. A template
 * saved for use becomes the current one of its id on every bench; a draft is never used for labels.
 */
public final class TemplateDesigns {
    /** The id of a template whose name gives no letter or digit to make one from. */
    private static final String UNNAMED = "template";
    /** Long enough for any label's name; a file name or URL part stays short. */
    private static final int MAX_ID = 64;

    private final TemplateLibrary library;
    private final TemplateStore store;
    private final TemplateSample sample;
    private final PrinterProfiles printers;
    private final Guard guard;
    private final Supplier<String> user;
    private final Clock clock;
    private final DesignCheck checks;
    /** Pictures go into the saved JSON itself, so every bench that reads the template has them. */
    private final TemplateWriter writer = new TemplateWriter(i -> InlinePicture.of(i.pixels()));

    TemplateDesigns(
            TemplateLibrary library,
            TemplateStore store,
            TemplateSample sample,
            PrinterProfiles printers,
            Guard guard,
            Supplier<String> user,
            Clock clock,
            LabelComposer composer) {
        this.library = library;
        this.store = store;
        this.sample = sample;
        this.printers = printers;
        this.guard = guard;
        this.user = user;
        this.clock = clock;
        this.checks = new DesignCheck(
                composer, doc -> PrintRaster.whole(new org.packbench.render.RasterWriter().printRaster(doc)));
    }

    /** What the check found, and the values the template was filled with for it. */
    public record Checked(DesignReport report, TemplateSample.Filled sample) {}

    /** A version written: the template's id, its new number, and whether it is for use or a draft. */
    public record SavedTemplate(String id, int version, boolean forUse) {}

    /** One stored version of a template, as the designer's history lists it. */
    public record Version(int version, boolean forUse, String savedBy, Instant savedAt) {}

    /**
     * The designer's checks: {@code t} filled with the product {@code sku} (else the catalog's worst
     * case, the product with the longest name and manufacturer), laid out by the label engine at
     * {@code dpi}, every barcode read back from the print raster.
     */
    public Checked check(LabelTemplate t, Optional<String> sku, int dpi) {
        TemplateSample.Filled filled = sample.fill(t, sku, LocalDate.now(clock));
        return new Checked(checks.check(t, filled.values(), dpi), filled);
    }

    /**
     * Saves {@code t} for use: from now on it is the current template of its id on every bench. It
     * is checked at {@code dpi} and at the resolution of each printer on file, since a module that
     * is whole at 203 dpi may round at 300; any blocking finding refuses the save ({@link
     * TemplateRefusedException}, a ProblemException naming the first and pointing to a draft, with
     * the whole report). Needs {@link Right#EDIT_TEMPLATES}. The JSON kept is {@link
     * TemplateWriter}'s, as {@link TemplateLibrary#read} reads it back.
     *
     * @return the version written
     */
    public SavedTemplate saveForUse(LabelTemplate t, int dpi) {
        guard.require(Right.EDIT_TEMPLATES);
        for (int at : resolutions(dpi)) {
            DesignReport report = check(t, Optional.empty(), at).report();
            if (!report.savableForUse()) {
                DesignFinding first = report.blocking().get(0);
                throw new TemplateRefusedException(
                        org.packbench.i18n.Message.of(
                                "template.save.refused",
                                t.id(),
                                at,
                                first.message(),
                                report.blocking().size()),
                        report,
                        at);
            }
        }
        String json;
        try {
            // Kept as the reader reads it, so what labels are made from is what was kept.
            json = writer.write(TemplateLibrary.read(writer.write(t)));
        } catch (ProblemException e) {
            throw new ProblemException("template.save.unreadable", t.id(), e.problem());
        }
        int version = store.save(t.id(), true, json, user.get(), clock.instant());
        library.refresh();
        return new SavedTemplate(t.id(), version, true);
    }

    /**
     * Saves {@code t} as a draft, whatever its findings: kept with the next version number, offered
     * back by {@link #latestDraft}, never used for labels. Needs {@link Right#EDIT_TEMPLATES}.
     */
    public SavedTemplate saveDraft(LabelTemplate t) {
        guard.require(Right.EDIT_TEMPLATES);
        String json = writer.write(t);
        // A draft that could not be opened again would be lost work: refused now, while it is on screen.
        TemplateLibrary.readDraft(json);
        int version = store.save(t.id(), false, json, user.get(), clock.instant());
        return new SavedTemplate(t.id(), version, false);
    }

    /**
     * An id not yet used by a bundled or a stored template, made from {@code base}: lower-case latin
     * letters, digits and '-', Cyrillic transliterated (ъ and ь dropped), any other character
     * parting words as '-'; {@code -2}, {@code -3}… added while the id is taken.
     */
    public String freshId(String base) {
        String id = org.packbench.i18n.LatinName.id(base, MAX_ID);
        if (id.isEmpty()) {
            id = UNNAMED;
        }
        Set<String> taken = new java.util.HashSet<>(store.ids());
        taken.addAll(library.bundledIds());
        library.all().forEach(t -> taken.add(t.id()));
        String fresh = id;
        for (int n = 2; taken.contains(fresh); n++) {
            fresh = id + "-" + n;
        }
        return fresh;
    }

    /** The latest draft of {@code id} when it is newer than its latest for-use version: work not yet saved for use. */
    public Optional<LabelTemplate> latestDraft(String id) {
        List<TemplateStore.Stored> versions = store.versions(id);
        if (versions.isEmpty() || versions.get(0).forUse()) {
            return Optional.empty();
        }
        return Optional.of(TemplateLibrary.readDraft(versions.get(0).json()));
    }

    /** Every template a supervisor may open: the bundled ones and every one saved, drafts too. */
    public List<String> ids() {
        java.util.SortedSet<String> all = new java.util.TreeSet<>(library.bundledIds());
        all.addAll(store.ids());
        library.all().forEach(t -> all.add(t.id()));
        return List.copyOf(all);
    }

    /**
     * What the designer opens for {@code id}: the work not yet saved for use (the newest draft)
     * when there is some, else the template labels are made with now.
     */
    public LabelTemplate forEditing(String id) {
        return latestDraft(id).orElseGet(() -> {
            library.refresh();
            return library.get(id);
        });
    }

    /** Every stored version of {@code id}, newest first. */
    public List<TemplateDesigns.Version> versions(String id) {
        return store.versions(id).stream()
                .map(s -> new Version(s.version(), s.forUse(), s.savedBy(), s.savedAt()))
                .toList();
    }

    /**
     * The JSON of {@code id} as {@code label-templates/} holds it: the stored version asked for
     * (a draft too), else the current one; version 0 or a bundled current one is written out by
     * {@link TemplateWriter} and reads back the same.
     */
    public String json(String id, OptionalInt version) {
        if (version.isPresent() && version.getAsInt() > 0) {
            return store.version(id, version.getAsInt())
                    .orElseThrow(() -> new ProblemException("template.versionNotFound", id, version.getAsInt()))
                    .json();
        }
        if (version.isPresent()) {
            return writer.write(library.get(id, 0));
        }
        return library.saved(id).map(TemplateStore.Stored::json).orElseGet(() -> writer.write(library.get(id)));
    }

    /** The resolution asked for first, then each other one of the printers on file. */
    private Set<Integer> resolutions(int dpi) {
        Set<Integer> all = new LinkedHashSet<>();
        all.add(dpi);
        printers.all().stream().map(PrinterProfile::dpi).sorted().forEach(all::add);
        return all;
    }
}

package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.TestFiles;
import org.packbench.access.Role;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.i18n.ProblemException;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogEvent;
import org.packbench.label.design.Edit;
import org.packbench.label.template.LabelTemplate;
import org.packbench.marketplace.LabelRecords;
import org.packbench.render.LabelFormat;
import org.packbench.store.EngineUnderTest;
import org.packbench.verify.design.DesignFinding;

/**
 * The designer's saving side: a template saved for use becomes the current one of its id on every
 * bench (after a refresh there), a draft never does, a template the checks refuse is kept only as
 * a draft, and a label keeps the version it was issued with, in its row, in the log and in a
 * reprint; on a bench's SQLite file and on a warehouse's server.
 */
class TemplateDesignsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final String VK = "vk-product-58x40";

    @TempDir
    Path dir;

    private EngineUnderTest.Place place;
    private Workbench bench;

    private void open(EngineUnderTest engine) {
        place = engine.place(dir, "designs");
        bench = place.workbench(CLOCK);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
    }

    @AfterEach
    void close() {
        if (place != null) {
            place.close();
        }
    }

    /** The bundled VK label with a new title: a supervisor's harmless edit. */
    private LabelTemplate retitled(String title) {
        LabelTemplate t = bench.labels().templates().get(VK, 0);
        return new LabelTemplate(
                t.id(), title, t.marketplace(), t.kind(), t.regulated(), t.widthMm(), t.heightMm(), t.elements());
    }

    private LabelRequest parcel(String order, String tracking) {
        return new LabelRequest("PB-7-001", VK, order, tracking, Optional.empty(), LabelFormat.ZPL, 203);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aNewTemplateIsOfferedToThePackerWithoutTakingTheShippedOnesPlaceByItsName(EngineUnderTest engine) {
        open(engine);
        LabelTemplate vk = bench.labels().templates().get(VK, 0);
        bench.templateDesigns()
                .saveForUse(
                        new LabelTemplate(
                                "aaa-vk-58x40",
                                "Чехлы VK",
                                vk.marketplace(),
                                vk.kind(),
                                vk.regulated(),
                                vk.widthMm(),
                                vk.heightMm(),
                                vk.elements()),
                        203);
        java.util.List<String> offered = bench.labels().templates().forProduct(org.packbench.catalog.Marketplace.VK);
        assertEquals(VK, offered.get(0), offered.toString());
        assertEquals(java.util.List.of(VK, "aaa-vk-58x40"), offered.subList(0, 2));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aVersionSavedForUseShadowsTheBundledTemplateHereAtOnceAndOnAnotherBenchAfterARefresh(EngineUnderTest engine) {
        open(engine);
        Workbench other = place.workbench(CLOCK);
        TemplateLibrary there = other.labels().templates();
        assertEquals(0, there.version(VK));

        TemplateDesigns.SavedTemplate saved = bench.templateDesigns().saveForUse(retitled("ВК 58×40, правка"), 203);

        assertEquals(new TemplateDesigns.SavedTemplate(VK, 1, true), saved);
        TemplateLibrary here = bench.labels().templates();
        assertEquals(1, here.version(VK));
        assertEquals("ВК 58×40, правка", here.get(VK).title());
        assertEquals(1, here.all().stream().filter(t -> t.id().equals(VK)).count(), "listed once, as saved");
        assertEquals(0, there.version(VK), "another bench keeps what it read until it refreshes");
        there.refresh();
        assertEquals(1, there.version(VK));
        assertEquals("ВК 58×40, правка", there.get(VK).title());
        assertFalse(bench.labels().templates().get(VK, 0).title().contains("правка"), "version 0 is the bundled one");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aTextLoweredTo9PtOnARegulatedTemplateIsRefusedForUseAndKeptAsADraft(EngineUnderTest engine) {
        open(engine);
        LabelTemplate small = new Edit.SetFontSize("weight", 9)
                .apply(bench.labels().templates().get(VK));
        TemplateDesigns designs = bench.templateDesigns();

        TemplateRefusedException refused =
                assertThrows(TemplateRefusedException.class, () -> designs.saveForUse(small, 203));

        assertEquals("template.save.refused", refused.problem().key());
        String said = refused.in(java.util.Locale.ENGLISH);
        assertTrue(said.contains("weight") && said.contains("draft"), said);
        assertFalse(
                refused.report().of(DesignFinding.Problem.TEXT_UNDER_MINIMUM).isEmpty());
        assertTrue(designs.versions(VK).isEmpty(), "nothing is saved when the save is refused");

        TemplateDesigns.SavedTemplate draft = designs.saveDraft(small);

        assertEquals(new TemplateDesigns.SavedTemplate(VK, 1, false), draft);
        assertEquals(0, bench.labels().templates().version(VK), "a draft is never used for labels");
        assertEquals(Optional.of(small), designs.latestDraft(VK), "the draft comes back as it was saved, 9 pt and all");
        ProblemException notForLabels = assertThrows(
                ProblemException.class, () -> bench.labels().templates().get(VK, 1));
        assertEquals("template.draftNotForLabels", notForLabels.problem().key());

        designs.saveForUse(retitled("исправлено"), 203);
        assertEquals(Optional.empty(), designs.latestDraft(VK), "a version for use newer than the draft supersedes it");
        List<TemplateDesigns.Version> versions = designs.versions(VK);
        assertEquals(
                List.of(2, 1),
                versions.stream().map(TemplateDesigns.Version::version).toList());
        assertEquals(
                List.of(true, false),
                versions.stream().map(TemplateDesigns.Version::forUse).toList());
        assertEquals(CLOCK.instant(), versions.get(0).savedAt());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theSavedJsonIsTheWritersAndReadsBackAsTheTemplateInUse(EngineUnderTest engine) {
        open(engine);
        TemplateDesigns designs = bench.templateDesigns();
        designs.saveForUse(retitled("ВК, правка"), 203);

        String json = designs.json(VK, OptionalInt.empty());

        assertEquals(bench.labels().templates().get(VK), TemplateLibrary.read(json));
        assertEquals(json, designs.json(VK, OptionalInt.of(1)));
        assertEquals(bench.labels().templates().get(VK, 0), TemplateLibrary.read(designs.json(VK, OptionalInt.of(0))));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aReprintIsMadeWithTheVersionItsLabelWasIssuedWithAndTheLogSaysWhich(EngineUnderTest engine) throws Exception {
        open(engine);
        RenderedLabel first = bench.labels().render(parcel("VK-1", "RU100000001VK"));
        bench.templateDesigns().saveForUse(retitled("ВК, правка"), 203);

        RenderedLabel reprint =
                bench.labels().render(parcel("VK-1", "RU100000001VK").asReprint("наклейка порвана"));
        RenderedLabel fresh = bench.labels().render(parcel("VK-2", "RU100000002VK"));

        assertEquals(new LabelRecords.TemplateUse(VK, 0), used(first.id()));
        assertEquals(
                new LabelRecords.TemplateUse(VK, 0),
                used(reprint.id()),
                "the reprint is the same label again, on the bundled template it was issued with");
        assertEquals(new LabelRecords.TemplateUse(VK, 1), used(fresh.id()));

        List<LogEntry> rendered = bench
                .labelLog()
                .entries(bench.labelLog().period(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25)))
                .stream()
                .filter(e -> e.event() == LogEvent.RENDERED)
                .toList();
        assertEquals(
                List.of(VK, VK, VK + " v1"),
                rendered.stream().map(e -> e.facts().templateShown()).toList());
        assertEquals(
                List.of(VK + " v1", VK, VK),
                bench.labelLog().labelsOn(LocalDate.of(2026, 11, 25)).stream()
                        .map(org.packbench.marketplace.LabelLogEntry::templateShown)
                        .toList(),
                "Журнал lists the day's labels newest first, each with the version it was made with");
        assertTrue(bench.labelLog().verify().intact(), "the chain holds with versions in it");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aMarkingCodePrintedAgainIsPrintedWithItsFirstPrintsVersion(EngineUnderTest engine) throws Exception {
        open(engine);
        String marking = MarkingLabelService.DEFAULT_TEMPLATE;
        MarkingLabelService marks = bench.markingLabels();
        org.packbench.marking.MarkingCode code =
                org.packbench.marking.MarkingCodeReader.read("010460731098027321PRINT1\u001D93dGVz", Optional.empty());
        RenderedLabel first =
                marks.render(new MarkingLabelService.Request(marking, code, Optional.empty(), LabelFormat.ZPL, 203));
        LabelTemplate t = bench.labels().templates().get(marking);
        bench.templateDesigns()
                .saveForUse(
                        new LabelTemplate(
                                t.id(),
                                "ЧЗ, правка",
                                t.marketplace(),
                                t.kind(),
                                t.regulated(),
                                t.widthMm(),
                                t.heightMm(),
                                t.elements()),
                        203);

        RenderedLabel again = marks.render(
                new MarkingLabelService.Request(marking, code, Optional.of("этикетка смята"), LabelFormat.ZPL, 203));
        RenderedLabel other = marks.render(new MarkingLabelService.Request(
                marking,
                org.packbench.marking.MarkingCodeReader.read("010460731098027321PRINT2\u001D93dGVz", Optional.empty()),
                Optional.empty(),
                LabelFormat.ZPL,
                203));

        assertEquals(new LabelRecords.TemplateUse(marking, 0), used(first.id()));
        assertEquals(new LabelRecords.TemplateUse(marking, 0), used(again.id()));
        assertEquals(new LabelRecords.TemplateUse(marking, 1), used(other.id()));
    }

    /** The label row's template and version, as the database holds them. */
    private LabelRecords.TemplateUse used(long labelId) throws java.sql.SQLException {
        try (java.sql.Connection c = place.connect();
                java.sql.PreparedStatement q =
                        c.prepareStatement("SELECT template, template_version FROM label WHERE id = ?")) {
            q.setLong(1, labelId);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "label " + labelId);
                return new LabelRecords.TemplateUse(rs.getString(1), rs.getInt(2));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void onlyASupervisorSavesTemplates(EngineUnderTest engine) {
        open(engine);
        bench.access().addAccount("Анна", Role.PACKER, null);
        bench.access().addAccount("boss", Role.SUPERVISOR, "4711".toCharArray());
        bench.access().signIn("Анна", null);

        ProblemException packer = assertThrows(
                ProblemException.class, () -> bench.templateDesigns().saveDraft(retitled("черновик")));
        assertTrue(
                packer.problem().key().startsWith("access."), packer.problem().key());

        bench.access().signIn("boss", "4711".toCharArray());
        bench.templateDesigns().saveDraft(retitled("черновик"));
        assertEquals("boss", bench.templateDesigns().versions(VK).get(0).savedBy());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aFreshIdIsLatinLowerCaseAndTakesNoIdInUse(EngineUnderTest engine) {
        open(engine);
        TemplateDesigns designs = bench.templateDesigns();

        assertEquals("etiketka-vk-58-40", designs.freshId("Этикетка ВК 58×40"));
        assertEquals("podezd-shchit", designs.freshId("Подъезд: щит!"));
        assertEquals(VK + "-2", designs.freshId(VK), "a bundled id is taken");
        assertEquals("template", designs.freshId("«»"));

        designs.saveDraft(new LabelTemplate(
                "shelf",
                "Полка",
                "vk",
                LabelTemplate.Kind.PRODUCT,
                true,
                58,
                40,
                retitled("x").elements()));
        assertEquals("shelf-2", designs.freshId("Shelf"), "a draft's id is taken too");
    }
}

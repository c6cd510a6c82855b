package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.packbench.TestFiles;
import org.packbench.app.PackingState.Field;
import org.packbench.app.PackingState.Stage;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.cli.CliRun;
import org.packbench.i18n.ProblemException;
import org.packbench.render.LabelFormat;
import org.packbench.store.EngineUnderTest;
import org.packbench.verify.dispatch.Verdict;

/**
 * A parcel (order + tracking number) carries one live label, whoever asks: the GUI, the CLI,
 * threads at once; on a bench's SQLite file and on a warehouse's server.
 */
class OneLabelPerParcelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private EngineUnderTest.Place place;
    private Workbench bench;

    private void open(EngineUnderTest engine) {
        place = engine.place(dir, "parcels");
        bench = place.workbench(CLOCK);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
    }

    @AfterEach
    void close() throws Exception {
        place.close();
    }

    /** The command line on the bench's database, as a script at the same computer runs it. */
    private CliRun cli(String... args) {
        String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = place.dbOption();
        return CliRun.with(CLOCK, place.environment(), withDb);
    }

    private LabelRequest request(String order, String tracking) {
        return new LabelRequest(
                "PB-7-001", "vk-product-58x40", order, tracking, Optional.empty(), LabelFormat.ZPL, 203);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aSecondLabelForAParcelIsRefusedUnlessItIsAReprintWithAReason(EngineUnderTest engine) {
        open(engine);
        RenderedLabel first = bench.labels().render(request("VK-1", "RU100000001VK"));
        ProblemException twice = org.junit.jupiter.api.Assertions.assertThrows(
                ProblemException.class, () -> bench.labels().render(request("VK-1", "RU100000001VK")));
        assertEquals("label.alreadyIssued", twice.problem().key());
        assertTrue(
                twice.problem().english().contains(first.labelId()),
                twice.problem().english());
        RenderedLabel second =
                bench.labels().render(request("VK-1", "RU100000001VK").asReprint("порвалась"));
        assertEquals(
                Verdict.SUPERSEDED,
                bench.dispatch().scan(qr(first), Optional.empty(), "b").verdict());
        assertEquals(
                Verdict.OK,
                bench.dispatch().scan(qr(second), Optional.empty(), "b").verdict());
    }

    private static String qr(RenderedLabel label) {
        return label.document().barcode("qr").orElseThrow().data();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void aVoidedLabelLeavesTheParcelFreeForANewOne(EngineUnderTest engine) {
        open(engine);
        RenderedLabel first = bench.labels().render(request("VK-2", "RU100000002VK"));
        bench.labelLog().voidLabel(first.id(), "повреждена");
        RenderedLabel next = bench.labels().render(request("VK-2", "RU100000002VK"));
        assertEquals(
                Verdict.OK,
                bench.dispatch().scan(qr(next), Optional.empty(), "b").verdict());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void theCommandLineRefusesASecondPrintAndTakesAReprintWithAReason(EngineUnderTest engine) throws Exception {
        open(engine);
        try (var printer = org.packbench.print.TestPrinter.zpl()) {
            assertEquals(
                    0,
                    cli("printer", "add", "zebra", "--language", "zpl", "--dpi", "203", "--transport", printer.uri())
                            .exit());
            String[] print = {
                "print",
                "--printer",
                "zebra",
                "--sku",
                "PB-7-001",
                "--template",
                "vk-product-58x40",
                "--order",
                "VK-3",
                "--tracking",
                "RU100000003VK"
            };
            assertEquals(0, cli(print).exit());
            CliRun again = cli(print);
            assertEquals(1, again.exit());
            assertTrue(again.err().contains("already has label L00000001"), again.err());
            String[] noReason = java.util.Arrays.copyOf(print, print.length + 1);
            noReason[print.length] = "--reprint";
            assertEquals(1, cli(noReason).exit(), "a reprint needs its reason");
            String[] reprint = java.util.Arrays.copyOf(print, print.length + 3);
            reprint[print.length] = "--reprint";
            reprint[print.length + 1] = "--reason";
            reprint[print.length + 2] = "этикетка смялась";
            CliRun ok = cli(reprint);
            assertEquals(0, ok.exit(), ok.err());
            assertEquals(2, bench.printQueue().list(true).size());
        }
        try (Connection c = place.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT reason FROM log_entry WHERE event = 'rendered' ORDER BY seq DESC LIMIT 1")) {
            assertTrue(rs.next());
            assertEquals("reprint of L00000001: этикетка смялась", rs.getString(1), "the log says why");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void threadsIssuingTheSameParcelAtOnceGetOneLabel(EngineUnderTest engine) throws Exception {
        open(engine);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int parcel = 0; parcel < 20; parcel++) {
                String order = "VK-T" + parcel;
                String tracking = "RU" + (400000000 + parcel) + "VK";
                List<Callable<Boolean>> tries = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    tries.add(() -> {
                        try {
                            bench.labels().render(request(order, tracking));
                            return true;
                        } catch (ProblemException e) {
                            return false;
                        }
                    });
                }
                int issued = 0;
                for (Future<Boolean> f : pool.invokeAll(tries)) {
                    issued += f.get() ? 1 : 0;
                }
                assertEquals(1, issued, order);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = place.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT COUNT(*), COUNT(DISTINCT order_no) FROM label WHERE status = 'issued'")) {
            rs.next();
            assertEquals(20, rs.getInt(1));
            assertEquals(20, rs.getInt(2));
        }
    }

    /**
     * Five hundred parcels, each scanned and then hit by a random burst of Enter and Ctrl+P, as a
     * hurried packer or a double-firing scanner would: every parcel gets exactly one label.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(EngineUnderTest.class)
    void randomBurstsOfEnterAndCtrlPNeverIssueASecondLabel(EngineUnderTest engine) {
        open(engine);
        // Queued, never delivered: what counts is how many jobs the bursts made.
        assertEquals(
                0,
                cli("printer", "add", "zebra", "--language", "zpl", "--dpi", "203", "--transport", "tcp://127.0.0.1:9")
                        .exit());
        PackingSession session = bench.packingSession();
        session.choosePrinter("zebra");
        Random random = new Random(13);
        for (int parcel = 0; parcel < 500; parcel++) {
            String sku = "PB-7-0" + String.format("%02d", 1 + 2 * random.nextInt(20));
            String order = "VK-R" + parcel;
            String tracking = "RU" + (500000000 + parcel) + "VK";
            long g = session.state().generation();
            session.enter(Field.FIRST, sku, 1, g);
            session.enter(Field.ORDER, order, 1, g);
            session.enter(Field.TRACKING, tracking, 1, g);
            int presses = 1 + random.nextInt(5);
            for (int i = 0; i < presses; i++) {
                switch (random.nextInt(3)) {
                    case 0 -> session.enter(Field.TRACKING, tracking, 1, g);
                    case 1 -> session.enter(Field.TRACKING, "", 1, g);
                    default -> session.print(1, g);
                }
            }
            assertEquals(
                    Stage.PRINTED,
                    session.state().stage(),
                    order + ": " + session.state().banner());
        }
        try (Connection c = place.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT label_id) FROM print_job")) {
            rs.next();
            assertEquals(500, rs.getInt(1), "one job per parcel");
            assertEquals(500, rs.getInt(2));
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}

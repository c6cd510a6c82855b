package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.BatchRun;
import org.packbench.app.OutputFile;
import org.packbench.app.Workbench;
import org.packbench.render.LabelFormat;

/**
 * A batch's ZPL file is written as the run keeps its labels, not held whole until the end (10,000
 * SSCC labels are 130 MB: a run of 100,000 would not fit the bench's heap), and still takes its
 * name only when the run is done. A run that is undone leaves no file and nothing issued.
 */
class BatchFilesTest {
    private static final int PALLETS = 120;

    @TempDir
    Path dir;

    private Workbench bench;
    private byte[] pallets;
    private Path target;

    @BeforeEach
    void bench() {
        bench = Workbench.open(dir.resolve("bench.db"), Clock.systemUTC());
        bench.config().set("gs1.company-prefix", "4607123");
        StringBuilder csv = new StringBuilder("content\n");
        for (int i = 0; i < PALLETS; i++) {
            csv.append("(02)04607123000014(37)")
                    .append(1 + i % 50)
                    .append("(10)LOT")
                    .append(i % 7)
                    .append('\n');
        }
        pallets = csv.toString().getBytes(StandardCharsets.UTF_8);
        target = dir.resolve("out").resolve("pallets.zpl");
    }

    @AfterEach
    void close() {
        bench.closeDatabase();
    }

    private BatchRun.Summary run(BatchRun.Progress progress) {
        OutputFile file = OutputFile.at(target, dir.resolve("bench.db"));
        return bench.batch()
                .run(
                        pallets,
                        Optional.empty(),
                        false,
                        BatchRun.Target.file(LabelFormat.ZPL, 203),
                        BatchFiles.zplOrTspl(file, Locale.ENGLISH),
                        progress);
    }

    /** The hidden files beside the target, with how many labels each holds so far. */
    private List<Integer> partsWithLabels() {
        List<Integer> labels = new ArrayList<>();
        try (Stream<Path> files = Files.list(target.getParent())) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".part"))
                    .toList()) {
                labels.add(labelsIn(Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return labels;
    }

    private long count(String sql) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("bench.db"));
                java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int labelsIn(String zpl) {
        return zpl.split("\\^XZ", -1).length - 1;
    }

    @Test
    void theFileGrowsLabelByLabelAndTakesItsNameWhenTheRunIsDone() throws IOException {
        List<List<Integer>> seen = new ArrayList<>();
        List<Boolean> named = new ArrayList<>();
        BatchRun.Summary summary = run(new BatchRun.Progress() {
            @Override
            public void done(int rows, int total) {
                if (rows == 60 || rows == 100) {
                    seen.add(partsWithLabels());
                    named.add(Files.exists(target));
                }
            }
        });
        assertTrue(summary.complete(), summary.toString());
        // One hidden file, holding the labels kept so far but the few still in its write buffer.
        assertEquals(1, seen.get(0).size(), seen.toString());
        assertEquals(1, seen.get(1).size(), seen.toString());
        assertTrue(seen.get(0).get(0) >= 30 && seen.get(0).get(0) <= 60, seen.toString());
        assertTrue(seen.get(1).get(0) >= 70 && seen.get(1).get(0) <= 100, seen.toString());
        assertEquals(List.of(false, false), named, "the target has no name while the run goes on");
        assertEquals(PALLETS, labelsIn(Files.readString(target, StandardCharsets.UTF_8)));
        assertEquals(List.of(), partsWithLabels(), "nothing left beside it");
    }

    @Test
    void aRunCancelledHalfwayLeavesTheOldFileNoPartAndNothingIssued() throws IOException {
        // The cancel is asked for once labels were written to the hidden file.
        Files.createDirectories(target.getParent());
        Files.writeString(target, "yesterday's pallets");
        BatchRun.Summary summary = run(new BatchRun.Progress() {
            private int rows;

            @Override
            public void done(int rows, int total) {
                this.rows = rows;
            }

            @Override
            public boolean cancelled() {
                return rows >= PALLETS / 2;
            }
        });
        assertTrue(summary.cancelled());
        assertEquals("yesterday's pallets", Files.readString(target));
        assertEquals(List.of(), partsWithLabels());
        assertEquals(0, count("SELECT COUNT(*) FROM label"), "no label of the undone run is kept");
        assertEquals(0, count("SELECT COUNT(*) FROM sscc"), "nor an SSCC used up");
        BatchRun.Summary again = run(BatchRun.Progress.NONE);
        assertEquals(PALLETS, again.count(BatchRun.Outcome.ISSUED), "the whole file is issued when run again");
        assertFalse(Files.readString(target).startsWith("yesterday"));
    }
}

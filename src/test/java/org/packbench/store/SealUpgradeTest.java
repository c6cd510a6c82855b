package org.packbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.access.PinHash;
import org.packbench.app.LabelRequest;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.i18n.Message;
import org.packbench.journal.ChainCheck;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogEvent;
import org.packbench.journal.LogFacts;

/**
 * A bench from before the key (schema 9, its log chained with plain SHA-256) upgrades without a
 * single entry rewritten: its entries verify as they were, the keyed chain goes on from its last
 * hash, and its accounts are sealed as they stand. Its unkeyed part stays vouched for by the seal
 * made at the upgrade, so rebuilding it later is reported too.
 */
class SealUpgradeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void anOldBenchWithThreeEntriesAndASupervisor() throws Exception {
        file = dir.resolve("old.db");
        Database old = Database.open(file, 9);
        try (Connection c = old.connect()) {
            String prev = LogEntry.GENESIS;
            for (int i = 1; i <= 3; i++) {
                prev = insert(
                        c,
                        LogEntry.next(
                                i,
                                Instant.parse("2026-11-24T12:00:00Z").plusSeconds(i),
                                "bench-1",
                                "Анна",
                                scanned(i),
                                prev));
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO account (name, role, pin_hash, created_at) "
                    + "VALUES ('boss', 'supervisor', ?, '2026-11-01T00:00:00Z')")) {
                p.setString(1, PinHash.of("4711".toCharArray()));
                p.executeUpdate();
            }
        }
    }

    private static LogFacts scanned(int i) {
        return new LogFacts(LogEvent.SCANNED, 0, "", "", "", "", "", "", "", "", "", "", 0, "", "unknown", "RU" + i);
    }

    private static String insert(Connection c, LogEntry e) throws Exception {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO log_entry (seq, at, bench, user_name, event, label_id, "
                        + "printer, template, sku, marketplace, order_no, tracking, sscc, payload_sha256, checks, readback, copies, "
                        + "reason, verdict, scan_data, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            LogFacts f = e.facts();
            Object[] values = {
                e.seq(),
                e.stamp(),
                e.bench(),
                e.user(),
                f.event().code(),
                f.labelId(),
                f.printer(),
                f.template(),
                f.sku(),
                f.marketplace(),
                f.order(),
                f.tracking(),
                f.sscc(),
                f.payloadSha256(),
                f.checks(),
                f.readback(),
                f.copies(),
                f.reason(),
                f.verdict(),
                f.scanData(),
                e.prevHash(),
                e.hash()
            };
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            p.executeUpdate();
        }
        return e.hash();
    }

    private List<String> hashes() throws Exception {
        try (Connection c = Database.open(file).connect();
                ResultSet rs = c.createStatement().executeQuery("SELECT hash FROM log_entry ORDER BY seq")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private Workbench renderOne(Workbench bench) throws Exception {
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", java.time.LocalDate.of(2026, 10, 1));
        bench.labels()
                .render(new LabelRequest(
                        "PB-7-001",
                        "vk-product-58x40",
                        "VK-1",
                        "RU100000001VK",
                        java.util.Optional.empty(),
                        org.packbench.render.LabelFormat.ZPL,
                        203));
        return bench;
    }

    @Test
    void theOldEntriesVerifyAsTheyWereAndTheKeyedChainGoesOnFromTheirLastHash() throws Exception {
        List<String> before = hashes().subList(0, 3);
        Workbench bench = Workbench.open(file, CLOCK);
        assertTrue(Files.exists(Path.of(file + ".key")));
        bench.access().signIn("boss", "4711".toCharArray());
        renderOne(bench);
        List<String> after = hashes();
        assertEquals(before, after.subList(0, 3), "nothing already logged is changed");
        ChainCheck.Report r = bench.labelLog().verify();
        assertTrue(r.intact(), r.toString());
        assertEquals(after.size(), r.checked());
        assertEquals(List.of(), bench.labelLog().tampering());
        LogEntry fourth = bench.labelLog()
                .entries(bench.labelLog()
                        .period(java.time.LocalDate.of(2026, 11, 25), java.time.LocalDate.of(2026, 11, 25)))
                .get(0);
        assertEquals(4, fourth.seq());
        assertEquals(before.get(2), fourth.prevHash());
        assertNotEquals(
                LogEntry.hashOf(4, fourth.at(), fourth.bench(), fourth.user(), fourth.facts(), fourth.prevHash()),
                fourth.hash(),
                "the first entry after the upgrade is keyed");
    }

    @Test
    void theOldChainStillVerifiesWithEntriesOfASavedTemplateVersionAfterIt() throws Exception {
        Workbench bench = Workbench.open(file, CLOCK);
        bench.access().signIn("boss", "4711".toCharArray());
        renderOne(bench);
        var vk = bench.labels().templates().get("vk-product-58x40");
        bench.templateDesigns()
                .saveForUse(
                        new org.packbench.label.template.LabelTemplate(
                                vk.id(),
                                "ВК, правка",
                                vk.marketplace(),
                                vk.kind(),
                                vk.regulated(),
                                vk.widthMm(),
                                vk.heightMm(),
                                vk.elements()),
                        203);
        bench.labels()
                .render(new LabelRequest(
                        "PB-7-001",
                        "vk-product-58x40",
                        "VK-2",
                        "RU100000002VK",
                        java.util.Optional.empty(),
                        org.packbench.render.LabelFormat.ZPL,
                        203));

        ChainCheck.Report r = bench.labelLog().verify();
        assertTrue(r.intact(), r.toString());
        List<Integer> versions = new java.util.ArrayList<>();
        try (Connection c = Database.open(file).connect();
                ResultSet rs =
                        c.createStatement().executeQuery("SELECT template_version FROM log_entry ORDER BY seq")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        assertEquals(List.of(0, 0, 0, 0, 1), versions, "the three old entries, the bundled label, the saved version's");
    }

    @Test
    void theOldUnkeyedPartRebuiltAfterTheUpgradeIsReported() throws Exception {
        Workbench.open(file, CLOCK);
        try (Connection c = Database.open(file).connect()) {
            c.createStatement().executeUpdate("DELETE FROM log_entry");
            String prev = LogEntry.GENESIS;
            for (int i = 1; i <= 3; i++) {
                LogFacts f = i == 2 ? scanned(9) : scanned(i);
                prev = insert(
                        c,
                        LogEntry.next(
                                i, Instant.parse("2026-11-24T12:00:00Z").plusSeconds(i), "bench-1", "Анна", f, prev));
            }
        }
        Workbench bench = Workbench.open(file, CLOCK);
        assertTrue(bench.labelLog().verify().intact(), "the rebuilt unkeyed part holds in itself");
        assertEquals(
                List.of("seal.log.legacy", "seal.log.head"),
                bench.labelLog().tampering().stream().map(Message::key).toList());
    }

    @Test
    void anOldSupervisorIsSealedAtTheUpgradeAndSignsIn() {
        Workbench bench = Workbench.open(file, CLOCK);
        assertEquals("boss", bench.access().signIn("boss", "4711".toCharArray()).name());
        assertTrue(bench.access().tampered().isEmpty());
        assertTrue(!bench.access().setupMode());
    }
}

package org.packbench.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.cli.CliRun;

/** printer, print and queue as a script sees them: exit 0, 1 or 2, data on stdout, messages on stderr. */
class PrintCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String db;
    private TestPrinter printer;

    @BeforeEach
    void bench() throws Exception {
        db = dir.resolve("cli.db").toString();
        assertEquals(
                0,
                run(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString())
                        .exit());
        assertEquals(
                0, run("dac", "add", "DAC7Q2M9XK4P", "--issued", "2026-10-01").exit());
        printer = TestPrinter.zpl();
    }

    @AfterEach
    void stop() throws Exception {
        printer.close();
    }

    private CliRun run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--db";
        all[args.length + 1] = db;
        return CliRun.of(all);
    }

    private CliRun addZebra() {
        return run(
                "printer",
                "add",
                "zebra",
                "--language",
                "zpl",
                "--dpi",
                "203",
                "--transport",
                printer.uri(),
                "--size",
                "58x40",
                "--x-offset",
                "1,5",
                "--darkness",
                "18");
    }

    private CliRun print(String order, String tracking, String... more) {
        String[] base = {
            "print",
            "--printer",
            "zebra",
            "--sku",
            "PB-7-001",
            "--template",
            "vk-product-58x40",
            "--order",
            order,
            "--tracking",
            tracking
        };
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return run(all);
    }

    @Test
    void printerProfilesAddListAndRefusals() throws Exception {
        CliRun added = addZebra();
        assertEquals(0, added.exit(), added.err());
        JsonNode list = JSON.readTree(run("printer", "list", "--json").out());
        assertEquals(1, list.size());
        JsonNode z = list.get(0);
        assertEquals("zebra", z.get("name").asText());
        assertEquals("zpl", z.get("language").asText());
        assertEquals(203, z.get("dpi").asInt());
        assertEquals("58", z.get("width_mm").asText());
        assertEquals("1.5", z.get("x_offset_mm").asText());
        assertEquals(18, z.get("darkness").asInt());
        assertTrue(z.get("speed").isNull());
        assertEquals(printer.uri(), z.get("transport").asText());

        assertEquals(1, addZebra().exit(), "the name is taken");
        CliRun language =
                run("printer", "add", "p2", "--language", "epl", "--dpi", "203", "--transport", printer.uri());
        assertEquals(2, language.exit());
        assertTrue(language.err().contains("zpl, tspl or pdf"), language.err());
        CliRun uri =
                run("printer", "add", "p2", "--language", "zpl", "--dpi", "203", "--transport", "192.168.1.50:9100");
        assertEquals(2, uri.exit());
        assertTrue(uri.err().contains("tcp://HOST:9100"), uri.err());
        assertEquals(
                2,
                run("printer", "add", "p2", "--language", "zpl", "--dpi", "200", "--transport", printer.uri())
                        .exit());
        assertEquals(
                2,
                run(
                                "printer",
                                "add",
                                "p2",
                                "--language",
                                "zpl",
                                "--dpi",
                                "203",
                                "--transport",
                                printer.uri(),
                                "--size",
                                "58 by 40")
                        .exit());
        assertEquals(
                2,
                run("printer", "add", "принтер", "--language", "zpl", "--dpi", "203", "--transport", printer.uri())
                        .exit());
        assertEquals(
                2,
                run("printer", "add", "p2", "--language", "zpl", "--dpi", "203").exit(),
                "--transport is required");
        CliRun serial = run(
                "printer",
                "add",
                "usb",
                "--language",
                "tspl",
                "--dpi",
                "203",
                "--transport",
                "serial:///dev/ttyUSB0?baud=9600");
        assertEquals(0, serial.exit(), serial.err());
        CliRun russian = run(
                "printer",
                "add",
                "p3",
                "--language",
                "zpl",
                "--dpi",
                "203",
                "--transport",
                "tcp://host:99999",
                "--lang",
                "ru");
        assertEquals(2, russian.exit());
        assertTrue(russian.err().contains("не TCP-порт"), russian.err());
    }

    @Test
    void printQueuesAndReturnsTheJobIdWithWaitItIsDelivered() throws Exception {
        assertEquals(0, addZebra().exit());
        // As if the window were open on this database: its worker, not print, delivers the queue.
        DeliveryLock window = new DeliveryLock(java.nio.file.Path.of(db));
        assertTrue(window.take("the PackBench window, pid 1"));
        CliRun queued = print("VK-1", "RU100000001VK");
        assertTrue(queued.err().contains("the PackBench window, pid 1 is delivering"), queued.err());
        assertEquals(0, queued.exit(), queued.err());
        long job = Long.parseLong(queued.out().strip());
        assertEquals(0, printer.labels().size(), "print returns once queued");
        JsonNode open = JSON.readTree(run("queue", "list", "--json").out());
        assertEquals(job, open.get(0).get("job_id").asLong());
        assertEquals("queued", open.get(0).get("status").asText());
        assertEquals("L00000001", open.get(0).get("label_id").asText());

        CliRun waited = print("VK-2", "RU100000002VK", "--wait", "--json", "--copies", "2");
        assertEquals(0, waited.exit(), waited.err());
        JsonNode w = JSON.readTree(waited.out());
        assertEquals("sent", w.get("status").asText());
        assertEquals(2, w.get("copies").asInt());
        assertEquals(1, printer.labels().size());
        assertTrue(printer.labels().get(0).contains("^LH12,0")
                && printer.labels().get(0).contains("^PQ2"));
        assertEquals(1002, printer.counter());

        CliRun retry = run("queue", "retry", String.valueOf(job));
        assertEquals(0, retry.exit(), retry.err());
        assertTrue(retry.out().contains("job " + job + " on zebra: sent"), retry.out());
        assertEquals(0, JSON.readTree(run("queue", "list", "--json").out()).size());
        assertEquals(
                2, JSON.readTree(run("queue", "list", "--all", "--json").out()).size());
        window.release();
    }

    @Test
    void refusalsAndUsageErrorsOfPrint() {
        assertEquals(0, addZebra().exit());
        DeliveryLock window = new DeliveryLock(java.nio.file.Path.of(db));
        assertTrue(window.take("the PackBench window, pid 1"), "the window delivers; print only queues");
        CliRun noPrinter = run(
                "print",
                "--printer",
                "nope",
                "--sku",
                "PB-7-001",
                "--template",
                "vk-product-58x40",
                "--order",
                "VK-9",
                "--tracking",
                "RU100000009VK");
        assertEquals(1, noPrinter.exit());
        assertTrue(noPrinter.err().contains("no printer called \"nope\""), noPrinter.err());
        assertEquals(0, print("VK-10", "RU100000010VK").exit());
        CliRun reused = print("VK-11", "RU100000010VK");
        assertEquals(1, reused.exit(), "a tracking number belongs to one order");
        CliRun otherSize = run(
                "print",
                "--printer",
                "zebra",
                "--sku",
                "PB-7-001",
                "--template",
                "vk-shipping-100x150",
                "--order",
                "VK-12",
                "--tracking",
                "RU100000012VK");
        assertEquals(1, otherSize.exit());
        assertTrue(otherSize.err().contains("58x40 mm labels loaded"), otherSize.err());
        assertEquals(2, run("print", "--printer", "zebra", "--sku", "PB-7-001").exit());
        assertEquals(1, print("VK-13", "RU100000013VK", "--copies", "0").exit());
        assertEquals(1, JSON_size(run("queue", "list", "--json").out()), "only the one good label is queued");
        window.release();
    }

    private static int JSON_size(String json) {
        try {
            return JSON.readTree(json).size();
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }

    @Test
    void offlineWaitFailsThenRetryCancelReprintAndRemove() throws Exception {
        assertEquals(0, addZebra().exit());
        printer.offline();
        CliRun failed = print("VK-20", "RU100000020VK", "--wait");
        assertEquals(1, failed.exit());
        long job = Long.parseLong(failed.out().strip());
        assertTrue(failed.err().contains("did not answer"), failed.err());
        JsonNode j = JSON.readTree(run("queue", "list", "--json").out()).get(0);
        assertEquals("failed", j.get("status").asText());
        assertTrue(j.get("last_error").asText().contains("did not answer"));

        assertEquals(1, run("queue", "retry", "--all").exit(), "still offline");
        printer.online();
        CliRun retried = run("queue", "retry", "--all", "--json");
        assertEquals(0, retried.exit(), retried.err());
        assertEquals("sent", JSON.readTree(retried.out()).get(0).get("status").asText());
        assertEquals(1, printer.labels().size());

        assertEquals(2, run("queue", "reprint", String.valueOf(job)).exit(), "--reason is required");
        CliRun reprint = run("queue", "reprint", String.valueOf(job), "--reason", "smudged by tape");
        assertEquals(0, reprint.exit(), reprint.err());
        JsonNode again = JSON.readTree(run("queue", "list", "--json").out()).get(0);
        assertEquals(job, again.get("reprint_of").asLong());
        assertEquals("smudged by tape", again.get("reason").asText());

        assertEquals(1, run("printer", "remove", "zebra").exit(), "a printer with a queued job stays");
        assertEquals(0, run("queue", "cancel", again.get("job_id").asText()).exit());
        assertEquals(1, run("queue", "cancel", again.get("job_id").asText()).exit(), "already cancelled");
        assertEquals(1, run("queue", "cancel", "777").exit());
        assertEquals(2, run("queue", "cancel", "seven").exit());
        assertEquals(0, run("queue", "retry", "--all").exit(), "nothing left to do");
        assertEquals(0, run("printer", "remove", "zebra").exit());
        assertEquals(1, run("printer", "remove", "zebra").exit());
        assertEquals(1, printer.labels().size(), "the cancelled reprint never printed");
    }

    @Test
    void theTestLabelPrintsNow() {
        assertEquals(0, addZebra().exit());
        CliRun test = run("printer", "test", "zebra");
        assertEquals(0, test.exit(), test.err());
        assertEquals(1, printer.labels().size());
        String zpl = printer.labels().get(0);
        assertTrue(zpl.contains("^BC") && zpl.contains("^LH12,0") && zpl.contains("^MD18"), zpl);
        printer.paperOut = true;
        CliRun noPaper = run("printer", "test", "zebra");
        assertEquals(1, noPaper.exit());
        assertTrue(noPaper.out().contains("paper out"), noPaper.out());
    }
}

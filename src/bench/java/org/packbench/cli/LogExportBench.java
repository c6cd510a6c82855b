package org.packbench.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.packbench.journal.ChainCheck;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogEvent;
import org.packbench.journal.LogExport;
import org.packbench.journal.LogFacts;
import org.packbench.journal.LogPeriod;
import org.packbench.journal.LogSummary;
import org.packbench.report.CsvLogWriter;
import org.packbench.report.ExportedLog;
import org.packbench.report.LogExportReader;
import org.packbench.report.PdfLogReport;
import org.packbench.report.XlsxLogWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code packbench bench log-export}: time to write a busy day of label log as CSV, XLSX and PDF.
 * The day is made in memory (a valid chain of labels rendered, printed, reprinted, voided and
 * scanned at dispatch), so the figures are the writers' own, without a database walk.
 */
@Command(name = "log-export", description = "Time to write a day of label log as CSV, XLSX and PDF.")
final class LogExportBench extends CommandBase implements Callable<Integer> {
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Option(names = "--rows", defaultValue = "100000", description = "Entries in the day.")
    int rows;

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs after one warm-up.")
    int runs;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (rows < 1 || runs < 1) {
            err().println("error: --rows and --runs must be at least 1");
            return 2;
        }
        List<LogEntry> entries = day(rows, new Random(42));
        LogExport x = export(entries, locale());
        Path dir = BenchFolder.create();
        List<Map<String, Object>> figures = new ArrayList<>();
        try {
            if (!json) {
                out().printf(
                                "label-log export: %d entries of one day (%s), best and mean of %d runs after a warm-up%n",
                                rows, x.locale().getLanguage(), runs);
            }
            for (String format : new String[] {"csv", "xlsx", "pdf"}) {
                Path file = dir.resolve(x.fileName(format));
                long best = Long.MAX_VALUE;
                long total = 0;
                for (int run = 0; run <= runs; run++) {
                    long start = System.nanoTime();
                    write(x, format, file);
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    if (run > 0) {
                        best = Math.min(best, ms);
                        total += ms;
                    }
                }
                // A writer that is fast but wrong proves nothing: the file must read back as the day.
                ExportedLog back = LogExportReader.read(file);
                if (back.entries() != rows || !back.headHash().equals(x.headHash())) {
                    err().printf(
                                    "error: the %s file does not read back: %d entries, head %s%n",
                                    format, back.entries(), back.headHash());
                    return 1;
                }
                long bytes = Files.size(file);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("format", format);
                m.put("rows", rows);
                m.put("runs", runs);
                m.put("best_ms", best);
                m.put("mean_ms", total / runs);
                m.put("rows_per_s", rows * 1000L / Math.max(1, best));
                m.put("bytes", bytes);
                figures.add(m);
                if (!json) {
                    out().printf(
                                    "  %-4s %7d ms best %7d ms mean %9d rows/s %8.1f MiB%n",
                                    format, best, total / runs, rows * 1000L / Math.max(1, best), bytes / 1048576.0);
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        if (json) {
            out().println(Json.write(Map.of("benchmark", "log-export", "figures", figures)));
        }
        return 0;
    }

    private static void write(LogExport x, String format, Path file) throws IOException {
        // Buffered as the bench's own export writes, so the figures are what a supervisor waits for.
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            switch (format) {
                case "csv" -> new CsvLogWriter().write(x, out, ';');
                case "xlsx" -> new XlsxLogWriter().write(x, out);
                default -> new PdfLogReport().write(x, out);
            }
        }
    }

    private LogExport export(List<LogEntry> entries, Locale locale) {
        LogSummary summary = new LogSummary();
        ChainCheck check = new ChainCheck();
        for (LogEntry e : entries) {
            summary.accept(e);
            check.accept(e);
        }
        return new LogExport(
                "ООО «Ромашка»",
                LogPeriod.day(DAY, ZONE),
                root().clock().instant(),
                locale,
                summary,
                LogEntry.GENESIS,
                entries.get(entries.size() - 1).hash(),
                check.report(),
                entries::forEach);
    }

    /**
     * A packing day as the log records it: most parcels are rendered, printed and scanned out;
     * some labels are refused by the checks, some reprinted after a jam, some voided, and some
     * scans are refused at dispatch.
     */
    static List<LogEntry> day(int n, Random random) {
        String[] skus = new String[200];
        for (int i = 0; i < skus.length; i++) {
            skus[i] = switch (i % 4) {
                case 0 -> "ЧАЙ-ЗЕЛ-" + (100 + i);
                case 1 -> "МЁД-ЛИП-" + (250 + i);
                case 2 -> "КОФЕ-АР-" + (500 + i);
                default -> "SOAP-" + (1000 + i);
            };
        }
        String[] users = {"Иванова", "Петров", "Сидорова"};
        String[] printers = {"Zebra ZD421 (склад)", "TSC TE210"};
        String[] refusals = {
            "gtin: неверная контрольная цифра", "text: название не помещается в 2 строки", "dac: срок кода истёк"
        };
        String[] reprints = {"замята этикетка", "не читается QR", "порвалась лента"};
        String[] dispatchRefusals = {"already_dispatched", "voided", "unknown", "wrong_marketplace"};
        Instant start = DAY.atTime(8, 0).atZone(ZONE).toInstant();
        long stepMs = Duration.ofHours(12).toMillis() / n;
        HexFormat hex = HexFormat.of();
        byte[] digest = new byte[32];
        List<LogEntry> out = new ArrayList<>(n);
        String prev = LogEntry.GENESIS;
        long label = 0;
        int step = 0;
        while (out.size() < n) {
            label++;
            String sku = skus[random.nextInt(skus.length)];
            boolean vk = random.nextBoolean();
            String marketplace = vk ? "vk" : "ozon";
            String order = (vk ? "VK-20261124-" : "OZ-") + String.format(Locale.ROOT, "%06d", label);
            String tracking = vk ? String.format(Locale.ROOT, "RU%09dVK", label) : "0" + (1_000_000_000L + label);
            String user = users[(int) (label % users.length)];
            String printer = printers[(int) (label % printers.length)];
            random.nextBytes(digest);
            String payload = hex.formatHex(digest);
            List<LogFacts> events = new ArrayList<>();
            int roll = random.nextInt(100);
            if (roll < 2) {
                events.add(facts(
                        LogEvent.REFUSED,
                        label,
                        printer,
                        sku,
                        marketplace,
                        order,
                        tracking,
                        "",
                        0,
                        refusals[random.nextInt(refusals.length)],
                        "",
                        "",
                        "rules: 1 failed"));
            } else {
                events.add(facts(
                        LogEvent.RENDERED,
                        label,
                        printer,
                        sku,
                        marketplace,
                        order,
                        tracking,
                        payload,
                        0,
                        "",
                        "",
                        "",
                        "rules: 14 ok"));
                events.add(facts(
                        LogEvent.PRINTED,
                        label,
                        printer,
                        sku,
                        marketplace,
                        order,
                        tracking,
                        payload,
                        1,
                        "",
                        "",
                        "",
                        "rules: 14 ok"));
                if (roll < 5) {
                    events.add(facts(
                            LogEvent.REPRINTED,
                            label,
                            printer,
                            sku,
                            marketplace,
                            order,
                            tracking,
                            payload,
                            1,
                            reprints[random.nextInt(reprints.length)],
                            "",
                            "",
                            "rules: 14 ok"));
                }
                if (roll >= 5 && roll < 6) {
                    events.add(facts(
                            LogEvent.VOIDED,
                            label,
                            "",
                            sku,
                            marketplace,
                            order,
                            tracking,
                            payload,
                            0,
                            "заказ отменён",
                            "",
                            "",
                            ""));
                }
                String verdict = roll < 97 ? "ok" : dispatchRefusals[random.nextInt(dispatchRefusals.length)];
                events.add(facts(
                        LogEvent.SCANNED,
                        label,
                        "",
                        sku,
                        marketplace,
                        order,
                        tracking,
                        "",
                        0,
                        "",
                        verdict,
                        "]Q3" + order,
                        ""));
            }
            for (LogFacts f : events) {
                if (out.size() == n) {
                    break;
                }
                LogEntry e = LogEntry.next(out.size() + 1, start.plusMillis(stepMs * step++), "Стол 1", user, f, prev);
                out.add(e);
                prev = e.hash();
            }
        }
        return out;
    }

    private static LogFacts facts(
            LogEvent event,
            long label,
            String printer,
            String sku,
            String marketplace,
            String order,
            String tracking,
            String payload,
            int copies,
            String reason,
            String verdict,
            String scan,
            String checks) {
        boolean labelled = event != LogEvent.SCANNED && event != LogEvent.VOIDED;
        return new LogFacts(
                event,
                label,
                labelled ? printer : "",
                "vk-product-58x40",
                sku,
                marketplace,
                order,
                tracking,
                "",
                payload,
                checks,
                labelled && event != LogEvent.REFUSED ? "qr ok; ean13 ok" : "",
                copies,
                reason,
                verdict,
                scan);
    }
}

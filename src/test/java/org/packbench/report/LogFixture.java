package org.packbench.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.packbench.journal.ChainCheck;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogEvent;
import org.packbench.journal.LogExport;
import org.packbench.journal.LogFacts;
import org.packbench.journal.LogPeriod;
import org.packbench.journal.LogSummary;

/**
 * A day of label log made by hand: a real chain hanging after entry 41 of the day before, Cyrillic
 * values, a reprint and a void with reasons, dispatch scans with verdicts, values holding CSV's
 * separators, quotes and line breaks, and every value a spreadsheet would take for a formula.
 */
final class LogFixture {
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    static final Instant GENERATED = Instant.parse("2026-11-24T18:05:00Z");
    static final String COMPANY = "ООО «Ромашка»";
    static final String TEA = "ЧАЙ-ЗЕЛ-100";
    static final String HONEY = "Мёд, липовый; 250 г";
    static final String PACKER = "Иванова";
    /** The values a spreadsheet would run as formulas, and an apostrophe that escaping must keep. */
    static final List<String> INJECTIONS = List.of("=1+1", "+7 999", "-2", "@SUM(A1)", "\tX", "\rX", "'quoted");

    /** The hash of entry 41, yesterday's last: where today's chain hangs. */
    static final String START = LogEntry.next(
                    41,
                    Instant.parse("2026-11-23T17:59:59Z"),
                    "Стол 1",
                    PACKER,
                    facts(LogEvent.PRINTED, 7, TEA, "vk", "", "", "", 1, "", "", ""),
                    LogEntry.GENESIS)
            .hash();

    private LogFixture() {}

    static LogExport day(Locale locale) {
        return export(entries(), locale, Optional.empty());
    }

    static LogExport export(List<LogEntry> entries, Locale locale, Optional<ChainCheck.Broken> broken) {
        LogSummary summary = new LogSummary();
        ChainCheck check = new ChainCheck(41, START);
        entries.forEach(summary::accept);
        entries.forEach(check::accept);
        ChainCheck.Report r = check.report();
        ChainCheck.Report chain = new ChainCheck.Report(r.checked(), r.firstSeq(), r.lastSeq(), r.headHash(), broken);
        String head =
                entries.isEmpty() ? START : entries.get(entries.size() - 1).hash();
        return new LogExport(
                COMPANY, LogPeriod.day(DAY, ZONE), GENERATED, locale, summary, START, head, chain, entries::forEach);
    }

    /** Twelve entries of one day, in sequence order from 42. */
    static List<LogEntry> entries() {
        Chain c = new Chain(42, START);
        c.add(
                "07:58:01.250",
                "Стол 1",
                PACKER,
                facts(LogEvent.RENDERED, 1001, TEA, "vk", "VK-20261124-0001", "RU123456789VK", "", 0, "", "", "ok"));
        c.add(
                "07:58:02.999",
                "Стол 1",
                PACKER,
                facts(LogEvent.PRINTED, 1001, TEA, "vk", "VK-20261124-0001", "RU123456789VK", "", 1, "", "", "ok"));
        c.add(
                "09:10:00.000",
                "Стол 1",
                PACKER,
                facts(
                        LogEvent.REFUSED,
                        1002,
                        HONEY,
                        "vk",
                        "=1+1",
                        "+7 999",
                        "",
                        0,
                        "",
                        "",
                        "gtin: контрольная цифра \"7\" неверна, нужна 3"));
        c.add(
                "09:11:30.400",
                "Стол 1",
                "'quoted",
                facts(LogEvent.PRINTED, 1003, HONEY, "ozon", "ORD,17;18", "-2", "", 2, "", "", "ok"));
        c.add(
                "10:15:29.600",
                "Стол 2",
                "Петров",
                facts(
                        LogEvent.REPRINTED,
                        1001,
                        TEA,
                        "vk",
                        "VK-20261124-0001",
                        "RU123456789VK",
                        "",
                        1,
                        "замята этикетка\r\nвторая строка",
                        "",
                        "ok"));
        c.add(
                "11:00:00.001",
                "Стол 2",
                "Петров",
                facts(
                        LogEvent.VOIDED,
                        1003,
                        HONEY,
                        "ozon",
                        "ORD,17;18",
                        "-2",
                        "",
                        0,
                        "ошибка в заказе; клиент \"передумал\"",
                        "",
                        ""));
        c.add(
                "12:30:45.123",
                "Стол 2",
                PACKER,
                facts(
                        LogEvent.SCANNED,
                        1001,
                        TEA,
                        "vk",
                        "VK-20261124-0001",
                        "RU123456789VK",
                        "@SUM(A1)",
                        0,
                        "",
                        "ok",
                        ""));
        c.add(
                "12:31:00.000",
                "Стол 2",
                PACKER,
                facts(
                        LogEvent.SCANNED,
                        1003,
                        HONEY,
                        "ozon",
                        "ORD,17;18",
                        "-2",
                        "\u001D0104607002977277_x0041_",
                        0,
                        "",
                        "voided",
                        ""));
        c.add(
                "12:32:10.000",
                "Стол 2",
                PACKER,
                facts(LogEvent.SCANNED, 0, "", "", "", "", "\tX", 0, "", "unknown", ""));
        c.add(
                "13:00:00.000",
                "Стол 1",
                PACKER,
                facts(LogEvent.PRINTED, 1004, TEA, "ozon", "\rX", "OZ-555", "", 1, "", "", "ok"));
        c.add(
                "14:45:59.999",
                "Стол 1",
                PACKER,
                facts(LogEvent.SCANNED, 1004, TEA, "ozon", "\rX", "OZ-555", "1004", 0, "", "ok", ""));
        c.add(
                "23:59:59.000",
                "Стол 1",
                "@SUM(A1)",
                facts(
                        LogEvent.SCANNED,
                        1001,
                        TEA,
                        "vk",
                        "VK-20261124-0001",
                        "RU123456789VK",
                        "'quoted",
                        0,
                        "",
                        "already_dispatched",
                        ""));
        return c.entries;
    }

    /** {@code n} plain entries with a mix of events, for exports too big to make by hand. */
    static List<LogEntry> many(int n) {
        Chain c = new Chain(42, START);
        LogEvent[] events = {LogEvent.RENDERED, LogEvent.PRINTED, LogEvent.SCANNED, LogEvent.PRINTED, LogEvent.VOIDED};
        for (int i = 0; i < n; i++) {
            LogEvent e = events[i % events.length];
            String sku = i % 3 == 0 ? TEA : HONEY;
            c.add(
                    DAY.atTime(8, 0).atZone(ZONE).toInstant().plusSeconds(i * 2L),
                    "Стол 1",
                    PACKER,
                    facts(
                            e,
                            2000 + i,
                            sku,
                            "vk",
                            "VK-" + i,
                            "RU" + i,
                            e == LogEvent.SCANNED ? "scan" + i : "",
                            e == LogEvent.PRINTED ? 1 : 0,
                            e == LogEvent.VOIDED ? "брак" : "",
                            e == LogEvent.SCANNED ? "ok" : "",
                            "ok"));
        }
        return c.entries;
    }

    static LogFacts facts(
            LogEvent event,
            long labelId,
            String sku,
            String marketplace,
            String order,
            String tracking,
            String scan,
            int copies,
            String reason,
            String verdict,
            String checks) {
        String printer = event == LogEvent.PRINTED || event == LogEvent.REPRINTED ? "Zebra ZD421 (склад)" : "";
        String template = labelId == 0 ? "" : "vk-product-58x40";
        return new LogFacts(
                event,
                labelId,
                printer,
                template,
                sku,
                marketplace,
                order,
                tracking,
                "",
                labelId == 0 ? "" : "ab".repeat(32),
                checks,
                checks.isEmpty() ? "" : "qr ok; ean13 ok",
                copies,
                reason,
                verdict,
                scan);
    }

    /** Appends entries that each name the hash of the one before, as the log does. */
    static final class Chain {
        final List<LogEntry> entries = new ArrayList<>();
        private long seq;
        private String prev;

        Chain(long firstSeq, String prev) {
            this.seq = firstSeq;
            this.prev = prev;
        }

        void add(String localTime, String bench, String user, LogFacts f) {
            add(DAY.atTime(java.time.LocalTime.parse(localTime)).atZone(ZONE).toInstant(), bench, user, f);
        }

        void add(Instant at, String bench, String user, LogFacts f) {
            LogEntry e = LogEntry.next(seq++, at, bench, user, f, prev);
            entries.add(e);
            prev = e.hash();
        }
    }
}

package org.packbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.packbench.access.AccessControl;
import org.packbench.access.Right;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.journal.ChainCheck;
import org.packbench.journal.ExportFileName;
import org.packbench.journal.LabelLog;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogExport;
import org.packbench.journal.LogPeriod;
import org.packbench.journal.LogSummary;
import org.packbench.marketplace.LabelRecords;
import org.packbench.report.CsvLogWriter;
import org.packbench.report.ExportedLog;
import org.packbench.report.LogExportReader;
import org.packbench.report.PdfLogReport;
import org.packbench.report.XlsxLogWriter;
import org.packbench.verify.dispatch.DispatchLedger;

/**
 * The label log as a supervisor uses it: reading a day, voiding a label, exporting a period and
 * checking the chain, each behind the right it needs.
 */
public final class LabelLogService {
    /** The export formats, by the word the command line takes. */
    public enum Format {
        CSV("csv"),
        XLSX("xlsx"),
        PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public static Format of(String word) {
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(word.strip())) {
                    return f;
                }
            }
            throw new ProblemException("export.format", word);
        }
    }

    /** What {@code log verify --against} found: the first entry where the log and the export part, if any. */
    public record Comparison(ExportedLog export, long entriesInLog, Optional<Message> difference) {
        public boolean matches() {
            return difference.isEmpty();
        }
    }

    private final LabelLog log;
    private final LabelRecords labels;
    private final DispatchLedger records;
    private final AccessControl access;
    private final BenchSeal seal;
    private final Settings settings;
    private final Clock clock;
    private final Path database;

    /** {@code database} is the file the log lives in: no export may be written over it. */
    public LabelLogService(
            LabelLog log,
            LabelRecords labels,
            DispatchLedger records,
            AccessControl access,
            BenchSeal seal,
            Settings settings,
            Clock clock,
            Path database) {
        this.log = log;
        this.labels = labels;
        this.records = records;
        this.access = access;
        this.seal = seal;
        this.settings = settings;
        this.clock = clock;
        this.database = database;
    }

    /** A period in the bench's calendar. */
    public LogPeriod period(LocalDate first, LocalDate last) {
        return new LogPeriod(first, last, clock.getZone());
    }

    /** The entries of {@code period}, oldest first; for supervisors. */
    public List<LogEntry> entries(LogPeriod period) {
        access.require(Right.VIEW_LOG);
        List<LogEntry> out = new ArrayList<>();
        log.forEach(period.start(), period.end(), out::add);
        return out;
    }

    /** The labels made on {@code day} in the bench's calendar, newest first, with their status; for supervisors. */
    public List<org.packbench.marketplace.LabelLogEntry> labelsOn(LocalDate day) {
        access.require(Right.VIEW_LOG);
        LogPeriod d = period(day, day);
        return labels.between(d.start(), d.end());
    }

    /** Where each printed label of {@code day} stands for dispatch, by label id; refused labels have none. */
    public java.util.Map<Long, org.packbench.verify.dispatch.DispatchState> dispatchOn(LocalDate day) {
        access.require(Right.VIEW_LOG);
        LogPeriod d = period(day, day);
        java.util.Map<Long, org.packbench.verify.dispatch.DispatchState> out = new java.util.HashMap<>();
        for (org.packbench.verify.dispatch.DispatchLabel l : records.between(d.start(), d.end())) {
            out.put(l.id(), org.packbench.verify.dispatch.DispatchState.of(l));
        }
        return out;
    }

    /** Voids a printed label, with the reason, in the log. */
    public void voidLabel(long labelId, String reason) {
        access.require(Right.VOID_LABELS);
        records.voidLabel(labelId, reason);
    }

    /**
     * Walks the whole chain from the first entry, each hash as this bench makes it (keyed after the
     * unkeyed part of an older bench); anyone may, as it changes nothing.
     */
    public ChainCheck.Report verify() {
        ChainCheck check = new ChainCheck(log.chain());
        log.walk(check::accept);
        return check.report();
    }

    /**
     * What a chain that holds in itself cannot show: entries cut from the end or all deleted, a
     * chain rebuilt, the unkeyed part changed (against the seal and the anchor outside the
     * database), accounts changed in the file, and no supervisor left on a bench that had one.
     * Empty when none of these is found.
     */
    public List<Message> tampering() {
        List<Message> out = new ArrayList<>(seal.findings());
        out.addAll(access.findings());
        return out;
    }

    /** Everything an export of {@code period} holds; for supervisors. */
    public LogExport export(LogPeriod period, Locale locale) {
        access.require(Right.EXPORT_LOG);
        return exportUnguarded(period, locale);
    }

    /**
     * Writes {@code period} in each of {@code formats} to {@code folder}, each file named
     * Company_LabelLog_Date; written to a temporary name first, so that a cancelled or failed
     * export never leaves a half file under the real name.
     */
    public List<Path> exportFiles(
            LogPeriod period,
            List<Format> formats,
            Path folder,
            char csvSeparator,
            Locale locale,
            BooleanSupplier cancelled) {
        List<Path> written = write(export(period, locale), formats, folder, csvSeparator, cancelled);
        // What was handed out is anchored outside the database too.
        seal.anchorNow();
        return written;
    }

    /** How far a day's export has got: formats written, of all. */
    @FunctionalInterface
    public interface FormatsWritten {
        void update(int written, int of);
    }

    /**
     * A day exported at the bench (Журнал's Ctrl+E): every format, one after another, to
     * {@link #exportFolder()}, the CSV with ';' for Russian Excel. A cancel stops it between
     * formats, keeping the files already written; the files written.
     */
    public List<Path> exportDay(LocalDate day, Locale locale, FormatsWritten progress, BooleanSupplier cancelled) {
        Path folder = exportFolder();
        List<Format> all = List.of(Format.values());
        List<Path> written = new ArrayList<>();
        try {
            for (int i = 0; i < all.size() && !cancelled.getAsBoolean(); i++) {
                progress.update(i, all.size());
                // Each file is made from the log as it stands when that file is begun, its summary
                // and head with its rows, as a separate export of each format would be.
                written.addAll(write(export(period(day, day), locale), List.of(all.get(i)), folder, ';', cancelled));
            }
            progress.update(all.size(), all.size());
        } finally {
            // A file handed out is anchored outside the database even when a later format fails.
            if (!written.isEmpty()) {
                seal.anchorNow();
            }
        }
        return written;
    }

    /** The folder a supervisor set for the end-of-day export, if one is set. */
    public Optional<Path> endOfDayFolder() {
        return settings.get(LogAutoExport.FOLDER_SETTING).map(Path::of);
    }

    /**
     * Where a day exported at the bench goes: the end-of-day folder when one is set, so that every
     * export of the bench lands in one place, else PackBench/exports in the home folder.
     */
    public Path exportFolder() {
        return exportFolder(endOfDayFolder(), Path.of(System.getProperty("user.home")));
    }

    static Path exportFolder(Optional<Path> endOfDay, Path home) {
        return endOfDay.orElse(home.resolve("PackBench").resolve("exports"));
    }

    /**
     * The end-of-day export, made by the bench itself on a folder a supervisor configured. A day
     * without a single entry (a weekend) writes nothing rather than a file of nothing.
     */
    List<Path> exportForSchedule(LogPeriod period, List<Format> formats, Path folder, Locale locale) {
        LogExport x = exportUnguarded(period, locale);
        if (x.summary().entries() == 0) {
            return List.of();
        }
        List<Path> written = write(x, formats, folder, ';', () -> false);
        seal.anchorNow();
        return written;
    }

    private List<Path> write(
            LogExport x, List<Format> formats, Path folder, char csvSeparator, BooleanSupplier cancelled) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Format f : formats) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                OutputFile target = OutputFile.at(folder.resolve(x.fileName(f.extension())), database);
                target.write(out -> {
                    switch (f) {
                        case CSV -> new CsvLogWriter().write(x, out, csvSeparator);
                        case XLSX -> new XlsxLogWriter().write(x, out);
                        case PDF -> new PdfLogReport().write(x, out);
                        default -> throw new IllegalStateException(f.name());
                    }
                });
                written.add(target.path());
            }
        } catch (IOException e) {
            throw new ProblemException("export.write", folder, IoReason.of(e));
        }
        return written;
    }

    private LogExport exportUnguarded(LogPeriod period, Locale locale) {
        LogSummary summary = new LogSummary();
        String[] head = {null};
        log.forEach(period.start(), period.end(), e -> {
            summary.accept(e);
            head[0] = e.hash();
        });
        String start = log.lastBefore(period.start()).map(LogEntry::hash).orElse(LogEntry.GENESIS);
        String company = settings.get("company.name").orElse(ExportFileName.NO_COMPANY);
        return new LogExport(
                company,
                period,
                clock.instant(),
                locale,
                summary,
                start,
                head[0] == null ? start : head[0],
                verify(),
                each -> log.forEach(period.start(), period.end(), each));
    }

    /**
     * Compares the log with an export handed out earlier: the same period must give the same
     * entries with the same hashes, ending in the same head. A chain rebuilt after an edit is
     * intact in itself but parts from the export here.
     */
    public Comparison against(Path file) {
        InputFile.check(file, InputFile.Kind.LOG_EXPORT);
        ExportedLog exported = LogExportReader.read(file);
        LogPeriod period = period(exported.first(), exported.last());
        Map<Long, String> byExport = new HashMap<>();
        exported.rows().forEach(r -> byExport.put(r.seq(), r.hash()));
        long[] count = {0};
        Message[] difference = {null};
        String[] head = {null};
        log.forEach(period.start(), period.end(), e -> {
            count[0]++;
            head[0] = e.hash();
            String h = byExport.remove(e.seq());
            if (difference[0] == null && !exported.rows().isEmpty() && !e.hash().equals(h)) {
                difference[0] = h == null
                        ? Message.of("log.against.extra", e.seq())
                        : Message.of("log.against.entry", e.seq(), h, e.hash());
            }
        });
        String start = log.lastBefore(period.start()).map(LogEntry::hash).orElse(LogEntry.GENESIS);
        String logHead = head[0] == null ? start : head[0];
        if (difference[0] == null && !byExport.isEmpty()) {
            difference[0] = Message.of(
                    "log.against.missing",
                    byExport.keySet().stream().min(Long::compare).get());
        }
        if (difference[0] == null && !exported.startHash().equals(start)) {
            difference[0] = Message.of("log.against.start", exported.startHash(), start);
        }
        if (difference[0] == null && exported.entries() != count[0]) {
            difference[0] = Message.of("log.against.count", exported.entries(), count[0]);
        }
        if (difference[0] == null && !exported.headHash().equals(logHead)) {
            difference[0] = Message.of("log.against.head", exported.headHash(), logHead);
        }
        return new Comparison(exported, count[0], Optional.ofNullable(difference[0]));
    }

    /** The name a file of this export would get, for showing before writing. */
    public String fileName(LogPeriod period, Format format) {
        return ExportFileName.of(
                settings.get("company.name").orElse(ExportFileName.NO_COMPANY), "LabelLog", period, format.extension());
    }
}

package org.packbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.packbench.i18n.ProblemException;
import org.packbench.settings.SettingRepository;

/**
 * The optional export at the end of each day: once a supervisor sets {@code log.auto-export.folder},
 * every finished day not yet exported is written there in the configured formats. The bench runs it
 * on start and every few minutes, so a day is exported even if the bench was off at midnight.
 */
public final class LogAutoExport {
    public static final String FOLDER_SETTING = "log.auto-export.folder";
    public static final String FORMATS_SETTING = "log.auto-export.formats";
    /** The last day written; kept by the bench, not set by people. */
    static final String DONE_SETTING = "log.auto-export.done";
    /** On a first run, how far back to go: a week is enough to cover a holiday without writing a year. */
    private static final int FIRST_RUN_DAYS = 7;
    /**
     * How often a running bench (the GUI, {@code serve}) looks for a finished day to write: often
     * enough that a day is out soon after midnight, rare enough to cost nothing when all is written.
     */
    public static final java.time.Duration EVERY = java.time.Duration.ofMinutes(10);

    private final LabelLogService log;
    private final SettingRepository settings;
    private final Clock clock;

    public LogAutoExport(LabelLogService log, SettingRepository settings, Clock clock) {
        this.log = log;
        this.settings = settings;
        this.clock = clock;
    }

    static void checkFolder(String v) {
        if (v.isBlank()) {
            throw new ProblemException("setting.autoExportFolder", v);
        }
        try {
            Path.of(v);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ProblemException("setting.autoExportFolder", v);
        }
    }

    static void checkFormats(String v) {
        formats(v);
    }

    private static List<LabelLogService.Format> formats(String v) {
        List<LabelLogService.Format> out = new ArrayList<>();
        for (String word : v.split("[,; ]+")) {
            if (!word.isBlank()) {
                out.add(LabelLogService.Format.of(word));
            }
        }
        if (out.isEmpty()) {
            throw new ProblemException("export.format", v);
        }
        return out;
    }

    /** Writes every finished day not yet written; the files written, none when not configured. */
    public List<Path> runDue() {
        Optional<Path> folder = log.endOfDayFolder();
        if (folder.isEmpty()) {
            return List.of();
        }
        List<LabelLogService.Format> formats =
                formats(settings.get(FORMATS_SETTING).orElse("csv,xlsx,pdf"));
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        LocalDate day = settings.get(DONE_SETTING)
                .map(LocalDate::parse)
                .map(d -> d.plusDays(1))
                .orElse(yesterday.minusDays(FIRST_RUN_DAYS - 1));
        List<Path> written = new ArrayList<>();
        for (; !day.isAfter(yesterday); day = day.plusDays(1)) {
            written.addAll(
                    log.exportForSchedule(log.period(day, day), formats, folder.get(), Locale.forLanguageTag("ru")));
            settings.set(DONE_SETTING, day.toString());
        }
        return written;
    }
}

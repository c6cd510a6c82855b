package org.packbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.packbench.access.Guard;
import org.packbench.access.Right;
import org.packbench.journal.ExportFileName;
import org.packbench.journal.LogPeriod;
import org.packbench.marking.MarkingRecords;
import org.packbench.report.MarkingCodesExport;

/**
 * A day's used marking codes as Company_MarkingCodes_DATE.csv/.xlsx, for withdrawing the items from
 * circulation: a supervisor's export, as the label log's is (the right to export the log).
 */
public final class MarkingCodesExportService {
    static final String DOC_TYPE = "MarkingCodes";

    private final MarkingRecords records;
    private final Settings settings;
    private final Guard guard;
    private final Clock clock;
    private final Path database;

    MarkingCodesExportService(MarkingRecords records, Settings settings, Guard guard, Clock clock, Path database) {
        this.records = records;
        this.settings = settings;
        this.guard = guard;
        this.clock = clock;
        this.database = database;
    }

    /** What was written: the files, and how many codes each holds. */
    public record Exported(List<Path> files, int codes) {}

    /** Writes the codes used on {@code day} (the bench's local day) in each of {@code formats} ("csv", "xlsx"). */
    public Exported export(LocalDate day, Set<String> formats, Path folder, Locale locale) {
        guard.require(Right.EXPORT_LOG);
        LogPeriod period = LogPeriod.day(day, clock.getZone());
        List<MarkingRecords.Use> uses = records.between(
                day.atStartOfDay(clock.getZone()).toInstant(),
                day.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        MarkingCodesExport x = new MarkingCodesExport(uses, clock.getZone(), locale);
        String company = settings.get("company.name").orElse(ExportFileName.NO_COMPANY);
        List<Path> written = new ArrayList<>();
        for (String format : List.of("csv", "xlsx")) {
            if (!formats.contains(format)) {
                continue;
            }
            OutputFile target =
                    OutputFile.at(folder.resolve(ExportFileName.of(company, DOC_TYPE, period, format)), database);
            target.write(out -> {
                if (format.equals("csv")) {
                    x.csv(out);
                } else {
                    x.xlsx(out);
                }
            });
            written.add(target.path());
        }
        return new Exported(written, uses.size());
    }
}

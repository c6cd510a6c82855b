package org.packbench.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.packbench.app.InputFile;
import org.packbench.app.TemplateDesigns;
import org.packbench.app.TemplateLibrary;
import org.packbench.app.TemplateRefusedException;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.label.template.LabelTemplate;
import org.packbench.print.PrinterProfile;
import org.packbench.verify.design.DesignFinding;
import org.packbench.verify.design.DesignReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The designer's saving side from the command line: a template saved in the database, and written out again. */
final class TemplateCommands {
    private TemplateCommands() {}

    /**
     * {@code label save-template}: a template file saved in the database, for use on every bench
     * (after the designer's checks at {@code --dpi} and at each printer's resolution) or as a draft.
     */
    @Command(
            name = "save-template",
            description =
                    "Save a label template (a JSON file as in label-templates/) in the database: for use on every "
                            + "bench once it passes the designer's checks at --dpi and at each printer's resolution, or with "
                            + "--draft whatever they find. A new id is a new template; a saved id gets its next version. "
                            + "Exit 0 when saved, 1 when refused (the findings are listed), 2 when the file is no template.")
    static final class Save extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.json")
        Path file;

        @Option(names = "--draft", description = "Save it as a draft: kept, never used for labels.")
        boolean draft;

        @Option(names = "--dpi", defaultValue = "203", description = "The printer's resolution: 203, 300 or 600.")
        int dpi;

        @Option(names = "--json", description = "Say what was saved, or why not, as JSON on stdout.")
        boolean json;

        @Override
        public Integer call() {
            if (!PrinterProfile.RESOLUTIONS.contains(dpi)) {
                err().println("error: " + Message.of("print.profile.dpi", dpi).in(locale()));
                return 2;
            }
            LabelTemplate t;
            try {
                // Read as a draft is: a template the checks refuse is still a template, and is told why.
                t = TemplateLibrary.readDraft(
                        new String(InputFile.read(file, InputFile.Kind.TEMPLATE), StandardCharsets.UTF_8));
            } catch (ProblemException e) {
                err().println("error: " + e.in(locale()));
                return 2;
            }
            TemplateDesigns designs = workbench().templateDesigns();
            TemplateDesigns.SavedTemplate saved;
            try {
                saved = draft ? designs.saveDraft(t) : designs.saveForUse(t, dpi);
            } catch (TemplateRefusedException e) {
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("template", t.id());
                    m.put("saved", false);
                    m.put("dpi", e.dpi());
                    m.put("findings", findings(e.report(), locale()));
                    out().println(Json.write(m));
                } else {
                    listed(e.report());
                }
                err().println("error: " + e.in(locale()));
                return 1;
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("template", saved.id());
                m.put("saved", true);
                m.put("version", saved.version());
                m.put("for_use", saved.forUse());
                out().println(Json.write(m));
            } else {
                out().println(Message.of(
                                saved.forUse() ? "template.saved.forUse" : "template.saved.draft",
                                saved.id(),
                                saved.version())
                        .in(locale()));
            }
            return 0;
        }

        private void listed(DesignReport report) {
            for (DesignFinding f : report.findings()) {
                err().println(line(f, locale()));
            }
        }
    }

    /** {@code label export-template}: a template as the database or the bundle holds it, as a JSON file. */
    @Command(
            name = "export-template",
            description =
                    "Write a label template as JSON (as in label-templates/): its current version, or --version N "
                            + "(0: the bundled one; a draft's number gives the draft).")
    static final class Export extends CommandBase implements Callable<Integer> {
        // --version here names the template's version, which keeps picocli from giving this
        // command the inherited -h/--help beside it: it is declared again.
        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "Show this help message and exit.")
        boolean help;

        @Parameters(paramLabel = "ID")
        String id;

        @Option(
                names = "--version",
                paramLabel = "N",
                description = "The version to write; the current one if not given.")
        Integer version;

        @Option(names = "--out", required = true, paramLabel = "FILE.json")
        Path out;

        @Override
        public Integer call() {
            if (version != null && version < 0) {
                err().println("error: "
                        + Message.of("template.versionNotFound", id, version).in(locale()));
                return 2;
            }
            org.packbench.app.OutputFile file = org.packbench.app.OutputFile.at(out, root().databasePath());
            String text = workbench()
                    .templateDesigns()
                    .json(id, version == null ? OptionalInt.empty() : OptionalInt.of(version));
            file.write(text.getBytes(StandardCharsets.UTF_8));
            out().println(Message.of("template.exported", id, out).in(locale()));
            return 0;
        }
    }

    /** Each finding as JSON: its element, kind of problem, whether it blocks use, and its sentence. */
    static List<Map<String, Object>> findings(DesignReport report, Locale locale) {
        return report.findings().stream()
                .map(f -> {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("element", f.elementId());
                    e.put("problem", f.problem().name().toLowerCase(Locale.ROOT));
                    e.put("blocks", f.blocksUse());
                    e.put("message", f.message().in(locale));
                    return e;
                })
                .toList();
    }

    /** A finding as one line: an error when it blocks use, else a warning, named on its element. */
    static String line(DesignFinding f, Locale locale) {
        return (f.blocksUse() ? "error: " : "warning: ")
                + (f.elementId().isEmpty() ? "" : f.elementId() + ": ")
                + f.message().in(locale);
    }
}

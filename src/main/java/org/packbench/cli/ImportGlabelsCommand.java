package org.packbench.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.packbench.app.GlabelsFile;
import org.packbench.app.OutputFile;
import org.packbench.app.TemplateLibrary;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.label.glabels.TemplateName;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code label import-glabels}: a seller's gLabels 3 label as a PackBench template file to start
 * from, with a note for each thing that did not carry over, and then the designer's checks on it
 * (as {@code label check-template} runs them). A template that the checks refuse is still written:
 * it is a starting point, to be finished in the designer.
 */
@Command(
        name = "import-glabels",
        mixinStandardHelpOptions = true,
        description = "Import a gLabels 3 label (.glabels, gzip-compressed or plain XML) as a template JSON file: "
                + "size, texts with their merge fields as PackBench fields, barcodes, lines and boxes. Prints a note "
                + "for each thing that did not carry over, then checks the template as label check-template does. "
                + "Exit 0 when the file is written.")
final class ImportGlabelsCommand extends CommandBase implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.glabels")
    Path file;

    @Option(
            names = "--out",
            paramLabel = "FILE.json",
            description = "Where to write the template (default: ID.json here).")
    Path out;

    @Option(
            names = "--id",
            paramLabel = "ID",
            description = "The template's id (default: from the file name, Cyrillic spelled in Latin).")
    String id;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @Option(
            names = "--dpi",
            defaultValue = "203",
            description = "The printer's resolution for the checks: 203, 300 or 600.")
    int dpi;

    @Option(names = "--json")
    boolean json;

    @Override
    public Integer call() {
        if (id != null && !TemplateName.ID.matcher(id).matches()) {
            err().println("error: " + Message.of("glabels.idInvalid", id).in(locale()));
            return 2;
        }
        GlabelsFile.Imported imported = GlabelsFile.read(file);
        LabelTemplate template = id == null ? imported.template() : renamed(imported.template(), id);
        Path target = out != null ? out : Path.of(template.id() + ".json");
        OutputFile output = OutputFile.at(target, root().databasePath());
        if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            err().println("error: " + Message.of("glabels.outExists", target).in(locale()));
            return 1;
        }
        String text = TemplateWriter.withoutImages().write(template);
        // What is written is what check-template and the designer will read: read it so, once.
        LabelTemplate written = TemplateLibrary.read(text);
        output.write(text.getBytes(StandardCharsets.UTF_8));

        Optional<TemplateChecking.Checked> checked;
        Optional<Message> skipped;
        try {
            checked = Optional.of(TemplateChecking.check(workbench(), written, Optional.empty(), dpi));
            skipped = Optional.empty();
        } catch (ProblemException e) {
            // No catalog to fill it with: the file is written all the same, and the reason said.
            checked = Optional.empty();
            skipped = Optional.of(Message.of("glabels.checkSkipped", e.problem()));
        }
        Message done = Message.of(
                "glabels.imported",
                written.id(),
                target,
                written.elements().size(),
                file.getFileName(),
                imported.notes().size());
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("template", written.id());
            m.put("title", written.title());
            m.put("file", target.toString());
            m.put("source", file.toString());
            m.put("width_mm", written.widthMm());
            m.put("height_mm", written.heightMm());
            m.put("regulated", written.regulated());
            m.put("elements", written.elements().size());
            m.put("notes", imported.notes().stream().map(n -> n.in(locale())).toList());
            m.put("check", checked.map(c -> c.json(locale())).orElse(null));
            skipped.ifPresent(s -> m.put("check_skipped", s.in(locale())));
            out().println(Json.write(m));
        } else {
            out().println(done.in(locale()));
            imported.notes().forEach(n -> out().println("note: " + n.in(locale())));
            checked.ifPresent(c -> c.print(out(), locale()));
            skipped.ifPresent(s -> out().println("warning: " + s.in(locale())));
        }
        return 0;
    }

    private static LabelTemplate renamed(LabelTemplate t, String id) {
        return new LabelTemplate(
                id, t.title(), t.marketplace(), t.kind(), t.regulated(), t.widthMm(), t.heightMm(), t.elements());
    }
}

package org.packbench.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.packbench.app.OutputFile;
import org.packbench.i18n.Message;
import org.packbench.render.LabelFormat;
import picocli.CommandLine.Option;

/** The output options every label-making command shares, and writing the label's file. */
final class LabelOutput {
    @Option(names = "--format", required = true, paramLabel = "pdf|png|zpl|tspl")
    String format;

    @Option(names = "--dpi", defaultValue = "203", description = "Printer resolution: 203, 300 or 600.")
    int dpi;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--json", description = "Describe the issued label as JSON on stdout.")
    boolean json;

    /** The format asked for, or empty after saying on stderr that it is not one. */
    Optional<LabelFormat> format(CommandBase command) {
        Optional<LabelFormat> f = LabelFormat.parse(format);
        if (f.isEmpty()) {
            command.err().println("error: " + Message.of("label.format", format).in(command.locale()));
        }
        return f;
    }

    /**
     * The {@code --out} file, refused (a ProblemException, exit 1) when it is the database or one of
     * its files. Asked before the label is issued, so a refused path leaves no label in the log.
     */
    OutputFile file(CommandBase command) {
        return OutputFile.at(out, command.root().databasePath());
    }
}

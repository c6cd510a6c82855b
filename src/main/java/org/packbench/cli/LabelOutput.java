package org.packbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    /** Writes the label's bytes to {@code --out}; false after saying why it could not. */
    boolean write(byte[] bytes, CommandBase command) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, bytes);
            return true;
        } catch (IOException e) {
            command.err().println("error: " + Message.of("file.unwritable", out, e.getMessage()).in(command.locale()));
            return false;
        }
    }
}

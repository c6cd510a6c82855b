package org.packbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.packbench.app.RenderedLabel;
import org.packbench.i18n.Message;
import org.packbench.label.template.LabelTemplate;
import org.packbench.render.LabelFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "label",
        description = "Render labels and list the templates.",
        subcommands = {
            LabelCommand.Render.class,
            LabelCommand.CheckTemplate.class,
            ImportGlabelsCommand.class,
            LabelCommand.Logistic.class,
            LabelCommand.Void.class,
            LabelCommand.Templates.class,
            TemplateCommands.Save.class,
            TemplateCommands.Export.class
        })
final class LabelCommand {

    @Command(name = "render", description = "Issue a label for an order and write it as PDF, PNG, ZPL or TSPL.")
    static final class Render extends CommandBase implements Callable<Integer> {
        @Mixin
        LabelChoice choice;

        @Mixin
        LabelOutput output;

        @Override
        public Integer call() {
            Optional<LabelFormat> f = output.format(this);
            if (f.isEmpty()) {
                return 2;
            }
            int dpi = output.dpi;
            Path out = output.out;
            org.packbench.app.OutputFile file = output.file(this);
            // Issued and written as one: a write that fails (a full disk, /dev/full) undoes the
            // label, so no live label is left without its file and a retry issues it once.
            RenderedLabel label = workbench().work().inOne(() -> {
                RenderedLabel l = workbench().labels().issue(choice.request(f.get(), dpi));
                if (l.printable()) {
                    file.write(l.bytes());
                }
                return l;
            });
            if (!label.printable()) {
                return refused(new org.packbench.app.LabelRefusedException(label));
            }
            label.warnings()
                    .forEach(w -> err().println("warning: " + w.message().in(locale())));
            if (output.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("label_id", label.labelId());
                m.put("template", choice.template);
                m.put("sku", choice.sku);
                m.put("order", choice.order);
                m.put("tracking", choice.tracking);
                m.put("format", f.get().code());
                m.put("dpi", dpi);
                m.put("file", out.toString());
                m.put("sha256", label.payloadSha256());
                out().println(Json.write(m));
            } else {
                out().println(Message.of(
                                "label.written",
                                label.labelId(),
                                choice.template,
                                f.get().code(),
                                dpi,
                                out)
                        .in(locale()));
            }
            return 0;
        }
    }

    @Command(name = "logistic", description = "Issue a GS1 logistic label with the next SSCC.")
    static final class Logistic extends CommandBase implements Callable<Integer> {
        @Option(names = "--template", defaultValue = "gs1-logistic-a6", paramLabel = "ID")
        String template;

        @Option(
                names = "--content",
                paramLabel = "GS1",
                description = "Content data, bracketed, e.g. (02)04607002977277(37)12(10)B42")
        String content;

        @Mixin
        LabelOutput output;

        @Override
        public Integer call() {
            Optional<LabelFormat> f = output.format(this);
            if (f.isEmpty()) {
                return 2;
            }
            int dpi = output.dpi;
            Path out = output.out;
            org.packbench.app.OutputFile file = output.file(this);
            // As for render: the SSCC label and its file succeed or fail together.
            RenderedLabel label = workbench().work().inOne(() -> {
                RenderedLabel l = workbench()
                        .logisticLabels()
                        .issue(new org.packbench.app.LogisticLabelService.Request(
                                template, Optional.ofNullable(content), f.get(), dpi));
                if (l.printable()) {
                    file.write(l.bytes());
                }
                return l;
            });
            if (!label.printable()) {
                return refused(new org.packbench.app.LabelRefusedException(label));
            }
            String sscc = label.document()
                    .barcode("sscc-barcode")
                    .map(b -> b.data().substring(2))
                    .orElse("");
            if (output.json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("label_id", label.labelId());
                m.put("sscc", sscc);
                m.put("template", template);
                m.put("format", f.get().code());
                m.put("dpi", dpi);
                m.put("file", out.toString());
                m.put("sha256", label.payloadSha256());
                out().println(Json.write(m));
            } else {
                out().println(Message.of(
                                "label.logistic.written",
                                label.labelId(),
                                sscc,
                                template,
                                f.get().code(),
                                dpi,
                                out)
                        .in(locale()));
            }
            return 0;
        }
    }

    @Command(name = "void", description = "Void a printed label (its copies are refused at dispatch).")
    static final class Void extends CommandBase implements Callable<Integer> {
        @picocli.CommandLine.Parameters(paramLabel = "LABEL", description = "Label id, e.g. L00000042 or 42.")
        String label;

        @Option(names = "--reason", required = true)
        String reason;

        @Override
        public Integer call() {
            java.util.OptionalLong id = org.packbench.marketplace.LabelValues.parseLabelId(label);
            if (id.isEmpty()) {
                err().println("error: " + Message.of("label.notFound", label).in(locale()));
                return 2;
            }
            workbench().labelLog().voidLabel(id.getAsLong(), reason);
            out().println(Message.of(
                            "label.voided",
                            org.packbench.marketplace.LabelValues.labelId(id.getAsLong()),
                            reason.strip())
                    .in(locale()));
            return 0;
        }
    }

    @Command(
            name = "templates",
            description = "List the label templates: each with its version and where it comes from (bundled, or saved "
                    + "by whom and when).")
    static final class Templates extends CommandBase implements Callable<Integer> {
        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            var library = workbench().labels().templates();
            var all = library.all();
            if (json) {
                out().println(Json.write(all.stream()
                        .map(t -> {
                            var saved = library.saved(t.id());
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("id", t.id());
                            m.put("title", t.title());
                            m.put("marketplace", t.marketplace());
                            m.put("width_mm", t.widthMm());
                            m.put("height_mm", t.heightMm());
                            m.put("regulated", t.regulated());
                            m.put("version", library.version(t.id()));
                            m.put("origin", saved.isPresent() ? "saved" : "bundled");
                            m.put("saved_by", saved.map(s -> s.savedBy()).orElse(null));
                            m.put(
                                    "saved_at",
                                    saved.map(s -> s.savedAt().toString()).orElse(null));
                            return m;
                        })
                        .toList()));
            } else {
                java.time.format.DateTimeFormatter local = java.time.format.DateTimeFormatter.ofPattern(
                                "yyyy-MM-dd HH:mm", java.util.Locale.ROOT)
                        .withZone(workbench().clock().getZone());
                for (LabelTemplate t : all) {
                    String origin = library.saved(t.id())
                            .map(s -> Message.of(
                                            "template.origin.saved",
                                            s.version(),
                                            s.savedBy(),
                                            local.format(s.savedAt()))
                                    .in(locale()))
                            .orElseGet(
                                    () -> Message.of("template.origin.bundled").in(locale()));
                    out().printf(
                                    "%-22s %5.0f × %-5.0f mm  %-5s %s  (%s)%n",
                                    t.id(), t.widthMm(), t.heightMm(), t.marketplace(), t.title(), origin);
                }
            }
            return 0;
        }
    }

    /**
     * {@code label check-template}: the designer's checks from the command line, for a template
     * written by hand: filled with the catalog's worst case (or {@code --sku}), laid out by the
     * engine at {@code --dpi}, read back, and each problem named on its element.
     */
    @Command(
            name = "check-template",
            mixinStandardHelpOptions = true,
            description = "Check a label template (a bundled id or a JSON file) as the designer does: filled with the "
                    + "catalog's product with the longest name and manufacturer (or --sku), laid out at --dpi, read back; "
                    + "each problem named on its element. Exit 0 when the template may be used.")
    static final class CheckTemplate extends CommandBase implements Callable<Integer> {
        @picocli.CommandLine.Parameters(paramLabel = "ID|FILE.json")
        String template;

        @Option(names = "--dpi", defaultValue = "203", description = "The printer's resolution: 203, 300 or 600.")
        int dpi;

        @Option(names = "--sku", paramLabel = "SKU", description = "The product to fill it with (its SKU or barcode).")
        String sku;

        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() throws java.io.IOException {
            java.nio.file.Path file = java.nio.file.Path.of(template);
            // A file is read as a draft is, so that what keeps it from use is named on its element.
            LabelTemplate t = template.endsWith(".json") && java.nio.file.Files.isRegularFile(file)
                    ? org.packbench.app.TemplateLibrary.readDraft(
                            java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8))
                    : workbench().labels().templates().get(template);
            TemplateChecking.Checked checked = TemplateChecking.check(workbench(), t, Optional.ofNullable(sku), dpi);
            if (json) {
                out().println(Json.write(checked.json(locale())));
            } else {
                checked.print(out(), locale());
            }
            return checked.usable() ? 0 : 1;
        }
    }
}

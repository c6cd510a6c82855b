package org.packbench.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packbench.catalog.CatalogField;
import org.packbench.catalog.RussianText.ForeignLetter;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.verify.pdf.AuditReport;
import org.packbench.verify.pdf.FieldCheck;
import org.packbench.verify.pdf.FieldVerdict;
import org.packbench.verify.pdf.PageBarcode;
import org.packbench.verify.pdf.SmallText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code packbench verify …}: checks of labels made elsewhere or by us. */
@Command(
        name = "verify",
        description = "Check labels against the catalog.",
        subcommands = {VerifyCommand.Pdf.class, VerifyScan.class})
public final class VerifyCommand {

    @Command(
            name = "pdf",
            description = "Audit a label PDF against the SKU record as a marketplace does: name, net weight "
                    + "and manufacturer printed exactly, no text under 10 pt, no barcode for another GTIN.")
    static final class Pdf extends CommandBase implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(
                names = "--sku",
                required = true,
                paramLabel = "SKU",
                description = "The SKU whose record the label must print.")
        String sku;

        @Option(names = "--json", description = "Write the audit report as JSON to stdout.")
        boolean json;

        @Override
        public Integer call() {
            AuditReport report;
            try {
                report = new org.packbench.app.LabelPdfAudit(workbench().catalog()).audit(file, sku);
            } catch (java.io.IOException e) {
                err().println("error: "
                        + Message.of("file.unreadable", file, org.packbench.app.IoReason.of(e))
                                .in(locale()));
                return 1;
            } catch (ProblemException e) {
                err().println("error: " + e.in(locale()));
                return 1;
            }
            if (json) {
                out().println(Json.write(json(report)));
            } else {
                text(report);
            }
            return report.passed() ? 0 : 1;
        }

        private void text(AuditReport report) {
            for (FieldCheck f : report.fields()) {
                out().println(say(fieldLine(f)));
                if (!f.latinLetters().isEmpty()) {
                    out().println(say(Message.of("verify.field.latin", letters(f.latinLetters()))));
                }
            }
            for (SmallText s : report.smallText()) {
                out().println(say(Message.of("verify.smallText", s.page(), points(s.sizePt()), s.text())));
            }
            for (SmallText s : report.smallHri()) {
                out().println(say(Message.of("verify.smallHri", s.page(), points(s.sizePt()), s.text())));
            }
            for (PageBarcode b : report.barcodes()) {
                out().println(say(Message.of("verify.barcode", b.page(), b.format(), b.text())));
            }
            if (report.barcodes().isEmpty()) {
                out().println(say(Message.of("verify.noBarcode")));
            }
            long findings = report.fields().stream().filter(f -> !f.matches()).count()
                    + report.smallText().size();
            out().println(say(
                    report.passed()
                            ? Message.of("verify.verdict.pass", sku)
                            : Message.of("verify.verdict.fail", sku, findings)));
        }

        private static Message fieldLine(FieldCheck f) {
            Message name = Message.of("verify.fieldName." + f.field());
            String found = f.found().orElse("");
            if (f.verdict() == FieldVerdict.MISMATCH && f.field().equals(CatalogField.GTIN.column())) {
                return Message.of("verify.field.gtinMismatch", name, found, f.expected());
            }
            return switch (f.verdict()) {
                case MATCH -> Message.of("verify.field.match", name, found);
                case MISMATCH -> Message.of("verify.field.mismatch", name, found, f.expected());
                case MISSING -> Message.of("verify.field.missing", name, f.expected());
            };
        }

        /** One message per letter, so that each language words the position its own way. */
        private org.packbench.i18n.Composed letters(List<ForeignLetter> letters) {
            return org.packbench.i18n.Composed.of(
                    letters.stream()
                            .map(l -> say(Message.of("verify.letter", String.valueOf(l.letter()), l.position())))
                            .toList(),
                    ", ");
        }

        private String say(Message m) {
            return m.in(locale());
        }

        /** 8 rather than 8.0, and a decimal comma in Russian. */
        private String points(double size) {
            String plain = BigDecimal.valueOf(size).stripTrailingZeros().toPlainString();
            return "ru".equals(locale().getLanguage()) ? plain.replace('.', ',') : plain;
        }
    }

    static Map<String, Object> json(AuditReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fields", report.fields().stream().map(VerifyCommand::field).toList());
        m.put(
                "small_text",
                report.smallText().stream().map(VerifyCommand::small).toList());
        m.put("small_hri", report.smallHri().stream().map(VerifyCommand::small).toList());
        m.put(
                "barcodes",
                report.barcodes().stream()
                        .map(b -> {
                            Map<String, Object> one = new LinkedHashMap<>();
                            one.put("page", b.page());
                            one.put("format", b.format());
                            one.put("text", b.text());
                            b.gtin().ifPresent(g -> one.put("gtin", g));
                            return one;
                        })
                        .toList());
        m.put("verdict", report.verdict().name());
        return m;
    }

    private static Map<String, Object> small(SmallText s) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("page", s.page());
        one.put("size_pt", s.sizePt());
        one.put("text", s.text());
        return one;
    }

    private static Map<String, Object> field(FieldCheck f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", f.field());
        m.put("verdict", f.verdict().name());
        m.put("expected", f.expected());
        m.put("found", f.found().orElse(null));
        if (!f.latinLetters().isEmpty()) {
            m.put(
                    "latin_letters",
                    f.latinLetters().stream()
                            .map(l -> {
                                Map<String, Object> one = new LinkedHashMap<>();
                                one.put("letter", String.valueOf(l.letter()));
                                one.put("position", l.position());
                                return one;
                            })
                            .toList());
        }
        return m;
    }
}

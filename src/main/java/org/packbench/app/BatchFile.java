package org.packbench.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.packbench.catalog.CatalogText;
import org.packbench.catalog.CsvReader;
import org.packbench.catalog.CsvRecord;
import org.packbench.catalog.ImportProblem;
import org.packbench.catalog.Sku;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.label.template.LabelTemplate;
import org.packbench.marketplace.ozon.LogisticContent;
import org.packbench.marking.MarkingCode;
import org.packbench.marking.MarkingCodeList;
import org.packbench.marking.MarkingCodeReader;
import org.packbench.print.PrintQueue;

/**
 * A batch file read and checked before anything is issued: CSV in the catalog's encodings and
 * separators, either parcel rows ({@code sku, order, tracking[, template][, copies]}) or GS1
 * logistic rows ({@code content[, copies]}, one SSCC each); or the marking system's list of
 * Честный ЗНАК codes, one per line with GS as ASCII 29 (one label each). Every faulty row is
 * named by its line and column, so the seller can fix the file in Excel.
 */
public final class BatchFile {
    private static final Map<String, String> HEADERS = new HashMap<>();

    static {
        for (String[] names : new String[][] {
            {"sku", "sku", "артикул", "штрихкод", "gtin"},
            {"order", "order", "order_no", "заказ", "номер заказа", "posting"},
            {"tracking", "tracking", "track", "трек-номер", "трек номер", "трек"},
            {"template", "template", "шаблон"},
            {"copies", "copies", "экземпляров", "копий", "количество"},
            {"content", "content", "содержимое", "gs1"}
        }) {
            for (int i = 1; i < names.length; i++) {
                HEADERS.put(names[i], names[0]);
            }
        }
    }

    /** What a row makes: a parcel's label from a SKU, a logistic (SSCC) label, or a marking code's label. */
    public enum Kind {
        PARCEL,
        LOGISTIC,
        MARKING
    }

    /**
     * One label to make. {@code sku}, {@code order} and {@code tracking} are a parcel row's,
     * {@code content} a logistic row's, {@code mark} a marking row's (null on the others).
     */
    public record Row(
            int line,
            Kind kind,
            String sku,
            String order,
            String tracking,
            String templateId,
            String content,
            MarkingCode mark,
            int copies) {
        public boolean logistic() {
            return kind == Kind.LOGISTIC;
        }

        /** What the row is known by in reports: the order, the logistic content, or the marking code. */
        public String key() {
            return switch (kind) {
                case PARCEL -> order;
                case LOGISTIC -> content;
                case MARKING -> mark.shown();
            };
        }
    }

    public record Reading(List<Row> rows, List<ImportProblem> problems) {
        public Reading {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        /** A list of marking codes (every row is one), rather than a CSV of parcels or cargo. */
        public boolean marking() {
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.kind() == Kind.MARKING);
        }

        public boolean valid() {
            return problems.stream().noneMatch(ImportProblem::isError);
        }
    }

    private final TemplateLibrary templates;
    private final java.util.function.Function<String, Optional<Sku>> products;

    /** @param products the product for a scanned or typed SKU or barcode ({@link LabelService#find}) */
    public BatchFile(TemplateLibrary templates, java.util.function.Function<String, Optional<Sku>> products) {
        this.templates = templates;
        this.products = products;
    }

    /** Reads the file; {@code template} applies to rows that name none. */
    public Reading read(byte[] content, Optional<String> template) {
        String text = CatalogText.decode(content).text();
        if (MarkingCodeList.isOne(text)) {
            return markingRows(text, template);
        }
        List<CsvRecord> records = CsvReader.parse(text, CsvReader.detectDelimiter(text));
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (records.isEmpty()) {
            problems.add(ImportProblem.error(1, "", "", Message.of("batch.empty")));
            return new Reading(rows, problems);
        }
        Map<String, Integer> at = new HashMap<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            String field =
                    HEADERS.get(header.get(i).strip().toLowerCase(Locale.ROOT).replace('ё', 'е'));
            if (field != null) {
                at.putIfAbsent(field, i);
            }
        }
        boolean logistic = at.containsKey("content") && !at.containsKey("sku");
        List<String> required = logistic ? List.of("content") : List.of("sku", "order", "tracking");
        for (String column : required) {
            if (!at.containsKey(column)) {
                problems.add(ImportProblem.error(1, "", "", Message.of("batch.missingColumn", column)));
            }
        }
        if (!problems.isEmpty()) {
            return new Reading(rows, problems);
        }
        Map<String, Integer> orderLines = new HashMap<>();
        Map<String, Integer> trackingLines = new HashMap<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            int before = problems.size();
            int line = record.line();
            int copies = copies(record, at, problems);
            String chosen = value(record, at, "template");
            if (chosen.isEmpty()) {
                chosen = template.orElse("");
            }
            if (logistic) {
                String data = value(record, at, "content");
                try {
                    LogisticContent.parse(data.isEmpty() ? Optional.empty() : Optional.of(data));
                } catch (ProblemException e) {
                    problems.add(ImportProblem.error(line, "content", data, e.problem()));
                }
                String id = chosen.isEmpty() ? "gs1-logistic-a6" : chosen;
                checkTemplate(line, id, null, true, problems);
                if (problems.size() == before) {
                    rows.add(new Row(line, Kind.LOGISTIC, "", "", "", id, data, null, copies));
                }
                continue;
            }
            String code = value(record, at, "sku");
            String order = value(record, at, "order");
            String tracking = value(record, at, "tracking");
            Optional<Sku> sku = code.isEmpty() ? Optional.empty() : products.apply(code);
            if (code.isEmpty()) {
                problems.add(ImportProblem.error(line, "sku", code, Message.of("field.required")));
            } else if (sku.isEmpty()) {
                problems.add(ImportProblem.error(line, "sku", code, Message.of("batch.unknownSku")));
            }
            if (order.isEmpty()) {
                problems.add(ImportProblem.error(line, "order", order, Message.of("field.required")));
            } else if (orderLines.containsKey(order)) {
                problems.add(ImportProblem.error(
                        line, "order", order, Message.of("batch.orderTwice", orderLines.get(order))));
            }
            if (tracking.isEmpty()) {
                problems.add(ImportProblem.error(line, "tracking", tracking, Message.of("field.required")));
            } else if (trackingLines.containsKey(tracking)) {
                problems.add(ImportProblem.error(
                        line, "tracking", tracking, Message.of("batch.trackingTwice", trackingLines.get(tracking))));
            }
            orderLines.putIfAbsent(order, line);
            trackingLines.putIfAbsent(tracking, line);
            String id = chosen;
            if (sku.isPresent()) {
                if (id.isEmpty()) {
                    List<String> family = templates.forProduct(sku.get().marketplace());
                    id = family.isEmpty() ? "" : family.get(0);
                }
                checkTemplate(line, id, sku.get(), false, problems);
            }
            if (problems.size() == before) {
                rows.add(new Row(line, Kind.PARCEL, sku.get().sku(), order, tracking, id, "", null, copies));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.error(1, "", "", Message.of("batch.noRows")));
        }
        return new Reading(rows, problems);
    }

    /**
     * A list of marking codes: each line one code, read by the GS1 engine; a code twice in the file
     * is refused (an item carries one sticker). Every row goes on {@code template}, or the
     * default marking label.
     */
    private Reading markingRows(String text, Optional<String> template) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String id = template.filter(t -> !t.isBlank()).orElse(MarkingLabelService.DEFAULT_TEMPLATE);
        try {
            LabelTemplate t = templates.get(id);
            if (t.kind() != LabelTemplate.Kind.MARKING) {
                problems.add(ImportProblem.error(1, "template", id, Message.of("marks.notMarkingTemplate", id, "")));
            }
        } catch (ProblemException e) {
            problems.add(ImportProblem.error(1, "template", id, e.problem()));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (MarkingCodeList.Line l : MarkingCodeList.lines(text)) {
            try {
                MarkingCode code = MarkingCodeReader.read(l.code(), Optional.empty());
                Integer first = seen.putIfAbsent(code.identity(), l.number());
                if (first != null) {
                    problems.add(ImportProblem.error(
                            l.number(), "code", code.shown(), Message.of("marks.fileTwice", first)));
                    continue;
                }
                rows.add(new Row(l.number(), Kind.MARKING, "", "", "", id, "", code, 1));
            } catch (ProblemException e) {
                problems.add(ImportProblem.error(l.number(), "code", MarkingCodeList.shown(l.code()), e.problem()));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.error(1, "", "", Message.of("batch.noRows")));
        }
        return new Reading(rows, problems);
    }

    private void checkTemplate(int line, String id, Sku sku, boolean logistic, List<ImportProblem> problems) {
        LabelTemplate t;
        try {
            t = templates.get(id);
        } catch (ProblemException e) {
            problems.add(ImportProblem.error(line, "template", id, e.problem()));
            return;
        }
        boolean isLogistic = t.kind() == LabelTemplate.Kind.LOGISTIC;
        if (logistic != isLogistic) {
            problems.add(ImportProblem.error(
                    line, "template", id, Message.of(logistic ? "batch.notLogistic" : "label.logisticTemplate", id)));
        } else if (sku != null && !TemplateLibrary.fits(t, sku.marketplace())) {
            problems.add(ImportProblem.error(
                    line,
                    "template",
                    id,
                    Message.of(
                            "template.wrongMarketplace",
                            id,
                            sku.sku(),
                            sku.marketplace().code(),
                            String.join(", ", templates.forProduct(sku.marketplace())))));
        }
    }

    private static int copies(CsvRecord record, Map<String, Integer> at, List<ImportProblem> problems) {
        String text = value(record, at, "copies");
        if (text.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= PrintQueue.MAX_COPIES) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(
                ImportProblem.error(record.line(), "copies", text, Message.of("batch.copies", PrintQueue.MAX_COPIES)));
        return 1;
    }

    private static String value(CsvRecord record, Map<String, Integer> at, String column) {
        Integer i = at.get(column);
        return i == null || i >= record.fields().size()
                ? ""
                : record.fields().get(i).strip();
    }
}

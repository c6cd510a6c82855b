package org.packbench.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.packbench.i18n.Message;

/** Which position of a row holds which field, as the header line of the file says. */
final class CatalogHeader {
    private final Map<CatalogField, Integer> positions;
    private final List<String> names;
    private final List<ImportProblem> problems;

    private CatalogHeader(Map<CatalogField, Integer> positions, List<String> names, List<ImportProblem> problems) {
        this.positions = positions;
        this.names = names;
        this.problems = problems;
    }

    static CatalogHeader of(CsvRecord header) {
        Map<CatalogField, Integer> positions = new EnumMap<>(CatalogField.class);
        List<ImportProblem> problems = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip();
            names.add(name);
            Optional<CatalogField> field = CatalogField.forHeader(name);
            if (field.isEmpty()) {
                problems.add(
                        ImportProblem.warning(header.line(), name, name, Message.of("catalog.unknownColumn", name)));
            } else if (positions.containsKey(field.get())) {
                problems.add(ImportProblem.error(
                        header.line(),
                        name,
                        name,
                        Message.of("catalog.duplicateColumn", field.get().column())));
            } else {
                positions.put(field.get(), i);
            }
        }
        for (CatalogField f : CatalogField.values()) {
            if (f.required() && !positions.containsKey(f)) {
                problems.add(
                        ImportProblem.error(header.line(), "", "", Message.of("catalog.missingColumn", f.column())));
            }
        }
        return new CatalogHeader(positions, names, problems);
    }

    List<ImportProblem> problems() {
        return problems;
    }

    int width() {
        return names.size();
    }

    /** The field's value in {@code record}, stripped; empty when the column is absent. */
    String value(CsvRecord record, CatalogField field) {
        Integer at = positions.get(field);
        if (at == null || at >= record.fields().size()) {
            return "";
        }
        return record.fields().get(at).strip();
    }

    /** The column name as the file writes it, so that errors point at what the seller sees. */
    String columnName(CatalogField field) {
        Integer at = positions.get(field);
        return at == null ? field.column() : names.get(at);
    }
}

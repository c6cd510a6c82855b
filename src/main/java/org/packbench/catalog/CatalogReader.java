package org.packbench.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * Reads a catalog file into SKUs and problems without writing anything: encoding and delimiter
 * are detected, every row is validated, and SKUs repeated within the file are reported.
 */
public final class CatalogReader {
    private final List<SkuAdvisory> advisories;

    public CatalogReader(List<SkuAdvisory> advisories) {
        this.advisories = List.copyOf(advisories);
    }

    public CatalogReading read(byte[] content) {
        CatalogText decoded;
        try {
            decoded = CatalogText.decode(content);
        } catch (ProblemException e) {
            // Lines of two encodings: no reading of it is right, so no row is read at all.
            return new CatalogReading(java.nio.charset.StandardCharsets.UTF_8, ',', 0, List.of(),
                    List.of(ImportProblem.ofFile(e.problem())));
        }
        char delimiter = CsvReader.detectDelimiter(decoded.text());
        List<ImportProblem> problems = new ArrayList<>();
        List<CsvRecord> records;
        try {
            records = CsvReader.parse(decoded.text(), delimiter);
        } catch (ProblemException e) {
            problems.add(ImportProblem.ofFile(e.problem()));
            return new CatalogReading(decoded.charset(), delimiter, 0, List.of(), problems);
        }
        if (records.isEmpty()) {
            problems.add(ImportProblem.ofFile(Message.of("catalog.empty")));
            return new CatalogReading(decoded.charset(), delimiter, 0, List.of(), problems);
        }
        CatalogHeader header = CatalogHeader.of(records.get(0));
        problems.addAll(header.problems());
        if (header.problems().stream().anyMatch(ImportProblem::isError)) {
            return new CatalogReading(decoded.charset(), delimiter, records.size() - 1, List.of(), problems);
        }
        if (records.size() == 1) {
            // A header and nothing under it is not a successful import of nothing: the rows were
            // probably lost on the way (an export cut short, the wrong sheet saved).
            problems.add(ImportProblem.ofFile(Message.of("catalog.noRows")));
            return new CatalogReading(decoded.charset(), delimiter, 0, List.of(), problems);
        }
        SkuRowParser parser = new SkuRowParser(header);
        Map<String, Integer> firstLineOfSku = new HashMap<>();
        List<CatalogReading.Row> valid = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            String skuCode = header.value(record, CatalogField.SKU);
            Integer earlier = skuCode.isEmpty() ? null : firstLineOfSku.putIfAbsent(skuCode, record.line());
            Optional<Sku> sku = parser.parse(record, problems);
            if (earlier != null) {
                problems.add(ImportProblem.error(record.line(), header.columnName(CatalogField.SKU), skuCode,
                        Message.of("sku.duplicateInFile", earlier)));
                continue;
            }
            sku.ifPresent(s -> {
                valid.add(new CatalogReading.Row(record.line(), s));
                for (SkuAdvisory advisory : advisories) {
                    problems.addAll(advisory.advise(s, record.line()));
                }
            });
        }
        return new CatalogReading(decoded.charset(), delimiter, records.size() - 1, valid, problems);
    }
}

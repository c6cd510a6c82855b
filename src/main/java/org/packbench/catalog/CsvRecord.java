package org.packbench.catalog;

import java.util.List;

/** One record of a CSV file and the line it starts on (1-based, the header is line 1). */
public record CsvRecord(int line, List<String> fields) {
    public CsvRecord {
        fields = List.copyOf(fields);
    }
}

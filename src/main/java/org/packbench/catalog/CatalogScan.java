package org.packbench.catalog;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * Reads a catalog file row by row once its encoding is settled: the header line, then each row
 * parsed and checked (its own values, a code repeated from an earlier line, the advisories) and
 * handed on a chunk at a time, in file order. Memory holds one chunk, whatever the file's size.
 */
final class CatalogScan {
    static final int CHUNK = 500;
    /** Characters of the file's beginning that settle the delimiter (the header line's). */
    private static final int DELIMITER_PREFIX = 1 << 16;

    /** A row as checked: its SKU when valid (else null), and its problems in the order they are told. */
    record CheckedRow(int line, Sku sku, List<ImportProblem> problems) {}

    /** Where the checked file goes: an import writes it, a reading keeps it. */
    interface Handler {
        /** The header line's problems, told before any row; when one is an error, no row follows. */
        void header(List<ImportProblem> problems);

        /** The next rows, in file order. */
        void rows(List<CheckedRow> chunk);
    }

    /**
     * What was read. A refusal is about the whole file (no header, an unclosed quote, a runaway
     * record, bytes changed since the encoding was settled): what was handed on before it is void.
     */
    record Outcome(char delimiter, int rowsRead, Optional<ImportProblem> refusal) {
        static Outcome refused(Message why) {
            return new Outcome(',', 0, Optional.of(ImportProblem.ofFile(why)));
        }
    }

    private record Parsed(int line, String code, Optional<Sku> sku, List<ImportProblem> problems) {}

    private final List<SkuAdvisory> advisories;

    CatalogScan(List<SkuAdvisory> advisories) {
        this.advisories = List.copyOf(advisories);
    }

    Outcome read(
            CatalogSource source,
            CatalogEncoding encoding,
            FirstLines firstLines,
            Handler handler,
            ImportProgress progress)
            throws IOException {
        try (Counting in = new Counting(source.open())) {
            BufferedReader text = new BufferedReader(encoding.reader(in), DELIMITER_PREFIX);
            char delimiter;
            try {
                text.mark(DELIMITER_PREFIX);
                char[] prefix = new char[DELIMITER_PREFIX];
                int n = 0;
                int got;
                while (n < prefix.length && (got = text.read(prefix, n, prefix.length - n)) >= 0) {
                    n += got;
                }
                text.reset();
                delimiter = CsvReader.detectDelimiter(new String(prefix, 0, n));
            } catch (CharacterCodingException e) {
                return Outcome.refused(Message.of("catalog.changedWhileRead"));
            }
            Records records = new Records(new CsvReader(text, delimiter, CsvReader.MAX_RECORD));
            try {
                return rows(
                        records,
                        delimiter,
                        firstLines,
                        handler,
                        () -> progress.read(records.count - 1, in.count, source.size()));
            } catch (Refused e) {
                return new Outcome(delimiter, 0, Optional.of(ImportProblem.ofFile(e.why)));
            }
        }
    }

    private Outcome rows(Records records, char delimiter, FirstLines firstLines, Handler handler, Runnable progress)
            throws IOException {
        Optional<CsvRecord> first = records.next();
        if (first.isEmpty()) {
            throw new Refused(Message.of("catalog.empty"));
        }
        CatalogHeader header = CatalogHeader.of(first.get());
        List<ImportProblem> headerProblems = new ArrayList<>(header.problems());
        if (headerProblems.stream().anyMatch(ImportProblem::isError)) {
            while (records.next().isPresent()) {
                // Counted only: no row can be judged without its columns.
            }
            handler.header(headerProblems);
            return new Outcome(delimiter, records.count - 1, Optional.empty());
        }
        Optional<CsvRecord> row = records.next();
        if (row.isEmpty()) {
            // A header and nothing under it is not a successful import of nothing: the rows were
            // probably lost on the way (an export cut short, the wrong sheet saved).
            headerProblems.add(ImportProblem.ofFile(Message.of("catalog.noRows")));
            handler.header(headerProblems);
            return new Outcome(delimiter, 0, Optional.empty());
        }
        handler.header(headerProblems);
        SkuRowParser parser = new SkuRowParser(header);
        List<Parsed> chunk = new ArrayList<>(CHUNK);
        for (; row.isPresent(); row = records.next()) {
            CsvRecord record = row.get();
            List<ImportProblem> problems = new ArrayList<>();
            Optional<Sku> sku = parser.parse(record, problems);
            chunk.add(new Parsed(record.line(), header.value(record, CatalogField.SKU), sku, problems));
            if (chunk.size() == CHUNK) {
                handler.rows(check(chunk, header, firstLines));
                chunk.clear();
                progress.run();
            }
        }
        if (!chunk.isEmpty()) {
            handler.rows(check(chunk, header, firstLines));
        }
        progress.run();
        return new Outcome(delimiter, records.count - 1, Optional.empty());
    }

    /** The chunk's rows with a code repeated from an earlier line refused, and the advisories' warnings. */
    private List<CheckedRow> check(List<Parsed> chunk, CatalogHeader header, FirstLines firstLines) {
        Set<String> codes = new LinkedHashSet<>();
        for (Parsed p : chunk) {
            if (!p.code().isEmpty()) {
                codes.add(p.code());
            }
        }
        Map<String, Integer> earlier = firstLines.of(codes);
        Map<String, Integer> fresh = new LinkedHashMap<>();
        List<CheckedRow> checked = new ArrayList<>(chunk.size());
        for (Parsed p : chunk) {
            Integer firstLine = null;
            if (!p.code().isEmpty()) {
                firstLine = earlier.get(p.code());
                if (firstLine == null) {
                    firstLine = fresh.putIfAbsent(p.code(), p.line());
                }
            }
            if (firstLine != null) {
                p.problems()
                        .add(ImportProblem.error(
                                p.line(),
                                header.columnName(CatalogField.SKU),
                                p.code(),
                                Message.of("sku.duplicateInFile", firstLine)));
                checked.add(new CheckedRow(p.line(), null, p.problems()));
                continue;
            }
            Sku sku = p.sku().orElse(null);
            if (sku != null) {
                for (SkuAdvisory advisory : advisories) {
                    p.problems().addAll(advisory.advise(sku, p.line()));
                }
            }
            checked.add(new CheckedRow(p.line(), sku, p.problems()));
        }
        firstLines.remember(fresh);
        return checked;
    }

    /** The file's records, counted; what makes the file unreadable as a whole ends the reading. */
    private static final class Records {
        private final CsvReader csv;
        private int count;

        Records(CsvReader csv) {
            this.csv = csv;
        }

        Optional<CsvRecord> next() throws IOException {
            Optional<CsvRecord> r;
            try {
                r = csv.next();
            } catch (ProblemException e) {
                throw new Refused(e.problem());
            } catch (CharacterCodingException e) {
                throw new Refused(Message.of("catalog.changedWhileRead"));
            }
            if (r.isPresent()) {
                count++;
            }
            return r;
        }
    }

    private static final class Refused extends RuntimeException {
        private final transient Message why;

        Refused(Message why) {
            super(why.english(), null, false, false);
            this.why = why;
        }
    }

    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}

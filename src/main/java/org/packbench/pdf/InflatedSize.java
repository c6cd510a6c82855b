package org.packbench.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * How large a document's streams become once inflated, counted without keeping them. PDFBox 3
 * decodes a content stream, a form or a picture's data whole into memory before it reads a byte
 * of it, and its scratch file is not involved: 300 KB of deflated blanks inflate to 300 MB.
 * So every stream is inflated once here, into a counter, and the file is refused when one stream
 * or all of them together pass the limit. Only the general-purpose filters are counted; what a
 * picture codec (JPEG, JPEG 2000, JBIG2, CCITT) makes of its bytes is {@link PictureSize}'s
 * business. A stream that does not decode is left for PDFBox to report as it always has.
 */
final class InflatedSize {
    private static final Set<COSName> GENERAL = Set.of(
            COSName.FLATE_DECODE,
            COSName.FLATE_DECODE_ABBREVIATION,
            COSName.LZW_DECODE,
            COSName.LZW_DECODE_ABBREVIATION,
            COSName.ASCII_HEX_DECODE,
            COSName.ASCII_HEX_DECODE_ABBREVIATION,
            COSName.ASCII85_DECODE,
            COSName.ASCII85_DECODE_ABBREVIATION,
            COSName.RUN_LENGTH_DECODE,
            COSName.RUN_LENGTH_DECODE_ABBREVIATION);
    private static final long MB = 1024L * 1024;

    /** Thrown by the counter the moment a stream passes its share. */
    private static final class Full extends IOException {
        Full() {
            super("inflated past the limit");
        }
    }

    private InflatedSize() {}

    /**
     * Counts every stream of {@code document} that can be reached from its trailer, and the
     * object streams that hold other objects, each before an object inside it is read (which
     * would inflate it whole).
     *
     * <p>The objects are read top down, from the trailer, the order PDFBox itself reads them in:
     * PDFBox marks each object it reads, and the marks of what is read before its referrer go
     * down every chain of references below it at once, so reading 5,000 chained forms bottom up
     * overflows the stack where top down it does not.
     */
    static void check(COSDocument document, PdfLimits limits) throws IOException {
        Budget budget = new Budget(limits);
        for (Long offset : document.getXrefTable().values()) {
            // An object kept in an object stream has minus that stream's number as its offset.
            if (offset != null
                    && offset < 0
                    && document.getObjectFromPool(new COSObjectKey(-offset, 0)).getObject()
                            instanceof COSStream holder) {
                budget.count(holder, -offset);
            }
        }
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.add(document.getTrailer());
        while (!todo.isEmpty()) {
            COSBase next = todo.poll();
            if (next instanceof COSStream stream) {
                budget.count(
                        stream, stream.getKey() == null ? 0 : stream.getKey().getNumber());
            }
            if (next instanceof COSDictionary dictionary) {
                for (COSName key : List.copyOf(dictionary.keySet())) {
                    enqueue(dictionary.getDictionaryObject(key), seen, todo);
                }
            } else if (next instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    enqueue(array.getObject(i), seen, todo);
                }
            }
        }
    }

    private static void enqueue(COSBase value, Set<COSBase> seen, Deque<COSBase> todo) {
        if ((value instanceof COSDictionary || value instanceof COSArray) && seen.add(value)) {
            todo.add(value);
        }
    }

    /** What is left of the limits while the streams are counted; each stream counted once. */
    private static final class Budget {
        private final PdfLimits limits;
        private final Set<COSStream> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        private long left;

        Budget(PdfLimits limits) {
            this.limits = limits;
            this.left = limits.maxInflatedBytes();
        }

        void count(COSStream stream, long number) {
            if (!counted.add(stream)) {
                return;
            }
            long size = inflated(stream, Math.min(left, limits.maxStreamBytes()) + 1);
            if (size > limits.maxStreamBytes()) {
                throw new PdfRefusedException("pdf.limit.stream", number, limits.maxStreamBytes() / MB);
            }
            left -= size;
            if (left < 0) {
                throw new PdfRefusedException("pdf.limit.inflated", limits.maxInflatedBytes() / MB);
            }
        }
    }

    /** The stream's size after its general-purpose filters, or {@code cap} once it reaches that. */
    static long inflated(COSStream stream, long cap) {
        List<COSName> filters = filters(stream.getFilters());
        int general = 0;
        while (general < filters.size() && GENERAL.contains(filters.get(general))) {
            general++;
        }
        if (general == 0) {
            return stream.getLength();
        }
        byte[] stage = null;
        try {
            for (int i = 0; i < general; i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                try (InputStream in = i == 0 ? stream.createRawInputStream() : new ByteArrayInputStream(stage)) {
                    if (i == general - 1) {
                        Counter counter = new Counter(cap);
                        filter.decode(in, counter, stream, i);
                        return counter.count;
                    }
                    Capped next = new Capped(cap);
                    filter.decode(in, next, stream, i);
                    stage = next.toByteArray();
                }
            }
        } catch (Full | FullRuntime e) {
            return cap;
        } catch (IOException | RuntimeException e) {
            // Damaged or encrypted bytes: not this check's to judge.
            return 0;
        }
        return 0;
    }

    private static List<COSName> filters(COSBase filters) {
        List<COSName> out = new ArrayList<>();
        if (filters instanceof COSName name) {
            out.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static final class Counter extends OutputStream {
        private final long cap;
        private long count;

        Counter(long cap) {
            this.cap = cap;
        }

        @Override
        public void write(int b) throws IOException {
            write(null, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count >= cap) {
                count = cap;
                throw new Full();
            }
        }
    }

    private static final class Capped extends ByteArrayOutputStream {
        private final long cap;

        Capped(long cap) {
            this.cap = cap;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (count + (long) len >= cap) {
                throw new FullRuntime();
            }
            super.write(b, off, len);
        }
    }

    private static final class FullRuntime extends RuntimeException {
        FullRuntime() {
            super(null, null, false, false);
        }
    }
}

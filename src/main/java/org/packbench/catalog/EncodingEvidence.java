package org.packbench.catalog;

import java.io.IOException;
import java.io.InputStream;

/**
 * What the bytes of a file that is not clean UTF-8 say about each line: a line whose non-ASCII
 * bytes all form UTF-8 characters was saved as UTF-8; a line with bytes that cannot be UTF-8 was
 * saved in a one-byte encoding (Windows-1251 from Russian Excel). Whole files of either kind are
 * fine; a file with lines of both kinds was pasted together and cannot be read right as either,
 * so it is refused instead of being decoded whole as Windows-1251 with its UTF-8 names garbled.
 *
 * <p>Judged per line, not per byte: a Windows-1251 capital letter followed by « or Ё can form a
 * valid UTF-8 pair by accident, but a Windows-1251 line with Cyrillic text always also holds
 * bytes no UTF-8 reader accepts. One forward pass over a stream with a few counters, so a file of
 * any size is judged before a row of it is read, in a few kilobytes of memory.
 */
final class EncodingEvidence {
    /** A line and the byte offset in the file where its telling bytes start. */
    record Place(int line, long offset) {}

    private int utf8Lines;
    private int singleByteLines;
    private Place firstUtf8;
    private Place firstSingleByte;

    private int line = 1;
    private long offset;
    private long validAt = -1;
    private long invalidAt = -1;
    /** The UTF-8 sequence being read: where it started, continuation bytes still due, the range of the next. */
    private long sequenceAt;

    private int due;
    private int low;
    private int high;

    private EncodingEvidence(long start) {
        this.offset = start;
    }

    /** Reads {@code in} to its end; its first byte is at {@code start} of the file (after a byte-order mark). */
    static EncodingEvidence of(InputStream in, long start) throws IOException {
        EncodingEvidence e = new EncodingEvidence(start);
        byte[] block = new byte[64 * 1024];
        for (int n = in.read(block); n >= 0; n = in.read(block)) {
            for (int i = 0; i < n; i++) {
                e.accept(block[i] & 0xFF);
            }
        }
        e.finish();
        return e;
    }

    private void accept(int b) {
        if (due > 0) {
            if (b >= low && b <= high) {
                low = 0x80;
                high = 0xBF;
                if (--due == 0) {
                    validAt = validAt < 0 ? sequenceAt : validAt;
                }
                offset++;
                return;
            }
            // Cut short: its lead byte is not UTF-8 (nor are the continuation bytes read so far,
            // but the lead came first), and this byte starts afresh.
            invalid(sequenceAt);
            due = 0;
        }
        if (b == '\n') {
            endLine();
        } else if (b >= 0x80) {
            lead(b);
        }
        offset++;
    }

    /** RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF. */
    private void lead(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            expect(1, 0x80, 0xBF);
        } else if (b >= 0xE0 && b <= 0xEF) {
            expect(2, b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF);
        } else if (b >= 0xF0 && b <= 0xF4) {
            expect(3, b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF);
        } else {
            invalid(offset);
        }
    }

    private void expect(int continuations, int firstLow, int firstHigh) {
        sequenceAt = offset;
        due = continuations;
        low = firstLow;
        high = firstHigh;
    }

    private void invalid(long at) {
        invalidAt = invalidAt < 0 ? at : invalidAt;
    }

    private void finish() {
        if (due > 0) {
            invalid(sequenceAt);
            due = 0;
        }
        endLine();
    }

    private void endLine() {
        if (invalidAt >= 0) {
            singleByteLines++;
            if (firstSingleByte == null) {
                firstSingleByte = new Place(line, invalidAt);
            }
        } else if (validAt >= 0) {
            utf8Lines++;
            if (firstUtf8 == null) {
                firstUtf8 = new Place(line, validAt);
            }
        }
        line++;
        validAt = -1;
        invalidAt = -1;
    }

    /** Every byte is UTF-8 (or ASCII, which is UTF-8 too). */
    boolean allUtf8() {
        return singleByteLines == 0;
    }

    /** Lines in UTF-8 and lines in a one-byte encoding both: neither reading is right for all of it. */
    boolean mixed() {
        return utf8Lines > 0 && singleByteLines > 0;
    }

    /** Most lines with non-ASCII text are UTF-8: the few others are the damage. */
    boolean mostlyUtf8() {
        return utf8Lines >= singleByteLines;
    }

    /** The first line with bytes that are not UTF-8, if any. */
    Place firstNotUtf8() {
        return firstSingleByte;
    }

    /** The first line that is UTF-8 (non-ASCII, all of it valid UTF-8), if any. */
    Place firstUtf8() {
        return firstUtf8;
    }
}

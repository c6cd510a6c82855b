package org.packbench.catalog;

/**
 * What the bytes of a file that is not clean UTF-8 say about each line: a line whose non-ASCII
 * bytes all form UTF-8 characters was saved as UTF-8; a line with bytes that cannot be UTF-8 was
 * saved in a one-byte encoding (Windows-1251 from Russian Excel). Whole files of either kind are
 * fine; a file with lines of both kinds was pasted together and cannot be read right as either,
 * so it is refused instead of being decoded whole as Windows-1251 with its UTF-8 names garbled.
 *
 * <p>Judged per line, not per byte: a Windows-1251 capital letter followed by « or Ё can form a
 * valid UTF-8 pair by accident, but a Windows-1251 line with Cyrillic text always also holds
 * bytes no UTF-8 reader accepts. One forward pass with a few counters, so a streaming reader can
 * keep it.
 */
final class EncodingEvidence {
    /** A line, the byte offset in the file where its telling bytes start, and those bytes. */
    record Place(int line, long offset, String bytes) {
    }

    private int utf8Lines;
    private int singleByteLines;
    private Place firstUtf8;
    private Place firstSingleByte;

    private EncodingEvidence() {
    }

    /** Reads {@code bytes} from {@code start} (after a byte-order mark), line by line. */
    static EncodingEvidence of(byte[] bytes, int start) {
        EncodingEvidence e = new EncodingEvidence();
        int line = 1;
        int lineValid = 0;
        int lineInvalid = 0;
        int validAt = -1;
        int invalidAt = -1;
        int i = start;
        while (i <= bytes.length) {
            if (i == bytes.length || bytes[i] == '\n') {
                e.endLine(bytes, line, lineValid, validAt, lineInvalid, invalidAt);
                line++;
                lineValid = 0;
                lineInvalid = 0;
                validAt = -1;
                invalidAt = -1;
                i++;
                continue;
            }
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length > 0) {
                lineValid++;
                validAt = validAt < 0 ? i : validAt;
                i += length;
            } else {
                lineInvalid++;
                invalidAt = invalidAt < 0 ? i : invalidAt;
                i++;
            }
        }
        return e;
    }

    private void endLine(byte[] bytes, int line, int valid, int validAt, int invalid, int invalidAt) {
        if (invalid > 0) {
            singleByteLines++;
            if (firstSingleByte == null) {
                firstSingleByte = new Place(line, invalidAt, hex(bytes, invalidAt));
            }
        } else if (valid > 0) {
            utf8Lines++;
            if (firstUtf8 == null) {
                firstUtf8 = new Place(line, validAt, hex(bytes, validAt));
            }
        }
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

    /** The length of the well-formed UTF-8 sequence at {@code i}, or 0 (RFC 3629: no overlong forms, no surrogates). */
    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            int c = bytes[i + k] & 0xFF;
            int min = k == 1 ? low : 0x80;
            int max = k == 1 ? high : 0xBF;
            if (c < min || c > max) {
                return 0;
            }
        }
        return length;
    }

    /** Up to four bytes from {@code at}, as a hex editor shows them: "CA F0 F3 E6". */
    private static String hex(byte[] bytes, int at) {
        StringBuilder sb = new StringBuilder();
        for (int k = at; k < Math.min(bytes.length, at + 4) && bytes[k] != '\n' && bytes[k] != '\r'; k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02X", bytes[k] & 0xFF));
        }
        return sb.toString();
    }
}

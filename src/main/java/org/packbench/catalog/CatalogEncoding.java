package org.packbench.catalog;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.packbench.i18n.ProblemException;

/**
 * The encoding of a catalog file, settled from all of its bytes before a row is read. Sellers'
 * files come from Excel as Windows-1251 or as UTF-8 with or without a BOM; the encoding is
 * detected, never asked for. A file must be one or the other throughout: one that mixes them is
 * refused, naming the line and byte offset, rather than decoded whole one way with the other
 * lines' names garbled.
 *
 * @param charset   how the text is to be read
 * @param bomLength bytes of byte-order mark before the text
 */
public record CatalogEncoding(Charset charset, int bomLength) {

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /**
     * Reads {@code source} once to its end.
     *
     * @throws ProblemException {@code catalog.encoding.notUtf8} or {@code catalog.encoding.utf8Line}
     *                          for a file of two encodings
     */
    public static CatalogEncoding of(CatalogSource source) throws IOException {
        try (InputStream in = new BufferedInputStream(source.open())) {
            byte[] mark = in.readNBytes(3);
            if (startsWith(mark, 0xEF, 0xBB, 0xBF)) {
                // The mark says UTF-8: any byte that is not is damage, whatever the other lines hold.
                EncodingEvidence evidence = EncodingEvidence.of(in, 3);
                if (!evidence.allUtf8()) {
                    throw notUtf8(source, evidence.firstNotUtf8());
                }
                return new CatalogEncoding(StandardCharsets.UTF_8, 3);
            }
            if (startsWith(mark, 0xFF, 0xFE)) {
                return new CatalogEncoding(StandardCharsets.UTF_16LE, 2);
            }
            if (startsWith(mark, 0xFE, 0xFF)) {
                return new CatalogEncoding(StandardCharsets.UTF_16BE, 2);
            }
            // Windows-1251 Cyrillic is never valid UTF-8 (its letters are lone high bytes), so a
            // file that is UTF-8 throughout settles the question.
            EncodingEvidence evidence =
                    EncodingEvidence.of(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(mark), in), 0);
            if (evidence.allUtf8()) {
                return new CatalogEncoding(StandardCharsets.UTF_8, 0);
            }
            if (evidence.mixed()) {
                throw evidence.mostlyUtf8()
                        ? notUtf8(source, evidence.firstNotUtf8())
                        : new ProblemException(
                                "catalog.encoding.utf8Line",
                                evidence.firstUtf8().line(),
                                evidence.firstUtf8().offset());
            }
            return new CatalogEncoding(WINDOWS_1251, 0);
        }
    }

    /** The text of {@code in}, which starts at the file's first byte, mark skipped. */
    public Reader reader(InputStream in) throws IOException {
        in.skipNBytes(bomLength);
        // UTF-8 was checked byte by byte: a byte that fails now means the file changed in between,
        // which must not pass as a replacement character in a product name.
        CodingErrorAction onError =
                charset.equals(StandardCharsets.UTF_8) ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
        return new InputStreamReader(in, decoder);
    }

    private static ProblemException notUtf8(CatalogSource source, EncodingEvidence.Place place) throws IOException {
        return new ProblemException("catalog.encoding.notUtf8", place.line(), place.offset(), hexAt(source, place));
    }

    /** Up to four bytes from the place, as a hex editor shows them: "CA F0 F3 E6". */
    private static String hexAt(CatalogSource source, EncodingEvidence.Place place) throws IOException {
        byte[] bytes;
        try (InputStream in = source.open()) {
            in.skipNBytes(place.offset());
            bytes = in.readNBytes(4);
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                break;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02X", b & 0xFF));
        }
        return sb.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

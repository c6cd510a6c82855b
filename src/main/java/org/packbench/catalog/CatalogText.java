package org.packbench.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.packbench.i18n.ProblemException;

/**
 * The text of a catalog file and the encoding it was read in. Sellers' files come from Excel
 * as Windows-1251 or as UTF-8 with or without a BOM; the encoding is detected, never asked for.
 * A file must be one or the other throughout: one that mixes them is refused, naming the line
 * and byte offset, rather than decoded whole one way with the other lines' names garbled.
 */
public record CatalogText(String text, Charset charset) {

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    public static CatalogText decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            // The mark says UTF-8: any byte that is not is damage, whatever the other lines hold.
            return new CatalogText(strictUtf8(bytes, 3), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new CatalogText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new CatalogText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE);
        }
        try {
            // Strict decoding: Windows-1251 Cyrillic is never valid UTF-8 (its letters are
            // lone high bytes), so a clean UTF-8 decode settles the question.
            return new CatalogText(utf8(bytes, 0), StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            EncodingEvidence evidence = EncodingEvidence.of(bytes, 0);
            if (evidence.mixed()) {
                throw evidence.mostlyUtf8() ? notUtf8(evidence.firstNotUtf8())
                        : new ProblemException("catalog.encoding.utf8Line", evidence.firstUtf8().line(),
                                evidence.firstUtf8().offset());
            }
            return new CatalogText(new String(bytes, WINDOWS_1251), WINDOWS_1251);
        }
    }

    private static String strictUtf8(byte[] bytes, int start) {
        try {
            return utf8(bytes, start);
        } catch (CharacterCodingException e) {
            throw notUtf8(EncodingEvidence.of(bytes, start).firstNotUtf8());
        }
    }

    private static ProblemException notUtf8(EncodingEvidence.Place place) {
        return new ProblemException("catalog.encoding.notUtf8", place.line(), place.offset(), place.bytes());
    }

    private static String utf8(byte[] bytes, int start) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
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

package org.packbench.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a catalog file and the encoding it was read in. Sellers' files come from Excel
 * as Windows-1251 or as UTF-8 with or without a BOM; the encoding is detected, never asked for.
 */
public record CatalogText(String text, Charset charset) {

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    public static CatalogText decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new CatalogText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8);
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
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new CatalogText(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new CatalogText(new String(bytes, WINDOWS_1251), WINDOWS_1251);
        }
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

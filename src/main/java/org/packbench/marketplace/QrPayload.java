package org.packbench.marketplace;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.packbench.catalog.Marketplace;

/**
 * What the QR code on a PackBench label says (docs/qr-payload.md), version 1:
 * {@code PB1|marketplace|order|tracking|sku|dac|label-id}. Fields are percent-encoded where
 * they hold anything but letters, digits and {@code - . _ /}, so the text is plain ASCII that
 * every scanner and decoder (ZXing, zbar) reads the same.
 */
public record QrPayload(
        Marketplace marketplace, String order, String tracking, String sku, String dac, String labelId) {
    public static final String VERSION = "PB1";
    private static final char SEPARATOR = '|';

    public String encode() {
        StringBuilder sb = new StringBuilder(VERSION);
        for (String f : List.of(marketplace.code(), order, tracking, sku, dac, labelId)) {
            sb.append(SEPARATOR).append(escape(f));
        }
        return sb.toString();
    }

    /** Reads a scanned payload; empty when the text is not a PackBench payload of a known version. */
    public static Optional<QrPayload> decode(String text) {
        String[] parts = text.strip().split("\\|", -1);
        if (parts.length != 7 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        Optional<Marketplace> mp = Marketplace.parse(parts[1]);
        if (mp.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new QrPayload(
                    mp.get(),
                    unescape(parts[2]),
                    unescape(parts[3]),
                    unescape(parts[4]),
                    unescape(parts[5]),
                    unescape(parts[6])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z'
                    || c >= 'a' && c <= 'z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '/') {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static String unescape(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("bad escape");
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

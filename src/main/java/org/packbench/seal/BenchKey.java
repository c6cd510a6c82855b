package org.packbench.seal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bench's secret: 32 random bytes kept in a file beside the database that only the
 * operating-system user can read, never in the database itself. What it seals (each log entry,
 * each account, the database's seal, the anchor) cannot be made again by someone who holds the
 * database file alone. It is never printed: {@link #toString()} hides it.
 */
public final class BenchKey {
    public static final int BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;
    /** One Mac per thread: making one costs more than sealing a log entry with it. */
    private final ThreadLocal<Mac> macs;

    private BenchKey(byte[] secret) {
        this.secret = secret.clone();
        SecretKeySpec spec = new SecretKeySpec(this.secret, ALGORITHM);
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac m = Mac.getInstance(ALGORITHM);
                m.init(spec);
                return m;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every Java runtime has HmacSHA256", e);
            }
        });
    }

    /** A key from its bytes; refused unless exactly {@link #BYTES} long. */
    public static BenchKey of(byte[] bytes) {
        if (bytes == null || bytes.length != BYTES) {
            throw new IllegalArgumentException("a bench key is " + BYTES + " bytes");
        }
        return new BenchKey(bytes);
    }

    public static BenchKey random(SecureRandom random) {
        byte[] b = new byte[BYTES];
        random.nextBytes(b);
        try {
            return new BenchKey(b);
        } finally {
            Arrays.fill(b, (byte) 0);
        }
    }

    /** The bytes, for the key file only. */
    public byte[] bytes() {
        return secret.clone();
    }

    /**
     * HMAC-SHA256 in hex over {@code purpose} and {@code fields}, each length-prefixed so that no
     * two different lists share an encoding. The purpose keeps a seal made for one thing (an
     * account) from passing for another (a log entry).
     */
    public String seal(String purpose, String... fields) {
        Mac mac = macs.get();
        mac.reset();
        return HexFormat.of()
                .formatHex(mac.doFinal(Encoding.lengthPrefixed(purpose, fields).getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code found} is the seal of {@code purpose} and {@code fields}, compared in constant time. */
    public boolean holds(String found, String purpose, String... fields) {
        return found != null
                && MessageDigest.isEqual(
                        seal(purpose, fields).getBytes(StandardCharsets.US_ASCII),
                        found.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        // Never the key itself: this object may end up in a message or a log line.
        return "BenchKey[hidden]";
    }
}

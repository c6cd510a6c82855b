package org.packbench.access;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.packbench.i18n.ProblemException;

/**
 * PINs kept as PBKDF2-HMAC-SHA256 with a 16-byte random salt: {@code pbkdf2-sha256$iterations$salt$hash}.
 * The iteration count is stored with each hash so that it can be raised later without locking anyone out.
 */
public final class PinHash {
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; a quarter of a second here, once per sign-in. */
    public static final int ITERATIONS = 600_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PinHash() {}

    /** A PIN is 4 to 32 characters; a short numeric PIN is what a supervisor can type on a bench keypad. */
    public static void checkPin(char[] pin) {
        if (pin == null || pin.length < 4 || pin.length > 32) {
            throw new ProblemException("access.pinLength");
        }
    }

    public static String of(char[] pin) {
        return of(pin, ITERATIONS);
    }

    public static String of(char[] pin, int iterations) {
        checkPin(pin);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(pin, salt, iterations));
    }

    /** Compared in constant time, so that timing says nothing of how much of the PIN was right. */
    public static boolean matches(String stored, char[] pin) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256") || pin == null) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(pin, salt, Integer.parseInt(parts[1])));
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}

package org.packbench.seal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.packbench.i18n.ProblemException;

/**
 * Seals the marketplaces' API keys and tokens for keeping in the database: AES-256-GCM under a key
 * derived from the {@link BenchKey}, which lives beside the database and never in it, so a copy of
 * the database alone does not give the secrets away. Each sealed secret is bound to the name it was
 * sealed for: moved to another account's row, it does not open.
 */
public final class SecretBox {
    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random;

    public SecretBox(BenchKey benchKey, SecureRandom random) {
        this.key = new SecretKeySpec(HexFormat.of().parseHex(benchKey.seal("marketplace-secret-box")), "AES");
        this.random = random;
    }

    /** The secret sealed for {@code name}. */
    public String seal(String name, char[] secret) {
        byte[] plain = utf8(secret);
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = cipher(Cipher.ENCRYPT_MODE, iv, name);
            byte[] sealed = c.doFinal(plain);
            return VERSION
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES/GCM", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The secret sealed for {@code name}; refused when it was sealed with another key or for another name. */
    public char[] open(String name, String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new ProblemException("marketplace.secret.unreadable", name);
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new ProblemException("marketplace.secret.unreadable", name);
        }
        if (all.length <= IV_BYTES) {
            throw new ProblemException("marketplace.secret.unreadable", name);
        }
        byte[] plain = null;
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, IV_BYTES), name);
            plain = c.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
            char[] out = new char[chars.remaining()];
            chars.get(out);
            Arrays.fill(chars.array(), '\0');
            return out;
        } catch (AEADBadTagException e) {
            throw new ProblemException("marketplace.secret.unreadable", name);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES/GCM", e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private Cipher cipher(int mode, byte[] iv, String name) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        c.updateAAD(name.getBytes(StandardCharsets.UTF_8));
        return c;
    }

    private static byte[] utf8(char[] secret) {
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] out = new byte[b.remaining()];
        b.get(out);
        Arrays.fill(b.array(), (byte) 0);
        return out;
    }

    @Override
    public String toString() {
        return "SecretBox[key hidden]";
    }
}

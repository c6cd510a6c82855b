package org.packbench.seal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.packbench.i18n.ProblemException;

/** A marketplace secret sealed for the database: opened only with the bench's key and for the name it was sealed for. */
class SecretBoxTest {
    private static final char[] KEY = "ozon-api-key-0123456789abcdef".toCharArray();

    private final SecureRandom random = new SecureRandom();
    private final BenchKey benchKey = BenchKey.random(random);

    @Test
    void whatIsSealedOpensAgainAsItWas() {
        SecretBox box = new SecretBox(benchKey, random);
        String sealed = box.seal("ozon", KEY.clone());
        assertArrayEquals(KEY, box.open("ozon", sealed));
        assertArrayEquals(KEY, new SecretBox(BenchKey.of(benchKey.bytes()), random).open("ozon", sealed));
    }

    @Test
    void theSealedTextDoesNotCarryTheSecretAndDiffersEachTime() {
        SecretBox box = new SecretBox(benchKey, random);
        String a = box.seal("ozon", KEY.clone());
        String b = box.seal("ozon", KEY.clone());
        assertFalse(a.contains("0123456789"), a);
        assertNotEquals(a, b, "a fresh nonce each time");
    }

    @Test
    void anotherBenchKeyCannotOpenIt() {
        String sealed = new SecretBox(benchKey, random).seal("ozon", KEY.clone());
        SecretBox other = new SecretBox(BenchKey.random(random), random);
        ProblemException e = assertThrows(ProblemException.class, () -> other.open("ozon", sealed));
        assertEquals("marketplace.secret.unreadable", e.problem().key());
    }

    @Test
    void aSecretMovedToAnotherAccountDoesNotOpen() {
        SecretBox box = new SecretBox(benchKey, random);
        String sealed = box.seal("ozon", KEY.clone());
        assertThrows(ProblemException.class, () -> box.open("ozon-2", sealed));
    }

    @Test
    void aDamagedSealIsRefusedInWords() {
        SecretBox box = new SecretBox(benchKey, random);
        String sealed = box.seal("vk", KEY.clone());
        String flipped = sealed.substring(0, sealed.length() - 3) + (sealed.endsWith("A==") ? "B==" : "A==");
        for (String bad : new String[] {"", "v1:", "v1:!!!", "v0:" + sealed.substring(3), flipped}) {
            assertThrows(ProblemException.class, () -> box.open("vk", bad), bad);
        }
    }

    @Test
    void theCallersArrayIsWipedOnceSealed() {
        char[] mine = KEY.clone();
        new SecretBox(benchKey, random).seal("ozon", mine);
        // Sealing itself keeps no copy; MarketplaceService wipes the caller's array, the box only reads it.
        assertArrayEquals(KEY, mine);
    }
}

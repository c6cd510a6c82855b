package org.packbench.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.packbench.i18n.ProblemException;

/** Marking codes as scanners send them in the field, read through the GS1 engine. */
class MarkingCodeReaderTest {
    private static final String GS = "\u001D";
    private static final String GTIN = "04607002977277";
    private static final String SERIAL = "5Ab!c%dE7f8Gh";
    private static final String KEY = "EE07";
    /** 44 characters, as a crypto-tail of the long form is. */
    private static final String CRYPTO = "MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1pQ";

    private static String longForm(String separator) {
        return "01" + GTIN + "21" + SERIAL + separator + "91" + KEY + separator + "92" + CRYPTO;
    }

    @Test
    void theLongFormIsReadElementByElementWithItsTailByteForByte() {
        assertEquals(44, CRYPTO.length());
        MarkingCode c = MarkingCodeReader.read("]d2" + longForm(GS), Optional.empty());
        assertEquals(GTIN, c.gtin());
        assertEquals(SERIAL, c.serial());
        assertEquals(Optional.of(KEY), c.verificationKey());
        assertEquals(Optional.of(CRYPTO), c.cryptoTail());
        assertEquals("01" + GTIN + "21" + SERIAL, c.identity());
        assertEquals(longForm(GS), c.elementString());
    }

    @Test
    void withoutItsSymbologyIdentifierOrWithAStandInItIsTheSameCode() {
        MarkingCode expected = MarkingCodeReader.read("]d2" + longForm(GS), Optional.empty());
        assertEquals(expected, MarkingCodeReader.read(longForm(GS), Optional.empty()));
        assertEquals(expected, MarkingCodeReader.read("]d2" + longForm("<GS>"), Optional.of("<GS>")));
        assertEquals(expected, MarkingCodeReader.read(GS + longForm(GS), Optional.empty()), "FNC1 sent as GS");
    }

    @Test
    void aCodeWhoseGsTheScannerDroppedIsSplitByItsFormsLengths() {
        assertEquals(
                MarkingCodeReader.read(longForm(GS), Optional.empty()),
                MarkingCodeReader.read(longForm(""), Optional.empty()));
    }

    @Test
    void aSerialHoldingTheDigits91And92IsNotCutThere() {
        String serial = "9191929192919";
        String code = "01" + GTIN + "21" + serial + "91" + KEY + "92" + CRYPTO;
        MarkingCode c = MarkingCodeReader.read(code, Optional.empty());
        assertEquals(serial, c.serial());
        assertEquals(Optional.of(KEY), c.verificationKey());
    }

    @Test
    void theShortFormIsReadWithAndWithoutGs() {
        MarkingCode c = MarkingCodeReader.read("]d2010460700297727721kY8p3Z" + GS + "93dGVz", Optional.empty());
        assertTrue(c.shortForm());
        assertEquals("kY8p3Z", c.serial());
        assertEquals(Optional.of("dGVz"), c.shortTail());
        assertEquals(c, MarkingCodeReader.read("010460700297727721kY8p3Z93dGVz", Optional.empty()));
    }

    @Test
    void theFieldsCommonFailuresAreRefusedEachInItsOwnWords() {
        assertEquals("marks.plainDataMatrix", refusal("]d1" + longForm(GS)));
        assertEquals("marks.notDataMatrix", refusal("]C1" + longForm(GS)));
        assertEquals("marks.notAMarkingCode", refusal("4607002977277"));
        assertEquals(
                "marks.cryptoLength",
                refusal(longForm(GS).substring(0, longForm(GS).length() - 1)));
        assertEquals(
                "marks.gsMissing",
                refusal(longForm("").substring(0, longForm("").length() - 3)));
        assertEquals("marks.form", refusal("01" + GTIN + "21" + SERIAL + GS + "93dGVz" + GS + "91" + KEY));
    }

    /**
     * Random serials and tails, sent with GS, with a stand-in and without GS: read back to the same
     * values, or (without GS, when the lengths allow two splits) refused, never split wrongly.
     */
    @Test
    void randomCodesSurviveEveryWayOfSendingThem() {
        SplittableRandom r = new SplittableRandom(18);
        String serialChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!\"%&'*+-./:;<=>?_";
        String tailChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
        int ambiguous = 0;
        for (int i = 0; i < 20_000; i++) {
            String serial = chars(r, serialChars, 1 + r.nextInt(20));
            boolean shortForm = r.nextInt(4) == 0;
            String key = chars(r, tailChars, 4);
            String tail = chars(r, tailChars, shortForm ? 4 : r.nextBoolean() ? 44 : 88);
            String head = "01" + GTIN + "21" + serial;
            String withGs = shortForm ? head + GS + "93" + tail : head + GS + "91" + key + GS + "92" + tail;
            MarkingCode expected = MarkingCodeReader.read("]d2" + withGs, Optional.empty());
            assertEquals(serial, expected.serial(), withGs);
            assertEquals(expected, MarkingCodeReader.read(withGs.replace(GS, "~~"), Optional.of("~~")), withGs);
            try {
                assertEquals(expected, MarkingCodeReader.read(withGs.replace(GS, ""), Optional.empty()), withGs);
            } catch (ProblemException e) {
                assertEquals("marks.gsMissingAmbiguous", e.problem().key(), withGs);
                ambiguous++;
            }
        }
        assertTrue(ambiguous < 100, "two splits fit rarely: " + ambiguous);
    }

    private static String chars(SplittableRandom r, String from, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(from.charAt(r.nextInt(from.length())));
        }
        return b.toString();
    }

    private static String refusal(String scanned) {
        return assertThrows(ProblemException.class, () -> MarkingCodeReader.read(scanned, Optional.empty()))
                .problem()
                .key();
    }
}

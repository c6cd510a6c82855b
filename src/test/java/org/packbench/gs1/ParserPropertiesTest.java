package org.packbench.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.packbench.i18n.ProblemException;

/**
 * Whatever text arrives, from a keyboard-wedge scanner or a pasted field, the parsers answer
 * with a verdict: a result or a ProblemException, never any other exception.
 */
class ParserPropertiesTest {
    private static final String GS1_ALPHABET = "0123456789()\\]Cd2Q3e0ABCxyz!\"%&'*+,-./:;<=>?_#@~| \u001D\u00f1Ж";
    private static final List<String> VALID = List.of(
            "(01)09506000134352(17)201225(10)ABC123", "(00)123456789012345675(02)12345678901231(37)12",
            "(01)12345678901231(3103)000123(3922)599", "(8110)012345612345611110123",
            "(8030)DIGSIG(01)12345678901231(21)ABC123", "(415)1234567890128(8020)REF1(8007)GB98MIDL07009312345678",
            "(8018)123456789012345675(7259)SMITH(7258)1/2", "(01)09506000134352(8001)12341234512398");

    private static void onlyProblems(Runnable action) {
        try {
            action.run();
        } catch (ProblemException expected) {
            // A verdict, which is all we ask for.
        }
    }

    private static void everyReader(String text) {
        onlyProblems(() -> Gs1Parser.parseBracketed(text));
        onlyProblems(() -> Gs1Parser.parseScanData(text));
        onlyProblems(() -> Gs1Parser.parseScanData(text, "<GS>"));
        onlyProblems(() -> Gs1Parser.parseScanData(text, "|"));
        onlyProblems(() -> Gs1Parser.parseUnbracketed(text, null));
        onlyProblems(() -> Gs1Check.check(text));
        onlyProblems(() -> Gs1Check.check(text, "~"));
        onlyProblems(() -> Sscc.parse(text));
    }

    @Property(tries = 2000)
    void arbitraryTextGivesOnlyProblems(@ForAll("gs1ishText") String text) {
        everyReader(text);
    }

    @Property(tries = 500)
    void anyUnicodeTextGivesOnlyProblems(@ForAll String text) {
        everyReader(text);
    }

    @Property(tries = 3000)
    void mutatedValidDataGivesOnlyProblems(@ForAll("mutatedValid") String text) {
        everyReader(text);
        everyReader("]C1" + text.replaceAll("[()]", ""));
    }

    @Property(tries = 1000)
    void acceptedDataIsStableUnderNormalisation(@ForAll("mutatedValid") String text) {
        String first;
        try {
            first = Gs1Check.check(text);
        } catch (ProblemException refused) {
            return;
        }
        assertEquals(first, Gs1Check.check(first));
    }

    @Property(tries = 500)
    void generatedMessagesSurviveEveryFormat(@ForAll("tradeItems") ElementString elements) {
        assertEquals(elements, Gs1Parser.parseBracketed(Gs1Formatter.bracketed(elements)));
        for (Symbology s : Symbology.values()) {
            assertEquals(elements, Gs1Parser.parseScanData(Gs1Formatter.scanData(elements, s)));
            assertEquals(elements, Gs1Parser.parseScanData(Gs1Formatter.scanData(elements, s, "<GS>"), "<GS>"));
        }
        assertEquals(
                Gs1Formatter.withFnc1(elements, "\u001D"),
                ZplFieldDataDecoder.decode(Gs1Formatter.zplCode128(elements)));
    }

    @Property(tries = 300)
    void composedSsccsAreValid(
            @ForAll @IntRange(min = 0, max = 9) int extension, @ForAll @IntRange(min = 0, max = 999_999) int serial) {
        Sscc sscc = Sscc.compose(extension, "4607002977", serial);
        assertEquals(sscc, Sscc.parse(sscc.digits()));
    }

    @Provide
    Arbitrary<String> gs1ishText() {
        return Arbitraries.strings().withChars(GS1_ALPHABET.toCharArray()).ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> mutatedValid() {
        Arbitrary<String> base = Arbitraries.of(VALID);
        Arbitrary<List<int[]>> edits = Arbitraries.integers()
                .between(0, 1000)
                .array(int[].class)
                .ofSize(3)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
        return Combinators.combine(base, edits).as(ParserPropertiesTest::mutate);
    }

    private static String mutate(String text, List<int[]> edits) {
        StringBuilder s = new StringBuilder(text);
        for (int[] e : edits) {
            int at = s.length() == 0 ? 0 : e[0] % s.length();
            char c = GS1_ALPHABET.charAt(e[2] % GS1_ALPHABET.length());
            switch (e[1] % 3) {
                case 0 -> s.insert(at, c);
                case 1 -> {
                    if (s.length() > 0) {
                        s.deleteCharAt(at);
                    }
                }
                default -> {
                    if (s.length() > 0) {
                        s.setCharAt(at, c);
                    }
                }
            }
        }
        return s.toString();
    }

    @Provide
    Arbitrary<ElementString> tradeItems() {
        Arbitrary<String> gtinBody = Arbitraries.strings().numeric().ofLength(13);
        Arbitrary<String> set82 = Arbitraries.strings()
                .withChars(CharSet.CSET_82.members().toCharArray())
                .ofMinLength(1)
                .ofMaxLength(20)
                .filter(v -> !v.contains("<GS>"));
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 28);
        Arbitrary<Integer> weight = Arbitraries.integers().between(0, 999_999);
        return Combinators.combine(gtinBody, set82, set82, day, weight).as((body, lot, serial, d, w) -> {
            List<Element> list = new ArrayList<>();
            list.add(new Element("01", body + CheckDigit.compute(body)));
            list.add(new Element("10", lot));
            list.add(new Element("17", String.format("2612%02d", d)));
            list.add(new Element("21", serial));
            list.add(new Element("3103", String.format("%06d", w)));
            return new ElementString(list);
        });
    }
}

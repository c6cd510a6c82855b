package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.packbench.scan.KeyboardLayouts;

/**
 * The packing bench's order and tracking scans, over thousands of generated codes: any code a
 * marketplace issues (Latin capitals, digits, dashes) typed by a wedge scanner under the Russian
 * layout is read back exactly, and the same code typed as it is stays untouched.
 */
class ParcelChecksPropertiesTest {
    private static final Map<Character, Character> US_TO_RU = new HashMap<>();

    static {
        for (char c = 'А'; c <= 'я'; c++) {
            char us = KeyboardLayouts.russianToUs(String.valueOf(c)).charAt(0);
            if (us >= 'A' && us <= 'Z') {
                US_TO_RU.putIfAbsent(us, c);
            }
        }
    }

    // No catalog, no records: only the reading of the code is under test here.
    private final ParcelChecks checks = new ParcelChecks(code -> Optional.empty(), null, Optional.empty());

    @Provide
    Arbitrary<String> parcelCodes() {
        return Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
                .ofMinLength(3)
                .ofMaxLength(30)
                .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
    }

    private static String typedUnderRussianLayout(String code) {
        StringBuilder sb = new StringBuilder();
        for (char c : code.toCharArray()) {
            sb.append(US_TO_RU.getOrDefault(c, c));
        }
        return sb.toString();
    }

    @Property(tries = 5000)
    void aCodeTypedUnderTheRussianLayoutIsReadBackExactly(@ForAll("parcelCodes") String code) {
        String typed = typedUnderRussianLayout(code);
        assertEquals(code, checks.repairedParcelCode(typed + "\r\n"));
    }

    @Property(tries = 5000)
    void aCodeTypedAsItIsIsNeverChanged(@ForAll("parcelCodes") String code) {
        assertEquals(code, checks.repairedParcelCode(code));
    }

    @Property(tries = 2000)
    void aLongGarbledScanIsQuotedShort(@ForAll("parcelCodes") String code) {
        String quoted = ParcelChecks.quote(code.repeat(5));
        assertTrue(quoted.length() <= 60, quoted);
    }
}

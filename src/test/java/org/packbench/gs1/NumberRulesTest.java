package org.packbench.gs1;

import static org.packbench.gs1.Problems.accepted;
import static org.packbench.gs1.Problems.refused;
import static org.packbench.gs1.Problems.refusedAt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Value rules on numbers and flags; each check asserts through {@link Problems} (accepted, refused, refusedAt). */
class NumberRulesTest {
    private static final String GTIN = "(01)09506000134352";
    private static final String SSCC = "(00)123456789012345675";

    @ParameterizedTest
    @ValueSource(strings = {"4321", "4322", "4323"})
    void deliveryFlagsAreZeroOrOne(String ai) {
        accepted(SSCC + "(" + ai + ")0");
        accepted(SSCC + "(" + ai + ")1");
        refusedAt(SSCC + "(" + ai + ")2", "gs1.yesNo", ai, 29);
    }

    @Test
    void rollDimensionsAreNonZeroAndTheWindingIs019() {
        accepted(GTIN + "(8001)12341234512398");
        accepted(GTIN + "(8001)12341234512308");
        refused(GTIN + "(8001)12341234512321", "gs1.winding");
        refusedAt(GTIN + "(8001)12340000012311", "gs1.nonZero", "8001", 29);
    }

    @Test
    void aReturnableAssetIdentifierStartsWithZero() {
        accepted("(8003)01234567890128");
        refusedAt("(8003)11234567890128", "gs1.zero", "8003", 7);
    }

    @Test
    void piecesAreNumberedOneToTotal() {
        accepted("(8006)123456789012310102");
        accepted("(8006)123456789012310202");
        refusedAt("(8006)123456789012310099", "gs1.piece.zero", "8006", 21);
        refusedAt("(8006)123456789012310100", "gs1.piece.totalZero", "8006", 23);
        refused("(8006)123456789012310302", "gs1.piece.exceeds");
    }

    @Test
    void itipContentIsCheckedTheSameWay() {
        accepted("(00)123456789012345675(37)3(8026)123456789012310103");
        refused("(00)123456789012345675(37)3(8026)123456789012310403", "gs1.piece.exceeds");
    }

    @Test
    void aBirthSequenceIsPositionSlashTotal() {
        String recipient = "(8018)123456789012345675(7259)SMITH";
        accepted(recipient + "(7258)1/2");
        accepted(recipient + "(7258)2/2");
        refused(recipient + "(7258)111", "gs1.sequence.form");
        refused(recipient + "(7258)0/3", "gs1.sequence.zero");
        refused(recipient + "(7258)2/1", "gs1.sequence.exceeds");
    }

    @Test
    void geolocationIsOffsetSoItIsNeverNegative() {
        accepted(SSCC + "(4309)02790858483600000000");
        refusedAt(SSCC + "(4309)18000000010000000000", "gs1.latitude", "4309", 29);
        refusedAt(SSCC + "(4309)00000000003600000001", "gs1.longitude", "4309", 39);
    }

    @Test
    void aTemperatureBelowZeroEndsWithAHyphen() {
        accepted(SSCC + "(4331)000250");
        accepted(SSCC + "(4331)000250-");
        refusedAt(SSCC + "(4330)000000X", "gs1.hyphen", "4330", 35);
    }

    @Test
    void aCpidSerialHasNoLeadingZero() {
        accepted("(8010)1234ABC-#/(8011)123");
        refused("(8010)1234ABC(8011)0123", "gs1.zeroPrefix");
    }

    @Test
    void percentEscapesNeedTwoHexDigits() {
        accepted(SSCC + "(4300)ACME%20LTD");
        refusedAt(SSCC + "(4300)ABC%0g", "gs1.percent", "4300", 32);
        refused(SSCC + "(4300)ABC%2", "gs1.percent");
    }
}

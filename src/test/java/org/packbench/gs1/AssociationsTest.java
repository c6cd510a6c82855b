package org.packbench.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packbench.gs1.Problems.accepted;
import static org.packbench.gs1.Problems.refused;
import static org.packbench.gs1.Problems.refusedAt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.i18n.ProblemException;

class AssociationsTest {
    private static final String GTIN = "(01)12345678901231";
    private static final String SSCC = "(00)123456789012345675";

    @Test
    void contentGtinRequiresACountAndTheCountRequiresTheContent() {
        refusedAt("(02)12345678901231", "gs1.requires.one", "02", 2);
        refused(SSCC + "(37)12", "gs1.requires.any");
        accepted(SSCC + "(02)12345678901231(37)12");
    }

    @Test
    void contentAndCountBelongOnALogisticUnitWithAnSscc() {
        ProblemException p = refused("(02)12345678901231(37)123", "gs1.requires.one");
        assertEquals("37", p.problem().args().get(0));
        assertEquals("AI (37), position 20: needs AI (00) in the same data", p.getMessage());
    }

    @Test
    void aTradeItemGtinAndAContentGtinExcludeEachOther() {
        ProblemException p = refused(SSCC + GTIN + "(02)12345678901231", "gs1.pair.invalid");
        assertEquals("AI (02), position 42: must not be used together with AI (01) at position 24", p.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(01)12345678901231(255)5412345000150",
                "(01)12345678901231(37)123(00)123456789012345675",
                "(21)ABC123(235)XYZ(01)12345678901231",
                "(255)1234567890128(3940)1234(8111)9999",
                "(255)1234567890128(3940)1234(3941)9999",
                "(01)12345678901231(30)5(3955)123456(3929)123",
                "(00)123456789012345675(4330)000100(4331)000100",
                "(421)643101000(4307)RU(00)123456789012345675",
                "(8017)123456789012345675(8018)123456789012345675"
            })
    void invalidPairsOfSection414AreRefused(String data) {
        refused(data, "gs1.pair.invalid");
    }

    @Test
    void anAiIsNotExcludedByItsOwnFamilyPattern() {
        accepted(GTIN + "(3103)000123");
        accepted(GTIN + "(3103)000123(3203)000456");
        refused(GTIN + "(3103)000123(3102)001230", "gs1.pair.invalid");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(10)ABC",
                "(17)261231",
                "(21)ABC123",
                "(22)X",
                "(250)ABC(21)X",
                "(3103)000123",
                "(3300)000123",
                "(403)ROUTE",
                "(4300)ACME",
                "(7004)123",
                "(7022)A",
                "(8011)123",
                "(8019)1",
                "(8020)X",
                "(8111)1000",
                "(8200)HTTP://X",
                "(254)EXT",
                "(12)261231",
                "(3922)123(30)5",
                "(7258)1/2"
            })
    void mandatoryAssociationsAreEnforced(String data) {
        ProblemException p = Problems.problem(() -> Gs1Parser.parseBracketed(data));
        org.junit.jupiter.api.Assertions.assertTrue(p.problem().key().startsWith("gs1.requires."), p::getMessage);
    }

    @Test
    void aSecondarySerialNeedsBothAKeyAndASerial() {
        refused(GTIN + "(250)ABC123", "gs1.requires.one");
        accepted(GTIN + "(21)XYZ999(250)ABC123");
    }

    @Test
    void aPriceNeedsAGtinAndAVariableMeasure() {
        refused(GTIN + "(3925)12599", "gs1.requires.any");
        accepted(GTIN + "(3925)12599(30)123");
        accepted(GTIN + "(3925)12599(3105)654321");
        accepted(GTIN + "(3925)12599(3695)654321");
    }

    @Test
    void aBirthSequenceNeedsARecipientTogetherWithTheBabysFamilyName() {
        refused("(8018)123456789012345675(7258)1/2", "gs1.requires.one");
        accepted("(8018)123456789012345675(7259)SMITH(7258)1/2");
    }

    @Test
    void repeatedAisMustCarryTheSameValue() {
        accepted(GTIN + "(10)ABC(10)ABC");
        accepted(GTIN + "(10)ABC(99)DEF(10)ABC");
        ProblemException p = refusedAt(GTIN + "(10)ABC(99)DEF(10)XYZ", "gs1.repeat.differs", "10", 20);
        assertEquals(34, p.problem().args().get(2));
        refused(GTIN + "(10)ABC(10)ABCD", "gs1.repeat.differs");
    }

    @Test
    void aDigitalSignatureNeedsASerialisedKey() {
        refused("(8030)DIGSIG", "gs1.requires.any");
        accepted("(8030)DIGSIG(00)123456789012345675");
        refused("(8030)DIGSIG(01)12345678901231", "gs1.requires.any");
        accepted("(8030)DIGSIG(01)12345678901231(21)ABC123");
        accepted("(8030)DIGSIG(8010)1234567890(8011)123456789012");
        refused("(8030)DIGSIG(8006)123456789012310102", "gs1.requires.any");
    }

    @Test
    void signedDocumentCouponAndAssetKeysMustIncludeTheirSerialPart() {
        refused("(253)1234567890128(8030)ABC123", "gs1.digsig.serial");
        accepted("(253)1234567890128X(8030)ABC123");
        refused("(255)1234567890128(8030)ABC123", "gs1.digsig.serial");
        accepted("(255)12345678901280(8030)ABC123");
        refused("(8003)01234567890128(8030)ABC123", "gs1.digsig.serial");
        accepted("(8003)01234567890128X(8030)ABC123");
        accepted("(253)1234567890128");
    }
}

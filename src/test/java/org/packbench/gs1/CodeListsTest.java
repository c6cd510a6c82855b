package org.packbench.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.packbench.gs1.Problems.accepted;
import static org.packbench.gs1.Problems.refused;
import static org.packbench.gs1.Problems.refusedAt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeListsTest {
    private static final String GTIN = "(01)09506000134352";
    private static final String SSCC = "(00)123456789012345675";

    @Test
    void theListsHaveTheirFullSize() {
        assertEquals(249, CodeLists.COUNTRIES.size());
        assertEquals(249, CodeLists.COUNTRIES_ALPHA_2.size());
        assertTrue(CodeLists.CURRENCIES.contains("643"));
        assertTrue(CodeLists.CURRENCIES.contains("933"), "Belarusian rouble");
        assertTrue(CodeLists.CURRENCIES.contains("924"), "Zimbabwe gold");
    }

    @Test
    void countryOfOriginIsAnIso3166NumericCode() {
        accepted(GTIN + "(422)643");
        refusedAt(GTIN + "(422)999", "gs1.country", "422", 24);
        refused(GTIN + "(426)987", "gs1.country");
    }

    @Test
    void countriesOfProcessingAreOneToFiveCodes() {
        accepted(GTIN + "(423)643");
        accepted(GTIN + "(423)643112398528860");
        refused(GTIN + "(423)6431", "gs1.part.length");
        refusedAt(GTIN + "(423)643999", "gs1.country", "423", 27);
        refused(GTIN + "(423)643112398528860643", "gs1.value.tooLong");
    }

    @Test
    void aProcessorMayGive999ForAnUnknownCountry() {
        accepted(GTIN + "(7030)999ABC");
        accepted(GTIN + "(7030)643ABC");
        refused(GTIN + "(7030)987ABC", "gs1.country999");
    }

    @Test
    void shipToCountryIsAnAlpha2Code() {
        accepted(SSCC + "(4307)RU");
        refused(SSCC + "(4307)AA", "gs1.countryAlpha2");
        refused(SSCC + "(4307)ru", "gs1.countryAlpha2");
    }

    @Test
    void postalCodeWithCountryStartsWithANumericCountry() {
        accepted("(421)643101000");
        refused("(421)000101000", "gs1.country");
    }

    @Test
    void amountsWithCurrencyNameAnIso4217Code() {
        accepted("(415)1234567890128(8020)INV1(3912)643100");
        refusedAt("(415)1234567890128(8020)INV1(3912)987100", "gs1.currency", "3912", 35);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "2", "9"})
    void biologicalSexUsesIso5218(String code) {
        accepted("(8018)123456789012345675(7252)" + code);
    }

    @Test
    void biologicalSexRefusesOtherDigits() {
        refused("(8018)123456789012345675(7252)5", "gs1.sex");
    }

    @Test
    void aidcMediaTypesAre01To10And80To99() {
        accepted("(8017)123456789012345675(7241)01");
        accepted("(8017)123456789012345675(7241)99");
        refused("(8017)123456789012345675(7241)00", "gs1.mediaType");
        refused("(8017)123456789012345675(7241)50", "gs1.mediaType");
    }

    @Test
    void freightUnitTypeIsAPackageTypeCode() {
        accepted(SSCC + "(7041)BX");
        accepted(SSCC + "(7041)PX");
        refused(SSCC + "(7041)XYZ", "gs1.packageType");
    }

    @Test
    void theImporterIndexIsOneFileSafeCharacter() {
        accepted("(7040)1AB_");
        accepted("(7040)1ABz");
        refusedAt("(7040)1AB=", "gs1.importerIndex", "7040", 10);
    }
}

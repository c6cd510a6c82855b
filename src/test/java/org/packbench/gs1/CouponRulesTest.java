package org.packbench.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packbench.gs1.Problems.accepted;
import static org.packbench.gs1.Problems.refused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

class CouponRulesTest {

    @Test
    void aMinimalNorthAmericanCouponIsAccepted() {
        accepted("(8110)012345612345611110123");
    }

    @Test
    void theOptionalPurchaseFieldsAreUnderstood() {
        // field 1: rules code, 2nd purchase; field 2: 3rd purchase with "same company" prefix indicator 9
        accepted("(8110)012345612345611110123" + "1" + "0" + "1" + "1" + "0" + "123" + "0" + "123456" + "2" + "1" + "1"
                + "0" + "123" + "9");
    }

    @Test
    void theOptionalDateSerialRetailerAndMiscellaneousFieldsAreUnderstood() {
        accepted("(8110)012345612345611110123" + "3" + "261231" + "4" + "260101" + "5" + "0" + "123456" + "6" + "1"
                + "1234567" + "9" + "0" + "0" + "0" + "0");
    }

    @ParameterizedTest
    @CsvSource({
        "71234567890123, gs1.coupon.invalid",
        "012345, gs1.coupon.short",
        "0123456123456, gs1.coupon.missing",
        "01234561234560, gs1.coupon.invalid",
        "01234561234561, gs1.coupon.missing",
        "0123456123456116123456, gs1.coupon.invalid",
        "012345612345611115, gs1.coupon.invalid",
        "012345612345611119, gs1.coupon.missing",
        "01234561234561111012314, gs1.coupon.invalid",
        "0123456123456111101233200010, gs1.coupon.date",
        "01234561234561111012335006064500607, gs1.coupon.datesOrder",
        "01234561234561111012360, gs1.coupon.invalid",
        "01234561234561111012393, gs1.coupon.invalid",
        "01234561234561111012390002, gs1.coupon.invalid",
        "012345612345611110123900000, gs1.coupon.excess",
        "a12345612345611110123, gs1.char.digit"
    })
    void brokenCouponCodesAreRefused(String coupon, String key) {
        refused("(8110)" + coupon, key);
    }

    @Test
    void theCouponFieldIsNamedInTheMessage() {
        ProblemException p = refused("(8110)012345612345611115", "gs1.coupon.invalid");
        assertEquals(
                Message.of("gs1.coupon.field.requirementCode", 1),
                p.problem().args().get(2));
        assertEquals("AI (8110), position 24: 5 is not allowed as the code of purchase requirement 1", p.getMessage());
    }

    @Test
    void aPositiveOfferCouponIsAccepted() {
        accepted("(8112)001234561234560123456");
        accepted("(8112)061234567890121234569123456789012345");
    }

    @ParameterizedTest
    @CsvSource({
        "201234561234560123456, gs1.coupon.invalid",
        "0, gs1.coupon.missing",
        "07, gs1.coupon.invalid",
        "01123456, gs1.coupon.short",
        "00123456, gs1.coupon.missing",
        "00123456123456, gs1.coupon.missing",
        "001234561234560, gs1.coupon.missing",
        "0012345612345601234567, gs1.coupon.excess"
    })
    void brokenPositiveOfferCodesAreRefused(String coupon, String key) {
        refused("(8112)" + coupon, key);
    }
}

package org.packbench.gs1;

import org.packbench.i18n.Message;

/**
 * The North American coupon data of AI (8110) and AI (8112): a chain of fields, most of them
 * announced by a one-digit length indicator, some only present when flagged by a leading digit.
 * Field layouts follow the GS1 US coupon application guidelines.
 */
final class CouponRules {
    private final String data;
    private final int base;
    private final ParsedElement at;
    private int p;

    private CouponRules(String data, int base, ParsedElement at) {
        this.data = data;
        this.base = base;
        this.at = at;
    }

    /** AI (8110). */
    static void couponCode(String part, int offset, ParsedElement at) {
        new CouponRules(part, offset, at).readCouponCode();
    }

    /** AI (8112). */
    static void positiveOffer(String part, int offset, ParsedElement at) {
        new CouponRules(part, offset, at).readPositiveOffer();
    }

    private void readCouponCode() {
        digitsOnly();
        take(lengthIndicator(field("prefixLength", 1), "0123456") + 6, field("prefix", 1));
        take(6, field("offerCode"));
        take(lengthIndicator(field("saveValueLength"), "12345"), field("saveValue"));
        purchase(1);
        if (flagged('1')) {
            code(field("rulesCode"), "0123");
            purchase(2);
            purchasePrefix(2);
        }
        if (flagged('2')) {
            purchase(3);
            purchasePrefix(3);
        }
        String expiry = null;
        if (flagged('3')) {
            expiry = date(field("expiry"));
        }
        if (flagged('4')) {
            int startAt = p;
            String start = date(field("start"));
            if (expiry != null && start.compareTo(expiry) > 0) {
                throw at.problem(base + startAt, "gs1.coupon.datesOrder");
            }
        }
        if (flagged('5')) {
            take(lengthIndicator(field("serialLength"), "0123456789") + 6, field("serial"));
        }
        if (flagged('6')) {
            take(lengthIndicator(field("retailerLength"), "1234567") + 6, field("retailer"));
        }
        if (flagged('9')) {
            code(field("saveValueCode"), "01256");
            code(field("appliesTo"), "012");
            code(field("storeFlag"), "0123456789");
            code(field("multiplyFlag"), "01");
        }
        end();
    }

    private void readPositiveOffer() {
        digitsOnly();
        code(field("formatCode"), "01");
        take(lengthIndicator(field("funderLength"), "0123456") + 6, field("funder"));
        take(6, field("offerCode"));
        take(lengthIndicator(field("serialLength"), "0123456789") + 6, field("serial"));
        end();
    }

    private void purchase(int n) {
        take(lengthIndicator(field("requirementLength", n), "12345"), field("requirement", n));
        code(field("requirementCode", n), "012349");
        take(3, field("familyCode", n));
    }

    // Length indicator 9 means the purchase is of the same company as the coupon: no prefix follows.
    private void purchasePrefix(int n) {
        int indicator = lengthIndicator(field("prefixLength", n), "01234569");
        take(indicator == 9 ? 0 : indicator + 6, field("prefix", n));
    }

    private void digitsOnly() {
        for (int i = 0; i < data.length(); i++) {
            if (!Character.isDigit(data.charAt(i))) {
                throw at.problem(base + i, "gs1.char.digit", Shown.character(data.charAt(i)));
            }
        }
    }

    private boolean flagged(char flag) {
        if (p < data.length() && data.charAt(p) == flag) {
            p++;
            return true;
        }
        return false;
    }

    private int lengthIndicator(Message field, String allowed) {
        return code(field, allowed) - '0';
    }

    private char code(Message field, String allowed) {
        if (p >= data.length()) {
            throw at.problem(base + p, "gs1.coupon.missing", field);
        }
        char c = data.charAt(p);
        if (allowed.indexOf(c) < 0) {
            throw at.problem(base + p, "gs1.coupon.invalid", field, String.valueOf(c));
        }
        p++;
        return c;
    }

    private void take(int length, Message field) {
        if (data.length() - p < length) {
            throw at.problem(base + p, p == data.length() ? "gs1.coupon.missing" : "gs1.coupon.short", field, length);
        }
        p += length;
    }

    private String date(Message field) {
        int startAt = p;
        take(6, field);
        String yymmdd = data.substring(startAt, p);
        if (!DateRules.isSixDigitDate(yymmdd)) {
            throw at.problem(base + startAt, "gs1.coupon.date", field, yymmdd);
        }
        return yymmdd;
    }

    private void end() {
        if (p != data.length()) {
            throw at.problem(base + p, "gs1.coupon.excess", data.substring(p));
        }
    }

    private static Message field(String name, Object... args) {
        return Message.of("gs1.coupon.field." + name, args);
    }
}

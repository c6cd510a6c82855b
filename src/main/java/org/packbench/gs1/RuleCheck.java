package org.packbench.gs1;

/** Applies one {@link Rule} to one part of a value. */
final class RuleCheck {
    private RuleCheck() {}

    static void apply(Rule rule, String part, int offset, ParsedElement at) {
        switch (rule) {
            case CHECK_DIGIT -> CheckCharacters.checkDigit(part, offset, at);
            case CHECK_PAIR -> CheckCharacters.checkPair(part, offset, at);
            case COMPANY_PREFIX -> CheckCharacters.companyPrefix(part, offset, at, 0);
            case COMPANY_PREFIX_AFTER_FIRST -> CheckCharacters.companyPrefix(part, offset, at, 1);
            case IBAN -> CheckCharacters.iban(part, offset, at);
            case DATE -> DateRules.sixDigitDate(part, offset, at, false);
            case DATE_DAY_ZERO_ALLOWED -> DateRules.sixDigitDate(part, offset, at, true);
            case DATE_FULL_YEAR -> DateRules.eightDigitDate(part, offset, at);
            case HOUR -> DateRules.hour(part, offset, at);
            case MINUTE -> DateRules.minute(part, offset, at);
            case SECOND -> DateRules.second(part, offset, at);
            case HOUR_MINUTE -> DateRules.hourMinute(part, offset, at);
            case COUNTRY -> CodeLists.country(part, offset, at);
            case COUNTRY_OR_999 -> CodeLists.countryOr999(part, offset, at);
            case COUNTRY_ALPHA_2 -> CodeLists.countryAlpha2(part, offset, at);
            case CURRENCY -> CodeLists.currency(part, offset, at);
            case SEX -> CodeLists.sex(part, offset, at);
            case MEDIA_TYPE -> CodeLists.mediaType(part, offset, at);
            case PACKAGE_TYPE -> CodeLists.packageType(part, offset, at);
            case IMPORTER_INDEX -> CodeLists.importerIndex(part, offset, at);
            case LATITUDE -> NumberRules.latitude(part, offset, at);
            case LONGITUDE -> NumberRules.longitude(part, offset, at);
            case YES_NO -> NumberRules.yesNo(part, offset, at);
            case WINDING -> NumberRules.winding(part, offset, at);
            case ZERO -> NumberRules.zero(part, offset, at);
            case NON_ZERO -> NumberRules.nonZero(part, offset, at);
            case NO_ZERO_PREFIX -> NumberRules.noZeroPrefix(part, offset, at);
            case PIECE_OF_TOTAL -> NumberRules.pieceOfTotal(part, offset, at);
            case POSITION_IN_SEQUENCE -> NumberRules.positionInSequence(part, offset, at);
            case HYPHEN -> NumberRules.hyphen(part, offset, at);
            case HAS_NON_DIGIT -> NumberRules.hasNonDigit(part, offset, at);
            case PERCENT_ENCODED -> NumberRules.percentEncoded(part, offset, at);
            case COUPON_CODE -> CouponRules.couponCode(part, offset, at);
            case COUPON_POSITIVE_OFFER -> CouponRules.positiveOffer(part, offset, at);
            default -> throw new IllegalStateException("no check for " + rule);
        }
    }
}

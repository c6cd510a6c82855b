package org.packbench.gs1;

/**
 * A content rule that a part of an AI value must obey beyond its length and character set.
 * The names are the ones used in the AI table text ({@link AiTableText}).
 */
public enum Rule {
    /** GS1 modulo-10 check digit in the last position. */
    CHECK_DIGIT("check"),
    /** Alphanumeric check character pair in the last two positions (GMN, MUDI). */
    CHECK_PAIR("pair"),
    /** Starts with a GS1 company prefix: at least four leading digits. */
    COMPANY_PREFIX("prefix"),
    /** The same from the second character on, after an indicator or extension digit. */
    COMPANY_PREFIX_AFTER_FIRST("prefix@2"),
    /** YYMMDD, a real calendar day. */
    DATE("date"),
    /** YYMMDD where DD = 00 stands for the last day of the month. */
    DATE_DAY_ZERO_ALLOWED("date0"),
    /** YYYYMMDD, a real calendar day. */
    DATE_FULL_YEAR("date8"),
    HOUR("hour"),
    MINUTE("minute"),
    SECOND("second"),
    /** HHMM, 24-hour clock. */
    HOUR_MINUTE("hhmm"),
    /** ISO 3166-1 numeric country code. */
    COUNTRY("country"),
    /** ISO 3166-1 numeric country code, or 999 for "not known". */
    COUNTRY_OR_999("country999"),
    /** ISO 3166-1 alpha-2 country code. */
    COUNTRY_ALPHA_2("alpha2"),
    /** ISO 4217 numeric currency code. */
    CURRENCY("currency"),
    /** ISO/IEC 5218 code for the representation of human sexes. */
    SEX("sex"),
    LATITUDE("lat"),
    LONGITUDE("long"),
    /** 0 or 1. */
    YES_NO("yesno"),
    /** Roll winding direction: 0, 1 or 9. */
    WINDING("winding"),
    ZERO("zero"),
    NON_ZERO("nonzero"),
    /** Piece number and total of equal width, both non-zero, piece not above total. */
    PIECE_OF_TOTAL("pieces"),
    /** Every '%' starts a percent-encoded byte. */
    PERCENT_ENCODED("pct"),
    /** North American coupon code of AI (8110). */
    COUPON_CODE("coupon"),
    /** North American positive offer file coupon code of AI (8112). */
    COUPON_POSITIVE_OFFER("offer"),
    /** AIDC media type of AI (7241). */
    MEDIA_TYPE("media"),
    /** Importer index of the EU 2018/574 tobacco UIC in AI (7040). */
    IMPORTER_INDEX("importer"),
    /** The minus sign of a temperature. */
    HYPHEN("hyphen"),
    /** A number written without leading zeros. */
    NO_ZERO_PREFIX("nolead0"),
    /** UN/ECE Recommendation 21 package type with the GS1 additions. */
    PACKAGE_TYPE("package"),
    /** International bank account number with its mod-97 check digits. */
    IBAN("iban"),
    /** Position in a sequence written "n/m". */
    POSITION_IN_SEQUENCE("seq"),
    /** At least one character that is not a digit. */
    HAS_NON_DIGIT("nondigit");

    private final String tableName;

    Rule(String tableName) {
        this.tableName = tableName;
    }

    static Rule byTableName(String name) {
        for (Rule rule : values()) {
            if (rule.tableName.equals(name)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("no rule '" + name + "'");
    }
}

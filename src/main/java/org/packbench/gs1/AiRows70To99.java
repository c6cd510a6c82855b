package org.packbench.gs1;

/**
 * AI table rows for the (7nnn) sector-specific AIs, the (8nnn) keys and coupons, and the
 * internal AIs (90) to (99). Source and layout as in {@link AiRows00To37}.
 */
final class AiRows70To99 {
    private AiRows70To99() {}

    static final String ROWS =
            """
            7001      | sep   | N13                          | 01 or 02 or 8006 or 8026                 |                          | NATO stock number
            7002      | sep   | X1-30                        | 01 or 02                                 |                          | UN/ECE meat carcasses and cuts classification
            7003      | sep   | N6 date + N4 hhmm            | 01 or 02                                 |                          | Expiration date and time
            7004      | sep   | N1-4                         | 01; 10                                   |                          | Active potency
            7005      | sep   | X1-12                        | 01 or 02                                 |                          | Catch area
            7006      | sep   | N6 date                      | 01 or 02                                 |                          | First freeze date
            7007      | sep   | N6 date + N6? date           | 01 or 02                                 |                          | Harvest date or harvest period
            7008      | sep   | X1-3                         | 01 or 02                                 |                          | Species for fishery purposes
            7009      | sep   | X1-10                        | 01 or 02                                 |                          | Fishing gear type
            7010      | sep   | X1-2                         | 01 or 02                                 |                          | Production method
            7011      | sep   | N6 date + N4? hhmm           | 01 or 02                                 |                          | Test by date
            7020      | sep   | X1-20                        | 01 or 8006; 416                          |                          | Refurbishment lot ID
            7021      | sep   | X1-20                        | 01 or 8006                               |                          | Functional status
            7022      | sep   | X1-20                        | 7021                                     |                          | Revision status
            7023      | sep   | X1-30 prefix                 |                                          |                          | GIAI of an assembly
            7030-7039 | sep   | N3 country999 + X1-27        | 01 or 02                                 |                          | Approval number of a processor, with ISO country code
            7040      | sep   | N1 + X1 + X1 + X1 importer   |                                          |                          | GS1 UIC with extension 1 and importer index
            7041      | sep   | X1-4 package                 | 00                                       |                          | UN/CEFACT freight unit type
            710       | sep   | X1-20                        | 01                                       |                          | National healthcare reimbursement number, Germany (PZN)
            711       | sep   | X1-20                        | 01                                       |                          | National healthcare reimbursement number, France (CIP)
            712       | sep   | X1-20                        | 01                                       |                          | National healthcare reimbursement number, Spain
            713       | sep   | X1-20                        | 01                                       |                          | National healthcare reimbursement number, Brazil (DRN)
            714       | sep   | X1-20                        | 01                                       |                          | National healthcare reimbursement number, Portugal (AIM)
            715       | sep   | X1-20                        | 01                                       |                          | National healthcare reimbursement number, United States (NDC)
            716       | sep   | X1-20                        | 01                                       |                          | National healthcare reimbursement number, Italy (AIC)
            7230-7239 | sep   | X2 + X1-28                   | 01 or 8004                               |                          | Certification reference
            7240      | sep   | X1-20                        | 01 or 8006                               |                          | Protocol ID
            7241      | sep   | N2 media                     | 8017 or 8018                             |                          | AIDC media type
            7242      | sep   | X1-25                        | 8017 or 8018                             |                          | Version control number
            7250      | sep   | N8 date8                     | 8018                                     | 7251                     | Date of birth
            7251      | sep   | N8 date8 + N4 hhmm           | 8018                                     | 7250                     | Date and time of birth
            7252      | sep   | N1 sex                       | 8018                                     |                          | Biological sex
            7253      | sep   | X1-40 pct                    | 8017 or 8018                             | 7256 7259                | Family name of a person
            7254      | sep   | X1-40 pct                    | 8017 or 8018                             | 7256 7259                | Given name of a person
            7255      | sep   | X1-10                        | 8017 or 8018                             | 7256 7259                | Name suffix of a person
            7256      | sep   | X1-90 pct                    | 8017 or 8018                             |                          | Full name of a person
            7257      | sep   | X1-70 pct                    | 8018                                     |                          | Address of a person
            7258      | sep   | X3 seq                       | 8018+7259                                |                          | Baby birth sequence indicator
            7259      | sep   | X1-40 pct                    | 8018                                     | 7256                     | Baby of family name, a newborn not yet named
            8001      | sep   | N4 nonzero + N5 nonzero + N3 nonzero + N1 winding + N1 | 01             |                          | Roll products: width, length, core diameter, direction, splices
            8002      | sep   | X1-20                        |                                          |                          | Cellular mobile telephone identifier
            8003      | sep   | N1 zero + N13 check prefix + X1-16? |                                   |                          | GRAI, global returnable asset identifier
            8004      | sep   | X1-30 prefix                 |                                          |                          | GIAI, global individual asset identifier
            8005      | sep   | N6                           | 01 or 02                                 |                          | Price per unit of measure
            8006      | sep   | N14 check prefix@2 + N4 pieces |                                        | 01 37                    | ITIP, identification of an individual trade item piece
            8007      | sep   | X1-34 iban                   | 415                                      |                          | IBAN, international bank account number
            8008      | sep   | N6 date + N2 hour + N2? minute + N2? second | 01 or 02                  |                          | Date and time of production
            8009      | sep   | X1-50                        | 00 or 01                                 |                          | Optically readable sensor indicator
            8010      | sep   | Y1-30 prefix                 |                                          |                          | CPID, component / part identifier
            8011      | sep   | N1-12 nolead0                | 8010                                     |                          | CPID serial number
            8012      | sep   | X1-20                        | 01 or 8006                               |                          | Software version
            8013      | sep   | X1-25 pair prefix            |                                          |                          | GMN, global model number
            8014      | sep   | X1-25 pair prefix nondigit   | 01                                       |                          | MUDI (data title), an alphanumeric key with check pair
            8017      | sep   | N18 check prefix             |                                          | 8018                     | GSRN of a service provider
            8018      | sep   | N18 check prefix             |                                          | 8017                     | GSRN of a service recipient
            8019      | sep   | N1-10                        | 8017 or 8018                             |                          | SRIN, service relation instance number
            8020      | sep   | X1-25                        | 415                                      |                          | Payment slip reference number
            8026      | sep   | N14 check prefix@2 + N4 pieces | 37                                     | 02 8006                  | ITIP of the trade item pieces contained in a logistic unit
            8030      | sep   | Z1-90                        | 00 or 01+21 or 253 or 255 or 8003 or 8004 or 8006+21 or 8010+8011 or 8017 or 8018 | | Digital signature
            8110      | sep   | X1-70 coupon                 |                                          |                          | Coupon code, North American coupon specification
            8111      | sep   | N4                           | 255                                      |                          | Loyalty points of a coupon
            8112      | sep   | X1-70 offer                  |                                          |                          | Positive offer file coupon code, North America
            8200      | sep   | X1-70                        | 01                                       |                          | Extended packaging URL
            90        | sep   | X1-30                        |                                          |                          | Information mutually agreed between trading partners
            91-99     | sep   | X1-90                        |                                          |                          | Company internal information
            """;
}

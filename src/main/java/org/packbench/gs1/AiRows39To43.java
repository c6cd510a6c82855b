package org.packbench.gs1;

/**
 * AI table rows for amounts and prices, references, locations and the ship-to / return-to
 * transport data, (3900) to (4333). Source and layout as in {@link AiRows00To37}.
 */
final class AiRows39To43 {
    private AiRows39To43() {}

    private static final String COUNTRIES_1_TO_5 = "N3 country + N3? country + N3? country + N3? country + N3? country";

    static final String ROWS =
            """
            3900-3909 | sep   | N1-15                        | 255 or 8020                              | 390x 391x 394x 8111      | Amount payable or coupon value, local currency
            3910-3919 | sep   | N3 currency + N1-15          | 8020                                     | 391x                     | Amount payable with ISO currency code
            3920-3929 | sep   | N1-15                        | 01; 30 or 31xx or 32xx or 35xx or 36xx   | 392x 393x                | Amount payable for a variable measure trade item, single monetary area
            3930-3939 | sep   | N3 currency + N1-15          | 30 or 31xx or 32xx or 35xx or 36xx       | 393x                     | Amount payable for a variable measure trade item with ISO currency code
            3940-3943 | sep   | N4                           | 255                                      | 394x 8111                | Percentage discount of a coupon
            3950-3955 | sep   | N6                           | 30 or 31xx or 32xx or 35xx or 36xx       | 392x 393x 395x 8005      | Amount payable per unit of measure
            400       | sep   | X1-30                        |                                          |                          | Customer purchase order number
            401       | sep   | X1-30 prefix                 |                                          |                          | GINC, global identification number for consignment
            402       | sep   | N17 check prefix             |                                          |                          | GSIN, global shipment identification number
            403       | sep   | X1-30                        | 00                                       |                          | Routing code
            410       | fixed | N13 check prefix             |                                          |                          | Ship to / deliver to GLN
            411       | fixed | N13 check prefix             |                                          |                          | Bill to / invoice to GLN
            412       | fixed | N13 check prefix             |                                          |                          | Purchased from GLN
            413       | fixed | N13 check prefix             |                                          |                          | Ship for / deliver for / forward to GLN
            414       | fixed | N13 check prefix             |                                          |                          | GLN of a physical location
            415       | fixed | N13 check prefix             | 8020                                     |                          | GLN of the invoicing party
            416       | fixed | N13 check prefix             |                                          |                          | GLN of the production or service location
            417       | fixed | N13 check prefix             |                                          |                          | Party GLN
            420       | sep   | X1-20                        |                                          | 421                      | Ship-to postal code, single postal authority
            421       | sep   | N3 country + X1-9            |                                          | 4307                     | Ship-to postal code with ISO country code
            422       | sep   | N3 country                   | 01 or 02 or 8006 or 8026                 | 426                      | Country of origin of the trade item
            423       | sep   | %COUNTRIES%                  | 01 or 02                                 | 426                      | Countries of initial processing
            424       | sep   | N3 country                   | 01 or 02                                 | 426                      | Country of processing
            425       | sep   | %COUNTRIES%                  | 01 or 02                                 | 426                      | Countries of disassembly
            426       | sep   | N3 country                   | 01 or 02                                 |                          | Country covering the full process chain
            427       | sep   | X1-3                         | 01 or 02; 422                            |                          | Country subdivision of origin
            4300      | sep   | X1-35 pct                    | 00                                       |                          | Ship-to company name
            4301      | sep   | X1-35 pct                    | 00                                       |                          | Ship-to contact
            4302      | sep   | X1-70 pct                    | 00                                       |                          | Ship-to address line 1
            4303      | sep   | X1-70 pct                    | 4302                                     |                          | Ship-to address line 2
            4304      | sep   | X1-70 pct                    | 00                                       |                          | Ship-to suburb
            4305      | sep   | X1-70 pct                    | 00                                       |                          | Ship-to locality
            4306      | sep   | X1-70 pct                    | 00                                       |                          | Ship-to region
            4307      | sep   | X2 alpha2                    | 00                                       |                          | Ship-to country code
            4308      | sep   | X1-30                        | 00                                       |                          | Ship-to telephone number
            4309      | sep   | N10 lat + N10 long           | 00                                       |                          | Ship-to geolocation
            4310      | sep   | X1-35 pct                    | 00                                       |                          | Return-to company name
            4311      | sep   | X1-35 pct                    | 00                                       |                          | Return-to contact
            4312      | sep   | X1-70 pct                    | 00                                       |                          | Return-to address line 1
            4313      | sep   | X1-70 pct                    | 4312                                     |                          | Return-to address line 2
            4314      | sep   | X1-70 pct                    | 00                                       |                          | Return-to suburb
            4315      | sep   | X1-70 pct                    | 00                                       |                          | Return-to locality
            4316      | sep   | X1-70 pct                    | 00                                       |                          | Return-to region
            4317      | sep   | X2 alpha2                    | 00                                       |                          | Return-to country code
            4318      | sep   | X1-20                        | 00                                       |                          | Return-to postal code
            4319      | sep   | X1-30                        | 00                                       |                          | Return-to telephone number
            4320      | sep   | X1-35 pct                    | 00                                       |                          | Service code description
            4321      | sep   | N1 yesno                     | 00                                       |                          | Dangerous goods flag
            4322      | sep   | N1 yesno                     | 00                                       |                          | Authority to leave flag
            4323      | sep   | N1 yesno                     | 00                                       |                          | Signature required flag
            4324      | sep   | N6 date0 + N4 hhmm           | 00                                       |                          | Not before delivery date and time
            4325      | sep   | N6 date0 + N4 hhmm           | 00                                       |                          | Not after delivery date and time
            4326      | sep   | N6 date                      | 00                                       |                          | Release date
            4330      | sep   | N6 + X1? hyphen              | 00                                       | 4331                     | Maximum temperature, degrees Fahrenheit
            4331      | sep   | N6 + X1? hyphen              | 00                                       | 4330                     | Maximum temperature, degrees Celsius
            4332      | sep   | N6 + X1? hyphen              | 00                                       | 4333                     | Minimum temperature, degrees Fahrenheit
            4333      | sep   | N6 + X1? hyphen              | 00                                       | 4332                     | Minimum temperature, degrees Celsius
            """
                    .replace("%COUNTRIES%", COUNTRIES_1_TO_5);
}

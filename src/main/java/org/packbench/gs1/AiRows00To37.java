package org.packbench.gs1;

/**
 * AI table rows for the identification keys, dates, measures and counts, (00) to (37).
 * Transcribed from the GS1 General Specifications as published in GS1's Barcode Syntax
 * Dictionary (2025); the layout is explained in {@link AiTableText}.
 */
final class AiRows00To37 {
    private AiRows00To37() {}

    static final String ROWS =
            """
            00        | fixed | N18 check prefix@2           |                                          |                          | SSCC, serial shipping container code
            01        | fixed | N14 check prefix@2           |                                          | 255 37                   | GTIN of the trade item
            02        | fixed | N14 check prefix@2           | 37                                       | 01 03                    | GTIN of the trade items contained in a logistic unit
            03        | fixed | N14 check prefix@2           |                                          | 01 02 37                 | GTIN of a made-to-order trade item
            10        | sep   | X1-20                        | 01 or 02 or 03 or 8006 or 8026           |                          | Batch or lot number
            11        | fixed | N6 date0                     | 01 or 02 or 03 or 8006 or 8026           |                          | Production date
            12        | fixed | N6 date0                     | 8020                                     |                          | Due date for payment
            13        | fixed | N6 date0                     | 01 or 02 or 03 or 8006 or 8026           |                          | Packaging date
            15        | fixed | N6 date0                     | 01 or 02 or 03 or 8006 or 8026           |                          | Best before date
            16        | fixed | N6 date0                     | 01 or 02 or 03 or 8006 or 8026           |                          | Sell by date
            17        | fixed | N6 date0                     | 01 or 02 or 03 or 255 or 8006 or 8026    |                          | Expiration date
            20        | fixed | N2                           | 01 or 02 or 8006 or 8026                 |                          | Internal product variant
            21        | sep   | X1-20                        | 01 or 03 or 8006                         | 235                      | Serial number
            22        | sep   | X1-20                        | 01                                       |                          | Consumer product variant
            235       | sep   | X1-28                        | 01                                       |                          | Third-party controlled serialised extension of the GTIN
            240       | sep   | X1-30                        | 01 or 02 or 8006 or 8026                 |                          | Additional product identification
            241       | sep   | X1-30                        | 01 or 02 or 8006 or 8026                 |                          | Customer part number
            242       | sep   | N1-6                         | 01 or 02 or 8006 or 8026                 |                          | Made-to-order variation number
            243       | sep   | X1-20                        | 01                                       |                          | Packaging component number
            250       | sep   | X1-30                        | 01 or 8006; 21                           |                          | Secondary serial number
            251       | sep   | X1-30                        | 01 or 8006                               |                          | Reference to source entity
            253       | sep   | N13 check prefix + X1-17?    |                                          |                          | GDTI, global document type identifier
            254       | sep   | X1-20                        | 414                                      |                          | GLN extension component
            255       | sep   | N13 check prefix + N1-12?    |                                          | 01 02 415 8006 8020 8026 | GCN, global coupon number
            30        | sep   | N1-8                         | 01 or 02                                 |                          | Variable count of items
            3100-3105 | fixed | N6                           | 01 or 02                                 | 310x                     | Net weight, kilograms
            3110-3115 | fixed | N6                           | 01 or 02                                 | 311x                     | Length or first dimension, metres
            3120-3125 | fixed | N6                           | 01 or 02                                 | 312x                     | Width, diameter or second dimension, metres
            3130-3135 | fixed | N6                           | 01 or 02                                 | 313x                     | Depth, thickness, height or third dimension, metres
            3140-3145 | fixed | N6                           | 01 or 02                                 | 314x                     | Area, square metres
            3150-3155 | fixed | N6                           | 01 or 02                                 | 315x                     | Net volume, litres
            3160-3165 | fixed | N6                           | 01 or 02                                 | 316x                     | Net volume, cubic metres
            3200-3205 | fixed | N6                           | 01 or 02                                 | 320x                     | Net weight, pounds
            3210-3215 | fixed | N6                           | 01 or 02                                 | 321x                     | Length or first dimension, inches
            3220-3225 | fixed | N6                           | 01 or 02                                 | 322x                     | Length or first dimension, feet
            3230-3235 | fixed | N6                           | 01 or 02                                 | 323x                     | Length or first dimension, yards
            3240-3245 | fixed | N6                           | 01 or 02                                 | 324x                     | Width, diameter or second dimension, inches
            3250-3255 | fixed | N6                           | 01 or 02                                 | 325x                     | Width, diameter or second dimension, feet
            3260-3265 | fixed | N6                           | 01 or 02                                 | 326x                     | Width, diameter or second dimension, yards
            3270-3275 | fixed | N6                           | 01 or 02                                 | 327x                     | Depth, thickness, height or third dimension, inches
            3280-3285 | fixed | N6                           | 01 or 02                                 | 328x                     | Depth, thickness, height or third dimension, feet
            3290-3295 | fixed | N6                           | 01 or 02                                 | 329x                     | Depth, thickness, height or third dimension, yards
            3300-3305 | fixed | N6                           | 00 or 01                                 | 330x                     | Logistic weight, kilograms
            3310-3315 | fixed | N6                           | 00 or 01                                 | 331x                     | Length or first dimension of a logistic unit, metres
            3320-3325 | fixed | N6                           | 00 or 01                                 | 332x                     | Width or second dimension of a logistic unit, metres
            3330-3335 | fixed | N6                           | 00 or 01                                 | 333x                     | Depth or third dimension of a logistic unit, metres
            3340-3345 | fixed | N6                           | 00 or 01                                 | 334x                     | Area of a logistic unit, square metres
            3350-3355 | fixed | N6                           | 00 or 01                                 | 335x                     | Logistic volume, litres
            3360-3365 | fixed | N6                           | 00 or 01                                 | 336x                     | Logistic volume, cubic metres
            3370-3375 | fixed | N6                           | 01                                       | 337x                     | Kilograms per square metre
            3400-3405 | fixed | N6                           | 00 or 01                                 | 340x                     | Logistic weight, pounds
            3410-3415 | fixed | N6                           | 00 or 01                                 | 341x                     | Length or first dimension of a logistic unit, inches
            3420-3425 | fixed | N6                           | 00 or 01                                 | 342x                     | Length or first dimension of a logistic unit, feet
            3430-3435 | fixed | N6                           | 00 or 01                                 | 343x                     | Length or first dimension of a logistic unit, yards
            3440-3445 | fixed | N6                           | 00 or 01                                 | 344x                     | Width or second dimension of a logistic unit, inches
            3450-3455 | fixed | N6                           | 00 or 01                                 | 345x                     | Width or second dimension of a logistic unit, feet
            3460-3465 | fixed | N6                           | 00 or 01                                 | 346x                     | Width or second dimension of a logistic unit, yards
            3470-3475 | fixed | N6                           | 00 or 01                                 | 347x                     | Depth or third dimension of a logistic unit, inches
            3480-3485 | fixed | N6                           | 00 or 01                                 | 348x                     | Depth or third dimension of a logistic unit, feet
            3490-3495 | fixed | N6                           | 00 or 01                                 | 349x                     | Depth or third dimension of a logistic unit, yards
            3500-3505 | fixed | N6                           | 01 or 02                                 | 350x                     | Area, square inches
            3510-3515 | fixed | N6                           | 01 or 02                                 | 351x                     | Area, square feet
            3520-3525 | fixed | N6                           | 01 or 02                                 | 352x                     | Area, square yards
            3530-3535 | fixed | N6                           | 00 or 01                                 | 353x                     | Area of a logistic unit, square inches
            3540-3545 | fixed | N6                           | 00 or 01                                 | 354x                     | Area of a logistic unit, square feet
            3550-3555 | fixed | N6                           | 00 or 01                                 | 355x                     | Area of a logistic unit, square yards
            3560-3565 | fixed | N6                           | 01 or 02                                 | 356x                     | Net weight, troy ounces
            3570-3575 | fixed | N6                           | 01 or 02                                 | 357x                     | Net weight or volume, ounces
            3600-3605 | fixed | N6                           | 01 or 02                                 | 360x                     | Net volume, quarts
            3610-3615 | fixed | N6                           | 01 or 02                                 | 361x                     | Net volume, US gallons
            3620-3625 | fixed | N6                           | 00 or 01                                 | 362x                     | Logistic volume, quarts
            3630-3635 | fixed | N6                           | 00 or 01                                 | 363x                     | Logistic volume, US gallons
            3640-3645 | fixed | N6                           | 01 or 02                                 | 364x                     | Net volume, cubic inches
            3650-3655 | fixed | N6                           | 01 or 02                                 | 365x                     | Net volume, cubic feet
            3660-3665 | fixed | N6                           | 01 or 02                                 | 366x                     | Net volume, cubic yards
            3670-3675 | fixed | N6                           | 00 or 01                                 | 367x                     | Logistic volume, cubic inches
            3680-3685 | fixed | N6                           | 00 or 01                                 | 368x                     | Logistic volume, cubic feet
            3690-3695 | fixed | N6                           | 00 or 01                                 | 369x                     | Logistic volume, cubic yards
            37        | sep   | N1-8                         | 00; 02 or 8026                           |                          | Count of trade items or trade item pieces in a logistic unit
            """;
}

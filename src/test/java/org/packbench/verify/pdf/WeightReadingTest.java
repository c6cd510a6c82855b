package org.packbench.verify.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Net weights as labels print them, compared as exact quantities of grams. */
class WeightReadingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Вес нетто: 38 г|38 г",
                "Масса нетто 38 г|38 г",
                "Net weight 38 g|38 g",
                "NET WT.: 38g|38g",
                "Масса нетто (1 шт.): 38 г|38 г",
                "Вес нетто: 0,038 кг|0,038 кг",
                "Net weight: 0.038 kg|0.038 kg",
                "Вес нетто: 0,0380 кг|0,0380 кг",
                "Вес нетто:\\n38 гр.|38 гр"
            })
    void captionedWeightsOfThirtyEightGrams(String printed, String quantity) {
        List<WeightReading> found = WeightReading.findIn(printed.replace("\\n", "\n"));
        assertEquals(1, found.size(), found::toString);
        assertEquals(quantity, found.get(0).text());
        assertTrue(found.get(0).labelled());
        assertTrue(found.get(0).is(38), found::toString);
    }

    @Test
    void groupedThousandsAndDecimalsAreExact() {
        assertEquals(
                0,
                new BigDecimal("1500")
                        .compareTo(WeightReading.findIn("Вес нетто: 1 500 г")
                                .get(0)
                                .grams()));
        assertEquals(
                0,
                new BigDecimal("38.5")
                        .compareTo(
                                WeightReading.findIn("Вес нетто: 38,5 г").get(0).grams()));
        assertEquals(FieldVerdict.MISMATCH, check("Вес нетто: 38,5 г").verdict());
    }

    @Test
    void aBareWeightCountsWhenNoCaptionIsPrinted() {
        assertEquals(FieldCheck.match("net_weight_g", "38 г", "0,038 кг"), check("Изготовлено 2026 г.\n0,038 кг"));
        assertEquals(FieldCheck.mismatch("net_weight_g", "38 г", "45 г", List.of()), check("45 г"));
    }

    @Test
    void everyCaptionedWeightMustBeTheRecords() {
        assertEquals(
                FieldCheck.mismatch("net_weight_g", "38 г", "45 г", List.of()),
                check("Вес нетто: 38 г\nМасса нетто 45 г"));
        assertEquals(FieldCheck.mismatch("net_weight_g", "38 г", "45 г", List.of()), check("Вес нетто: 45 г\n38 г"));
    }

    @Test
    void aGrossWeightIsNotTheNetWeight() {
        assertEquals(FieldCheck.missing("net_weight_g", "38 г"), check("Вес брутто: 50 г"));
    }

    @Test
    void wordsThatMerelyEndInGDoNotCount() {
        assertEquals(List.of(), WeightReading.findIn("USB Type-C 3g5 кабель 1 м, 20 Вт"));
    }

    private static FieldCheck check(String text) {
        return WeightReading.check("net_weight_g", WeightReading.findIn(text), 38);
    }
}

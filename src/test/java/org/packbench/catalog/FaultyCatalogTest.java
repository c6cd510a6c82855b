package org.packbench.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.packbench.TestFiles;
import org.packbench.marketplace.vk.VkParcelLimits;

/** Each of the 15 faults of shared/samples/catalog-faulty.csv is named, on its line and column. */
class FaultyCatalogTest {
    private final CatalogReading reading =
            new CatalogReader(List.of(new VkParcelLimits())).read(TestFiles.sample("catalog-faulty.csv"));

    @ParameterizedTest(name = "line {0}: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2  | gtin              | gtin.checkDigit       | gtin check digit",
                "3  | name_ru           | name.latinLookalikes  | Latin letters mixed into a Russian name",
                "4  | name_ru           | name.notRussian       | name is not Russian",
                "5  | manufacturer      | field.required        | manufacturer missing",
                "6  | net_weight_g      | vk.limit.warning      | net weight over 2 kg VK limit",
                "7  | length_mm         | vk.limit.warning      | length over 600 mm VK limit",
                "8  | declared_value_usd| vk.limit.warning      | declared value over 1000 USD VK limit",
                "9  | name_ru           | field.required        | name missing",
                "10 | net_weight_g      | field.positiveInt     | negative weight",
                "11 | net_weight_g      | field.positiveInt     | weight not a number",
                "12 | gtin              | gtin.length           | gtin wrong length (10 digits)",
                "13 | sku               | sku.duplicateInFile   | duplicate sku",
                "14 | hs_code           | field.hsCode          | hs code not 10 digits",
                "15 | gtin              | gtin.notDigit         | gtin holds a letter O",
                "16 | country_of_origin | field.required        | country of origin missing",
            })
    void everyFaultIsNamedOnItsLineAndColumn(int line, String column, String key, String fault) {
        List<ImportProblem> onLine =
                reading.problems().stream().filter(p -> p.line() == line).toList();
        assertTrue(
                onLine.stream()
                        .anyMatch(
                                p -> p.column().equals(column) && p.what().key().equals(key)),
                () -> fault + ": expected " + key + " in column " + column + ", got " + onLine);
    }

    @Test
    void latinLookAlikesAreNamedWithTheirPositions() {
        ImportProblem p = reading.problems().stream()
                .filter(x -> x.line() == 3)
                .findFirst()
                .orElseThrow();
        String text = p.in(java.util.Locale.ENGLISH);
        assertTrue(text.contains("\"K\" (1)") && text.contains("\"a\" (2)"), text);
    }

    @Test
    void theExpectedFaultColumnIsReportedAsUnknown() {
        assertTrue(reading.warnings().stream()
                .anyMatch(p -> p.line() == 1
                        && p.what().key().equals("catalog.unknownColumn")
                        && p.value().equals("expected_fault")));
    }

    @Test
    void onlyTheRowsWithVkLimitWarningsAreValid() {
        Map<Integer, String> valid = reading.validRows().stream()
                .collect(Collectors.toMap(CatalogReading.Row::line, r -> r.sku().sku()));
        assertEquals(Map.of(6, "BAD-005", 7, "BAD-006", 8, "BAD-007"), valid);
        assertTrue(reading.hasErrors());
    }

    @Test
    void errorsSayWhatIsExpectedInRussianToo() {
        ImportProblem gtin = reading.problems().stream()
                .filter(x -> x.line() == 2)
                .findFirst()
                .orElseThrow();
        String ru = gtin.in(java.util.Locale.forLanguageTag("ru"));
        assertTrue(ru.startsWith("строка 2, столбец gtin, значение «4607786221758»"), ru);
        assertTrue(ru.contains("должна быть 7"), ru);
    }
}

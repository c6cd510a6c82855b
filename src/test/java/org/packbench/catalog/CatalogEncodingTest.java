package org.packbench.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.packbench.TestFiles;

class CatalogEncodingTest {
    private final CatalogReader reader = new CatalogReader(List.of());

    @Test
    void theUtf8SampleReadsFortySkus() {
        CatalogReading r = reader.read(TestFiles.sample("catalog.csv"));
        assertEquals(StandardCharsets.UTF_8, r.charset());
        assertEquals(',', r.delimiter());
        assertEquals(40, r.validRows().size());
        assertFalse(r.hasErrors(), () -> r.problems().toString());
    }

    @Test
    void russianExcelCp1251WithSemicolonsAndDecimalCommaGivesTheSameRecordsToTheCharacter() {
        CatalogReading excel = reader.read(TestFiles.sample("catalog-excel-cp1251.csv"));
        assertEquals(CatalogText.WINDOWS_1251, excel.charset());
        assertEquals(';', excel.delimiter());
        assertFalse(excel.hasErrors(), () -> excel.problems().toString());
        Map<String, Sku> utf8 = reader.read(TestFiles.sample("catalog.csv")).validRows().stream()
                .map(CatalogReading.Row::sku)
                .collect(Collectors.toMap(Sku::sku, Function.identity()));
        assertEquals(37, excel.validRows().size());
        for (CatalogReading.Row row : excel.validRows()) {
            assertEquals(
                    utf8.get(row.sku().sku()), row.sku(), "SKU " + row.sku().sku());
        }
        Sku quoted = excel.validRows().stream()
                .map(CatalogReading.Row::sku)
                .filter(s -> s.sku().equals("PB-7-004"))
                .findFirst()
                .orElseThrow();
        assertEquals("Защитное стекло для смартфона 6,1\"", quoted.nameRu());
        assertEquals(new BigDecimal("2.10"), quoted.declaredValueUsd());
    }

    @Test
    void aBomIsSkippedAndRussianHeadersAreUnderstood() {
        String csv = "\uFEFFАртикул;Штрихкод;Наименование;Вес нетто (г);Производитель;Страна происхождения;"
                + "Сертификат/Декларация ЕАЭС;Код ТН ВЭД;Длина (мм);Ширина (мм);Высота (мм);Стоимость (USD);Маркетплейс\r\n"
                + "A-1;4607002977277;Чехол;38;ООО «Ромашка»;Россия;;3926909709;160;90;15;3,2;Озон\r\n";
        CatalogReading r = reader.read(csv.getBytes(StandardCharsets.UTF_8));
        assertFalse(r.hasErrors(), () -> r.problems().toString());
        Sku s = r.validRows().get(0).sku();
        assertEquals("A-1", s.sku());
        assertEquals(Marketplace.OZON, s.marketplace());
        assertEquals(new BigDecimal("3.20"), s.declaredValueUsd());
        assertEquals("", s.eacCert());
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        CatalogReading r = reader.read("sku,gtin\nA,4607002977277\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(r.errors().stream()
                .anyMatch(p -> p.what().equals(org.packbench.i18n.Message.of("catalog.missingColumn", "name_ru"))));
        assertTrue(r.validRows().isEmpty());
    }

    @Test
    void aQuotedFieldMaySpanLinesAndHoldTheDelimiter() {
        List<CsvRecord> rows = CsvReader.parse("a,b\n\"x,\ny\",\"say \"\"hi\"\"\"\nlast,row\n", ',');
        assertEquals(List.of("x,\ny", "say \"hi\""), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals(4, rows.get(2).line());
    }
}

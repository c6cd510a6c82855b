package org.packbench.marketplace.vk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.packbench.catalog.Gtin;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.i18n.ProblemException;

/** The invoice's lines and totals, and what customs would miss, named line by line. */
class CustomsInvoiceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private static Sku sku(String code, String hs, String eac, String country, int grams, String usd) {
        return new Sku(
                code,
                new Gtin("4607002977277"),
                "Чехол для смартфона силиконовый, прозрачный",
                grams,
                "Шэньчжэнь Юнсин Электроникс Ко., Лтд.",
                country,
                eac,
                hs,
                160,
                90,
                15,
                new BigDecimal(usd),
                Marketplace.VK);
    }

    @Test
    void linesCarryTheCatalogsTextAndTheTotalsAddUpInCentsAndGrams() {
        CustomsInvoice x = CustomsInvoice.of(
                "ООО «Ромашка»",
                "VK-1",
                DAY,
                "RU100000001VK",
                List.of(
                        new CustomsInvoice.Item(
                                1, sku("A", "3926909709", "ЕАЭС RU Д-CN.РА01.В.22714/26", "Китай", 38, "3.2"), 3),
                        new CustomsInvoice.Item(
                                2, sku("B", "8504405590", "ЕАЭС RU Д-CN.РА01.В.38206/24", "Китай", 62, "9.90"), 1)));
        assertEquals(2, x.lines().size());
        CustomsInvoice.Line a = x.lines().get(0);
        assertEquals("3926909709", a.hsCode());
        assertEquals("ЕАЭС RU Д-CN.РА01.В.22714/26", a.eacCert());
        assertEquals(114, a.netWeightG());
        assertEquals(new BigDecimal("9.60"), a.valueUsd());
        assertEquals(4, x.totalQuantity());
        assertEquals(176, x.totalNetWeightG());
        assertEquals(new BigDecimal("19.50"), x.totalValueUsd());
    }

    @Test
    void everyMissingFieldIsNamedWithItsLineAndSku() {
        ProblemException e = assertThrows(
                ProblemException.class,
                () -> CustomsInvoice.of(
                        "S",
                        "VK-2",
                        DAY,
                        "",
                        List.of(
                                new CustomsInvoice.Item(1, sku("OK", "3926909709", "ЕАЭС 1", "Китай", 1, "1"), 1),
                                new CustomsInvoice.Item(2, sku("NO-HS", "", "ЕАЭС 2", "Китай", 1, "1"), 1),
                                new CustomsInvoice.Item(3, sku("NO-EAC", "8504405590", "", "Россия", 1, "1"), 2),
                                new CustomsInvoice.Item(4, sku("SHORT", "392690", " ", "", 1, "1"), 1))));
        assertEquals("invoice.incomplete", e.problem().key());
        assertEquals(
                "the customs invoice for order VK-2 is refused: line 2 (SKU NO-HS) has no hs_code; "
                        + "line 3 (SKU NO-EAC) has no eac_cert; "
                        + "line 4 (SKU SHORT): hs_code 392690 is not a ТН ВЭД code of 10 digits; "
                        + "line 4 (SKU SHORT) has no country_of_origin; line 4 (SKU SHORT) has no eac_cert. "
                        + "Fill it in the catalog file, import the catalog again, then make the invoice again",
                e.in(Locale.ENGLISH));
        assertEquals(
                "таможенный инвойс для заказа VK-2 не сформирован: в строке 2 (артикул NO-HS) не заполнено поле hs_code; "
                        + "в строке 3 (артикул NO-EAC) не заполнено поле eac_cert; "
                        + "строка 4 (артикул SHORT): hs_code 392690 — не код ТН ВЭД из 10 цифр; "
                        + "в строке 4 (артикул SHORT) не заполнено поле country_of_origin; "
                        + "в строке 4 (артикул SHORT) не заполнено поле eac_cert. "
                        + "Заполните это в файле каталога, загрузите каталог снова и сформируйте инвойс ещё раз",
                e.in(Locale.forLanguageTag("ru")));
    }

    @Test
    void anHsCodeIsTenDigits() {
        assertEquals(true, CustomsInvoice.isHsCode("3926909709"));
        assertEquals(false, CustomsInvoice.isHsCode("392690970"));
        assertEquals(false, CustomsInvoice.isHsCode("39269097090"));
        assertEquals(false, CustomsInvoice.isHsCode("3926.90.97"));
        assertEquals(false, CustomsInvoice.isHsCode("３９２６９０９７０９"));
    }
}

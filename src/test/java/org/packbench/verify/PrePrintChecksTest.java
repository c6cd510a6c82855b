package org.packbench.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.packbench.app.TemplateLibrary;
import org.packbench.catalog.Gtin;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.label.FontStyle;
import org.packbench.label.LabelDocument;
import org.packbench.label.Rect;
import org.packbench.label.TextBlock;
import org.packbench.label.TextLine;
import org.packbench.label.compose.LabelComposer;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.Parcel;
import org.packbench.marketplace.vk.Dac;
import org.packbench.render.BundledTypeface;
import org.packbench.verify.rules.PrePrintChecks;

/** Each pre-print rule, on a real VK label laid out from the catalog record. */
class PrePrintChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Sku SKU = new Sku(
            "PB-7-001",
            Gtin.of("4607002977277"),
            "Чехол для смартфона силиконовый, прозрачный",
            38,
            "Шэньчжэнь Юнсин Электроникс Ко., Лтд.",
            "Китай",
            "ЕАЭС RU Д-CN.РА01.В.22714/26",
            "3926909709",
            160,
            90,
            15,
            new BigDecimal("3.20"),
            Marketplace.VK);
    private static final Dac DAC = new Dac("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
    private static final Parcel PARCEL = new Parcel("VK-1", "RU123456789VK", Marketplace.VK);

    private final PrePrintChecks checks = PrePrintChecks.standard();

    private static LabelDocument layout(Sku sku) {
        return new LabelComposer(BundledTypeface.get())
                .compose(
                        TemplateLibrary.bundled().get("vk-product-58x40"),
                        LabelValues.of(sku, PARCEL, Optional.of(DAC), 7),
                        203);
    }

    private static LabelContext context(
            LabelDocument doc, Sku sku, Optional<Dac> dac, LocalDate today, Optional<String> owner) {
        return new LabelContext(doc, Optional.of(sku), Marketplace.VK, true, dac, today, owner);
    }

    private List<String> rulesFailing(LabelContext c) {
        return checks.check(c).stream()
                .filter(Finding::blocks)
                .map(Finding::rule)
                .distinct()
                .toList();
    }

    @Test
    void aCorrectVkLabelPassesEveryRule() {
        assertEquals(List.of(), checks.check(context(layout(SKU), SKU, Optional.of(DAC), TODAY, Optional.empty())));
        assertEquals(8, checks.ruleNames().size());
    }

    @Test
    void textThatDiffersFromTheRecordIsRefused() {
        LabelDocument doc = layout(SKU);
        Sku renamed = new Sku(
                SKU.sku(),
                SKU.gtin(),
                "Чехол для смартфона",
                SKU.netWeightG(),
                "ООО Другое",
                SKU.countryOfOrigin(),
                SKU.eacCert(),
                SKU.hsCode(),
                160,
                90,
                15,
                SKU.declaredValueUsd(),
                Marketplace.VK);
        assertEquals(
                List.of("text-matches-record"),
                rulesFailing(context(doc, renamed, Optional.of(DAC), TODAY, Optional.empty())));
    }

    @Test
    void aLineThatLostAWordIsRefused() {
        LabelDocument doc = layout(SKU);
        TextBlock name = doc.text("name").orElseThrow();
        TextLine first = name.lines().get(0);
        TextBlock cut = new TextBlock(
                "name",
                name.text(),
                name.fields(),
                true,
                name.sizePt(),
                List.of(new TextLine(
                        "Чехол", first.style(), first.sizePt(), first.x(), first.baseline(), first.box())));
        List<TextBlock> texts = new java.util.ArrayList<>(doc.texts());
        texts.set(texts.indexOf(name), cut);
        LabelDocument broken = new LabelDocument(
                doc.templateId(),
                doc.widthMm(),
                doc.heightMm(),
                doc.dpi(),
                texts,
                doc.barcodes(),
                doc.shapes(),
                doc.images(),
                doc.watermark());
        assertTrue(rulesFailing(context(broken, SKU, Optional.of(DAC), TODAY, Optional.empty()))
                .contains("text-matches-record"));
    }

    @Test
    void latinLookAlikesInTheNameAreRefused() {
        Sku latin = new Sku(
                SKU.sku(),
                SKU.gtin(),
                "Чеxол для смартфона",
                38,
                SKU.manufacturer(),
                "Китай",
                "",
                SKU.hsCode(),
                160,
                90,
                15,
                SKU.declaredValueUsd(),
                Marketplace.VK);
        assertTrue(rulesFailing(context(layout(latin), latin, Optional.of(DAC), TODAY, Optional.empty()))
                .contains("no-latin-lookalikes"));
    }

    @Test
    void textUnderTenPointsIsRefused() {
        LabelDocument doc = layout(SKU);
        TextBlock small = new TextBlock(
                "note",
                "мелко",
                List.of(),
                true,
                8,
                List.of(new TextLine("мелко", FontStyle.REGULAR, 8, 1, 5, new Rect(1, 2, 10, 3))));
        List<TextBlock> texts = new java.util.ArrayList<>(doc.texts());
        texts.add(small);
        LabelDocument withSmall = new LabelDocument(
                doc.templateId(),
                doc.widthMm(),
                doc.heightMm(),
                doc.dpi(),
                texts,
                doc.barcodes(),
                doc.shapes(),
                doc.images(),
                doc.watermark());
        assertEquals(
                List.of("minimum-text-size"),
                rulesFailing(context(withSmall, SKU, Optional.of(DAC), TODAY, Optional.empty())));
    }

    @Test
    void anExpiredOrMissingDacIsRefusedAndOneExpiringSoonWarns() {
        LabelDocument doc = layout(SKU);
        assertEquals(
                List.of("dac-valid"),
                rulesFailing(context(doc, SKU, Optional.of(DAC), LocalDate.of(2027, 3, 30), Optional.empty())));
        assertEquals(List.of("dac-valid"), rulesFailing(context(doc, SKU, Optional.empty(), TODAY, Optional.empty())));
        List<Finding> soon =
                checks.check(context(doc, SKU, Optional.of(DAC), LocalDate.of(2027, 3, 20), Optional.empty()));
        assertEquals(1, soon.size());
        assertEquals(Severity.WARN, soon.get(0).severity());
    }

    @Test
    void aParcelOverVkLimitsIsRefused() {
        Sku heavy = new Sku(
                SKU.sku(),
                SKU.gtin(),
                SKU.nameRu(),
                2500,
                SKU.manufacturer(),
                "Китай",
                SKU.eacCert(),
                SKU.hsCode(),
                160,
                90,
                15,
                SKU.declaredValueUsd(),
                Marketplace.VK);
        assertEquals(
                List.of("parcel-within-limits"),
                rulesFailing(context(layout(heavy), heavy, Optional.of(DAC), TODAY, Optional.empty())));
    }

    @Test
    void aReusedTrackingNumberIsRefused() {
        assertEquals(
                List.of("tracking-not-reused"),
                rulesFailing(context(layout(SKU), SKU, Optional.of(DAC), TODAY, Optional.of("VK-OTHER"))));
    }

    @Test
    void aBarcodeForAnotherGtinIsRefused() {
        LabelDocument doc = new LabelComposer(BundledTypeface.get())
                .compose(
                        TemplateLibrary.bundled().get("vk-product-75x120"),
                        LabelValues.of(SKU, PARCEL, Optional.of(DAC), 7),
                        203);
        Sku other = new Sku(
                SKU.sku(),
                Gtin.of("4607310980273"),
                SKU.nameRu(),
                38,
                SKU.manufacturer(),
                "Китай",
                SKU.eacCert(),
                SKU.hsCode(),
                160,
                90,
                15,
                SKU.declaredValueUsd(),
                Marketplace.VK);
        // The digits under the bars are the old GTIN too, so the text rule objects as well.
        assertTrue(rulesFailing(context(doc, other, Optional.of(DAC), TODAY, Optional.empty()))
                .contains("barcode-data-valid"));
    }

    @Test
    void aMissingManufacturerOnTheLabelIsRefused() {
        LabelDocument doc = layout(SKU);
        List<TextBlock> texts = doc.texts().stream()
                .filter(t -> !t.fields().contains("manufacturer"))
                .toList();
        LabelDocument without = new LabelDocument(
                doc.templateId(),
                doc.widthMm(),
                doc.heightMm(),
                doc.dpi(),
                texts,
                doc.barcodes(),
                doc.shapes(),
                doc.images(),
                doc.watermark());
        assertEquals(
                List.of("required-fields"),
                rulesFailing(context(without, SKU, Optional.of(DAC), TODAY, Optional.empty())));
    }
}

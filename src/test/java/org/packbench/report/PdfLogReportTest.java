package org.packbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.packbench.journal.ChainCheck;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogExport;
import org.packbench.journal.LogFacts;

class PdfLogReportTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    /**
     * More entries than one chunk of the table holds, over many pages. With today's layout one
     * chunk ends mid-page and the next fills its page to the bottom, so the chunk after it starts
     * a fresh page: both places where a header can go missing or be doubled.
     */
    private static final int MANY = 1234;

    private static List<String> manyPages;

    @BeforeAll
    static void writeALongReport() throws IOException {
        manyPages = pages(pdf(LogFixture.export(LogFixture.many(MANY), RU, Optional.empty())));
    }

    @Test
    void everyPageSaysWhichPageItIsOfHowMany() {
        int total = manyPages.size();
        assertTrue(total > 20, "pages: " + total);
        for (int i = 0; i < total; i++) {
            assertTrue(
                    manyPages.get(i).contains("Страница " + (i + 1) + " из " + total),
                    "page " + (i + 1) + ": " + manyPages.get(i));
        }
    }

    @Test
    void everyEntryIsInTheTableOnceWithTheHeaderRepeatedOnEachPage() {
        TreeMap<Long, Integer> seen = new TreeMap<>();
        Pattern row = Pattern.compile("(?m)^(\\d+) 2026-11-24 \\d\\d:\\d\\d:\\d\\d ");
        String header =
                "№ Время Пользователь Событие Этикетка Шаблон Артикул Заказ Трек-номер Принтер Результат Хеш записи";
        for (String page : manyPages) {
            assertEquals(page.indexOf(header), page.lastIndexOf(header), "the header once a page: " + page);
            assertTrue(page.contains(header), page);
            Matcher m = row.matcher(page);
            while (m.find()) {
                seen.merge(Long.parseLong(m.group(1)), 1, Integer::sum);
            }
        }
        assertEquals(MANY, seen.size());
        assertEquals(42L, seen.firstKey());
        assertEquals(42L + MANY - 1, seen.lastKey());
        assertTrue(seen.values().stream().allMatch(n -> n == 1), "entries shown twice: " + seen);
    }

    @Test
    void pagesAreNumberedInEnglishForAnEnglishExport() throws IOException {
        List<String> pages = pages(pdf(LogFixture.day(Locale.ENGLISH)));

        assertEquals(1, pages.size());
        assertTrue(pages.get(0).contains("Page 1 of 1"), pages.get(0));
        assertTrue(pages.get(0).startsWith("Label log — ООО «Ромашка»"), pages.get(0));
    }

    @Test
    void theHeadingNamesThePeriodTheFullHashesTheChainAndTheCounts() throws IOException {
        String text = pages(pdf(LogFixture.day(RU))).get(0);
        List<LogEntry> entries = LogFixture.entries();

        assertTrue(text.startsWith("Журнал этикеток — ООО «Ромашка»"), text);
        assertTrue(text.contains("\nПериод: 2026-11-24\n"), text);
        assertTrue(text.contains("Записей: 12\n"), text);
        assertTrue(text.contains("Хеш перед первой записью: " + LogFixture.START + "\n"), text);
        assertTrue(
                text.contains("Хеш последней записи: "
                        + entries.get(entries.size() - 1).hash() + "\n"),
                text);
        assertTrue(text.contains("Цепочка: цела"), text);
        assertTrue(
                text.contains("Этикетки: напечатано 3 · перепечатано 1 · аннулировано 1 · отгружено 2"
                        + " · сформировано 1 · отказано 1"),
                text);
        // printed, reprinted, voided, dispatched, refused
        assertTrue(text.contains(LogFixture.TEA + " vk 1 1 0 1 0\n"), text);
        assertTrue(text.contains(LogFixture.HONEY + " ozon 1 0 1 0 0\n"), text);
    }

    @Test
    void cyrillicSkusAndUsersAreReadableInTheTable() throws IOException {
        String text = pages(pdf(LogFixture.day(RU))).get(0);

        assertTrue(
                text.contains(
                        "42 2026-11-24 07:58:01 Иванова Сформировано L00001001 vk-product-58x40 ЧАЙ-ЗЕЛ-100 VK-20261124-0001"),
                text);
        assertTrue(text.contains("Петров Аннулировано L00001003 vk-product-58x40 Мёд, липовый; 250 г"), text);
        assertTrue(text.contains("ошибка в заказе; клиент \"передумал\""), text);
        assertTrue(text.contains(LogFixture.entries().get(0).hash().substring(0, 12)), text);
    }

    @Test
    void aLabelFromASavedTemplateNamesItsVersion() throws IOException {
        LogFacts bundled = LogFixture.entries().get(0).facts();
        LogFacts saved = new LogFacts(
                bundled.event(),
                bundled.labelId(),
                bundled.printer(),
                "vk-my-58x40",
                bundled.sku(),
                bundled.marketplace(),
                bundled.order(),
                bundled.tracking(),
                bundled.sscc(),
                bundled.payloadSha256(),
                bundled.checks(),
                bundled.readback(),
                bundled.copies(),
                bundled.reason(),
                bundled.verdict(),
                bundled.scanData(),
                3);
        LogFixture.Chain chain = new LogFixture.Chain(42, LogFixture.START);
        chain.add("07:58:01.250", "Стол 1", LogFixture.PACKER, saved);

        String text = pages(pdf(LogFixture.export(chain.entries, RU, Optional.empty())))
                .get(0);

        assertTrue(text.contains("L00001001 vk-my-58x40 v3 " + LogFixture.TEA), text);
    }

    @Test
    void aBrokenChainIsShownWithTheEntryAndWhy() throws IOException {
        LogExport x = LogFixture.export(
                LogFixture.entries(), RU, Optional.of(new ChainCheck.Broken(45, ChainCheck.Break.LINK, "a", "b")));

        String text = pages(pdf(x)).get(0);

        assertTrue(text.contains("Цепочка: нарушена на записи 45: запись не продолжает предыдущую"), text);
    }

    @Test
    void theFontIsEmbeddedSoCyrillicPrintsAnywhereOnA4Landscape() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(LogFixture.day(RU)))) {
            PDPage page = doc.getPage(0);
            assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "landscape");
            assertEquals(842, Math.round(page.getMediaBox().getWidth()));
            assertEquals(595, Math.round(page.getMediaBox().getHeight()));
            List<String> names = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertInstanceOf(PDType0Font.class, font, font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                names.add(font.getName());
            }
            assertTrue(names.stream().anyMatch(n -> n.endsWith("PTSans-Regular")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.endsWith("PTSans-Bold")), names.toString());
        }
    }

    static byte[] pdf(LogExport x) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfLogReport().write(x, out);
        return out.toByteArray();
    }

    /** The text of each page as PDFBox extracts it. */
    static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
        }
        return pages;
    }
}

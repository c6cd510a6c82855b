package org.packbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.journal.ExportFileName;
import org.packbench.journal.LogPeriod;

/** Company_DocType_Date, in characters every file system and mail program takes. */
class ExportFileNameTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LogPeriod DAY = LogPeriod.day(LocalDate.of(2026, 11, 24), MOSCOW);

    @Test
    void aRussianCompanyIsTransliteratedAndADayNamesTheFile() {
        assertEquals(
                "OOO-Romashka_LabelLog_2026-11-24.pdf", ExportFileName.of("ООО «Ромашка»", "LabelLog", DAY, "pdf"));
    }

    @Test
    void aRangeNamesItsFirstAndLastDay() {
        LogPeriod week = new LogPeriod(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 24), MOSCOW);

        assertEquals(
                "OOO-Romashka_LabelLog_2026-11-20_2026-11-24.csv",
                ExportFileName.of("ООО «Ромашка»", "LabelLog", week, "csv"));
    }

    @Test
    void aDocumentAboutAnOrderEndsWithTheOrdersNumberMadeSafe() {
        LocalDate day = LocalDate.of(2026, 11, 25);
        assertEquals(
                "OOO-Romashka_Invoice_2026-11-25_VK-1001.pdf",
                ExportFileName.of("ООО «Ромашка»", "Invoice", day, "VK-1001", "pdf"));
        assertEquals(
                "Company_Invoice_2026-11-25_12345-67-zakaz.pdf",
                ExportFileName.of("", "Invoice", day, "12345/67 заказ", "pdf"));
        assertEquals("Company_Invoice_2026-11-25_-.pdf", ExportFileName.of(null, "Invoice", day, "«»", "pdf"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a/b",
                "c:d",
                "*",
                "..",
                "",
                "../../etc/passwd",
                "C:\\Windows\\",
                "con?<>|\"",
                " . ",
                "ИП Щукин Ё.Ю."
            })
    void anOddCompanyNameStillGivesOneSafeFileInTheChosenFolder(String company) {
        String name = ExportFileName.of(company, "LabelLog", DAY, "xlsx");

        assertTrue(name.matches("[A-Za-z0-9]+(-[A-Za-z0-9]+)*_LabelLog_2026-11-24\\.xlsx"), name);
    }

    @Test
    void noCompanyAtAllIsNamedAsSuch() {
        assertEquals("Company_LabelLog_2026-11-24.pdf", ExportFileName.of("", "LabelLog", DAY, "pdf"));
        assertEquals("Company_LabelLog_2026-11-24.pdf", ExportFileName.of("..", "LabelLog", DAY, "pdf"));
        assertEquals("Company_LabelLog_2026-11-24.pdf", ExportFileName.of(null, "LabelLog", DAY, "pdf"));
    }

    @Test
    void aLongCompanyNameIsCutToSixtyCharacters() {
        String name =
                ExportFileName.safe("Общество с ограниченной ответственностью «Ромашка и партнёры — Северо-Запад»");

        assertTrue(name.length() <= 60 && !name.endsWith("-"), name);
        assertTrue(name.startsWith("Obshchestvo-s-ogranichennoy-otvetstvennostyu-"), name);
    }
}

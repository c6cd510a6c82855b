package org.packbench.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.packbench.gs1.Problems.accepted;
import static org.packbench.gs1.Problems.refused;
import static org.packbench.gs1.Problems.refusedAt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.i18n.ProblemException;

class DateRulesTest {
    private static final String GTIN = "(01)09506000134352";

    @Test
    void month13IsNotAMonth() {
        ProblemException p = refusedAt(GTIN + "(17)201325", "gs1.date.month", "17", 25);
        assertTrue(p.getMessage().contains("AI (17)"), p.getMessage());
        assertTrue(p.getMessage().contains("month 13"), p.getMessage());
        assertEquals("AI (17), позиция 25: месяц 13 — не месяц; допустимо от 01 до 12", Problems.russian(p));
    }

    @Test
    void monthZeroIsNotAMonth() {
        refused(GTIN + "(11)200010", "gs1.date.month");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "12", "13", "15", "16", "17"})
    void dayZeroIsEndOfMonthOnlyWhereTheSpecAllowsIt(String ai) {
        String partner = ai.equals("12") ? "(415)1234567890128(8020)X" : GTIN;
        accepted(partner + "(" + ai + ")261200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(7006)261200", "(7007)261200", "(7011)261200", "(7003)2612000000", "(8008)26120012"})
    void dayZeroIsRefusedWhereTheSpecWantsTheActualDay(String element) {
        ProblemException p = refused(GTIN + element, "gs1.date.dayZero");
        assertTrue(p.getMessage().contains("day 00"), p.getMessage());
    }

    @Test
    void dayZeroIsRefusedForTheReleaseDateOfALogisticUnit() {
        refused("(00)123456789012345675(4326)261200", "gs1.date.dayZero");
        accepted("(00)123456789012345675(4324)2612000930");
    }

    @Test
    void dayZeroIsRefusedInAFullYearDateOfBirth() {
        refused("(8018)123456789012345675(7250)20240200", "gs1.date.dayZero");
    }

    @Test
    void theDayMustExistInTheMonth() {
        ProblemException p = refusedAt(GTIN + "(17)260431", "gs1.date.day", "17", 27);
        assertEquals("AI (17), position 27: month 04 has no day 31; its last day is 30", p.getMessage());
        refused(GTIN + "(17)260132", "gs1.date.day");
    }

    @Test
    void february29ExistsOnlyInLeapYears() {
        accepted(GTIN + "(17)240229");
        accepted(GTIN + "(17)000229");
        refused(GTIN + "(17)250229", "gs1.date.day");
        accepted("(8018)123456789012345675(7250)20000229");
        refused("(8018)123456789012345675(7250)21000229", "gs1.date.day");
    }

    @Test
    void bothDatesOfAHarvestPeriodAreChecked() {
        accepted(GTIN + "(7007)260101260131");
        refusedAt(GTIN + "(7007)260101261331", "gs1.date.month", "7007", 33);
    }

    @Test
    void timesUseThe24HourClock() {
        accepted(GTIN + "(7003)2612312359");
        refusedAt(GTIN + "(7003)2612312400", "gs1.time.hour", "7003", 31);
        refusedAt(GTIN + "(7003)2612312360", "gs1.time.minute", "7003", 33);
        accepted(GTIN + "(8008)26123123");
        accepted(GTIN + "(8008)2612312359");
        accepted(GTIN + "(8008)261231235959");
        refused(GTIN + "(8008)261231235960", "gs1.time.second");
        refused(GTIN + "(8008)261231235", "gs1.part.length");
    }

    @Test
    void anOptionalTimeMayBeLeftOutButNotCutShort() {
        accepted(GTIN + "(7011)261231");
        accepted(GTIN + "(7011)2612311200");
        refused(GTIN + "(7011)26123112", "gs1.part.length");
    }
}

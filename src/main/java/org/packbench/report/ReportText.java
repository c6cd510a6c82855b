package org.packbench.report;

import java.text.MessageFormat;
import java.util.Locale;
import org.packbench.journal.ChainCheck;
import org.packbench.journal.LogEvent;

/**
 * The words of the XLSX and PDF exports in English and Russian. Kept beside the writers rather
 * than in a bundle because the reader must recognise both languages whatever the default locale
 * of the machine reading the file back.
 */
enum ReportText {
    TITLE("Label log", "Журнал этикеток"),
    SHEET_LOG("Log", "Журнал"),
    SHEET_SUMMARY("Summary", "Сводка"),
    COMPANY("Company", "Компания"),
    PERIOD("Period", "Период"),
    PERIOD_FROM("Period from", "Период с"),
    PERIOD_TO("Period to", "Период по"),
    GENERATED("Generated", "Сформирован"),
    ENTRIES("Entries", "Записей"),
    START_HASH("Hash before the first entry", "Хеш перед первой записью"),
    HEAD_HASH("Hash of the last entry", "Хеш последней записи"),
    CHAIN("Chain", "Цепочка"),
    INTACT("intact", "цела"),
    BROKEN("broken at entry {0}: {1}", "нарушена на записи {0}: {1}"),
    BROKEN_EDITED("an entry was changed after it was written", "запись изменена после записи"),
    BROKEN_LINK("an entry does not follow the one before it", "запись не продолжает предыдущую"),
    BROKEN_GAP("an entry is missing", "запись пропала"),
    EVENT("Event", "Событие"),
    COUNT("Count", "Количество"),
    RENDERED("Rendered", "Сформировано"),
    REFUSED("Refused", "Отказано"),
    PRINTED("Printed", "Напечатано"),
    REPRINTED("Reprinted", "Перепечатано"),
    VOIDED("Voided", "Аннулировано"),
    SCANNED("Scanned", "Отсканировано"),
    MARKED("Marking code", "Код маркировки"),
    DISPATCHED("Dispatched", "Отгружено"),
    LABELS("Labels", "Этикетки"),
    SKU("SKU", "Артикул"),
    MARKETPLACE("Marketplace", "Маркетплейс"),
    BY_SKU("By SKU and marketplace", "По артикулам и маркетплейсам"),
    ENTRIES_TABLE("Entries", "Записи"),
    NO_ENTRIES("No entries in the period.", "За период записей нет."),
    RESULT("Result", "Результат"),
    PAGE("Page {0} of ", "Страница {0} из ");

    private final String english;
    private final String russian;

    ReportText(String english, String russian) {
        this.english = english;
        this.russian = russian;
    }

    String in(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? russian : english;
    }

    String english() {
        return english;
    }

    String russian() {
        return russian;
    }

    // MessageFormat would group digits ("1 234"), and a page or entry number must read as written.
    String format(Locale locale, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return new MessageFormat(in(locale), locale).format(plain);
    }

    static ReportText of(LogEvent e) {
        return switch (e) {
            case RENDERED -> RENDERED;
            case REFUSED -> REFUSED;
            case PRINTED -> PRINTED;
            case REPRINTED -> REPRINTED;
            case VOIDED -> VOIDED;
            case SCANNED -> SCANNED;
            case MARKED -> MARKED;
        };
    }

    /** The chain's state as a person reads it. */
    static String chain(ChainCheck.Report chain, Locale locale) {
        return chain.broken()
                .map(b -> BROKEN.format(
                        locale,
                        b.seq(),
                        (switch (b.why()) {
                                    case EDITED -> BROKEN_EDITED;
                                    case LINK -> BROKEN_LINK;
                                    case GAP -> BROKEN_GAP;
                                })
                                .in(locale)))
                .orElse(INTACT.in(locale));
    }
}

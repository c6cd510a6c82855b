package org.packbench.journal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import org.packbench.marketplace.LabelValues;

/**
 * The columns of every export, in order: CSV, XLSX and PDF write the same values, and reading an
 * export back finds the entry by its sequence number and its hash.
 */
public enum LogColumn {
    SEQ("seq", "№", Type.INTEGER, e -> e.seq()),
    TIME("time", "Время", Type.TIME, e -> e.at()),
    BENCH("bench", "Рабочее место", Type.TEXT, LogEntry::bench),
    USER("user", "Пользователь", Type.TEXT, LogEntry::user),
    EVENT("event", "Событие", Type.TEXT, e -> e.event().code()),
    LABEL(
            "label",
            "Этикетка",
            Type.TEXT,
            e -> e.facts().labelId() == 0 ? "" : LabelValues.labelId(e.facts().labelId())),
    PRINTER("printer", "Принтер", Type.TEXT, e -> e.facts().printer()),
    // The version beside the id ("vk-product-58x40 v2") rather than a column of its own: exports
    // keep their columns, so older files still read back, and a bundled template reads as before.
    TEMPLATE("template", "Шаблон", Type.TEXT, e -> e.facts().templateShown()),
    SKU("sku", "Артикул", Type.TEXT, e -> e.facts().sku()),
    MARKETPLACE("marketplace", "Маркетплейс", Type.TEXT, e -> e.facts().marketplace()),
    ORDER("order", "Заказ", Type.TEXT, e -> e.facts().order()),
    TRACKING("tracking", "Трек-номер", Type.TEXT, e -> e.facts().tracking()),
    SSCC("sscc", "SSCC", Type.TEXT, e -> e.facts().sscc()),
    COPIES("copies", "Копий", Type.INTEGER, e -> (long) e.facts().copies()),
    REASON("reason", "Причина", Type.TEXT, e -> e.facts().reason()),
    VERDICT("verdict", "Вердикт", Type.TEXT, e -> e.facts().verdict()),
    SCAN("scan", "Скан", Type.TEXT, e -> e.facts().scanData()),
    CHECKS("checks", "Проверки", Type.TEXT, e -> e.facts().checks()),
    READBACK("readback", "Считывание", Type.TEXT, e -> e.facts().readback()),
    PAYLOAD_SHA256("payload_sha256", "SHA-256 данных", Type.TEXT, e -> e.facts().payloadSha256()),
    PREV_HASH("prev_hash", "Хеш предыдущей", Type.TEXT, LogEntry::prevHash),
    HASH("hash", "Хеш записи", Type.TEXT, LogEntry::hash);

    /** How a spreadsheet should hold the value. */
    public enum Type {
        TEXT,
        INTEGER,
        TIME
    }

    /** Local time of the bench, as people read it; the entry's own UTC time is in the hash. */
    public static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final String key;
    private final String russian;
    private final Type type;
    private final Function<LogEntry, Object> value;

    LogColumn(String key, String russian, Type type, Function<LogEntry, Object> value) {
        this.key = key;
        this.russian = russian;
        this.type = type;
        this.value = value;
    }

    /** The header in English; stable, as scripts read it. */
    public String key() {
        return key;
    }

    public String header(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? russian : key;
    }

    public Type type() {
        return type;
    }

    /** A {@code Long}, an {@code Instant} or a {@code String}, by the column's type. */
    public Object value(LogEntry e) {
        return value.apply(e);
    }

    /** The value as text: times in the bench's zone. */
    public String text(LogEntry e, ZoneId zone) {
        Object v = value(e);
        return v instanceof java.time.Instant i ? LOCAL_TIME.format(i.atZone(zone)) : String.valueOf(v);
    }
}

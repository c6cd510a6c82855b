package org.packbench.marketplace.orders;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.packbench.catalog.CatalogText;
import org.packbench.catalog.CsvReader;
import org.packbench.catalog.CsvRecord;
import org.packbench.catalog.ImportProblem;
import org.packbench.catalog.Marketplace;
import org.packbench.i18n.Message;

/**
 * Reads the seller's order list exported as CSV: order, marketplace, confirmed-at, tracking.
 * English or Russian headers, UTF-8 or Windows-1251, ',' or ';' — as the catalog. A time
 * without an offset is taken in the bench's time zone, as the seller's cabinet shows it.
 */
public final class OrderListReader {
    private static final Map<String, String> HEADERS = new HashMap<>();
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm[:ss]"));

    static {
        for (String h : List.of("order", "order_no", "номер заказа", "заказ", "номер отправления")) {
            HEADERS.put(h, "order");
        }
        for (String h : List.of("marketplace", "маркетплейс")) {
            HEADERS.put(h, "marketplace");
        }
        for (String h : List.of(
                "confirmed_at", "confirmed-at", "confirmed", "подтверждён", "подтвержден", "дата подтверждения")) {
            HEADERS.put(h, "confirmed_at");
        }
        for (String h : List.of("tracking", "трек-номер", "трек номер")) {
            HEADERS.put(h, "tracking");
        }
    }

    /** The orders read, and a problem for every row that could not be. */
    public record Reading(List<Order> orders, List<ImportProblem> problems) {}

    private final ZoneId zone;

    public OrderListReader(ZoneId zone) {
        this.zone = zone;
    }

    public Reading read(byte[] content) {
        String text = CatalogText.decode(content).text();
        List<CsvRecord> rows = CsvReader.parse(text, CsvReader.detectDelimiter(text));
        List<Order> orders = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(ImportProblem.error(1, "", "", Message.of("orders.empty")));
            return new Reading(orders, problems);
        }
        Map<String, Integer> at = new HashMap<>();
        List<String> header = rows.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            String field = HEADERS.get(header.get(i).strip().toLowerCase(Locale.ROOT));
            if (field != null) {
                at.putIfAbsent(field, i);
            }
        }
        for (String required : List.of("order", "marketplace", "confirmed_at")) {
            if (!at.containsKey(required)) {
                problems.add(ImportProblem.error(1, "", "", Message.of("catalog.missingColumn", required)));
            }
        }
        if (!problems.isEmpty()) {
            return new Reading(orders, problems);
        }
        for (CsvRecord row : rows.subList(1, rows.size())) {
            String number = value(row, at.get("order"));
            String market = value(row, at.get("marketplace"));
            String confirmed = value(row, at.get("confirmed_at"));
            String tracking = at.containsKey("tracking") ? value(row, at.get("tracking")) : "";
            Optional<Marketplace> mp = Marketplace.parse(market);
            Optional<Instant> when = instant(confirmed);
            if (number.isEmpty()) {
                problems.add(ImportProblem.error(row.line(), "order", number, Message.of("field.required")));
            } else if (mp.isEmpty()) {
                problems.add(ImportProblem.error(row.line(), "marketplace", market, Message.of("field.marketplace")));
            } else if (when.isEmpty()) {
                problems.add(ImportProblem.error(row.line(), "confirmed_at", confirmed, Message.of("orders.time")));
            } else {
                orders.add(new Order(
                        number, mp.get(), when.get(), tracking.isEmpty() ? Optional.empty() : Optional.of(tracking)));
            }
        }
        return new Reading(orders, problems);
    }

    private Optional<Instant> instant(String s) {
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            for (DateTimeFormatter f : LOCAL) {
                try {
                    return Optional.of(LocalDateTime.parse(s, f).atZone(zone).toInstant());
                } catch (DateTimeParseException ignored) {
                    // next form
                }
            }
            return Optional.empty();
        }
    }

    private static String value(CsvRecord row, int i) {
        return i < row.fields().size() ? row.fields().get(i).strip() : "";
    }
}

package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.Workbench;
import org.packbench.marketplace.orders.Deadline;

/** Сроки: what the open orders still owe, the soonest first, counted down on the bench clock and marked in time. */
class DeadlinesModelTest {
    @TempDir
    Path dir;

    private Workbench bench;
    private final InlineWork work = new InlineWork();
    private DeadlinesModel model;

    @BeforeEach
    void open() {
        bench = Workbench.open(
                dir.resolve("deadlines.db"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        model = new DeadlinesModel(
                bench.orders(), bench.outbox(), bench.clock(), new UiText(Locale.forLanguageTag("ru")), work);
    }

    private Path orders(String rows) throws Exception {
        Path csv = dir.resolve("orders.csv");
        Files.writeString(csv, "order,marketplace,confirmed_at,tracking\n" + rows);
        return csv;
    }

    @Test
    void importedOrdersListWhatTheyStillOweTheSoonestFirst() throws Exception {
        model.importFile(orders("OZ-1,ozon,2026-11-25T09:50:00Z,\nVK-1,vk,2026-11-25T09:30:00Z,\n"
                + "VK-2,vk,2026-11-25T09:30:00Z,RU100000001VK\n"));
        assertEquals(StatusLine.Tone.OK, model.status().tone());
        assertEquals("Импортировано заказов: 3.", model.status().text());
        assertEquals(
                List.of("OZ-1 OZON_LABEL", "VK-1 VK_TRACKING", "OZ-1 OZON_SHIP"),
                model.rows().stream().map(d -> model.order(d) + " " + d.kind()).toList(),
                "VK-2's tracking number is known: it owes nothing");
        assertNull(work.unexpected());
    }

    @Test
    void eachDeadlineIsCountedDownAndMarkedSoonOrOverdue() throws Exception {
        model.importFile(orders("OZ-1,ozon,2026-11-25T09:50:00Z,\nOZ-2,ozon,2026-11-25T09:40:00Z,\n"
                + "OZ-3,ozon,2026-11-25T09:00:00Z,\n"));
        Deadline late = label("OZ-3");
        Deadline soon = label("OZ-2");
        Deadline onTime = label("OZ-1");
        assertEquals("ПРОСРОЧЕНО на 0:30:00", model.left(late));
        assertEquals(DeadlinesModel.Standing.OVERDUE, model.standing(late));
        assertEquals("0:10:00", model.left(soon));
        assertEquals(DeadlinesModel.Standing.SOON, model.standing(soon), "under a quarter of an hour left");
        assertEquals("0:20:00", model.left(onTime));
        assertEquals(DeadlinesModel.Standing.ON_TIME, model.standing(onTime));
        assertTrue(model.due(onTime).contains("10:20"), model.due(onTime));
        assertEquals("Ozon: передать этикетку (30 мин)", model.kind(onTime));
        assertEquals("ozon", model.marketplace(onTime));
    }

    @Test
    void aListWithAWrongRowImportsNothingAndNamesTheProblem() throws Exception {
        model.importFile(orders("OZ-1,ozon,2026-11-25T09:50:00Z,\nOZ-2,wildberries,yesterday,\n"));
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertTrue(
                model.status().text().contains("wildberries")
                        || model.status().text().contains("yesterday"),
                model.status().text());
        assertTrue(model.rows().isEmpty());
    }

    @Test
    void aFileThatCannotBeReadSaysWhy() {
        model.importFile(dir.resolve("no-such-orders.csv"));
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertTrue(
                model.status().text().contains("no-such-orders.csv"),
                model.status().text());
    }

    private Deadline label(String order) {
        return model.rows().stream()
                .filter(d -> model.order(d).equals(order) && d.kind() == Deadline.Kind.OZON_LABEL)
                .findFirst()
                .orElseThrow();
    }
}

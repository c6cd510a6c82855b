package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.Workbench;
import org.packbench.location.DatabaseAddress;
import org.packbench.print.TestPrinter;
import org.packbench.store.PostgresCluster;
import org.packbench.ui.model.PrinterStatusModel.Level;

/**
 * A warehouse bench whose database server goes away: the strip of Упаковка says that the database,
 * not the printer, cannot be reached and that nothing is issued meanwhile, keeps saying it between
 * looks, and is green again at the first look after the server is back.
 */
class DatabaseAwayStatusTest {
    @TempDir
    Path dir;

    @Test
    void theStripSaysTheDatabaseIsAwayAndRecoversWithIt() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        DatabaseAddress.PostgresServer server =
                (DatabaseAddress.PostgresServer) DatabaseAddress.parse(cluster.url(cluster.newDatabase()));
        Workbench bench = Workbench.open(
                server, cluster.password().toCharArray(), dir.resolve("w.db"), Clock.systemUTC(), "bench-1");
        try (TestPrinter printer = TestPrinter.zpl()) {
            bench.printers().add(printer.profile("bench-zebra"));
            PrinterStatusModel model = new PrinterStatusModel(
                    bench,
                    new UiText(Locale.forLanguageTag("ru")),
                    new InlineWork(),
                    new SimpleStringProperty("bench-zebra"));
            model.look();
            assertEquals(Level.OK, model.level());
            cluster.stop();
            try {
                model.look();
                assertEquals(Level.BAD, model.level());
                assertEquals(
                        "Нет связи с базой: этикетки сейчас не выпускаются, очередь цела. "
                                + "Работа продолжится, как только база ответит.",
                        model.state());
                model.look();
                assertEquals(Level.BAD, model.level(), "still said at the next look, not painted over by 'asking'");
            } finally {
                cluster.start();
            }
            // The pool's connections died with the server; the strip polls every few seconds, so
            // a look or two may still meet the server starting up.
            java.util.List<String> said = new java.util.ArrayList<>();
            for (int i = 0; i < 5 && model.level() != Level.OK; i++) {
                model.look();
                said.add(model.state());
            }
            assertEquals(Level.OK, model.level(), String.join(" | ", said));
            assertEquals("Принтер bench-zebra готов.", model.state());
        } finally {
            bench.closeDatabase();
        }
    }
}

package org.packbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.packbench.app.BenchOpening;
import org.packbench.app.WarehouseMove;
import org.packbench.app.Workbench;
import org.packbench.i18n.ProblemException;
import org.packbench.journal.ChainCheck;
import org.packbench.location.DatabaseAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "db",
        description = "The bench's database.",
        subcommands = {DbCommand.Copy.class})
final class DbCommand {

    @Command(
            name = "copy",
            description = "Move a bench's history (catalog, labels, log with its hash chain, accounts, print queue) "
                    + "from its SQLite file into an empty PostgreSQL database shared by the warehouse's benches.")
    static final class Copy extends CommandBase implements Callable<Integer> {
        @Option(names = "--from", required = true, paramLabel = "PATH", description = "The bench's SQLite file.")
        Path from;

        @Option(
                names = "--to",
                required = true,
                paramLabel = "URL",
                description = "postgresql://HOST[:PORT]/DB?user=NAME (password from PGPASSWORD or ~/.pgpass).")
        String to;

        @Option(names = "--json", description = "Rows copied per table and the chain check, as JSON on stdout.")
        boolean json;

        @Override
        public Integer call() {
            if (!(DatabaseAddress.parse(to) instanceof DatabaseAddress.PostgresServer server)) {
                throw new ProblemException("db.copy.sameKind", to);
            }
            if (!java.nio.file.Files.isRegularFile(from)) {
                throw new ProblemException("db.copy.noSource", from);
            }
            char[] password = root().databasePassword(server);
            BenchOpening warehouseBench = root().benchOpening(server);
            WarehouseMove.Moved moved =
                    WarehouseMove.run(from, server, password, warehouseBench.localFile(), warehouseBench.bench());
            ChainCheck.Report chain;
            // The password asked once serves both the copy and the check.
            Workbench warehouse = new BenchOpening(
                            server, warehouseBench.localFile(), () -> password, warehouseBench.bench())
                    .open(root().clock());
            try {
                chain = warehouse.labelLog().verify();
            } finally {
                warehouse.closeDatabase();
            }
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("from", from.toString());
                out.put("to", server.display());
                out.put("rows", moved.rows());
                out.put("chainIntact", chain.intact());
                out.put("logEntries", chain.checked());
                out.put("key", moved.key().toString());
                out().println(Json.write(out));
            } else {
                moved.rows().forEach((table, n) -> out().println(String.format("%-15s %,d", table, n)));
                out().println("copied " + from + " to " + server.display() + "; log chain "
                        + (chain.intact() ? "intact" : "BROKEN") + " (" + chain.checked() + " entries)");
                out().println("the warehouse key is " + moved.key()
                        + ": copy it to the same place on every bench of the warehouse");
            }
            return chain.intact() ? 0 : 1;
        }
    }
}

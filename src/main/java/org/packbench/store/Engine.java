package org.packbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.packbench.location.DatabaseAddress;

/**
 * What differs between the two databases a bench can use, and nothing else: how a connection is
 * made, how a writing transaction begins, and what a refusal means to the person at the bench.
 * The repositories' SQL is the same for both (DESIGN.md: portable SQL).
 */
interface Engine extends AutoCloseable {
    DatabaseAddress address();

    /** Connections for the schema migrations. */
    DataSource dataSource();

    Connection connect() throws SQLException;

    /**
     * Called right after a writing transaction has begun on {@code c}. Writers go one at a time, in
     * a bench as in a warehouse: the SSCC counter, the log's hash chain and "one live label per
     * parcel" are each a read followed by a write, and stay right only if no other writer comes in
     * between.
     */
    void beginWriting(Connection c) throws SQLException;

    /**
     * A query for the id the next row of {@code table} (a table of PackBench's, with an {@code id}
     * the database assigns) will be given, without taking it: what a preview shows.
     */
    String nextIdQuery(String table);

    /** {@code e} in words for the person at the bench, naming the database and what to do. */
    RuntimeException trouble(SQLException e);

    /**
     * A local file standing for this database on this computer: the SQLite file itself, or for a
     * server a file in the bench's data folder named after it. Beside it the bench keeps what belongs
     * to the computer, not to the records: its delivery lock, its log, the HTTP API's token.
     */
    Path localFile();

    @Override
    void close();
}

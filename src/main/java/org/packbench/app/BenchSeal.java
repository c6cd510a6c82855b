package org.packbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.access.AccountSeal;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.journal.LogChain;
import org.packbench.journal.LogEntry;
import org.packbench.seal.Anchor;
import org.packbench.seal.BenchKey;
import org.packbench.seal.DatabaseSeal;
import org.packbench.seal.SealCheck;
import org.packbench.store.Database;
import org.packbench.store.SqliteAccounts;
import org.packbench.store.SqliteSeal;

/**
 * The bench's defence against its own database file being edited: the bench key in
 * {@code <database>.key}, the database's seal row, and the anchor in {@code <database>.anchor}.
 *
 * <p>Opening a bench settles the key and the seal once, under the database's write lock:
 * <ul>
 * <li>key file and sealed database: the seal must hold under the key;</li>
 * <li>no key file, database never sealed (new, or from before the seal): a new key is made, the
 *     log's unkeyed part and the accounts are sealed as they stand, and a first anchor written;</li>
 * <li>no key file but a sealed database: refused. A new key would make whatever is in the file
 *     "verify"; the key must be restored;</li>
 * <li>a key file but no seal in a database that has entries or accounts, with an anchor beside
 *     it: refused, since the seal row was deleted in the file. (Without the anchor it is the first
 *     sealing cut short before its anchor was written, and is done again.)</li>
 * </ul>
 */
public final class BenchSeal implements AccountSeal {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BenchSeal.class);

    private final SqliteSeal rows;
    private final AnchorFile anchor;
    private final Clock clock;
    private final BenchKey key;
    private final DatabaseSeal seal;
    private volatile boolean supervisorSeen;
    /** The day this process last made sure the anchor had been moved on; once a day is enough. */
    private LocalDate anchoredDay;

    private BenchSeal(
            SqliteSeal rows,
            AnchorFile anchor,
            Clock clock,
            BenchKey key,
            DatabaseSeal seal,
            boolean anchorSawSupervisor) {
        this.rows = rows;
        this.anchor = anchor;
        this.clock = clock;
        this.key = key;
        this.seal = seal;
        this.supervisorSeen = seal.supervisorSeen() || anchorSawSupervisor;
    }

    /** The seal of the bench whose database is {@code db}, settled as the class comment says. */
    public static BenchSeal open(Database db, Clock clock) {
        Path keyFile = KeyFile.of(db.file());
        AnchorFile anchorFile = new AnchorFile(db.file());
        SqliteSeal rows = new SqliteSeal(db);
        SqliteAccounts accounts = new SqliteAccounts(db, clock);
        record Settled(BenchKey key, DatabaseSeal seal, boolean newAnchor, boolean anchorSawSupervisor) {}
        // The usual case, a sealed database and its key, needs no write lock: another process may be writing.
        Optional<BenchKey> known = KeyFile.read(keyFile);
        Optional<SqliteSeal.Stored> sealed = rows.read();
        if (known.isPresent()
                && sealed.isPresent()
                && sealed.get().seal().heldBy(known.get(), sealed.get().mac())) {
            return new BenchSeal(
                    rows,
                    anchorFile,
                    clock,
                    known.get(),
                    sealed.get().seal(),
                    anchorFile
                            .read(known.get())
                            .anchor()
                            .map(Anchor::supervisorSeen)
                            .orElse(false));
        }
        Settled s = db.inTransaction(c -> {
            Optional<SqliteSeal.Stored> stored = rows.read();
            Optional<BenchKey> key = KeyFile.read(keyFile);
            if (key.isEmpty() && stored.isPresent()) {
                throw new ProblemException("seal.key.missing", keyFile, db.file());
            }
            if (key.isEmpty()) {
                // A new key: an anchor left beside it was sealed with a lost key and vouches for nothing.
                BenchKey made = KeyFile.create(keyFile);
                return new Settled(made, sealAsItStands(rows, accounts, made, false, clock), true, false);
            }
            boolean anchorSaw = anchorFile
                    .read(key.get())
                    .anchor()
                    .map(Anchor::supervisorSeen)
                    .orElse(false);
            if (stored.isPresent()) {
                if (!stored.get().seal().heldBy(key.get(), stored.get().mac())) {
                    throw new ProblemException("seal.row.forged", db.file(), keyFile);
                }
                return new Settled(key.get(), stored.get().seal(), false, anchorSaw);
            }
            if (anchorFile.exists() && !rows.nothingToSeal()) {
                throw new ProblemException("seal.row.missing", db.file(), keyFile, anchorFile.path());
            }
            return new Settled(
                    key.get(),
                    sealAsItStands(rows, accounts, key.get(), anchorSaw, clock),
                    !anchorFile.exists(),
                    anchorSaw);
        });
        BenchSeal opened = new BenchSeal(rows, anchorFile, clock, s.key(), s.seal(), s.anchorSawSupervisor());
        if (s.newAnchor()) {
            SqliteSeal.Extent now = rows.extent();
            anchorFile.write(
                    Anchor.of(s.seal(), now.lastSeq(), opened.headAt(now.lastSeq()), clock.instant()), s.key());
        }
        return opened;
    }

    /** The seal of a database that had none: its log's unkeyed part and its accounts as they stand now. */
    private static DatabaseSeal sealAsItStands(
            SqliteSeal rows, SqliteAccounts accounts, BenchKey key, boolean supervisorSeenBefore, Clock clock) {
        long last = rows.extent().lastSeq();
        String head = last == 0 ? LogEntry.GENESIS : rows.hashAt(last).orElse(LogEntry.GENESIS);
        boolean supervisor = supervisorSeenBefore
                || accounts.all().stream().anyMatch(a -> a.role() == org.packbench.access.Role.SUPERVISOR);
        accounts.sealAll(a -> a.sealedWith(key));
        DatabaseSeal seal = new DatabaseSeal(last, head, supervisor, clock.instant());
        rows.write(seal, seal.sealWith(key));
        return seal;
    }

    /** How the log's hashes are made: unkeyed up to the sealed legacy end, keyed after it. */
    public LogChain chain() {
        return LogChain.keyed(key, seal.legacySeq());
    }

    @Override
    public BenchKey key() {
        return key;
    }

    @Override
    public boolean supervisorSeen() {
        if (supervisorSeen) {
            return true;
        }
        // Another process may have added the first supervisor since this one opened.
        boolean seen = rows.read()
                .filter(s -> s.seal().heldBy(key, s.mac()))
                .map(s -> s.seal().supervisorSeen())
                .orElse(false);
        supervisorSeen = seen;
        return seen;
    }

    @Override
    public synchronized void supervisorExists() {
        rows.read()
                .filter(s -> s.seal().heldBy(key, s.mac()) && !s.seal().supervisorSeen())
                .ifPresent(s -> {
                    DatabaseSeal seen = s.seal().withSupervisorSeen();
                    rows.write(seen, seen.sealWith(key));
                });
        supervisorSeen = true;
        anchorNow();
    }

    /**
     * Moves the anchor on to the log's head now (at every export and once a day). An anchor the log
     * no longer agrees with (entries deleted or rebuilt since) is left as it is, as the evidence;
     * so is a file that is no anchor of this key. A missing anchor is written again.
     */
    public synchronized void anchorNow() {
        Anchor.Reading found = anchor.read(key);
        if (found.state() == Anchor.State.FORGED) {
            return;
        }
        if (found.anchor().isPresent() && !logFindings(found).isEmpty()) {
            return;
        }
        SqliteSeal.Extent now = rows.extent();
        Anchor next = found.anchor()
                .orElseGet(() -> Anchor.of(seal, 0, LogEntry.GENESIS, clock.instant()))
                .advancedTo(now.lastSeq(), headAt(now.lastSeq()), supervisorSeen(), clock.instant());
        anchor.write(next, key);
    }

    /**
     * Told of each log entry once it is committed: the first of a day moves the anchor on. The
     * entry itself is not trusted for the head (its savepoint may have been undone since); the
     * head is read from the database.
     */
    public void written(LogEntry entry) {
        LocalDate day = LocalDate.ofInstant(entry.at(), clock.getZone());
        synchronized (this) {
            if (day.equals(anchoredDay)) {
                return;
            }
            anchoredDay = day;
        }
        try {
            boolean anchoredToday = anchor.read(key)
                    .anchor()
                    .map(a -> !LocalDate.ofInstant(a.at(), clock.getZone()).isBefore(day))
                    .orElse(false);
            if (!anchoredToday) {
                anchorNow();
            }
        } catch (RuntimeException e) {
            // The entry is committed and its event done; a missed anchor only leaves the check weaker until the next.
            LOG.warn(
                    "the anchor was not moved on: {}",
                    e instanceof ProblemException p ? p.problem().english() : e.toString());
        }
    }

    /** What the log in the database shows against the seal and the anchor; empty when it holds. */
    public List<Message> findings() {
        List<Message> out = new ArrayList<>();
        Optional<SqliteSeal.Stored> stored = rows.read();
        if (stored.isEmpty()) {
            out.add(Message.of("seal.row.gone"));
        } else if (!stored.get().seal().heldBy(key, stored.get().mac())) {
            out.add(Message.of("seal.row.changed"));
        }
        out.addAll(logFindings(anchor.read(key)));
        return out;
    }

    private List<Message> logFindings(Anchor.Reading found) {
        SqliteSeal.Extent now = rows.extent();
        return SealCheck.findings(
                seal,
                found,
                anchor.path().getFileName().toString(),
                new SealCheck.LogNow(now.entries(), now.lastSeq(), rows::hashAt),
                clock.getZone());
    }

    private String headAt(long seq) {
        return seq == 0 ? LogEntry.GENESIS : rows.hashAt(seq).orElse(LogEntry.GENESIS);
    }

    public Path anchorFile() {
        return anchor.path();
    }
}

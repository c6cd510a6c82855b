package org.packbench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.packbench.access.AccessControl;
import org.packbench.access.Actor;
import org.packbench.catalog.CatalogImport;
import org.packbench.catalog.CatalogReader;
import org.packbench.catalog.CatalogRepository;
import org.packbench.label.compose.LabelComposer;
import org.packbench.location.DatabaseAddress;
import org.packbench.marketplace.LabelRecords;
import org.packbench.marketplace.orders.OrderBook;
import org.packbench.marketplace.ozon.SsccAllocator;
import org.packbench.marketplace.vk.DacRegistry;
import org.packbench.marketplace.vk.VkParcelLimits;
import org.packbench.print.Backoff;
import org.packbench.print.DeliverNow;
import org.packbench.print.GuardedPrinterProfiles;
import org.packbench.print.PrintQueue;
import org.packbench.print.PrinterProfiles;
import org.packbench.print.QueueWorker;
import org.packbench.print.Transports;
import org.packbench.render.BundledTypeface;
import org.packbench.store.Database;
import org.packbench.store.SqliteAccounts;
import org.packbench.store.SqliteCatalogRepository;
import org.packbench.store.SqliteDacRepository;
import org.packbench.store.SqliteDispatchRecords;
import org.packbench.store.SqliteLabelLog;
import org.packbench.store.SqliteLabelRecords;
import org.packbench.store.SqliteOrderBook;
import org.packbench.store.SqlitePrintJobs;
import org.packbench.store.SqlitePrinterProfiles;
import org.packbench.store.SqliteSettings;
import org.packbench.store.SqliteSsccAllocator;
import org.packbench.verify.dispatch.DispatchCheck;
import org.packbench.verify.dispatch.DispatchLedger;

/**
 * The composition root: one bench's database, clock and services, wired once and used alike by
 * the JavaFX app and the command line, so both run the same code.
 */
public final class Workbench {
    private final Database database;
    private final Clock clock;
    private final CatalogRepository catalog;
    private final SqliteSettings settings;
    private final DacRegistry dacs;
    private final SqliteLabelRecords labels;
    private LabelService labelService;
    private final SqliteSsccAllocator sscc;
    private final SqliteDispatchRecords dispatchRecords;
    private final SqlitePrinterProfiles printers;
    private final SqlitePrintJobs printJobs;
    private final PrintQueue printQueue;
    private final Transports transports = new Transports();
    private final AccessControl access;
    private final BenchSeal seal;
    private final SqliteLabelLog labelLog;
    private final org.packbench.store.SqlTemplateStore templateStore;
    private QueueWorker queueWorker;
    private final org.packbench.store.SqliteOutbox outbox;
    private final MarketplaceService marketplaces;
    private final LabelRecords issuing;
    private OutboxWorker outboxWorker;
    /** The bench's name when no setting gives one (on a warehouse's server, always). */
    private final String computerName;

    private final org.packbench.print.DeliveryLock deliveryLock;
    private String deliverer = "PackBench, pid " + ProcessHandle.current().pid();
    private org.packbench.print.Leftovers leftovers = org.packbench.print.Leftovers.NONE;

    private Workbench(Database database, Clock clock, String unnamedUser) {
        this(database, clock, unnamedUser, BenchName.of(System.getenv()));
    }

    private Workbench(Database database, Clock clock, String unnamedUser, String computerName) {
        this.database = database;
        this.computerName = computerName;
        this.clock = clock;
        this.settings = new SqliteSettings(database);
        this.seal = BenchSeal.open(database, clock);
        this.access = new AccessControl(
                new SqliteAccounts(database, clock),
                seal,
                clock,
                supervisorTimeout(settings),
                Actor.unnamed(unnamedUser));
        this.labelLog = new SqliteLabelLog(
                database,
                clock,
                () -> new SqliteLabelLog.Author(benchId(), access.current().name()),
                seal.chain(),
                seal::written);
        this.catalog = new SqliteCatalogRepository(database, clock);
        this.templateStore = new org.packbench.store.SqlTemplateStore(database);
        this.dacs = new DacRegistry(new SqliteDacRepository(database, clock), clock, access);
        this.sscc = new SqliteSsccAllocator(database, clock);
        this.labels = new SqliteLabelRecords(database, clock, sscc, labelLog);
        this.outbox = new org.packbench.store.SqliteOutbox(database, clock);
        this.marketplaces = new MarketplaceService(
                new org.packbench.store.SqliteMarketplaceAccounts(database),
                new org.packbench.seal.SecretBox(seal.key(), new java.security.SecureRandom()),
                access,
                clock,
                () -> access.current().name());
        this.issuing =
                new TrackingPushes(labels, marketplaces, outbox, () -> database.afterCommit(this::wakeOutboxWorker));
        this.dispatchRecords = new SqliteDispatchRecords(database, clock, labelLog);
        this.printers = new SqlitePrinterProfiles(database, clock, this::benchId);
        this.printJobs = new SqlitePrintJobs(database, clock, labelLog);
        this.printQueue = new PrintQueue(printJobs, printers);
        this.deliveryLock = new org.packbench.print.DeliveryLock(database.file());
        // After the commit: a worker woken inside the transaction would not see the job yet.
        printQueue.onQueued(() -> database.afterCommit(this::wakeQueueWorker));
    }

    private static Duration supervisorTimeout(SqliteSettings settings) {
        return Duration.ofMinutes(
                settings.get("security.supervisor-minutes").map(Long::parseLong).orElse(5L));
    }

    /**
     * This bench's name in the log: the {@code bench.id} setting, else {@code PACKBENCH_BENCH}, else
     * the host name, so that logs merged from several benches still tell them apart.
     */
    public String benchId() {
        // A warehouse's settings are shared by its benches: there the name is the computer's own.
        Optional<String> set = database.shared() ? Optional.empty() : settings.get("bench.id");
        return set.filter(s -> !s.isBlank()).orElse(computerName);
    }

    /** Who is signed in, and the rules every service here asks before it changes something. */
    public AccessControl access() {
        return access;
    }

    /** The label log: the day's entries, void, export and the chain check. */
    public LabelLogService labelLog() {
        return new LabelLogService(labelLog, labels, dispatchRecords, access, seal, config(), clock, database.file());
    }

    /** The end-of-day export, when a supervisor has configured its folder. */
    public LogAutoExport autoExport() {
        return new LogAutoExport(labelLog(), settings, clock);
    }

    /** The printers, which only a supervisor may add or remove once accounts exist. */
    public PrinterProfiles printers() {
        return new GuardedPrinterProfiles(printers, access);
    }

    /** How this bench reaches its printers; the same for the queue, the worker and the Принтеры screen's status. */
    public Transports transports() {
        return transports;
    }

    public PrintQueue printQueue() {
        return printQueue;
    }

    /** Issue a label and queue it on a printer, or queue a printer's test label. */
    public LabelPrinting printing() {
        return new LabelPrinting(labels(), printers, printQueue, work());
    }

    /** Writes that must land together (a label and its job, a batch's labels) as one commit. */
    public UnitOfWork work() {
        return new UnitOfWork() {
            @Override
            public <T> T inOne(java.util.function.Supplier<T> work) {
                return database.inTransaction(c -> work.get());
            }

            @Override
            public void afterCommit(Runnable action) {
                database.afterCommit(action);
            }
        };
    }

    /** Delivery in the foreground ({@code print --wait}, {@code queue retry}), waiting up to a minute for a busy printer. */
    public DeliverNow deliverNow() {
        return new DeliverNow(benchJobs(), printers, transports, java.time.Duration.ofMinutes(1));
    }

    /**
     * The queue as this bench delivers it: on a warehouse's shared database, the jobs of its own
     * printers only; a lone bench's file has no other bench's printers.
     */
    private org.packbench.print.PrintJobs benchJobs() {
        if (!database.shared()) {
            return printJobs;
        }
        return new org.packbench.print.BenchPrintJobs(printJobs, printer -> printers.belongsTo(printer, benchId()));
    }

    /** The background delivery of the queue, started on first call; the GUI starts it, a CLI batch may. */
    public synchronized QueueWorker queueWorker() {
        return queueWorker(false);
    }

    /**
     * The background delivery; with {@code holdLeftovers} (the GUI) the jobs already in the queue
     * when it starts are held until {@link #leftovers()} is released, so nothing prints before the
     * packer has seen it. A CLI batch prints what it queued itself and holds nothing.
     */
    public synchronized QueueWorker queueWorker(boolean holdLeftovers) {
        if (queueWorker == null) {
            if (holdLeftovers) {
                leftovers = org.packbench.print.Leftovers.heldAtStart(printJobs);
            }
            queueWorker = new QueueWorker(
                    benchJobs(), printers, transports, Backoff.STANDARD, java.time.Duration.ofSeconds(1), leftovers);
            deliveryLock.take(deliverer);
        }
        return queueWorker.start();
    }

    /** Names this process in the delivery lock ("the PackBench window", "packbench serve"). */
    public synchronized void deliveredBy(String who) {
        deliverer = who + ", pid " + ProcessHandle.current().pid();
    }

    /**
     * Jobs this process queued are handed over: to the window or {@code serve} delivering this
     * database's queue when one runs, else delivered now, so no job waits in a queue nobody reads.
     */
    public Handover handOver(List<Long> jobs) {
        Optional<String> deliverer = backgroundDelivery();
        if (deliverer.isPresent() || jobs.isEmpty()) {
            return new Handover(deliverer, List.of());
        }
        return new Handover(Optional.empty(), deliverNow().jobs(jobs));
    }

    /** Who took the jobs: a background deliverer by name, or this process with what it sent. */
    public record Handover(Optional<String> deliverer, List<DeliverNow.Delivery> delivered) {}

    /** The process that delivers this database's queue in the background, if one runs. */
    public java.util.Optional<String> backgroundDelivery() {
        return deliveryLock.holder();
    }

    /** The packer said yes to the jobs left from before: the worker prints them now. */
    public void printLeftovers() {
        leftovers().release();
        wakeQueueWorker();
    }

    /** Jobs from before this process that wait for the packer's yes; none unless the worker holds them. */
    public synchronized org.packbench.print.Leftovers leftovers() {
        return leftovers;
    }

    private synchronized void wakeQueueWorker() {
        if (queueWorker != null) {
            queueWorker.wake();
        }
    }

    /**
     * Label issuing; the templates (bundled, and the versions saved for use in the database) are
     * read on first use, so catalog commands never wait for them.
     */
    public synchronized LabelService labels() {
        if (labelService == null) {
            labelService = new LabelService(
                    catalog,
                    TemplateLibrary.over(templateStore),
                    dacs,
                    issuing,
                    new LabelComposer(BundledTypeface.get()));
        }
        return labelService;
    }

    /**
     * The label designer's rules: checking a template, saving it for use or as a draft, its
     * versions. Saving refreshes this bench's templates at once; the window calls {@link
     * TemplateLibrary#refresh()} on {@code labels().templates()} when a screen is shown, for what
     * other benches saved.
     */
    public TemplateDesigns templateDesigns() {
        return new TemplateDesigns(
                labels().templates(),
                templateStore,
                templateSample(),
                printers,
                access,
                () -> access.current().name(),
                clock,
                new LabelComposer(BundledTypeface.get()));
    }

    public Settings config() {
        return new Settings(settings, access);
    }

    public SsccAllocator sscc() {
        return sscc;
    }

    public LogisticLabelService logisticLabels() {
        return new LogisticLabelService(
                labels().templates(), issuing, new LabelComposer(BundledTypeface.get()), config(), clock);
    }

    /** What a template is tried with: the catalog's worst case or a named product, sample GS1 data and codes. */
    public TemplateSample templateSample() {
        return new TemplateSample(catalog, labels()::find, config());
    }

    /** Честный ЗНАК marking codes printed as GS1 DataMatrix labels ({@code marks print}). */
    public MarkingLabelService markingLabels() {
        return new MarkingLabelService(
                labels().templates(),
                issuing,
                new org.packbench.store.SqlMarkingPrints(database),
                new LabelComposer(BundledTypeface.get()),
                labels()::find,
                this::benchId,
                clock);
    }

    /** A file of labels issued in one run, to a printer or into one file. */
    public BatchRun batch() {
        return new BatchRun(
                labels(), logisticLabels(), markingLabels(), printing(), issuing, printers, printQueue, work());
    }

    /** The shift strip of this bench: today's count and its latest labels. */
    public Shift shift() {
        return new Shift(new org.packbench.store.SqliteShiftRecords(database), this::benchId, clock);
    }

    /**
     * A packer's path at Упаковка, one parcel at a time, with this bench's GS stand-in and its last
     * printed label (for "повторить последнюю").
     */
    public PackingSession packingSession() {
        return new PackingSession(
                labels(),
                orders(),
                issuing,
                printing(),
                printers,
                printQueue,
                settings.get("scanner.gs-stand-in"),
                shift().lastPrinted(),
                postingPacking());
    }

    public DispatchCheck dispatch() {
        return new DispatchCheck(dispatchRecords, new SqliteDacRepository(database, clock), clock);
    }

    /** The dispatch records behind the Журнал: each label's standing, and voiding one. */
    public DispatchLedger dispatchRecords() {
        return dispatchRecords;
    }

    public OrderBook orders() {
        return new SqliteOrderBook(database, clock);
    }

    /** The marketplace accounts, which only a supervisor may see or change once accounts exist. */
    public MarketplaceService marketplaces() {
        return marketplaces;
    }

    /** What the marketplaces must still be told, shared by every bench on the database. */
    public org.packbench.marketplace.outbox.Outbox outbox() {
        return outbox;
    }

    /** Ozon postings brought into the order list ({@code orders sync ozon}, the window's timer, {@code serve}). */
    public OrderSync orderSync() {
        return new OrderSync(orders(), clock);
    }

    /** The clients of the accounts' APIs, with their secrets opened for the call. */
    public MarketplaceLinks links() {
        return new MarketplaceLinks(
                marketplaces,
                MARKETPLACE_CONNECT_TIMEOUT,
                marketplaceReadTimeout(),
                clock,
                new PackageLabelPrinting(printers, printQueue));
    }

    private static final Duration MARKETPLACE_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** How long a marketplace's answer may take: {@code marketplace.read-timeout-seconds}, else 20 s. */
    private Duration marketplaceReadTimeout() {
        return Duration.ofSeconds(settings.get("marketplace.read-timeout-seconds")
                .map(Long::parseLong)
                .orElse(20L));
    }

    /** An Ozon posting packed at the bench, item by item. */
    public PostingPacking postingPacking() {
        return new PostingPacking(
                orders(),
                labels(),
                outbox,
                () -> database.afterCommit(this::wakeOutboxWorker),
                marking(),
                new org.packbench.store.SqliteMarkingRecords(database, labelLog),
                work(),
                clock,
                this::benchId);
    }

    /** The marking codes used on this database's orders, each with its order line. */
    public org.packbench.marking.MarkingRecords markingRecords() {
        return new org.packbench.store.SqliteMarkingRecords(database, labelLog);
    }

    /** The outbox's delivery, one worker per process; {@link OutboxWorker#start()} runs it in the background. */
    public synchronized OutboxWorker outboxWorker() {
        if (outboxWorker == null) {
            outboxWorker = new OutboxWorker(
                    outbox,
                    paceKeeper(),
                    links(),
                    org.packbench.marketplace.outbox.RetryPolicy.STANDARD,
                    clock,
                    work(),
                    new java.security.SecureRandom(),
                    Duration.ofSeconds(2));
        }
        return outboxWorker;
    }

    /** Each marketplace account's pace, shared by every bench on the database. */
    public org.packbench.marketplace.outbox.PaceKeeper paceKeeper() {
        return new org.packbench.store.SqlitePaceKeeper(database);
    }

    /** Starts the outbox's delivery and the Ozon order sync in the background (the window, {@code serve}). */
    public MarketplaceRounds startMarketplaceRounds() {
        return MarketplaceRounds.start(this);
    }

    /** The accounts, read without asking the guard: for the bench's own background work, never shown. */
    java.util.List<org.packbench.marketplace.account.MarketplaceAccount> marketplaceAccounts() {
        return marketplaces.accountsForWork();
    }

    private synchronized void wakeOutboxWorker() {
        if (outboxWorker != null) {
            outboxWorker.wake();
        }
    }

    /** Marking codes (Честный ЗНАК) as this bench reads them: {@code marks check}, Упаковка. */
    public MarkingService marking() {
        return new MarkingService(
                new org.packbench.marking.MarkingCheck(new org.packbench.store.SqliteMarkingRecords(database)),
                labels(),
                settings.get("scanner.gs-stand-in"));
    }

    /** A day's used marking codes, exported for withdrawal from circulation ({@code marks export}). */
    public MarkingCodesExportService markingExport() {
        return new MarkingCodesExportService(
                new org.packbench.store.SqliteMarkingRecords(database), config(), access, clock, database.file());
    }

    /** VK customs invoices, from the catalog, the order book and the parcels' labels. */
    public InvoiceService invoices() {
        return new InvoiceService(catalog, orders(), labels, config(), clock, database.file());
    }

    public DacRegistry dacs() {
        return dacs;
    }

    public LabelRecords labelRecords() {
        return issuing;
    }

    /** A bench on which whoever has not signed in is known by the operating-system user's name. */
    public static Workbench open(Path databaseFile, Clock clock) {
        DataLocation.ensureFolder(databaseFile);
        return new Workbench(Database.open(databaseFile), clock, System.getProperty("user.name", "unknown"));
    }

    /**
     * A bench of a warehouse whose records are on a PostgreSQL server.
     *
     * @param password the login's password (from PGPASSWORD or asked), or null to use ~/.pgpass
     * @param localFile this computer's file standing for the server ({@link DataLocation#localFile})
     * @param bench this bench's name in the log and as the owner of its printers ({@link BenchName})
     */
    public static Workbench open(
            DatabaseAddress.PostgresServer server, char[] password, Path localFile, Clock clock, String bench) {
        DataLocation.ensureFolder(localFile);
        Database db = Database.open(server, password == null ? null : new String(password), localFile, bench);
        try {
            return new Workbench(db, clock, System.getProperty("user.name", "unknown"), bench);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Checks that a bench could work on {@code address}: a server answers the login (its schema is
     * not touched); a file's folder can be made. Throws the refusal in words.
     */
    public static void probe(DatabaseAddress address, char[] password) {
        if (address instanceof DatabaseAddress.PostgresServer server) {
            Database.probe(server, password == null ? null : new String(password));
        } else {
            DataLocation.ensureFolder(((DatabaseAddress.SqliteFile) address).path());
        }
    }

    /** Where the records are, as the status bar and the error messages name it. */
    public DatabaseAddress databaseAddress() {
        return database.address();
    }

    /** Lets go of the database: the server's connections; nothing for an SQLite file. */
    public void closeDatabase() {
        database.close();
    }

    public Path databaseFile() {
        return database.file();
    }

    public Clock clock() {
        return clock;
    }

    public CatalogRepository catalog() {
        return catalog;
    }

    public CatalogReader catalogReader() {
        return new CatalogReader(List.of(new VkParcelLimits()));
    }

    public CatalogImport catalogImport() {
        return new CatalogImport(catalog, catalogReader(), access);
    }
}

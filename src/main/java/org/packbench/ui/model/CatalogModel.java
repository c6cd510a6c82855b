package org.packbench.ui.model;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packbench.app.CatalogSearch;
import org.packbench.app.DemoCatalog;
import org.packbench.app.InputFile;
import org.packbench.app.IoReason;
import org.packbench.catalog.CatalogField;
import org.packbench.catalog.CatalogImport;
import org.packbench.catalog.CatalogRepository;
import org.packbench.catalog.CatalogRow;
import org.packbench.catalog.CatalogSource;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProblem;
import org.packbench.catalog.ImportResult;
import org.packbench.catalog.Sku;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * Каталог's state: the SKUs found for the search, the demo offered to an empty bench, and an
 * import or a correction under way with its progress and then every problem by line. What a
 * valid row is, and who may write, is the catalog import's to say; this words its answers.
 */
public final class CatalogModel {
    /** As many as a table shows without a wait; the count says how many more there are. */
    private static final int SHOWN_ROWS = 500;

    private final CatalogRepository catalog;
    private final CatalogSearch search;
    private final CatalogImport imports;
    private final UiText text;
    private final Work work;

    private final ObservableList<Sku> rows = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper demoOffered = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty update = new SimpleBooleanProperty(false);
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final StatusLine status = new StatusLine();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private volatile boolean cancelled;
    /** The search last asked for: an answer to an earlier one arriving late is dropped. */
    private long searches;

    public CatalogModel(CatalogRepository catalog, CatalogImport imports, UiText text, Work work) {
        this.catalog = catalog;
        this.search = new CatalogSearch(catalog);
        this.imports = imports;
        this.text = text;
        this.work = work;
        query.addListener((o, was, now) -> refresh());
    }

    public ObservableList<Sku> rows() {
        return rows;
    }

    /** What the packer typed or scanned into the search. */
    public StringProperty query() {
        return query;
    }

    /** How many SKUs the catalog holds and how many are shown. */
    public ReadOnlyStringProperty count() {
        return count.getReadOnlyProperty();
    }

    /** An empty catalog is offered the demo one. */
    public ReadOnlyBooleanProperty demoOffered() {
        return demoOffered.getReadOnlyProperty();
    }

    /** Import option: a SKU already there is replaced rather than refused. */
    public BooleanProperty update() {
        return update;
    }

    /** Import option: the valid rows are kept even when others are wrong. */
    public BooleanProperty skipInvalid() {
        return skipInvalid;
    }

    /** An import or a correction under way: it can be cancelled, and no second one started. */
    public ReadOnlyBooleanProperty importing() {
        return importing.getReadOnlyProperty();
    }

    /** How far the import has read, 0 to 1; negative while nobody can tell. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public StatusLine status() {
        return status;
    }

    /** The last import's problems, by line. */
    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    public String describe(ImportProblem p) {
        return text.of(p.describe());
    }

    /** Reads the SKUs for the current search again, and how many there are in all. */
    public void refresh() {
        long asked = ++searches;
        String q = query.get();
        record Found(List<Sku> shown, int total) {}
        work.run(
                () -> new Found(search.search(q, SHOWN_ROWS), catalog.count()),
                f -> {
                    if (asked == searches) {
                        rows.setAll(f.shown());
                        count.set(text.get("catalog.count", f.total(), f.shown().size()));
                        demoOffered.set(f.total() == 0);
                    }
                },
                t -> status.error(text.get("error.unexpected", t.getMessage())));
    }

    /** Imports a seller's file, streamed, so the bar follows the bytes read. */
    public void importFile(Path file) {
        runImport(file.getFileName().toString(), () -> InputFile.catalog(file));
    }

    /** The demo catalog, for a bench that has none yet. */
    public void importDemo() {
        runImport(text.get("catalog.demo.name"), () -> CatalogSource.of(DemoCatalog.bytes()));
    }

    /** The SKU's values as a supervisor corrects them, under the headers of the seller's file. */
    public Map<CatalogField, String> valuesOf(Sku sku) {
        return CatalogRow.of(sku);
    }

    /** Saves corrected values through the import's own rules: a wrong value gets a file's message. */
    public void correct(Sku sku, Map<CatalogField, String> values) {
        write(sku.sku(), progress -> imports.replace(values));
    }

    /** Stops the import under way; nothing of it is kept. */
    public void cancelImport() {
        if (importing.get()) {
            cancelled = true;
        }
    }

    private void runImport(String name, Supplier<CatalogSource> source) {
        ImportOptions options = new ImportOptions(skipInvalid.get(), update.get());
        // The import writes in one transaction: stopping it from the progress callback rolls every
        // row back, so a cancelled import leaves the catalog exactly as it was.
        write(
                name,
                bar -> imports.run(source.get(), options, (rows, bytes, totalBytes) -> {
                    if (cancelled) {
                        throw new ProblemException("catalog.import.cancelled", rows);
                    }
                    if (totalBytes > 0) {
                        bar.update(bytes, totalBytes, "");
                    }
                }));
    }

    private void write(String name, Work.ProgressJob<ImportResult> job) {
        if (importing.get()) {
            // One write at a time: a second would clear the first one's cancel and race it.
            return;
        }
        cancelled = false;
        progress.set(-1);
        importing.set(true);
        status.plain(text.get("catalog.import.running", name));
        work.run(
                job,
                (done, total, m) -> progress.set((double) done / total),
                r -> {
                    importing.set(false);
                    answer(name, r);
                    problems.setAll(r.problems());
                    refresh();
                },
                t -> {
                    importing.set(false);
                    status.error(failure(name, t));
                });
    }

    private void answer(String name, ImportResult r) {
        String said = r.written()
                ? text.get("catalog.import.done", name, r.inserted(), r.updated(), r.rejected())
                : r.fileRejected()
                        ? text.get("catalog.import.nothing.file", name)
                        : text.get("catalog.import.nothing", name, r.rejected(), r.rowsRead());
        if (r.notListed() > 0) {
            said += " " + text.of(Message.of("catalog.notListed", r.notListed(), r.errorCount(), r.warningCount()));
        }
        if (r.clean()) {
            status.ok(said);
        } else {
            status.error(said);
        }
    }

    private String failure(String name, Throwable t) {
        return t instanceof ProblemException p
                ? text.of(p.problem())
                : t instanceof UncheckedIOException io
                        ? text.of(Message.of("file.unreadable", name, IoReason.of(io.getCause())))
                        : text.get("catalog.import.failed", name, String.valueOf(t.getMessage()));
    }
}

package org.packbench.ui;

import org.packbench.ui.model.UiText;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.packbench.app.DemoCatalog;
import org.packbench.app.Workbench;
import org.packbench.catalog.CatalogSource;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProblem;
import org.packbench.catalog.ImportResult;
import org.packbench.catalog.Sku;

/** Каталог: the SKUs with search, and import from a seller's CSV with every problem listed by line. */
public final class CatalogScreen implements Screen {
    private static final int SHOWN_ROWS = 500;

    private final Workbench workbench;
    private final UiText text;
    private final Background background;
    private final FileSources files;

    private final VBox root = new VBox(12);
    private final TextField search = new TextField();
    private final TableView<Sku> table = new TableView<>();
    private final Label count = new Label();
    private final HBox demoBanner = new HBox(16);
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final ListView<ImportProblem> problems = new ListView<>();
    private final CheckBox update = new CheckBox();
    private final CheckBox skipInvalid = new CheckBox();
    private final Button importButton = new Button();
    private final Button cancelImport = new Button();
    private volatile boolean importCancelled;
    private final AtomicLong searchGeneration = new AtomicLong();

    public CatalogScreen(Workbench workbench, UiText text, Background background, FileSources files) {
        this.workbench = workbench;
        this.text = text;
        this.background = background;
        this.files = files;
        build();
    }

    private void build() {
        Label title = new Label(text.get("nav.catalog"));
        title.getStyleClass().add("screen-title");
        count.getStyleClass().add("muted");
        HBox heading = new HBox(16, title, count);
        heading.setAlignment(Pos.BASELINE_LEFT);

        search.setId("catalog-search");
        search.getStyleClass().add("scan-field");
        HBox.setHgrow(search, Priority.ALWAYS);
        search.textProperty().addListener((obs, old, now) -> refresh());

        importButton.setId("catalog-import");
        importButton.setText(text.get("catalog.import"));
        importButton.setOnAction(e -> chooseAndImport());
        update.setId("catalog-update");
        update.setText(text.get("catalog.option.update"));
        skipInvalid.setId("catalog-skip-invalid");
        skipInvalid.setText(text.get("catalog.option.skipInvalid"));
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        Label searchLabel = new Label(text.get("catalog.search.prompt"));
        searchLabel.setLabelFor(search);
        searchLabel.getStyleClass().add("muted");
        cancelImport.setId("catalog-import-cancel");
        cancelImport.setText(text.get("catalog.import.cancel"));
        cancelImport.managedProperty().bind(cancelImport.visibleProperty());
        cancelImport.setVisible(false);
        cancelImport.setOnAction(e -> importCancelled = true);
        HBox importRow = new HBox(16, importButton, cancelImport, update, skipInvalid);
        importRow.setAlignment(Pos.CENTER_LEFT);
        VBox tools = new VBox(6, searchLabel, search, importRow);

        Label demoText = new Label(text.get("catalog.demo.offer"));
        demoText.setWrapText(true);
        Button demo = new Button(text.get("catalog.demo.load"));
        demo.setId("catalog-demo");
        demo.getStyleClass().add("primary");
        demo.setMinWidth(Region.USE_PREF_SIZE);
        demo.setOnAction(e -> runImport(text.get("catalog.demo.name"), () -> CatalogSource.of(DemoCatalog.bytes())));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        demoBanner.getChildren().addAll(demoText, grow, demo);
        demoBanner.setId("catalog-demo-banner");
        demoBanner.getStyleClass().add("banner");
        demoBanner.setAlignment(Pos.CENTER_LEFT);
        hide(demoBanner);

        progress.setMaxWidth(Double.MAX_VALUE);
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setVisible(false);
        status.setId("catalog-status");
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.setWrapText(true);

        problems.setId("catalog-problems");
        problems.setPrefHeight(180);
        problems.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ImportProblem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("problem-error", "problem-warning");
                if (empty || p == null) {
                    setText(null);
                } else {
                    setText(text.of(p.describe()));
                    getStyleClass().add(p.isError() ? "problem-error" : "problem-warning");
                }
            }
        });
        hide(problems);

        table.setId("catalog-table");
        table.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER) {
                editSelected();
            }
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<Sku> r = new javafx.scene.control.TableRow<>();
            r.setOnMouseClicked(m -> {
                if (m.getClickCount() == 2 && !r.isEmpty()) {
                    editSelected();
                }
            });
            return r;
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(text.get("catalog.empty")));
        table.getColumns().add(sized(TextColumns.of(text, "catalog.col.sku", Sku::sku), 130));
        table.getColumns().add(sized(TextColumns.of(text, "catalog.col.gtin", s -> s.gtin().digits()), 150));
        table.getColumns().add(sized(TextColumns.of(text, "catalog.col.name", Sku::nameRu), 420));
        table.getColumns().add(sized(TextColumns.of(text, "catalog.col.weight", s -> Integer.toString(s.netWeightG())), 90));
        table.getColumns().add(sized(TextColumns.of(text, "catalog.col.manufacturer", Sku::manufacturer), 300));
        table.getColumns().add(sized(TextColumns.of(text, "catalog.col.country", Sku::countryOfOrigin), 110));
        table.getColumns().add(sized(TextColumns.of(text, "catalog.col.marketplace", s -> s.marketplace().code()), 110));
        VBox.setVgrow(table, Priority.ALWAYS);

        root.getChildren().addAll(heading, demoBanner, tools, progress, status, problems, table);
        root.getStyleClass().add("screen");
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        search::requestFocus);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> {
                    if (cancelImport.isVisible()) {
                        importCancelled = true;
                    }
                });
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                        this::chooseAndImport);
            }
        });
    }


    private static <T> javafx.scene.control.TableColumn<T, String> sized(javafx.scene.control.TableColumn<T, String> c,
                                                                       double width) {
        c.setPrefWidth(width);
        return c;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void shown() {
        refresh();
        search.requestFocus();
    }

    /** Reloads the table for the current search, off the FX thread; a stale answer is dropped. */
    public void refresh() {
        long generation = searchGeneration.incrementAndGet();
        String query = search.getText();
        Task<Composed> task = new Task<>() {
            @Override
            protected Composed call() {
                return new Composed(new org.packbench.app.CatalogSearch(workbench.catalog()).search(query, SHOWN_ROWS),
                        workbench.catalog().count());
            }
        };
        task.setOnSucceeded(e -> {
            if (generation == searchGeneration.get()) {
                Composed l = task.getValue();
                table.setItems(FXCollections.observableArrayList(l.shown()));
                count.setText(text.get("catalog.count", l.total(), l.shown().size()));
                show(demoBanner, l.total() == 0);
            }
        });
        task.setOnFailed(e -> status.setText(text.get("error.unexpected", task.getException().getMessage())));
        background.run(task);
    }

    private record Composed(List<Sku> shown, int total) {
    }

    private void chooseAndImport() {
        files.open(text.get("catalog.import.title"), text.get("catalog.import.filter"), "*.csv", "*.txt")
                .ifPresent(this::importFile);
    }

    /** Imports {@code file} in the background, showing progress and then every problem by line. */
    public void importFile(Path file) {
        runImport(file.getFileName().toString(), () -> org.packbench.app.InputFile.catalog(file));
    }

    private void runImport(String name, java.util.function.Supplier<CatalogSource> source) {
        ImportOptions options = new ImportOptions(skipInvalid.isSelected(), update.isSelected());
        runWrite(name, new Task<>() {
            @Override
            protected ImportResult call() {
                updateProgress(-1, 1);
                // The import writes in one transaction: stopping it from the progress callback rolls
                // every row back, so a cancelled import leaves the catalog exactly as it was. The file
                // is streamed, so the bar follows the bytes read, the only total known beforehand.
                return workbench.catalogImport().run(source.get(), options, (rows, bytes, totalBytes) -> {
                    if (importCancelled) {
                        throw new org.packbench.i18n.ProblemException("catalog.import.cancelled", rows);
                    }
                    if (totalBytes > 0) {
                        updateProgress(bytes, totalBytes);
                    }
                });
            }
        });
    }

    /**
     * Enter on a record: its values to correct, saved through the import's own rules (a wrong
     * value is refused with the same message a file would get). Needs a supervisor.
     */
    void editSelected() {
        Sku selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        SkuDialog.ask(text, org.packbench.catalog.CatalogRow.of(selected)).ifPresent(values ->
                runWrite(selected.sku(), new Task<>() {
                    @Override
                    protected ImportResult call() {
                        return workbench.catalogImport().replace(values);
                    }
                }));
    }

    private void runWrite(String name, Task<ImportResult> task) {
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        importButton.setDisable(true);
        importCancelled = false;
        cancelImport.setVisible(true);
        status.getStyleClass().removeAll("status-ok", "status-error");
        status.setText(text.get("catalog.import.running", name));
        task.setOnSucceeded(e -> {
            finished();
            ImportResult r = task.getValue();
            status.setText(r.written()
                    ? text.get("catalog.import.done", name, r.inserted(), r.updated(), r.rejected())
                    : r.fileRejected() ? text.get("catalog.import.nothing.file", name)
                    : text.get("catalog.import.nothing", name, r.rejected(), r.rowsRead()));
            if (r.notListed() > 0) {
                status.setText(status.getText() + " " + text.of(org.packbench.i18n.Message.of("catalog.notListed",
                        r.notListed(), r.errorCount(), r.warningCount())));
            }
            status.getStyleClass().add(r.clean() ? "status-ok" : "status-error");
            ObservableList<ImportProblem> list = FXCollections.observableArrayList(r.problems());
            problems.setItems(list);
            show(problems, !list.isEmpty());
            refresh();
        });
        task.setOnFailed(e -> {
            finished();
            status.getStyleClass().add("status-error");
            Throwable failure = task.getException();
            status.setText(failure instanceof org.packbench.i18n.ProblemException p ? text.of(p.problem())
                    : failure instanceof java.io.UncheckedIOException io ? text.of(org.packbench.i18n.Message.of(
                            "file.unreadable", name, org.packbench.app.IoReason.of(io.getCause())))
                    : text.get("catalog.import.failed", name, String.valueOf(failure.getMessage())));
        });
        background.run(task);
    }

    private void finished() {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        importButton.setDisable(false);
        cancelImport.setVisible(false);
        search.requestFocus();
    }

    private static void hide(Node n) {
        show(n, false);
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }
}

package org.packbench.ui;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportProblem;
import org.packbench.catalog.Sku;
import org.packbench.ui.model.CatalogModel;
import org.packbench.ui.model.UiText;

/** Каталог: the SKUs with search, and import from a seller's CSV with every problem listed by line. */
public final class CatalogScreen implements Screen {
    private final UiText text;
    private final CatalogModel model;
    private final FileSources files;

    private final VBox root = new VBox(12);
    private final TextField search = new TextField();
    private final TableView<Sku> table = new TableView<>();

    public CatalogScreen(Workbench workbench, UiText text, Background background, FileSources files) {
        this.text = text;
        this.model = new CatalogModel(workbench.catalog(), workbench.catalogImport(), text, background);
        this.files = files;
        build();
    }

    private void build() {
        Label title = new Label(text.get("nav.catalog"));
        title.getStyleClass().add("screen-title");
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(model.count());
        HBox heading = new HBox(16, title, count);
        heading.setAlignment(Pos.BASELINE_LEFT);
        ProgressBar progress = new ProgressBar(0);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progress());
        showWhile(progress, model.importing());
        Label status = StatusLabel.of(model.status(), "catalog-status");
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(heading, demoBanner(), tools(), progress, status, problems(), table);
        root.getStyleClass().add("screen");
        // Back to the search once an import or a correction is over, ready for the next product.
        model.importing().addListener((o, was, now) -> {
            if (!now) {
                search.requestFocus();
            }
        });
        ScreenKeys.of(root)
                .on(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus)
                .on(new KeyCodeCombination(KeyCode.ESCAPE), model::cancelImport)
                .on(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseAndImport);
    }

    /** The search, and importing a file with its options. */
    private VBox tools() {
        search.setId("catalog-search");
        search.getStyleClass().add("scan-field");
        HBox.setHgrow(search, Priority.ALWAYS);
        search.textProperty().bindBidirectional(model.query());
        Label searchLabel = new Label(text.get("catalog.search.prompt"));
        searchLabel.setLabelFor(search);
        searchLabel.getStyleClass().add("muted");
        Button importButton = new Button(text.get("catalog.import"));
        importButton.setId("catalog-import");
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        importButton.setOnAction(e -> chooseAndImport());
        importButton.disableProperty().bind(model.importing());
        Button cancelImport = new Button(text.get("catalog.import.cancel"));
        cancelImport.setId("catalog-import-cancel");
        cancelImport.setOnAction(e -> model.cancelImport());
        cancelImport.managedProperty().bind(cancelImport.visibleProperty());
        cancelImport.visibleProperty().bind(model.importing());
        CheckBox update = new CheckBox(text.get("catalog.option.update"));
        update.setId("catalog-update");
        update.selectedProperty().bindBidirectional(model.update());
        CheckBox skipInvalid = new CheckBox(text.get("catalog.option.skipInvalid"));
        skipInvalid.setId("catalog-skip-invalid");
        skipInvalid.selectedProperty().bindBidirectional(model.skipInvalid());
        HBox importRow = new HBox(16, importButton, cancelImport, update, skipInvalid);
        importRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, searchLabel, search, importRow);
    }

    /** The offer of the demo catalog, while the catalog is empty. */
    private HBox demoBanner() {
        Label demoText = new Label(text.get("catalog.demo.offer"));
        demoText.setWrapText(true);
        Button demo = new Button(text.get("catalog.demo.load"));
        demo.setId("catalog-demo");
        demo.getStyleClass().add("primary");
        demo.setMinWidth(Region.USE_PREF_SIZE);
        demo.setOnAction(e -> model.importDemo());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox banner = new HBox(16, demoText, grow, demo);
        banner.setId("catalog-demo-banner");
        banner.getStyleClass().add("banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        showWhile(banner, model.demoOffered());
        return banner;
    }

    /** The last import's problems by line, errors and warnings each in their colour. */
    private ListView<ImportProblem> problems() {
        ListView<ImportProblem> problems = new ListView<>(model.problems());
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
                    setText(model.describe(p));
                    getStyleClass().add(p.isError() ? "problem-error" : "problem-warning");
                }
            }
        });
        showWhile(problems, Bindings.isNotEmpty(model.problems()));
        return problems;
    }

    private void buildTable() {
        table.setId("catalog-table");
        table.setItems(model.rows());
        table.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER) {
                editSelected();
            }
        });
        table.setRowFactory(t -> {
            TableRow<Sku> r = new TableRow<>();
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
        table.getColumns()
                .add(sized(
                        TextColumns.of(text, "catalog.col.gtin", s -> s.gtin().digits()), 150));
        table.getColumns().add(sized(TextColumns.of(text, "catalog.col.name", Sku::nameRu), 420));
        table.getColumns()
                .add(sized(TextColumns.of(text, "catalog.col.weight", s -> Integer.toString(s.netWeightG())), 90));
        table.getColumns().add(sized(TextColumns.of(text, "catalog.col.manufacturer", Sku::manufacturer), 300));
        table.getColumns().add(sized(TextColumns.of(text, "catalog.col.country", Sku::countryOfOrigin), 110));
        table.getColumns()
                .add(sized(
                        TextColumns.of(text, "catalog.col.marketplace", s -> s.marketplace()
                                .code()),
                        110));
    }

    private static <T> TableColumn<T, String> sized(TableColumn<T, String> c, double width) {
        c.setPrefWidth(width);
        return c;
    }

    private static void showWhile(Node n, javafx.beans.value.ObservableValue<Boolean> shown) {
        n.visibleProperty().bind(shown);
        n.managedProperty().bind(shown);
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
        model.refresh();
    }

    private void chooseAndImport() {
        files.open(text.get("catalog.import.title"), text.get("catalog.import.filter"), "*.csv", "*.txt")
                .ifPresent(this::importFile);
    }

    /** Imports {@code file} in the background, showing progress and then every problem by line. */
    public void importFile(Path file) {
        model.importFile(file);
    }

    /**
     * Enter on a record: its values to correct, saved through the import's own rules (a wrong
     * value is refused with the same message a file would get). Needs a supervisor.
     */
    void editSelected() {
        Sku selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            SkuDialog.ask(text, model.valuesOf(selected)).ifPresent(values -> model.correct(selected, values));
        }
    }
}

package org.packbench.ui.model;

import org.packbench.catalog.CatalogRepository;

/** The main window's own decision: which screen an opened bench starts on. */
public final class MainModel {
    private final CatalogRepository catalog;
    private final Work work;

    public MainModel(CatalogRepository catalog, Work work) {
        this.catalog = catalog;
        this.work = work;
    }

    /**
     * An empty bench stays on the catalog, where the demo is offered; a bench with products starts on
     * Упаковка, and {@code toPacking} runs once the catalog has been counted.
     */
    public void opened(Runnable toPacking) {
        work.run(catalog::count, products -> {
            if (products > 0) {
                toPacking.run();
            }
        });
    }
}

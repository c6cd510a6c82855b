package org.packbench.ui;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;

/**
 * A print raster on screen, dot for dot: enlarged by whole pixels where the label is small, so
 * each printer dot is a square of screen pixels; a large label is shown whole, scaled down.
 */
final class RasterView {
    private final ImageView image = new ImageView();
    private final ScrollPane pane = new ScrollPane(image);

    RasterView(String id) {
        image.setId(id);
        image.setSmooth(false);
        image.setPreserveRatio(true);
        pane.getStyleClass().add("preview-pane");
    }

    Node node() {
        return pane;
    }

    void show(BufferedImage raster) {
        // One image, redrawn in place: a new image per label left its texture behind in native
        // memory until a full collection, and a bench shows thousands of previews a day.
        WritableImage current = image.getImage() instanceof WritableImage w
                        && w.getWidth() == raster.getWidth()
                        && w.getHeight() == raster.getHeight()
                ? w
                : null;
        WritableImage drawn = SwingFXUtils.toFXImage(raster, current);
        if (drawn != current) {
            image.setImage(drawn);
        }
        double width = Math.max(300, pane.getViewportBounds().getWidth() - 4);
        double height = Math.max(300, pane.getViewportBounds().getHeight() - 4);
        double fit = Math.min(width / raster.getWidth(), height / raster.getHeight());
        double zoom = fit >= 1 ? Math.min(4, Math.floor(fit)) : fit;
        image.setFitWidth(raster.getWidth() * zoom);
    }

    void clear() {
        image.setImage(null);
    }
}

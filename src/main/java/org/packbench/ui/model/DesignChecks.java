package org.packbench.ui.model;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.packbench.app.DesignPreview;
import org.packbench.app.TemplateDesigns;
import org.packbench.label.template.LabelTemplate;

/**
 * The designer's checks, one at a time, the newest last: a check asked for while one runs is run
 * once that one ends, on whatever is on screen then, so holding an arrow key never queues up dozens
 * of stale checks. An answer is handed on only while it is still about what is on screen.
 */
final class DesignChecks {
    /** What a check is for: the draft's template, the resolution and the sample product. */
    record Asked(LabelTemplate template, int dpi, Optional<String> sku) {}

    private final TemplateDesigns designs;
    private final DesignPreview preview;
    private final Work lane;
    private final Supplier<Optional<Asked>> onScreen;
    private final Consumer<DesignerModel.Checked> answered;
    private final BiConsumer<Asked, Throwable> failed;

    private boolean checking;
    private boolean askedMeanwhile;

    /**
     * @param onScreen what a check now would be for; empty while no template is open
     * @param answered the answer for what is on screen
     * @param failed a check that could not be made, and what it was for; asking again from here
     *     runs one more check once this one is done
     */
    DesignChecks(
            TemplateDesigns designs,
            DesignPreview preview,
            Work lane,
            Supplier<Optional<Asked>> onScreen,
            Consumer<DesignerModel.Checked> answered,
            BiConsumer<Asked, Throwable> failed) {
        this.designs = designs;
        this.preview = preview;
        this.lane = lane;
        this.onScreen = onScreen;
        this.answered = answered;
        this.failed = failed;
    }

    /** A check of what is on screen: now, or once the one under way ends. */
    void ask() {
        if (checking) {
            askedMeanwhile = true;
            return;
        }
        Optional<Asked> now = onScreen.get();
        if (now.isEmpty()) {
            return;
        }
        checking = true;
        Asked asked = now.get();
        lane.run(
                () -> {
                    TemplateDesigns.Checked c = designs.check(asked.template(), asked.sku(), asked.dpi());
                    BufferedImage raster =
                            preview.draw(asked.template(), c.sample().values(), asked.dpi());
                    String sample = c.sample()
                            .product()
                            .map(p -> p.sku() + " — " + p.nameRu())
                            .orElse("");
                    return new DesignerModel.Checked(asked.template(), asked.dpi(), raster, c.report(), sample);
                },
                c -> {
                    // A newer draft, resolution or sample waits for its own check otherwise.
                    if (onScreen.get().equals(Optional.of(asked))) {
                        answered.accept(c);
                    }
                    done();
                },
                e -> {
                    failed.accept(asked, e);
                    done();
                });
    }

    private void done() {
        checking = false;
        if (askedMeanwhile) {
            askedMeanwhile = false;
            ask();
        }
    }
}

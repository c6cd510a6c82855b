package org.packbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user for a file. A port, so that tests can answer without a native dialog. */
@FunctionalInterface
public interface FileSources {
    Optional<Path> open(String title, String filterName, String... patterns);

    static FileSources dialog(Window owner) {
        return (title, filterName, patterns) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
            File f = chooser.showOpenDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        };
    }
}

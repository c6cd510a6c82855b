package org.packbench.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * Shortcuts that belong to one screen: in the window's accelerators only while that screen is on
 * show. The window is one scene; a screen that left its keys behind made Ctrl+P on Отгрузка print
 * the parcel waiting on Упаковка, and Ctrl+R on Упаковка retry every job once Принтеры had been
 * opened (both screens put their own Ctrl+R).
 */
final class ScreenKeys {
    private final Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();

    private ScreenKeys() {}

    static ScreenKeys of(Node root) {
        ScreenKeys k = new ScreenKeys();
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                // Only our own: another screen may have put the same keys since.
                k.keys.forEach((key, action) -> old.getAccelerators().remove(key, action));
            }
            if (scene != null) {
                scene.getAccelerators().putAll(k.keys);
            }
        });
        return k;
    }

    ScreenKeys on(KeyCombination key, Runnable action) {
        keys.put(key, action);
        return this;
    }
}

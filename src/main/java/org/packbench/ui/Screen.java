package org.packbench.ui;

import javafx.scene.Node;

/** One screen of the main window. */
public interface Screen {
    Node view();

    /** Called each time the screen comes to the front: refresh, and put focus where the packer scans. */
    default void shown() {}

    /** A scan that arrived while the focus was elsewhere; screens that take scans put it where it belongs. */
    default void acceptScan(String scan) {}
}

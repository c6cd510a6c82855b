package org.packbench;

import java.time.Clock;
import org.packbench.cli.PackbenchCommand;
import org.packbench.ui.PackbenchApp;

/**
 * The one entry point. It is not the JavaFX Application class on purpose: a jar whose main
 * class extends Application refuses to start from the class path ("JavaFX runtime components
 * are missing").
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Without a command the GUI runs, and execute() returns when its window is closed.
        System.exit(PackbenchCommand.program(PackbenchApp::start, Clock.systemDefaultZone(), args)
                .execute(args));
    }
}

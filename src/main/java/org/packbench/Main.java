package org.packbench;

import java.time.Clock;
import java.util.Locale;
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
        int exit;
        try {
            // Without a command the GUI runs, and execute() returns when its window is closed.
            exit = PackbenchCommand.program(PackbenchApp::start, Clock.systemDefaultZone(), args)
                    .execute(args);
        } catch (OutOfMemoryError e) {
            // By now the work that filled the heap has been let go (its transaction rolled back
            // as it unwound), so there is room to say so in a line rather than a stack trace.
            System.err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
            exit = 1;
        }
        System.exit(exit);
    }

    /**
     * What a command that ran out of memory says. A batch of 30,000 labels into one PDF does (the
     * PDF keeps every page until it is written); a ZPL, TSPL or PNG batch writes as it goes and
     * does not.
     */
    static String outOfMemory(long maxHeapBytes) {
        long mib = maxHeapBytes / (1024 * 1024);
        return String.format(
                Locale.ROOT,
                "error: out of memory (the Java heap's limit is %d MiB); the command stopped, what it had not "
                        + "committed is not kept. Split the work into smaller parts (a batch file into files of a "
                        + "few thousand rows, or print ZPL, TSPL or PNG, which are written as they go), or give it "
                        + "more memory: PACKBENCH_JAVA_OPTS=\"-Xmx%dm\" ./packbench …",
                mib,
                Math.max(1024, mib * 2));
    }
}

package org.packbench.ui;

import org.packbench.ui.model.UiText;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.concurrent.Task;
import org.packbench.app.Workbench;
import org.packbench.print.JobStatus;
import org.packbench.print.PrintJob;

/**
 * Work left undone is never silent. Closing with labels waiting, being sent or in doubt asks
 * first; at start, labels left from before are shown and print only after the packer's yes. Which
 * jobs count and what is held is decided by the print queue and the worker; this only asks.
 */
final class WorkUndone {
    private WorkUndone() {
    }

    /** The main window asks before it closes with work undone; No keeps it open. */
    static void guardClose(javafx.stage.Stage stage, Workbench workbench, UiText text) {
        stage.setOnCloseRequest(e -> {
            if (!mayClose(workbench, text)) {
                e.consume();
            }
        });
    }

    /** Asks before closing when jobs would be left undone; true when the window may close. */
    static boolean mayClose(Workbench workbench, UiText text) {
        List<PrintJob> undone = workbench.printQueue().undone();
        if (undone.isEmpty()) {
            return true;
        }
        long waiting = undone.stream().filter(j -> j.status() == JobStatus.QUEUED).count();
        long sending = undone.stream().filter(j -> j.status() == JobStatus.SENDING).count();
        long unknown = undone.stream().filter(j -> j.status() == JobStatus.UNKNOWN).count();
        return Confirm.yes(text, text.get("undone.close", waiting, sending, unknown, printers(undone)));
    }

    /**
     * Looks for jobs left from before (in the background) and, if there are any, asks whether to
     * print them now; until the answer is yes the worker holds them.
     */
    static void askAboutLeftovers(Workbench workbench, UiText text, Background background) {
        Task<List<PrintJob>> look = new Task<>() {
            @Override
            protected List<PrintJob> call() {
                return workbench.leftovers().waiting();
            }
        };
        look.setOnSucceeded(e -> {
            List<PrintJob> left = look.getValue();
            if (!left.isEmpty() && Confirm.yes(text, text.get("undone.leftovers", left.size(), printers(left)))) {
                workbench.printLeftovers();
            }
        });
        background.run(look);
    }

    /** "Zebra-1 (2), TSC (1)": where the jobs would print. */
    private static String printers(List<PrintJob> jobs) {
        Map<String, Integer> count = new TreeMap<>();
        jobs.forEach(j -> count.merge(j.printer(), 1, Integer::sum));
        StringBuilder sb = new StringBuilder();
        count.forEach((p, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(p).append(" (").append(n).append(')'));
        return sb.toString();
    }
}

package org.packbench.ui.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.packbench.app.Workbench;
import org.packbench.print.JobStatus;
import org.packbench.print.PrintJob;

/**
 * Work left undone is never silent: the question before closing with labels waiting, being sent
 * or in doubt, and the one at start about labels left from before, which print only after a yes.
 * Which jobs count and what is held is the print queue's and the worker's to say; this words it.
 */
public final class WorkUndoneModel {
    private final Workbench workbench;
    private final UiText text;

    public WorkUndoneModel(Workbench workbench, UiText text) {
        this.workbench = workbench;
        this.text = text;
    }

    /**
     * What to ask before the window closes, or nothing when no job would be left undone. Asked
     * on the spot: the answer decides whether this very close goes ahead.
     */
    public Optional<String> closeQuestion() {
        List<PrintJob> undone = workbench.printQueue().undone();
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(text.get(
                "undone.close",
                count(undone, JobStatus.QUEUED),
                count(undone, JobStatus.SENDING),
                count(undone, JobStatus.UNKNOWN),
                printers(undone)));
    }

    /**
     * Looks for jobs left from before (through {@code work}, once, at start) and, if there are any,
     * puts the question to {@code yes}; they print only when it answers true, until then the worker
     * holds them.
     */
    public void askAboutLeftovers(Work work, Predicate<String> yes) {
        work.run(() -> workbench.leftovers().waiting(), left -> {
            if (!left.isEmpty() && yes.test(text.get("undone.leftovers", left.size(), printers(left)))) {
                workbench.printLeftovers();
            }
        });
    }

    private static long count(List<PrintJob> jobs, JobStatus status) {
        return jobs.stream().filter(j -> j.status() == status).count();
    }

    /** "Zebra-1 (2), TSC (1)": where the jobs would print. */
    private static String printers(List<PrintJob> jobs) {
        Map<String, Integer> count = new TreeMap<>();
        jobs.forEach(j -> count.merge(j.printer(), 1, Integer::sum));
        StringBuilder sb = new StringBuilder();
        count.forEach((p, n) -> sb.append(sb.length() == 0 ? "" : ", ")
                .append(p)
                .append(" (")
                .append(n)
                .append(')'));
        return sb.toString();
    }
}

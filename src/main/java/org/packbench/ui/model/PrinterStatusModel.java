package org.packbench.ui.model;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.packbench.app.Workbench;
import org.packbench.i18n.ProblemException;
import org.packbench.print.PrintQueue;
import org.packbench.print.PrinterState;

/**
 * The strip at the foot of Упаковка: the chosen printer's state and its queue, worded, and the
 * one colour the packer reads from a step away. The printer's state comes from the print layer
 * and the counts from the queue; this words them and picks the colour.
 */
public final class PrinterStatusModel {
    /** The colour of the strip. */
    public enum Level {
        OK,
        WAIT,
        BAD,
        ASKING,
        /** The connection cannot report (a spooler, say): neither good news nor bad, so not green. */
        NEUTRAL
    }

    /** One look at a printer: its state (empty when its profile is gone) and its open jobs. */
    private record Look(String printer, Optional<PrinterState> state, PrintQueue.Backlog backlog) {}

    private final Workbench workbench;
    private final UiText text;
    private final Work work;
    private final ObservableValue<String> printer;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper queue = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Level> level = new ReadOnlyObjectWrapper<>(Level.ASKING);
    /** At most one look is under way, so a printer that takes its timeouts to answer holds one
     * background thread, never the whole pool. Touched only on the drawing thread. */
    private boolean looking;

    private boolean lookAgain;
    /** The printer the strip speaks of now; another one chosen is greyed until it has been asked. */
    private String shownPrinter;

    private Runnable afterLook = () -> {};

    /** @param printer the printer chosen on the screen, null when none is */
    private java.util.function.BooleanSupplier shown = () -> true;

    public PrinterStatusModel(Workbench workbench, UiText text, Work work, ObservableValue<String> printer) {
        this.workbench = workbench;
        this.text = text;
        this.work = work;
        this.printer = printer;
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty queueProperty() {
        return queue.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level.getReadOnlyProperty();
    }

    public String state() {
        return state.get();
    }

    public String queue() {
        return queue.get();
    }

    public Level level() {
        return level.get();
    }

    /** Also run after each look: the shift strip follows the queue the bar just read. */
    public void afterEachLook(Runnable action) {
        afterLook = action;
    }

    /** Looks at the chosen printer and its queue again; a look asked for during one follows it. */
    public void look() {
        if (looking) {
            // The look under way may have started before the change that asked for this one.
            lookAgain = true;
            return;
        }
        String name = printer.getValue();
        if (name == null) {
            say(Level.WAIT, text.get("packing.noPrinter"), "");
            return;
        }
        if (!name.equals(shownPrinter)) {
            say(Level.ASKING, text.get("packing.bar.asking", name), "");
        }
        looking = true;
        work.run(
                () -> look(name),
                look -> {
                    if (name.equals(printer.getValue())) {
                        show(look);
                    }
                    done();
                },
                t -> {
                    if (name.equals(printer.getValue())) {
                        // The failure stays on show until the next look has an answer: "asking"
                        // painted over it every few seconds would hide it half the time.
                        shownPrinter = name;
                        say(Level.BAD, lookFailed(t), "");
                    }
                    done();
                });
    }

    /**
     * Why the look failed. The look reads the queue from the database first: when that is what
     * cannot be reached (a warehouse's server away), the strip says so, and that nothing is issued
     * meanwhile, rather than blaming the printer.
     */
    private String lookFailed(Throwable t) {
        if (t instanceof ProblemException p && p.problem().key().startsWith("db.")) {
            // The address is at the foot of the menu; the strip stays one line a packer reads at a glance.
            return text.get("packing.bar.databaseAway");
        }
        return text.get(
                "packing.bar.lookFailed",
                t instanceof ProblemException p ? text.of(p.problem()) : String.valueOf(t.getMessage()));
    }

    private void done() {
        afterLook.run();
        looking = false;
        if (lookAgain) {
            lookAgain = false;
            // A look asked for while Упаковка was on show is not made once it is put away.
            if (shown.getAsBoolean()) {
                look();
            }
        }
    }

    /** Whether the strip is on show; a look asked for meanwhile is made only while it is. */
    public void whileShown(java.util.function.BooleanSupplier shown) {
        this.shown = shown;
    }

    /** Database and device: runs in the background. */
    private Look look(String name) {
        Optional<PrinterState> s =
                workbench.printers().find(name).map(p -> PrinterState.ask(workbench.transports(), p));
        return new Look(name, s, workbench.printQueue().backlog(name));
    }

    private void show(Look look) {
        shownPrinter = look.printer();
        PrintQueue.Backlog backlog = look.backlog();
        Level l = look.state().map(s -> levelOf(s.kind())).orElse(Level.BAD);
        if (backlog.failed() > 0 || backlog.unknown() > 0) {
            l = Level.BAD;
        } else if ((l == Level.OK || l == Level.NEUTRAL) && backlog.waiting() > 0) {
            l = Level.WAIT;
        }
        say(l, stateLine(look), queueLine(backlog));
    }

    /**
     * A connection that cannot report (a spooler, say) is the normal state of such a printer;
     * painting it amber for ever would teach the packer to ignore the strip, and green would say
     * "ready" of a printer nobody asked. So it is neutral.
     */
    private static Level levelOf(PrinterState.Kind kind) {
        return switch (kind) {
            case PROBLEM, OFFLINE -> Level.BAD;
            case NO_REPORT -> Level.NEUTRAL;
            default -> Level.OK;
        };
    }

    private String stateLine(Look look) {
        String name = look.printer();
        if (look.state().isEmpty()) {
            return text.get("packing.bar.gone", name);
        }
        PrinterStateText.Words s = PrinterStateText.of(look.state().get(), text);
        return switch (s.kind()) {
            case READY -> text.get("packing.bar.ready", name);
            case BUSY -> text.get("packing.bar.busy", name);
            case PROBLEM -> text.get("packing.bar.problem", name, s.detail());
            case OFFLINE -> text.get("packing.bar.offline", name, s.detail());
            case NO_REPORT -> text.get("packing.bar.noReport", name);
        };
    }

    private String queueLine(PrintQueue.Backlog backlog) {
        String counts = text.get("packing.bar.queue", backlog.waiting(), backlog.failed(), backlog.unknown());
        if (backlog.unknown() > 0) {
            return counts + "\n" + text.get("packing.bar.queue.unknown");
        }
        if (backlog.failed() > 0) {
            return counts + "\n" + text.get("packing.bar.queue.failed");
        }
        return counts;
    }

    private void say(Level l, String stateText, String queueText) {
        // The colour first: a listener on the text draws it in the new colour.
        level.set(l);
        state.set(stateText);
        queue.set(queueText);
    }
}

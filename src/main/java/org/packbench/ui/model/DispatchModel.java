package org.packbench.ui.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packbench.app.Settings;
import org.packbench.catalog.Marketplace;
import org.packbench.scan.ScanInput;
import org.packbench.verify.dispatch.DispatchCheck;
import org.packbench.verify.dispatch.DispatchResult;
import org.packbench.verify.dispatch.Verdict;

/**
 * Отгрузка's state: the verdict of the last scan in words the size of the screen, its tone and
 * its sound, the shift's counts and the recent scans. The verdict is the dispatch check's; this
 * only words it.
 */
public final class DispatchModel {
    /** How the verdict panel is drawn: waiting for a scan, the parcel may go, the parcel stops. */
    public enum Tone {
        IDLE,
        OK,
        BAD
    }

    /** How many scans the list of recent ones keeps. */
    private static final int RECENT = 12;

    private final DispatchCheck dispatch;
    private final Settings settings;
    private final Consumer<Verdict> sound;
    private final String bench;
    private final UiText text;
    private final Work work;
    /** Scans are checked one after another: a later parcel's verdict never lands under an earlier one. */
    private final Work scans;

    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.IDLE);
    private final ReadOnlyStringWrapper verdict;
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counters = new ReadOnlyStringWrapper("");
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private volatile ScanInput scanInput;
    private int ok;
    private int refused;

    /** {@code sound} plays a verdict's own sound; {@code bench} is who scanned, in the log. */
    public DispatchModel(
            DispatchCheck dispatch, Settings settings, Consumer<Verdict> sound, String bench, UiText text, Work work) {
        this.dispatch = dispatch;
        this.settings = settings;
        this.sound = sound;
        this.bench = bench;
        this.text = text;
        this.work = work;
        this.scans = work.inOrder();
        this.verdict = new ReadOnlyStringWrapper(text.get("dispatch.ready"));
        count();
    }

    public ReadOnlyObjectProperty<Tone> tone() {
        return tone.getReadOnlyProperty();
    }

    /** The verdict in a word or two, or "ready" between parcels. */
    public ReadOnlyStringProperty verdict() {
        return verdict.getReadOnlyProperty();
    }

    /** Why, in a sentence; between parcels, what the last scan said. */
    public ReadOnlyStringProperty reason() {
        return reason.getReadOnlyProperty();
    }

    /** The shift's parcels let through and stopped. */
    public ReadOnlyStringProperty counters() {
        return counters.getReadOnlyProperty();
    }

    /** The latest scans with their verdicts, newest first. */
    public ObservableList<String> recent() {
        return recent;
    }

    /** The lanes a bench can be set to: any marketplace, VK or Ozon, in this order. */
    public List<String> lanes() {
        return List.of(text.get("dispatch.lane.any"), "VK", "Ozon");
    }

    /**
     * The screen comes into view. The scanner's settings are read once per visit, not on every
     * scan: a scan should cost one look-up and one write, nothing more.
     */
    public void opened() {
        work.run(settings::scanInput, s -> scanInput = s);
    }

    /**
     * Checks a scan on the lane chosen (an index of {@link #lanes()}); {@code answered} once its
     * verdict is shown. A blank scan is no scan.
     */
    public void scan(String data, int lane, Runnable answered) {
        if (data.isBlank()) {
            return;
        }
        Optional<Marketplace> chosen =
                switch (lane) {
                    case 1 -> Optional.of(Marketplace.VK);
                    case 2 -> Optional.of(Marketplace.OZON);
                    default -> Optional.empty();
                };
        ScanInput input = scanInput;
        scans.run(
                () -> dispatch.scan((input != null ? input : settings.scanInput()).read(data), chosen, bench),
                r -> {
                    show(r);
                    answered.run();
                },
                t -> {
                    tone.set(Tone.BAD);
                    verdict.set(text.get("dispatch.verdict.unknown"));
                    reason.set(text.get("error.unexpected", String.valueOf(t.getMessage())));
                    answered.run();
                });
    }

    private void show(DispatchResult r) {
        boolean good = r.verdict() == Verdict.OK;
        tone.set(good ? Tone.OK : Tone.BAD);
        verdict.set(text.get("dispatch.verdict." + r.verdict().code()));
        reason.set(text.of(r.reason()));
        sound.accept(r.verdict());
        if (good) {
            ok++;
        } else {
            refused++;
        }
        count();
        recent.add(0, verdict.get() + " — " + reason.get());
        if (recent.size() > RECENT) {
            recent.remove(RECENT, recent.size());
        }
    }

    /**
     * Back to "ready" once the verdict has been up a while: a green panel left up until the next
     * scan would be read as that parcel's OK when its scan was missed. The last verdict stays
     * readable, small, and in the list of recent scans.
     */
    public void toNeutral() {
        String last = verdict.get();
        tone.set(Tone.IDLE);
        verdict.set(text.get("dispatch.ready"));
        reason.set(text.get("dispatch.last", last));
    }

    private void count() {
        counters.set(text.get("dispatch.counters", ok, refused));
    }
}

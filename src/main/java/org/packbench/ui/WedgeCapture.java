package org.packbench.ui;

import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.packbench.scan.KeystrokeTiming;

/**
 * Catches a keyboard-wedge scan that arrives while the focus is not in a text field (the packer
 * clicked a table, a button, a preview): keys at a scanner's pace followed by Enter are taken as
 * one scan and handed to the screen, instead of being lost or triggering shortcuts. Typing at a
 * person's pace is left alone.
 */
final class WedgeCapture {
    /**
     * Marks a node that takes typed characters itself (the designer's canvas, where + and − size
     * a text): its keys are never taken for a scan.
     */
    static final String OWN_KEYS = "packbench.ownKeys";

    private final KeystrokeTiming timing = new KeystrokeTiming();
    private final StringBuilder buffer = new StringBuilder();
    private final Consumer<String> onScan;

    WedgeCapture(Consumer<String> onScan) {
        this.onScan = onScan;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, typed(scene));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, enter(scene));
    }

    private EventHandler<KeyEvent> typed(Scene scene) {
        return e -> {
            if (typingInto(scene)) {
                return;
            }
            String ch = e.getCharacter();
            if (ch.isEmpty() || ch.charAt(0) < ' ' && ch.charAt(0) != '\u001D') {
                return;
            }
            long now = System.nanoTime() / 1_000_000;
            if (buffer.length() > 0 && !timing.looksScanned() && buffer.length() >= KeystrokeTiming.MIN_SCAN_LENGTH) {
                reset();
            }
            timing.key(now);
            buffer.append(ch);
            e.consume();
        };
    }

    private EventHandler<KeyEvent> enter(Scene scene) {
        return e -> {
            if (e.getCode() != KeyCode.ENTER || typingInto(scene) || buffer.length() == 0) {
                return;
            }
            if (timing.looksScanned()) {
                String scan = buffer.toString();
                e.consume();
                onScan.accept(scan);
            }
            reset();
        };
    }

    /**
     * The focus is where typed text belongs: a text field, or an editable date picker or combo box,
     * which holds the focus itself and passes the keys to its own field.
     */
    private static boolean typingInto(Scene scene) {
        javafx.scene.Node owner = scene.getFocusOwner();
        return owner instanceof TextInputControl
                || owner != null && owner.getProperties().containsKey(OWN_KEYS)
                || owner instanceof javafx.scene.control.ComboBoxBase<?> box && box.isEditable();
    }

    private void reset() {
        buffer.setLength(0);
        timing.reset();
    }
}

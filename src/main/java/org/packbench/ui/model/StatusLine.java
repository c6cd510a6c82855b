package org.packbench.ui.model;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The one line under a screen's form that says what just happened, and in which tone. */
public final class StatusLine {
    /** How the line is drawn: plain, done, worth a look, refused. */
    public enum Tone {
        PLAIN,
        OK,
        WARN,
        ERROR
    }

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.PLAIN);

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    public String text() {
        return text.get();
    }

    public Tone tone() {
        return tone.get();
    }

    public void plain(String message) {
        set(Tone.PLAIN, message);
    }

    public void ok(String message) {
        set(Tone.OK, message);
    }

    public void warn(String message) {
        set(Tone.WARN, message);
    }

    public void error(String message) {
        set(Tone.ERROR, message);
    }

    public void clear() {
        set(Tone.PLAIN, "");
    }

    private void set(Tone t, String message) {
        // Tone first: a listener on the text draws it in the new tone.
        tone.set(t);
        text.set(message);
    }
}

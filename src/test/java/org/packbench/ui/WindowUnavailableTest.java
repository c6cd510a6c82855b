package org.packbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.packbench.i18n.ProblemException;

/** A window that cannot open for want of GTK or a display is one sentence, not a stack trace. */
class WindowUnavailableTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void aMissingGtkLibraryIsNamedWithWhatToInstall() {
        // As JavaFX 21 reports it: thrown from GtkApplication, wrapped by the launcher.
        RuntimeException failure = new RuntimeException(
                "Exception in Application start method",
                new UnsupportedOperationException("Unable to load glass GTK library."));
        ProblemException e = assertThrows(
                ProblemException.class,
                () -> WindowUnavailable.launch(() -> {
                    throw failure;
                }));
        String said = e.in(RU);
        assertTrue(said.startsWith("PackBench не может открыть окно: не загружается библиотека GTK 3"), said);
        assertTrue(said.contains("apt-get install libgtk-3-0"), said);
        assertEquals(1, said.lines().count(), "one sentence, no trace");
    }

    @Test
    void noDisplayIsSaidAsSuch() {
        assertEquals(
                "gui.noDisplay",
                WindowUnavailable.explain(new UnsupportedOperationException("Unable to open DISPLAY"))
                        .orElseThrow()
                        .key());
    }

    @Test
    void aBenchThatRefusedToOpenIsSaidInItsOwnSentence() {
        RuntimeException failure = new RuntimeException(
                "Exception in Application init method",
                new ProblemException("seal.key.missing", "/data/packbench.db.key", "/data/packbench.db"));
        assertEquals(
                "seal.key.missing",
                WindowUnavailable.explain(failure).orElseThrow().key());
    }

    @Test
    void anyOtherFailureIsLeftAsItWas() {
        IllegalStateException other = new IllegalStateException("database locked");
        assertEquals(Optional.empty(), WindowUnavailable.explain(other));
        assertEquals(
                other,
                assertThrows(
                        IllegalStateException.class,
                        () -> WindowUnavailable.launch(() -> {
                            throw other;
                        })));
    }
}

package org.packbench.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date the packer types or picks. Russian paperwork writes ДД.ММ.ГГГГ, so that is what the field
 * shows and reads, whatever the JVM's locale; ISO (ГГГГ-ММ-ДД, as the CLI takes it) is read too, so
 * a date copied from a script or a DAC letter works as well. Strict: 31.02.2026 is no date.
 */
final class DateField {
    static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TYPED =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private DateField() {}

    /** The date in {@code typed}, empty when it is none. */
    static Optional<LocalDate> parse(String typed) {
        String s = typed == null ? "" : typed.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {TYPED, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    static String format(LocalDate d) {
        return d == null ? "" : SHOWN.format(d);
    }

    /** A picker (calendar button) whose text field shows and reads ДД.ММ.ГГГГ. */
    static DatePicker picker(LocalDate initial) {
        DatePicker p = new DatePicker(initial);
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                // No date in the text leaves the value empty; the screen says why, the picker does not throw.
                return parse(s).orElse(null);
            }
        });
        p.setPromptText("ДД.ММ.ГГГГ");
        p.setEditable(true);
        return p;
    }

    /** What the field holds now: the text as typed if any (Enter may come before the picker commits it). */
    static Optional<LocalDate> value(DatePicker p) {
        String typed = p.getEditor().getText();
        return typed == null || typed.isBlank() ? Optional.ofNullable(p.getValue()) : parse(typed);
    }
}

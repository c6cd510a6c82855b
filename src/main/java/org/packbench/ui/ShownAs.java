package org.packbench.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * How a choice list shows its items: by a name for each, in the UI's language. The lists are
 * picked from, never typed into, so nothing is read back from text.
 */
final class ShownAs {
    private ShownAs() {}

    static <T> StringConverter<T> names(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return name.apply(item);
            }

            @Override
            public T fromString(String shown) {
                return null;
            }
        };
    }
}

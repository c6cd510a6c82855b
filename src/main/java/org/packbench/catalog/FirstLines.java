package org.packbench.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The line each SKU code of a file was first seen on, so that a code repeated further down is
 * refused naming its first line. An import keeps them in the database's scratch space, not on
 * the heap: a million codes would otherwise be a tenth of the launcher's memory.
 */
public interface FirstLines {
    /** Of {@code codes}, those seen before, with their first lines. */
    Map<String, Integer> of(Collection<String> codes);

    /** Codes seen for the first time, with their lines. */
    void remember(Map<String, Integer> firstLines);

    /** Kept on the heap, for a file already in memory. */
    static FirstLines inMemory() {
        Map<String, Integer> seen = new HashMap<>();
        return new FirstLines() {
            @Override
            public Map<String, Integer> of(Collection<String> codes) {
                Map<String, Integer> found = new HashMap<>();
                for (String code : codes) {
                    Integer line = seen.get(code);
                    if (line != null) {
                        found.put(code, line);
                    }
                }
                return found;
            }

            @Override
            public void remember(Map<String, Integer> firstLines) {
                firstLines.forEach(seen::putIfAbsent);
            }
        };
    }
}

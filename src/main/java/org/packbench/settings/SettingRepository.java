package org.packbench.settings;

import java.util.Map;
import java.util.Optional;

/**
 * The bench's settings as name/value pairs, kept as given. Which names exist and what values they
 * take is {@code app.Settings}' business, which also asks the guard; the store implements this.
 */
public interface SettingRepository {
    Optional<String> get(String name);

    void set(String name, String value);

    /** Every setting, by name. */
    Map<String, String> all();
}

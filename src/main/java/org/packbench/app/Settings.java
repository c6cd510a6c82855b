package org.packbench.app;

import java.util.Map;
import java.util.function.Consumer;
import org.packbench.gs1.Sscc;
import org.packbench.i18n.ProblemException;
import org.packbench.store.SqliteSettings;
import org.packbench.store.SqliteSsccAllocator;

/**
 * The bench's settings, each checked before it is kept: a wrong GS1 company prefix would
 * otherwise only show up as wrong SSCCs on pallets.
 */
public final class Settings {
    private static final Map<String, Consumer<String>> RULES = Map.of(
            SqliteSsccAllocator.PREFIX_SETTING, v -> Sscc.maxSerial(v),
            SqliteSsccAllocator.EXTENSION_SETTING, v -> {
                if (!v.matches("[0-9]")) {
                    throw new ProblemException("setting.extension", v);
                }
            },
            "scanner.gs-stand-in", v -> {
                if (v.isEmpty() || v.length() > 8 || v.chars().anyMatch(Character::isLetterOrDigit) && v.length() < 2) {
                    throw new ProblemException("setting.gsStandIn", v);
                }
            },
            "scanner.serial", v -> SerialScannerSetting.parse(v),
            "company.name", v -> {
                if (v.isBlank() || v.length() > 120) {
                    throw new ProblemException("setting.companyName");
                }
            });

    private final SqliteSettings store;

    public Settings(SqliteSettings store) {
        this.store = store;
    }

    public void set(String name, String value) {
        Consumer<String> rule = RULES.get(name);
        if (rule == null) {
            throw new ProblemException("setting.unknown", name, String.join(", ", new java.util.TreeSet<>(RULES.keySet())));
        }
        String v = value.strip();
        rule.accept(v);
        store.set(name, v);
    }

    /** The scanner input rules of this bench: its GS stand-in, and what counts as a readable code. */
    public org.packbench.scan.ScanInput scanInput() {
        return new org.packbench.scan.ScanInput(get("scanner.gs-stand-in"),
                org.packbench.verify.dispatch.DispatchCheck::readable);
    }

    public java.util.Optional<String> get(String name) {
        return store.get(name);
    }

    public Map<String, String> all() {
        return store.all();
    }
}

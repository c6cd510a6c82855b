package org.packbench.app;

import java.util.Map;
import java.util.function.Consumer;
import org.packbench.access.Guard;
import org.packbench.access.Right;
import org.packbench.gs1.Sscc;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.ozon.SsccAllocator;
import org.packbench.settings.SettingRepository;

/**
 * The bench's settings, each checked before it is kept: a wrong GS1 company prefix would
 * otherwise only show up as wrong SSCCs on pallets.
 */
public final class Settings {
    private static final Map<String, Consumer<String>> RULES = Map.of(
            SsccAllocator.PREFIX_SETTING,
            v -> Sscc.maxSerial(v),
            SsccAllocator.EXTENSION_SETTING,
            v -> {
                if (!v.matches("[0-9]")) {
                    throw new ProblemException("setting.extension", v);
                }
            },
            "scanner.gs-stand-in",
            v -> {
                if (v.isEmpty() || v.length() > 8 || v.chars().anyMatch(Character::isLetterOrDigit) && v.length() < 2) {
                    throw new ProblemException("setting.gsStandIn", v);
                }
            },
            "scanner.serial",
            v -> SerialScannerSetting.parse(v),
            "company.name",
            v -> {
                if (v.isBlank() || v.length() > 120) {
                    throw new ProblemException("setting.companyName");
                }
            },
            "bench.id",
            v -> org.packbench.access.Account.checkName(v),
            LogAutoExport.FOLDER_SETTING,
            LogAutoExport::checkFolder,
            LogAutoExport.FORMATS_SETTING,
            LogAutoExport::checkFormats,
            "marketplace.read-timeout-seconds",
            v -> {
                if (!v.matches("[0-9]{1,3}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 300) {
                    throw new ProblemException("setting.readTimeout", v);
                }
            },
            "security.supervisor-minutes",
            v -> {
                if (!v.matches("[0-9]{1,3}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 480) {
                    throw new ProblemException("setting.supervisorMinutes", v);
                }
            });

    private final SettingRepository store;
    private final Guard guard;

    public Settings(SettingRepository store) {
        this(store, Guard.OPEN);
    }

    public Settings(SettingRepository store, Guard guard) {
        this.store = store;
        this.guard = guard;
    }

    public void set(String name, String value) {
        guard.require(Right.EDIT_SETTINGS);
        Consumer<String> rule = RULES.get(name);
        if (rule == null) {
            throw new ProblemException(
                    "setting.unknown",
                    name,
                    org.packbench.i18n.Composed.of(new java.util.TreeSet<>(RULES.keySet()), ", "));
        }
        String v = value.strip();
        rule.accept(v);
        store.set(name, v);
    }

    /** The scanner input rules of this bench: its GS stand-in, and what counts as a readable code. */
    public org.packbench.scan.ScanInput scanInput() {
        return new org.packbench.scan.ScanInput(
                get("scanner.gs-stand-in"), org.packbench.verify.dispatch.DispatchCheck::readable);
    }

    public java.util.Optional<String> get(String name) {
        return store.get(name);
    }

    public Map<String, String> all() {
        return store.all();
    }
}

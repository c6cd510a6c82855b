package org.packbench.print;

import java.util.List;
import java.util.Optional;
import org.packbench.access.Guard;
import org.packbench.access.Right;

/** The bench's printers, which anyone may use and only someone with the right may add or remove. */
public final class GuardedPrinterProfiles implements PrinterProfiles {
    private final PrinterProfiles profiles;
    private final Guard guard;

    public GuardedPrinterProfiles(PrinterProfiles profiles, Guard guard) {
        this.profiles = profiles;
        this.guard = guard;
    }

    @Override
    public void add(PrinterProfile profile) {
        guard.require(Right.EDIT_PRINTERS);
        profiles.add(profile);
    }

    @Override
    public Optional<PrinterProfile> find(String name) {
        return profiles.find(name);
    }

    @Override
    public List<PrinterProfile> all() {
        return profiles.all();
    }

    @Override
    public boolean remove(String name) {
        guard.require(Right.EDIT_PRINTERS);
        return profiles.remove(name);
    }
}

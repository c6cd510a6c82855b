package org.packbench.print;

import java.util.List;
import java.util.Optional;

/** The printers set up on this bench. */
public interface PrinterProfiles {

    /** Keeps a new profile; refuses a name already taken ({@code print.printer.exists}). */
    void add(PrinterProfile profile);

    Optional<PrinterProfile> find(String name);

    /** Every profile, by name. */
    List<PrinterProfile> all();

    /** Forgets a profile; false when there was none of that name. Jobs already queued keep its name. */
    boolean remove(String name);
}

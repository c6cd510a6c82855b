package org.packbench.marketplace.vk;

import java.util.List;
import java.util.Optional;

/** Where DAC codes are kept; the store implements it. */
public interface DacRepository {
    /** Adds a code; a code already present is refused. */
    void add(Dac dac);

    Optional<Dac> find(String code);

    /** Forgets a code; false when there was none. Labels already printed keep the code they carry. */
    boolean remove(String code);

    /** All codes, newest issue date first. */
    List<Dac> all();
}

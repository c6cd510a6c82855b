package org.packbench.marketplace.vk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.packbench.access.Guard;
import org.packbench.access.Right;
import org.packbench.i18n.ProblemException;

/**
 * The seller's DAC codes and the rule that a VK label carries a valid one: the code asked for,
 * or else the valid code issued most recently.
 */
public final class DacRegistry {
    private final DacRepository repository;
    private final Clock clock;
    private final Guard guard;

    public DacRegistry(DacRepository repository, Clock clock) {
        this(repository, clock, Guard.OPEN);
    }

    /** A registry whose codes only someone with the right to edit DAC codes may add. */
    public DacRegistry(DacRepository repository, Clock clock, Guard guard) {
        this.repository = repository;
        this.clock = clock;
        this.guard = guard;
    }

    public Dac add(String code, LocalDate issuedOn) {
        guard.require(Right.EDIT_DACS);
        Dac dac = new Dac(code, issuedOn);
        if (issuedOn.isAfter(today())) {
            throw new ProblemException("dac.future", dac.code(), issuedOn);
        }
        if (repository.find(dac.code()).isPresent()) {
            throw new ProblemException("dac.exists", dac.code());
        }
        repository.add(dac);
        return dac;
    }

    /**
     * Removes a code entered by mistake or withdrawn by VK. Labels already printed keep it, and
     * dispatch still judges them by its dates.
     */
    public void remove(String code) {
        guard.require(Right.EDIT_DACS);
        String c = Dac.normalise(code);
        if (!repository.remove(c)) {
            throw new ProblemException("dac.unknown", c);
        }
    }

    public List<Dac> all() {
        return repository.all();
    }

    /**
     * The DAC for a label printed today. With {@code code}, that code, which must be known and
     * valid; without, the newest valid code. Refused with the expiry date when none is valid.
     */
    public Dac forLabel(Optional<String> code) {
        LocalDate today = today();
        if (code.isPresent() && !code.get().isBlank()) {
            String wanted = Dac.normalise(code.get());
            Dac dac = repository.find(wanted).orElseThrow(() -> new ProblemException("dac.unknown", wanted));
            requireUsable(dac, today);
            return dac;
        }
        List<Dac> all = repository.all();
        return all.stream()
                .filter(d -> d.usableOn(today))
                .findFirst()
                .orElseThrow(() -> all.isEmpty()
                        ? new ProblemException("dac.none")
                        : new ProblemException(
                                "dac.expired", all.get(0).code(), all.get(0).lastValidDay()));
    }

    private static void requireUsable(Dac dac, LocalDate today) {
        switch (dac.status(today)) {
            case EXPIRED -> throw new ProblemException("dac.expired", dac.code(), dac.lastValidDay());
            case NOT_YET_VALID -> throw new ProblemException("dac.notYetValid", dac.code(), dac.issuedOn());
            default -> {}
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}

package org.packbench.app;

import java.util.List;
import java.util.function.Supplier;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.LabelRecords;
import org.packbench.marketplace.LabelValues;
import org.packbench.verify.Finding;
import org.packbench.verify.Readback;
import org.packbench.verify.Severity;

/**
 * A label whose numbers are taken (its row reserved in the log, its SSCC allocated) and whose
 * making is still to do. Making touches no database and no shared state, so a batch makes many
 * at once on every core while one thread keeps the records in order.
 */
public record PendingLabel(LabelRecords.Reservation reservation, Supplier<RenderedLabel> make) {

    /**
     * The made label, or, when making it failed with a named problem (a text that does not fit),
     * a refused label carrying that problem: its numbers are already taken, so it is kept on
     * record as refused rather than vanishing.
     */
    public RenderedLabel makeOrRefuse() {
        try {
            return make.get();
        } catch (ProblemException e) {
            long id = reservation.issue().id();
            return new RenderedLabel(
                    id,
                    LabelValues.labelId(id),
                    null,
                    new byte[0],
                    "",
                    List.of(new Finding("layout", Severity.BLOCK, e.problem())),
                    new Readback.Result(List.of(), List.of()),
                    null,
                    null);
        }
    }
}

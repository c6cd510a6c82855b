package org.packbench.marketplace.ozon;

import java.util.List;
import java.util.Optional;

/**
 * A posting's units as Ozon keeps them for Честный ЗНАК: each unit an exemplar with its own id, and
 * each product saying whether its units need a marking code. What {@code exemplar/create-or-get}
 * answers, what {@code exemplar/set} is sent and what {@code exemplar/status} answers.
 */
public final class Exemplars {
    private Exemplars() {}

    /** The type Ozon gives a Честный ЗНАК code in an exemplar's {@code marks}. */
    public static final String MANDATORY_MARK = "mandatory_mark";

    /** {@code exemplar/status}: every code checked and the posting may be shipped. */
    public static final String SHIP_AVAILABLE = "ship_available";
    /** {@code exemplar/status}: the codes were checked and refused; the posting cannot ship with them. */
    public static final String SHIP_NOT_AVAILABLE = "ship_not_available";
    /** {@code exemplar/status}: the codes are still being checked. */
    public static final String VALIDATION_IN_PROCESS = "validation_in_process";

    /**
     * One product of a posting and its units.
     *
     * @param productId Ozon's product id (the posting's {@code sku})
     * @param markNeeded {@code is_mandatory_mark_needed}: each unit needs a Честный ЗНАК code
     * @param markPossible {@code is_mandatory_mark_possible}: a code may be given
     * @param exemplarIds the units' ids, one per unit
     */
    public record Product(
            long productId, int quantity, boolean markNeeded, boolean markPossible, List<Long> exemplarIds) {
        public Product {
            exemplarIds = List.copyOf(exemplarIds);
        }
    }

    /** One unit with the code scanned for it; no code for a unit that needs none. */
    public record Filled(long productId, long exemplarId, Optional<String> mark) {}

    /**
     * One code as Ozon checked it.
     *
     * @param checkStatus Ozon's word for the check ({@code passed}, {@code failed}, {@code processing}, …)
     * @param errorCodes why it failed, Ozon's codes, empty when it did not
     */
    public record MarkCheck(long productId, long exemplarId, String mark, String checkStatus, List<String> errorCodes) {
        public MarkCheck {
            errorCodes = List.copyOf(errorCodes);
        }
    }

    /** Where the check of a posting's codes stands, and each code's verdict. */
    public record Status(String status, List<MarkCheck> marks) {
        public Status {
            marks = List.copyOf(marks);
        }

        public boolean shipAvailable() {
            return status.equals(SHIP_AVAILABLE);
        }

        public boolean inProcess() {
            return status.equals(VALIDATION_IN_PROCESS);
        }
    }
}

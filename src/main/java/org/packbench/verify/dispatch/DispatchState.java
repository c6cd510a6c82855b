package org.packbench.verify.dispatch;

/**
 * Where a printed label stands for dispatch, as the Журнал shows it beside each label: a label
 * the supervisor sees as "issued" may already be out of the door, or be an old copy that dispatch
 * would refuse.
 */
public enum DispatchState {
    /** Printed and not yet scanned out. */
    WAITING,
    /** A dispatch scan accepted it. */
    DISPATCHED,
    /** A newer label was issued for the same order: a scan of this copy is refused. */
    SUPERSEDED,
    /** Voided: every copy is refused at dispatch. */
    VOIDED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A void outranks everything (the label must not go, whatever happened before); a label already
     * scanned out is dispatched even if it was reprinted afterwards, since that copy has left.
     */
    public static DispatchState of(DispatchLabel label) {
        if ("voided".equals(label.status())) {
            return VOIDED;
        }
        if (label.dispatched()) {
            return DISPATCHED;
        }
        return label.superseded() ? SUPERSEDED : WAITING;
    }
}

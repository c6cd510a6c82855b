package org.packbench.label.glabels;

/**
 * Where a gLabels object stands: its {@code x}, {@code y} moved by the translation of its matrix
 * ({@code a4}, {@code a5}, in points). gLabels draws an object at its position through the matrix
 * {@code [a0 a2 a4; a1 a3 a5]}; a turn or a stretch has no counterpart in a template, whose
 * elements stand upright at their size, so those are only reported.
 */
record Placement(double xMm, double yMm, double turnDeg, boolean stretched) {
    private static final double MM_PER_PT = 25.4 / 72;
    private static final double EPS = 1e-6;

    static Placement of(GlabelsNode object) {
        double x = object.mm("x", 0);
        double y = object.mm("y", 0);
        // gLabels reads a missing matrix as all zeros and draws nothing; a file written by hand
        // without one means the object as it stands.
        boolean matrix = object.has("a0") || object.has("a1") || object.has("a2") || object.has("a3");
        double a0 = matrix ? object.number("a0", 0) : 1;
        double a1 = object.number("a1", 0);
        double a2 = object.number("a2", 0);
        double a3 = matrix ? object.number("a3", 0) : 1;
        double a4 = object.number("a4", 0);
        double a5 = object.number("a5", 0);
        double turn = 0;
        boolean stretched = false;
        if (Math.abs(a1) > EPS || Math.abs(a2) > EPS) {
            turn = Math.toDegrees(Math.atan2(a1, a0));
        } else {
            stretched = Math.abs(a0 - 1) > EPS || Math.abs(a3 - 1) > EPS;
        }
        return new Placement(x + a4 * MM_PER_PT, y + a5 * MM_PER_PT, turn, stretched);
    }

    boolean turned() {
        return turnDeg != 0;
    }

    /** Says what of the matrix the element at {@code id} does not keep. */
    void report(String id, Importing in) {
        if (turned()) {
            in.note("glabels.note.rotation", id, Importing.plain(Math.round(turnDeg * 10) / 10.0));
        } else if (stretched) {
            in.note("glabels.note.scaled", id);
        }
    }
}

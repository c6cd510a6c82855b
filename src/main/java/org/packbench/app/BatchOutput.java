package org.packbench.app;

/**
 * Where a {@link BatchRun} to a file puts its labels: opened when the run starts issuing, handed each issued
 * label in row order as soon as it is kept, finished inside the run's transaction (a failure
 * there undoes the run) and closed either way. Nothing of a run that is undone (cancelled, a
 * failed write) may stay behind. A PDF run's labels carry no bytes but their page, drawn where
 * the label was made, which is the page its log hash names ({@link org.packbench.render.PdfWriter}).
 */
public interface BatchOutput {
    /** A run to a printer writes no file. */
    BatchOutput NONE = () -> new Labels() {
        @Override
        public void add(RenderedLabel label, int copies) {}

        @Override
        public void finish() {}

        @Override
        public void close() {}
    };

    Labels open();

    interface Labels extends AutoCloseable {
        /** The next issued label, and how many copies of it the output gets. */
        void add(RenderedLabel label, int copies);

        /** Everything added is in place; the run commits next. */
        void finish();

        /** Ends the output; one not finished leaves nothing behind. */
        @Override
        void close();
    }
}

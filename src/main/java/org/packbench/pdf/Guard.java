package org.packbench.pdf;

import java.io.IOException;

/**
 * The last line around PDFBox: a file nested deeper than the stack (arrays within arrays, a page
 * tree or forms that contain themselves) overflows it inside PDFBox's recursive parser or
 * engine, and a file that asks for more memory than the budgets foresaw runs out of it. Both are
 * the file's doing, and both end as one refusal instead of a stack trace. The memory is free
 * again once the error has unwound out of PDFBox, which held the only references to it.
 */
final class Guard {
    interface IoWork<T> {
        T run() throws IOException;
    }

    private Guard() {}

    static <T> T io(IoWork<T> work) throws IOException {
        try {
            return work.run();
        } catch (StackOverflowError e) {
            throw new PdfRefusedException("pdf.limit.stack");
        } catch (OutOfMemoryError e) {
            throw new PdfRefusedException(
                    "pdf.limit.memory", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }
}

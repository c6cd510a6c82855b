package org.packbench.app;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.packbench.catalog.Sku;
import org.packbench.i18n.Message;

/**
 * What Упаковка shows at one moment, as {@link PackingSession} decided it: the parcel so far, the
 * label it will get, and the verdict in words. The screen draws this and decides nothing.
 *
 * @param generation rises at every refusal and every Esc: a scan typed before the packer could see
 *                   the refusal belongs to the parcel that was refused and is not applied
 * @param raster     the 1-bit print raster shown; after printing, the issued label's own raster
 * @param labelId    the id the shown label carries (after printing, the id it was issued with)
 */
public record PackingState(
        long generation,
        Stage stage,
        String scanned,
        Optional<Sku> product,
        String order,
        String tracking,
        List<String> templates,
        Optional<String> template,
        Optional<String> printer,
        int dpi,
        Optional<BufferedImage> raster,
        String labelId,
        Banner banner,
        Field focus,
        Optional<LastLabel> last,
        Optional<PostingProgress> posting) {

    public PackingState {
        templates = List.copyOf(templates);
    }

    /** An Ozon posting being packed: each product, how many are counted and how many it holds. */
    public record PostingProgress(String number, List<PostingLine> lines, boolean complete) {
        public PostingProgress {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One product of the posting.
     *
     * @param byCode its units count only by their Честный ЗНАК codes, one per unit
     */
    public record PostingLine(String sku, String name, int counted, int wanted, boolean byCode) {
        /** Codes still to scan for it: all its units not yet counted, when it counts by code. */
        public int codesLeft() {
            return byCode ? wanted - counted : 0;
        }
    }

    /** Where the packer is on the way from an empty bench to a label on the parcel. */
    public enum Stage {
        /** Nothing scanned yet: the form is empty. */
        NEW_PARCEL,
        /** Some of product, order and tracking number are known and checked. */
        COLLECTING,
        /** Everything is scanned and the label passed every check: Enter prints it. */
        READY,
        /** The label fails a check: it must not be printed. */
        BLOCKED,
        /** The parcel's label is issued and queued; Enter again does nothing but say so. */
        PRINTED
    }

    /** The three scan fields of the form. */
    public enum Field {
        FIRST,
        ORDER,
        TRACKING
    }

    /** How the result looks from a metre away. */
    public enum Tone {
        NEUTRAL,
        OK,
        WARN,
        REFUSED
    }

    /** The full-width line under the form: a headline and, below it, the reasons. */
    public record Banner(Tone tone, Message headline, List<Message> details) {
        public Banner {
            details = List.copyOf(details);
        }

        public static Banner of(Tone tone, Message headline) {
            return new Banner(tone, headline, List.of());
        }
    }

    /** The label this bench printed last, which "повторить последнюю" prints again. */
    public record LastLabel(long labelId, long jobId, String order, String tracking, String sku, String printer) {}

    /** The text the session holds for a field, to tell a new scan from a second Enter on the same one. */
    public String valueOf(Field field) {
        return switch (field) {
            case FIRST -> scanned;
            case ORDER -> order;
            case TRACKING -> tracking;
        };
    }
}

package org.packbench.seal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.packbench.i18n.Message;

/**
 * Holds the log in the database against what was sealed outside its reach: the database's seal
 * (where the unkeyed part ends) and the anchor file (how far the log had come). Each way the log
 * can have been cut or rebuilt in the database file is a finding of its own; none, and the log is
 * as long as it was and ends where it ended.
 */
public final class SealCheck {
    /** The log as the database holds it now: how many entries, the last one's number, and any entry's hash. */
    public record LogNow(long entries, long lastSeq, LongFunction<Optional<String>> hashAt) {}

    private SealCheck() {}

    /**
     * @param anchorFile the anchor's file name, for messages
     * @param zone       the bench's time zone, for the anchor's date
     */
    public static List<Message> findings(
            DatabaseSeal seal, Anchor.Reading anchor, String anchorFile, LogNow log, ZoneId zone) {
        List<Message> out = new ArrayList<>();
        switch (anchor.state()) {
            case MISSING -> out.add(Message.of("seal.anchor.missing", anchorFile));
            case FORGED -> out.add(Message.of("seal.anchor.forged", anchorFile));
            default -> {}
        }
        Optional<Anchor> sound = anchor.anchor();
        if (sound.isPresent()
                && (sound.get().legacySeq() != seal.legacySeq()
                        || !sound.get().legacyHash().equals(seal.legacyHash()))) {
            out.add(Message.of("seal.anchor.resealed", anchorFile, sound.get().legacySeq(), seal.legacySeq()));
        }
        // How far the log must reach: the unkeyed part the seal vouches for, and the anchor's head.
        long reached = seal.legacySeq();
        LocalDate when = LocalDate.ofInstant(seal.sealedAt(), zone);
        if (sound.isPresent() && sound.get().seq() > reached) {
            reached = sound.get().seq();
            when = LocalDate.ofInstant(sound.get().at(), zone);
        }
        if (log.entries() == 0 && reached > 0) {
            out.add(Message.of("seal.log.emptied", reached, when));
        } else if (log.lastSeq() < reached) {
            out.add(Message.of("seal.log.truncated", log.lastSeq(), reached, when));
        }
        if (seal.legacySeq() > 0) {
            log.hashAt()
                    .apply(seal.legacySeq())
                    .filter(h -> !h.equals(seal.legacyHash()))
                    .ifPresent(h -> out.add(Message.of("seal.log.legacy", seal.legacySeq())));
        }
        sound.filter(a -> a.seq() > 0).ifPresent(a -> log.hashAt()
                .apply(a.seq())
                .filter(h -> !h.equals(a.head()))
                .ifPresent(h -> out.add(Message.of("seal.log.head", a.seq(), LocalDate.ofInstant(a.at(), zone)))));
        return out;
    }
}

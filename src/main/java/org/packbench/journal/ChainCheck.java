package org.packbench.journal;

import java.util.Optional;
import org.packbench.i18n.Message;

/**
 * Walks the log in sequence order and finds the first entry that does not hold: its own values no
 * longer give its hash (it was edited), or it does not link to the entry before it (an entry was
 * removed, inserted or moved). Fed one entry at a time, so a year of log needs no memory. Past
 * the legacy end of a keyed {@link LogChain}, "its values no longer give its hash" includes a
 * hash made again without the key.
 */
public final class ChainCheck {
    /** Why an entry breaks the chain. */
    public enum Break {
        /** A value of the entry was changed after it was written. */
        EDITED,
        /** The entry does not name the hash of the entry before it. */
        LINK,
        /** A sequence number is missing: an entry was deleted. */
        GAP
    }

    /**
     * The first entry that breaks the chain. For an edited keyed entry {@code expected} is empty:
     * showing the seal it should carry would hand whoever edited it the seal to write there.
     */
    public record Broken(long seq, Break why, String expected, String found) {
        /** What a person reads about it. */
        public Message message() {
            if (why == Break.EDITED && expected.isEmpty()) {
                return Message.of("log.broken.SEALED", seq, found);
            }
            return Message.of("log.broken." + why.name(), seq, expected, found);
        }
    }

    /** The outcome: how many entries held, the hash at the head, and the first break if any. */
    public record Report(long checked, long firstSeq, long lastSeq, String headHash, Optional<Broken> broken) {
        public boolean intact() {
            return broken.isEmpty();
        }
    }

    private final LogChain chain;
    private long checked;
    private long firstSeq = -1;
    private long lastSeq;
    private String head;
    private Broken broken;

    /** A walk from the first entry of a log written without a key (an export's own, an old bench's). */
    public ChainCheck() {
        this(LogChain.UNKEYED);
    }

    /** A walk from the first entry, each hash made as {@code chain} makes it. */
    public ChainCheck(LogChain chain) {
        this(chain, 0, LogEntry.GENESIS);
    }

    /** A walk of an unkeyed log that starts after entry {@code afterSeq}, whose hash is {@code afterHash}. */
    public ChainCheck(long afterSeq, String afterHash) {
        this(LogChain.UNKEYED, afterSeq, afterHash);
    }

    /** A walk that starts after entry {@code afterSeq}, whose hash is {@code afterHash}. */
    public ChainCheck(LogChain chain, long afterSeq, String afterHash) {
        this.chain = chain;
        this.lastSeq = afterSeq;
        this.head = afterHash;
    }

    /** Takes the next entry; false once the chain is broken, when the walk may stop. */
    public boolean accept(LogEntry e) {
        if (broken != null) {
            return false;
        }
        if (e.seq() != lastSeq + 1) {
            broken = new Broken(lastSeq + 1, Break.GAP, Long.toString(lastSeq + 1), Long.toString(e.seq()));
        } else if (!chain.expectedHash(e).equals(e.hash())) {
            broken = new Broken(e.seq(), Break.EDITED, chain.keyedAt(e.seq()) ? "" : chain.expectedHash(e), e.hash());
        } else if (!e.prevHash().equals(head)) {
            broken = new Broken(e.seq(), Break.LINK, head, e.prevHash());
        }
        if (broken != null) {
            return false;
        }
        if (firstSeq < 0) {
            firstSeq = e.seq();
        }
        checked++;
        lastSeq = e.seq();
        head = e.hash();
        return true;
    }

    public Report report() {
        return new Report(checked, firstSeq, lastSeq, head, Optional.ofNullable(broken));
    }
}

package org.packbench.journal;

import java.util.Optional;

/**
 * Walks the log in sequence order and finds the first entry that does not hold: its own values no
 * longer give its hash (it was edited), or it does not link to the entry before it (an entry was
 * removed, inserted or moved). Fed one entry at a time, so a year of log needs no memory.
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

    /** The first entry that breaks the chain. */
    public record Broken(long seq, Break why, String expected, String found) {
    }

    /** The outcome: how many entries held, the hash at the head, and the first break if any. */
    public record Report(long checked, long firstSeq, long lastSeq, String headHash, Optional<Broken> broken) {
        public boolean intact() {
            return broken.isEmpty();
        }
    }

    private long checked;
    private long firstSeq = -1;
    private long lastSeq;
    private String head;
    private Broken broken;

    /** A walk from the first entry of the log. */
    public ChainCheck() {
        this(0, LogEntry.GENESIS);
    }

    /** A walk that starts after entry {@code afterSeq}, whose hash is {@code afterHash}. */
    public ChainCheck(long afterSeq, String afterHash) {
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
        } else if (!e.expectedHash().equals(e.hash())) {
            broken = new Broken(e.seq(), Break.EDITED, e.expectedHash(), e.hash());
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

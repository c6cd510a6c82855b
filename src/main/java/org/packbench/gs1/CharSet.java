package org.packbench.gs1;

/**
 * The character sets a GS1 AI value may be drawn from. Each is a closed list in the General
 * Specifications; anything outside it cannot be carried by a GS1 symbol even if the symbology
 * itself could encode it.
 */
public enum CharSet {
    /** Digits only. */
    NUMERIC('N', "0123456789"),
    /** GS1 AI encodable character set 82: the general alphanumeric set. */
    CSET_82('X', "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"),
    /** GS1 AI encodable character set 39: upper-case letters, digits, '#', '-' and '/'. */
    CSET_39('Y', "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    /** GS1 AI encodable character set 64: the file-safe, URI-safe base64 alphabet, '=' as padding. */
    CSET_64('Z', "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    private final char letter;
    private final String members;

    CharSet(char letter, String members) {
        this.letter = letter;
        this.members = members;
    }

    /** The letter used for this set in the AI table (N, X, Y, Z). */
    public char letter() {
        return letter;
    }

    public boolean contains(char c) {
        return members.indexOf(c) >= 0;
    }

    /** The members in their defined order; for set 82 the order gives each character's check-pair weight. */
    String members() {
        return members;
    }

    static CharSet byLetter(char letter) {
        for (CharSet set : values()) {
            if (set.letter == letter) {
                return set;
            }
        }
        throw new IllegalArgumentException("no character set '" + letter + "'");
    }
}

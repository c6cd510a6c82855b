package org.packbench.verify;

import org.packbench.i18n.Message;

/** One rule's complaint about a label: the rule's name, how serious it is, and what is wrong. */
public record Finding(String rule, Severity severity, Message message) {
    public boolean blocks() {
        return severity == Severity.BLOCK;
    }
}

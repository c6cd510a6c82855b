package org.packbench.verify;

/** What a failed check does: stop the label, or let it print with a warning the packer sees. */
public enum Severity {
    BLOCK,
    WARN
}

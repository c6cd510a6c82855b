package org.packbench.access;

/** The things the roles are about. Printing and scanning are every packer's job; the rest changes what others rely on. */
public enum Right {
    PRINT(false),
    SCAN(false),
    EDIT_CATALOG(true),
    EDIT_DACS(true),
    EDIT_PRINTERS(true),
    EDIT_SETTINGS(true),
    VOID_LABELS(true),
    VIEW_LOG(true),
    EXPORT_LOG(true),
    MANAGE_USERS(true),
    MANAGE_MARKETPLACES(true),
    EDIT_TEMPLATES(true);

    private final boolean supervisorOnly;

    Right(boolean supervisorOnly) {
        this.supervisorOnly = supervisorOnly;
    }

    public boolean supervisorOnly() {
        return supervisorOnly;
    }

    /** What the right lets one do, in words, e.g. "edit the catalog". */
    public org.packbench.i18n.Message message() {
        return org.packbench.i18n.Message.of("right." + name());
    }
}

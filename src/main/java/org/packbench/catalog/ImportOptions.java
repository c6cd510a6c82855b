package org.packbench.catalog;

/**
 * @param skipInvalid write the valid rows and report the rest, instead of all-or-nothing
 * @param update      replace SKUs that the catalog holds already, instead of refusing them
 */
public record ImportOptions(boolean skipInvalid, boolean update) {
    public static final ImportOptions STRICT = new ImportOptions(false, false);
}

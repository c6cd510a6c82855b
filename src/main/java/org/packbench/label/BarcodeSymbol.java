package org.packbench.label;

import java.util.List;

/**
 * A barcode resolved to its modules. Module size is whole printer dots, so no writer ever
 * scales a symbol after it is encoded.
 *
 * @param data        what a scanner should read back (for GS1, the element string with GS)
 * @param hri         the human-readable line printed under a linear symbol, or empty
 * @param modules     rows of dark (true) and light modules; a linear symbol has one row
 * @param codewords   Code 128 symbol characters including start, FNC1 and code-set changes but
 *                    not the check character or stop; empty for other symbologies. Writers that
 *                    let the printer draw the symbol send these so it draws the same bars.
 * @param moduleDots  width of one module in printer dots
 * @param heightDots  bar height of a linear symbol in dots (2D symbols are square modules)
 * @param x           left edge of the first module, mm
 * @param y           top edge, mm
 * @param quietZone   the area that must stay light around the symbol, mm
 */
public record BarcodeSymbol(
        String elementId,
        Symbology symbology,
        String data,
        String hri,
        List<boolean[]> modules,
        List<Integer> codewords,
        int moduleDots,
        int heightDots,
        int dpi,
        double x,
        double y,
        Rect quietZone) {

    public BarcodeSymbol {
        modules = List.copyOf(modules);
        codewords = List.copyOf(codewords);
    }

    public int columns() {
        return modules.get(0).length;
    }

    public int rows() {
        return modules.size();
    }

    /** Width of the modules (without quiet zone), mm. */
    public double widthMm() {
        return Dots.toMm(columns() * moduleDots, dpi);
    }

    /** Height of the bars or of the 2D matrix, mm. */
    public double heightMm() {
        return symbology.isTwoDimensional() ? Dots.toMm(rows() * moduleDots, dpi) : Dots.toMm(heightDots, dpi);
    }

    public Rect bounds() {
        return new Rect(x, y, widthMm(), heightMm());
    }

    public boolean dark(int row, int column) {
        return modules.get(row)[column];
    }
}

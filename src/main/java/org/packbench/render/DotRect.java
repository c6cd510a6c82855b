package org.packbench.render;

/** A rectangle of whole printer dots on the label, origin top left. */
public record DotRect(int x, int y, int width, int height) {

    public DotRect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size " + width + "x" + height);
        }
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }
}

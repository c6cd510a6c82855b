package org.packbench.label;

/** A rectangle on the label in millimetres, origin top left, y downwards. */
public record Rect(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public boolean intersects(Rect o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    public boolean contains(Rect o) {
        final double eps = 1e-6;
        return o.x >= x - eps && o.y >= y - eps && o.right() <= right() + eps && o.bottom() <= bottom() + eps;
    }

    public Rect grow(double by) {
        return new Rect(x - by, y - by, width + 2 * by, height + 2 * by);
    }
}

package org.packbench.label;

/**
 * A monochrome picture (a logo, the EAC mark) placed on the label: {@code pixels[row][col]} is
 * dark where true, scaled to the box at whole-dot steps by each writer.
 */
public record LabelImage(String elementId, Rect box, boolean[][] pixels) {}

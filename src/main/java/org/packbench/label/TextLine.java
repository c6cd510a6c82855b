package org.packbench.label;

/**
 * One laid-out line of text: what it says, in which face and size, and where its box sits.
 * {@code baseline} is the distance from the label's top edge to the baseline, in mm.
 */
public record TextLine(String text, FontStyle style, double sizePt, double x, double baseline, Rect box) {}

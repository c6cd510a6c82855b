/**
 * gLabels 3 documents read as PackBench label templates: the label's size, its texts with their
 * merge fields named as PackBench names them, its barcodes, lines and boxes; and, for what a
 * template cannot hold, a note saying what was left out and what to do about it. Reading the file
 * (and unpacking it) is the adapter's; this package sees the XML only.
 */
package org.packbench.label.glabels;

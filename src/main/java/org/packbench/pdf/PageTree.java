package org.packbench.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The document's pages, read from its page tree once, without recursion, and handed back to
 * PDFBox as one flat list. PDFBox walks the tree recursively, trusts each node's /Count and
 * follows /Parent links to find inherited attributes, so a tree whose /Kids point back at an
 * ancestor, whose /Parent links go round in a circle, or whose counts lie ends in a
 * StackOverflowError, an IllegalStateException or a page that is not there. Here a node met
 * twice refuses the file, the walk stops one page past the limit, and each page gets its
 * inherited /Resources, /MediaBox, /CropBox and /Rotate written into itself, under a new root
 * whose /Count is the number of pages found.
 */
final class PageTree {
    private static final List<COSName> INHERITED =
            List.of(COSName.RESOURCES, COSName.MEDIA_BOX, COSName.CROP_BOX, COSName.ROTATE);

    private record Visit(COSDictionary node, Map<COSName, COSBase> inherited) {}

    private PageTree() {}

    /** Flattens {@code document}'s page tree in place; returns the number of pages. */
    static int flatten(PDDocument document, PdfLimits limits) {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSArray pages = new COSArray();
        if (catalog.getDictionaryObject(COSName.PAGES) instanceof COSDictionary root) {
            walk(root, limits, pages);
        }
        COSDictionary flat = new COSDictionary();
        flat.setItem(COSName.TYPE, COSName.PAGES);
        flat.setItem(COSName.KIDS, pages);
        flat.setInt(COSName.COUNT, pages.size());
        for (int i = 0; i < pages.size(); i++) {
            ((COSDictionary) pages.getObject(i)).setItem(COSName.PARENT, flat);
        }
        catalog.setItem(COSName.PAGES, flat);
        return pages.size();
    }

    private static void walk(COSDictionary root, PdfLimits limits, COSArray pages) {
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        // A tree of n pages has fewer than n inner nodes; more is padding built to stall the walk.
        int maxNodes = 2 * limits.maxPages() + 1;
        Deque<Visit> todo = new ArrayDeque<>();
        todo.push(new Visit(root, Map.of()));
        while (!todo.isEmpty()) {
            Visit v = todo.pop();
            if (!seen.add(v.node())) {
                throw new PdfRefusedException("pdf.limit.pageTreeLoop");
            }
            if (seen.size() > maxNodes) {
                throw new PdfRefusedException("pdf.limit.pages", limits.maxPages());
            }
            Map<COSName, COSBase> inherited = new LinkedHashMap<>(v.inherited());
            for (COSName key : INHERITED) {
                COSBase own = v.node().getDictionaryObject(key);
                if (own != null) {
                    inherited.put(key, own);
                }
            }
            if (isInnerNode(v.node())) {
                COSArray kids = v.node().getCOSArray(COSName.KIDS);
                for (int i = kids == null ? -1 : kids.size() - 1; i >= 0; i--) {
                    if (kids.getObject(i) instanceof COSDictionary kid) {
                        todo.push(new Visit(kid, inherited));
                    }
                }
            } else {
                if (pages.size() == limits.maxPages()) {
                    throw new PdfRefusedException("pdf.limit.pages", limits.maxPages());
                }
                inherited.forEach((key, value) -> {
                    if (v.node().getDictionaryObject(key) == null) {
                        v.node().setItem(key, value);
                    }
                });
                pages.add(v.node());
            }
        }
    }

    /** As PDFBox tells a node from a page: /Type /Pages, or /Kids of its own. */
    private static boolean isInnerNode(COSDictionary node) {
        return COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || node.containsKey(COSName.KIDS);
    }

    /** The pages in document order, for callers that need their dictionaries. */
    static List<COSDictionary> pages(PDDocument document) {
        List<COSDictionary> out = new ArrayList<>();
        COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        COSArray kids = root.getCOSArray(COSName.KIDS);
        for (int i = 0; i < kids.size(); i++) {
            out.add((COSDictionary) kids.getObject(i));
        }
        return out;
    }
}

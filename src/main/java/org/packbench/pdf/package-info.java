/**
 * PDFs from elsewhere (marketplace labels, suppliers' labels, exports handed back) opened through
 * PDFBox under {@link org.packbench.pdf.PdfLimits}: one loader, one renderer and one text reader
 * that count what a file asks for and refuse it past a limit, so that no file can freeze, flood
 * or exhaust the bench. Depends on nothing of ours but the messages.
 */
package org.packbench.pdf;

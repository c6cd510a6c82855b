package org.packbench.app;

import java.util.OptionalLong;
import org.packbench.connect.OzonLabelCourier;
import org.packbench.convert.ozon.Conversion;
import org.packbench.convert.ozon.LabelSize;
import org.packbench.convert.ozon.OzonLabelConverter;
import org.packbench.convert.ozon.ThermalFormat;
import org.packbench.i18n.ProblemException;
import org.packbench.print.PrintQueue;
import org.packbench.print.PrinterProfile;
import org.packbench.print.PrinterProfiles;

/**
 * Ozon's package label for a shipped posting, put on the printer the packer used: converted at that
 * printer's dpi with every barcode audited (as {@code ozon convert} does), or sent as it is to a
 * spooler printer that takes PDF.
 */
final class PackageLabelPrinting implements OzonLabelCourier.LabelSink {
    private final PrinterProfiles printers;
    private final PrintQueue queue;

    PackageLabelPrinting(PrinterProfiles printers, PrintQueue queue) {
        this.printers = printers;
        this.queue = queue;
    }

    @Override
    public Runnable prepare(String posting, String printer, byte[] pdf) {
        if (printer.isEmpty()) {
            throw new ProblemException("outbox.label.noPrinter", posting);
        }
        PrinterProfile p =
                printers.find(printer).orElseThrow(() -> new ProblemException("print.printer.notFound", printer));
        byte[] bytes =
                switch (p.language()) {
                    case PDF -> pdf;
                    case ZPL, TSPL -> {
                        ThermalFormat target = p.language() == org.packbench.print.PrinterLanguage.ZPL
                                ? ThermalFormat.ZPL
                                : ThermalFormat.TSPL;
                        Conversion c = new OzonLabelConverter()
                                .convert(
                                        pdf,
                                        p.dpi(),
                                        LabelSize.OZON_FBS.widthMm(),
                                        LabelSize.OZON_FBS.heightMm(),
                                        target,
                                        p.settings(1));
                        yield c.bytes();
                    }
                };
        return () -> queue.enqueue(printer, OptionalLong.empty(), 1, bytes);
    }
}

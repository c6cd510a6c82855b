package org.packbench.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.packbench.marking.MarkingRecords;

/**
 * The marking codes used on a day's parcels, the list a seller hands the marking system to take
 * the items out of circulation: each code's identification (01)+(21), its GTIN and serial, the
 * order or posting, when and at which bench. The crypto-tail is not exported: withdrawal names an
 * item by its identification, and the tail is the one part of a code meant for checking only. The
 * order line the item was counted on is given when it is known (empty for codes used before lines
 * were kept).
 */
public final class MarkingCodesExport {
    private static final String[] HEADERS_EN = {"code", "gtin", "serial", "order", "line", "used_at", "bench"};
    private static final String[] HEADERS_RU = {
        "Код идентификации", "GTIN", "Серийный номер", "Заказ / отправление", "Строка заказа", "Время", "Рабочее место"
    };

    private final List<MarkingRecords.Use> uses;
    private final ZoneId zone;
    private final Locale locale;

    public MarkingCodesExport(List<MarkingRecords.Use> uses, ZoneId zone, Locale locale) {
        this.uses = List.copyOf(uses);
        this.zone = zone;
        this.locale = locale;
    }

    /** CSV as the log's: UTF-8 with a BOM, CRLF, formulas neutralised. */
    public void csv(OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        CsvLogWriter.row(w, CsvLogWriter.DEFAULT_SEPARATOR, headers());
        for (MarkingRecords.Use u : uses) {
            CsvLogWriter.row(w, CsvLogWriter.DEFAULT_SEPARATOR, cells(u));
        }
        w.flush();
    }

    /** XLSX: text cells (a GTIN keeps its leading zero), a frozen header and a filter. */
    public void xlsx(OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "PackBench", "1.0");
        Worksheet ws = wb.newWorksheet(ru() ? "Коды маркировки" : "Marking codes");
        String[] h = headers();
        for (int c = 0; c < h.length; c++) {
            ws.value(0, c, h[c]);
            ws.style(0, c).bold().set();
        }
        int r = 1;
        for (MarkingRecords.Use u : uses) {
            String[] cells = cells(u);
            for (int c = 0; c < cells.length; c++) {
                ws.value(r, c, cells[c]);
            }
            r++;
        }
        ws.freezePane(0, 1);
        ws.setAutoFilter(0, 0, Math.max(0, r - 1), h.length - 1);
        wb.finish();
    }

    private String[] headers() {
        return (ru() ? HEADERS_RU : HEADERS_EN).clone();
    }

    private boolean ru() {
        return "ru".equals(locale.getLanguage());
    }

    private String[] cells(MarkingRecords.Use u) {
        return new String[] {
            u.identity(),
            u.gtin(),
            u.serial(),
            u.order(),
            u.line() > 0 ? Integer.toString(u.line()) : "",
            org.packbench.journal.LogColumn.LOCAL_TIME.format(u.at().atZone(zone)),
            u.bench()
        };
    }
}

package org.packbench.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ~HS strings and the TSPL status byte, read field by field as the manuals lay them out. */
class PrinterStatusParsingTest {

    private static byte[] hs(String one, String two) {
        return ("\u0002" + one + "\u0003\r\n\u0002" + two + "\u0003\r\n\u00021234,0\u0003\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aReadyPrinter() {
        ZplHostStatus s = ZplHostStatus.parse(
                        hs("030,0,0,0320,000,0,0,0,000,0,0,0", "001,0,0,0,0,2,6,0,00000000,1,000"))
                .orElseThrow();
        assertEquals(List.of(), s.problems());
        assertFalse(s.busy());
    }

    @Test
    void paperOutPausedAndHeadUpAreEachTheirOwnField() {
        ZplHostStatus s = ZplHostStatus.parse(
                        hs("030,1,1,0320,000,0,0,0,000,0,0,0", "001,0,1,0,0,2,6,0,00000000,1,000"))
                .orElseThrow();
        assertEquals(
                List.of(PrinterProblems.PAPER_OUT, PrinterProblems.HEAD_OPEN, PrinterProblems.PAUSED), s.problems());
        ZplHostStatus headOnly = ZplHostStatus.parse(
                        hs("030,0,0,0320,000,0,0,0,000,0,0,0", "001,0,1,0,0,2,6,0,00000000,1,000"))
                .orElseThrow();
        assertEquals(List.of(PrinterProblems.HEAD_OPEN), headOnly.problems());
    }

    @Test
    void ribbonOutCountsOnlyInThermalTransferMode() {
        assertEquals(
                List.of(),
                ZplHostStatus.parse(hs("030,0,0,0320,000,0,0,0,000,0,0,0", "001,0,0,1,0,2,6,0,00000000,1,000"))
                        .orElseThrow()
                        .problems());
        assertEquals(
                List.of(PrinterProblems.RIBBON_OUT),
                ZplHostStatus.parse(hs("030,0,0,0320,000,0,0,0,000,0,0,0", "001,0,0,1,1,2,6,0,00000000,1,000"))
                        .orElseThrow()
                        .problems());
    }

    @Test
    void formatsInTheBufferOrLabelsLeftInTheBatchMeanStillPrinting() {
        ZplHostStatus buffered = ZplHostStatus.parse(
                        hs("030,0,0,0320,002,0,0,0,000,0,0,0", "001,0,0,0,0,2,6,0,00000000,1,000"))
                .orElseThrow();
        assertTrue(buffered.busy());
        assertEquals(List.of(PrinterProblems.BUSY), buffered.problems());
        ZplHostStatus batch = ZplHostStatus.parse(
                        hs("030,0,0,0320,000,0,0,0,000,0,0,0", "001,0,0,0,0,2,6,0,00000003,1,000"))
                .orElseThrow();
        assertEquals(3, batch.labelsRemaining());
        assertTrue(PrinterProblems.onlyBusy(new PrinterStatus(batch.problems(), 5)));
        // A fault outranks busy: the packer must hear about the paper, not wait.
        assertEquals(
                List.of(PrinterProblems.PAPER_OUT),
                ZplHostStatus.parse(hs("030,1,0,0320,002,0,0,0,000,0,0,0", "001,0,0,0,0,2,6,0,00000000,1,000"))
                        .orElseThrow()
                        .problems());
    }

    @Test
    void temperatureAndMemoryFlagsAreTheLastThreeOfStringOne() {
        assertEquals(
                List.of(PrinterProblems.TOO_HOT, PrinterProblems.TOO_COLD, PrinterProblems.MEMORY_LOST),
                ZplHostStatus.parse(hs("030,0,0,0320,000,0,0,0,000,1,1,1", "001,0,0,0,0,2,6,0,00000000,1,000"))
                        .orElseThrow()
                        .problems());
    }

    @Test
    void aTruncatedOrGarbledAnswerIsNoStatus() {
        assertTrue(ZplHostStatus.parse(new byte[0]).isEmpty());
        assertTrue(ZplHostStatus.parse("\u0002030,0,0\u0003".getBytes(StandardCharsets.US_ASCII))
                .isEmpty());
        assertTrue(ZplHostStatus.parse(hs("030,0,0,0320,000,0,0,0,000,0,0,0", "001,0,0,0,0,2,6,0,XX,1,000"))
                .isEmpty());
        assertEquals(2, ZplHostStatus.frameCount(hs("a", "b"), hs("a", "b").length - 10));
    }

    @Test
    void tsplStatusBits() {
        assertTrue(TsplStatusByte.status(0x00).ready());
        assertTrue(TsplStatusByte.status(0x20).ready(), "printing is not a fault");
        assertEquals(
                List.of(PrinterProblems.HEAD_OPEN), TsplStatusByte.status(0x01).problems());
        assertEquals(
                List.of(PrinterProblems.PAPER_JAM), TsplStatusByte.status(0x02).problems());
        assertEquals(
                List.of(PrinterProblems.PAPER_OUT), TsplStatusByte.status(0x04).problems());
        assertEquals(
                List.of(PrinterProblems.RIBBON_OUT), TsplStatusByte.status(0x08).problems());
        assertEquals(
                List.of(PrinterProblems.PAUSED), TsplStatusByte.status(0x10).problems());
        assertEquals(
                List.of(PrinterProblems.COVER_OPEN), TsplStatusByte.status(0x40).problems());
        assertEquals(
                List.of(PrinterProblems.OTHER_ERROR),
                TsplStatusByte.status(0x80).problems());
        assertEquals(
                List.of(PrinterProblems.HEAD_OPEN, PrinterProblems.PAPER_OUT, PrinterProblems.PAUSED),
                TsplStatusByte.status(0x15).problems());
        assertEquals(-1, TsplStatusByte.status(0).labelsPrinted());
    }
}

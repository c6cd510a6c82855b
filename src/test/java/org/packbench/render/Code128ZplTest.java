package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class Code128ZplTest {

    @Test
    void gs1StartsInSetCWithFnc1() {
        List<Integer> cw = List.of(105, 102, 1, 4, 60, 12, 34, 56, 78, 93, 102, 10, 12, 34, 100, 33, 34);
        assertEquals(">;>80104601234567893>8101234>6AB", Code128Zpl.fieldData(cw));
        assertEquals(cw, ZplCommands.code128Values(Code128Zpl.fieldData(cw)));
        assertEquals(cw, TsplWriterTest.code128Values(Code128Tspl.data(cw)));
        assertEquals("!105!1020104601234567893!102101234!100AB", Code128Tspl.data(cw));
    }

    @Test
    void charactersZplCannotSpellAreInvocationCodes() {
        // ^ > ~ DEL in set B.
        List<Integer> cw = List.of(104, 62, 30, 94, 95, 33);
        assertEquals(">:><>0>=>1A", Code128Zpl.fieldData(cw));
        assertEquals(cw, ZplCommands.code128Values(Code128Zpl.fieldData(cw)));
    }

    @Test
    void setAIsDigitPairsAndShiftReachesTheOtherSet() {
        // Start A, "A", SHIFT, "a" (set B), CODE B, "b", CODE A, NUL, FNC4 in set A.
        List<Integer> cw = List.of(103, 33, 98, 65, 100, 66, 101, 64, 101);
        String fd = Code128Zpl.fieldData(cw);
        assertEquals(">933>4a>6b>764>7", fd);
        assertEquals(cw, ZplCommands.code128Values(fd));
    }

    @Test
    void setCToBAndBackKeepsEveryValue() {
        List<Integer> cw = List.of(105, 0, 99, 100, 40, 99, 7);
        assertEquals(">;0099>6H>507", Code128Zpl.fieldData(cw));
        assertEquals(cw, ZplCommands.code128Values(Code128Zpl.fieldData(cw)));
        assertEquals(cw, TsplWriterTest.code128Values(Code128Tspl.data(cw)));
    }

    @Test
    void somethingThatIsNotASymbolIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Code128Zpl.fieldData(List.of(33, 34)));
        assertThrows(IllegalArgumentException.class, () -> Code128Zpl.fieldData(List.of(104, 106)));
        assertThrows(IllegalArgumentException.class, () -> Code128Zpl.fieldData(List.of()));
    }
}

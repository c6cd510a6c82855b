package org.packbench.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.packbench.gs1.Gs1Check;
import org.packbench.verify.dispatch.DispatchCheck;

/** What a keyboard-wedge scanner types is read back as the code it scanned. */
class ScanInputTest {
    private final ScanInput plain = new ScanInput(Optional.empty(), DispatchCheck::readable);
    private final ScanInput withStandIn = new ScanInput(Optional.of("<GS>"), DispatchCheck::readable);

    @Test
    void aTrackingNumberTypedUnderTheRussianLayoutIsReadAsTheRightCode() {
        assertEquals("RU123456789VK", plain.read("КГ123456789МЛ\r\n"));
    }

    @Test
    void aQrPayloadTypedUnderTheRussianLayoutIsReadBack() {
        String payload = "PB1|vk|VK-1|RU100000001VK|PB-7-001|DAC7Q2M9XK4P|L00000001";
        String typed = "ЗИ1/мл/МЛ-1/КГ100000001МЛ/ЗИ-7-001/ВФС7Й2Ь9ЧЛ4З/Д00000001";
        assertEquals(payload, plain.read(typed));
    }

    @Test
    void aGsStandInBecomesGsAndTheGs1DataChecks() {
        String read = withStandIn.read("]C10104607002977277172712311" + "0ABC<GS>21XYZ\r");
        assertEquals("]C10104607002977277172712311" + "0ABC\u001D21XYZ", read);
        assertEquals("(01)04607002977277(17)271231(10)ABC(21)XYZ", Gs1Check.check(read));
    }

    @Test
    void aStandInTypedUnderTheRussianLayoutIsFoundToo() {
        String read = withStandIn.read("]С10104607002977277172712311" + "0ФИСБПЫЮ21ЧНЯ");
        assertEquals("(01)04607002977277(17)271231(10)ABC(21)XYZ", Gs1Check.check(read));
    }

    @Test
    void russianTextThatIsAlreadyValidIsLeftAlone() {
        ScanInput skus = new ScanInput(Optional.empty(), s -> s.equals("ЖК-12345"));
        assertEquals("ЖК-12345", skus.read("ЖК-12345"));
    }

    @Test
    void theSymbologyIdentifierIsKept() {
        assertEquals(Optional.of("]C1"), ScanInput.symbologyIdentifier("]C100046071230000000014"));
        assertEquals(Optional.empty(), ScanInput.symbologyIdentifier("RU123456789VK"));
    }

    @Test
    void aScannersBurstIsToldFromTyping() {
        KeystrokeTiming scanner = new KeystrokeTiming();
        for (int i = 0; i < 13; i++) {
            scanner.key(1000 + i * 4L);
        }
        assertTrue(scanner.looksScanned());
        KeystrokeTiming person = new KeystrokeTiming();
        for (int i = 0; i < 13; i++) {
            person.key(1000 + i * 140L);
        }
        assertFalse(person.looksScanned());
    }
}

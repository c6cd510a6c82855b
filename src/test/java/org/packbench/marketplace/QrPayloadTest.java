package org.packbench.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.packbench.catalog.Marketplace;

class QrPayloadTest {
    @Test
    void encodesToPlainAsciiAndDecodesBack() {
        QrPayload p =
                new QrPayload(Marketplace.VK, "Заказ 7|1", "RU123456789VK", "PB-7-001", "DAC7Q2M9XK4P", "L00000042");
        String text = p.encode();
        assertTrue(text.startsWith("PB1|vk|"), text);
        assertTrue(text.chars().allMatch(c -> c >= 32 && c < 127), text);
        assertEquals(7, text.split("\\|").length);
        assertEquals(p, QrPayload.decode(text).orElseThrow());
    }

    @Test
    void aLabelIdReadsBackAsWrittenOrAsTyped() {
        assertEquals("L00000042", LabelValues.labelId(42));
        assertEquals(42, LabelValues.parseLabelId(LabelValues.labelId(42)).getAsLong());
        assertEquals(42, LabelValues.parseLabelId("l42").getAsLong());
        assertTrue(LabelValues.parseLabelId("L4x2").isEmpty());
    }

    @Test
    void otherTextIsNotAPayload() {
        assertTrue(QrPayload.decode("RU123456789VK").isEmpty());
        assertTrue(QrPayload.decode("PB2|vk|a|b|c|d|e").isEmpty());
        assertTrue(QrPayload.decode("PB1|vk|a%|b|c|d|e").isEmpty());
    }
}

package org.packbench.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.packbench.i18n.ProblemException;

/** The three kinds of printer address, and a clear refusal naming what is wrong for each typo. */
class TransportUriTest {

    @Test
    void tcpHostAndPortWithTheRawPortAsDefault() {
        assertEquals(new TransportUri.Tcp("192.168.1.50", 9100), TransportUri.parse("tcp://192.168.1.50:9100"));
        assertEquals(new TransportUri.Tcp("zebra.local", 9100), TransportUri.parse("tcp://zebra.local"));
        assertEquals(new TransportUri.Tcp("127.0.0.1", 6101), TransportUri.parse(" TCP://127.0.0.1:6101/ "));
        assertEquals(new TransportUri.Tcp("::1", 9100), TransportUri.parse("tcp://[::1]:9100"));
        assertEquals("tcp://[::1]:9100", TransportUri.parse("tcp://[::1]").toString());
    }

    @Test
    void spoolerQueueByItsSystemNameWithEscapedSpaces() {
        assertEquals(new TransportUri.Spooler("Zebra ZD421"), TransportUri.parse("spooler://Zebra%20ZD421"));
        assertEquals(new TransportUri.Spooler("TSC_TE200+"), TransportUri.parse("spooler://TSC_TE200+"));
        assertEquals("spooler://Zebra%20ZD421", new TransportUri.Spooler("Zebra ZD421").toString());
    }

    @Test
    void serialDeviceAndSpeed() {
        assertEquals(
                new TransportUri.Serial("/dev/ttyUSB0", 9600), TransportUri.parse("serial:///dev/ttyUSB0?baud=9600"));
        assertEquals(new TransportUri.Serial("COM3", 115200), TransportUri.parse("serial://COM3?baud=115200"));
        assertEquals(new TransportUri.Serial("/dev/ttyS1", 9600), TransportUri.parse("serial:///dev/ttyS1"));
        assertEquals(
                "serial:///dev/ttyUSB0?baud=19200",
                TransportUri.parse("serial:///dev/ttyUSB0?baud=19200").toString());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''                               | print.uri.empty",
                "192.168.1.50:9100                | print.uri.scheme",
                "http://192.168.1.50              | print.uri.scheme",
                "tcp://                           | print.uri.tcpHost",
                "tcp://:9100                      | print.uri.tcpHost",
                "tcp://::1:9100                   | print.uri.tcpHost",
                "tcp://10.0.0.5:91000             | print.uri.tcpPort",
                "tcp://10.0.0.5:0                 | print.uri.tcpPort",
                "tcp://10.0.0.5:port              | print.uri.tcpPort",
                "tcp://10.0.0.5:9100/print        | print.uri.tcpExtra",
                "tcp://admin@10.0.0.5             | print.uri.tcpExtra",
                "spooler://                       | print.uri.spoolerQueue",
                "serial://                        | print.uri.serialDevice",
                "serial://?baud=9600              | print.uri.serialDevice",
                "serial:///dev/ttyUSB0?baud=9601  | print.uri.serialBaud",
                "serial:///dev/ttyUSB0?baud=fast  | print.uri.serialBaud",
                "serial:///dev/ttyUSB0?parity=odd | print.uri.serialParam"
            })
    void aWrongAddressIsRefusedWithWhatIsWrong(String uri, String key) {
        ProblemException e = assertThrows(ProblemException.class, () -> TransportUri.parse(uri));
        assertEquals(key, e.problem().key());
        // Every refusal has its sentence in both languages, not a bare key.
        assertTrue(
                !e.in(Locale.ENGLISH).startsWith("print.")
                        && !e.in(Locale.forLanguageTag("ru")).startsWith("print."),
                e.in(Locale.ENGLISH));
    }
}

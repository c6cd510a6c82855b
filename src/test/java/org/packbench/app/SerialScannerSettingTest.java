package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.i18n.ProblemException;

class SerialScannerSettingTest {
    @TempDir
    Path dir;

    @Test
    void deviceSpeedAndTerminatorAreRead() {
        assertEquals(
                new SerialScannerSetting("/dev/ttyACM0", 115200, "CRLF"),
                SerialScannerSetting.parse("/dev/ttyACM0?baud=115200&terminator=CRLF"));
        assertEquals(new SerialScannerSetting("COM3", 9600, "CR"), SerialScannerSetting.parse("COM3"));
    }

    @Test
    void aMalformedSettingIsRefusedWhenSetAndNothingIsKept() {
        Workbench bench = Workbench.open(dir.resolve("s.db"), Clock.systemUTC());
        assertThrows(ProblemException.class, () -> bench.config().set("scanner.serial", "/dev/ttyACM0?speed=fast"));
        assertEquals(java.util.Optional.empty(), bench.config().get("scanner.serial"));
        bench.config().set("scanner.serial", "/dev/ttyUSB1?baud=9600");
        assertEquals(
                "/dev/ttyUSB1",
                SerialScannerSetting.of(bench.config()).orElseThrow().device());
    }
}

package org.packbench.app;

import java.util.Optional;
import org.packbench.i18n.ProblemException;

/**
 * The bench's serial (USB-COM) scanner, set as {@code config set scanner.serial
 * "/dev/ttyACM0?baud=9600&terminator=CR"}: the device, its speed and what ends a scan.
 */
public record SerialScannerSetting(String device, int baud, String terminator) {

    public static SerialScannerSetting parse(String value) {
        String v = value.strip();
        int q = v.indexOf('?');
        String device = q < 0 ? v : v.substring(0, q);
        int baud = 9600;
        String terminator = "CR";
        if (q >= 0) {
            for (String part : v.substring(q + 1).split("&")) {
                String[] kv = part.split("=", 2);
                if (kv.length != 2) {
                    throw new ProblemException("setting.serialScanner", value);
                }
                switch (kv[0]) {
                    case "baud" -> {
                        if (!kv[1].matches("[0-9]{3,7}")) {
                            throw new ProblemException("setting.serialScanner", value);
                        }
                        baud = Integer.parseInt(kv[1]);
                    }
                    case "terminator" -> terminator = kv[1];
                    default -> throw new ProblemException("setting.serialScanner", value);
                }
            }
        }
        if (device.isEmpty()) {
            throw new ProblemException("setting.serialScanner", value);
        }
        return new SerialScannerSetting(device, baud, terminator);
    }

    public static Optional<SerialScannerSetting> of(Settings settings) {
        return settings.get("scanner.serial").map(SerialScannerSetting::parse);
    }
}

package org.packbench.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven built, read from the jar so the CLI, the GUI and the installer agree. */
public final class Version {
    private Version() {}

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/org/packbench/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}

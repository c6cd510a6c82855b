package org.packbench.print.devices;

import java.nio.file.Files;
import java.nio.file.Path;
import org.packbench.i18n.ProblemException;
import org.packbench.print.SpoolerTransport;

/**
 * SpoolerTransport in a JVM of its own. The JDK asks libcups for the CUPS server once per JVM and
 * libcups reads CUPS_SERVER from the environment, which a running JVM cannot change; so the test
 * starts this with CUPS_SERVER pointing at its private cupsd.
 *
 * <p>{@code send QUEUE raw|pdf FILE} or {@code status QUEUE}. Exit 0 done, 3 ProblemException, 1 anything else.
 */
public final class SpoolerChild {
    public static final int PROBLEM = 3;

    private SpoolerChild() {}

    public static void main(String[] args) {
        try {
            if (args[0].equals("send")) {
                new SpoolerTransport(args[1], args[2].equals("raw")).send(Files.readAllBytes(Path.of(args[3])));
                System.out.println("SENT");
            } else {
                System.out.println("STATUS " + new SpoolerTransport(args[1], true).status());
            }
            System.out.flush();
            System.exit(0);
        } catch (ProblemException e) {
            System.out.println("PROBLEM " + e.problem().key() + ": " + e.getMessage());
            System.out.flush();
            System.exit(PROBLEM);
        } catch (Exception e) {
            e.printStackTrace(System.out);
            System.out.flush();
            System.exit(1);
        }
    }
}

package org.packbench.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.function.Executable;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.remote.RemoteTrouble;

/** Assertions the adapters' tests share: the trouble a call throws, and that it keeps a secret out. */
final class Troubles {
    private Troubles() {}

    static RemoteTrouble thrownBy(Executable call) {
        return assertThrows(RemoteTrouble.class, call);
    }

    /** Every thread a stand-in started has ended: closing it leaves nothing running. */
    static void noStandInThreadsLeft() {
        List<String> left = Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.contains("-stand-in-"))
                .toList();
        assertEquals(List.of(), left);
    }

    /** Neither the English nor the Russian sentence, the exception's text, nor its trace names {@code secret}. */
    static void keepsOut(String secret, ProblemException trouble) {
        StringWriter trace = new StringWriter();
        trouble.printStackTrace(new PrintWriter(trace));
        for (String shown : new String[] {
            trouble.getMessage(),
            trouble.toString(),
            trouble.in(Locale.ENGLISH),
            trouble.in(Locale.forLanguageTag("ru")),
            trace.toString()
        }) {
            assertFalse(shown.contains(secret), "the secret shows in: " + shown);
        }
    }
}

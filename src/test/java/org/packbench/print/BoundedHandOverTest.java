package org.packbench.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.packbench.i18n.ProblemException;

/** A spooler that never answers leaves the job unknown after the bound; one that refuses leaves it not sent. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class BoundedHandOverTest {
    @Test
    void aHandOverThatNeverReturnsIsUnconfirmedAfterTheBound() {
        CountDownLatch never = new CountDownLatch(1);
        IOException e = assertThrows(
                IOException.class, () -> BoundedHandOver.run(never::await, Duration.ofMillis(300), "spooler://zebra"));
        assertInstanceOf(
                UnconfirmedSendException.class, e, "a hand-over under way may still print: unknown, not failed");
        assertTrue(e.getMessage().contains("spooler://zebra"), e.getMessage());
        assertInstanceOf(ProblemException.class, e.getCause(), "the GUI shows the message in Russian");
    }

    @Test
    void aRefusalIsAnOrdinaryFailureSoTheJobMayBeRetried() {
        IOException e = assertThrows(
                IOException.class,
                () -> BoundedHandOver.run(
                        () -> {
                            throw new IOException("lpr: The printer or class does not exist.");
                        },
                        Duration.ofSeconds(5),
                        "spooler://zebra"));
        assertFalse(e instanceof UnconfirmedSendException);
        assertEquals("lpr: The printer or class does not exist.", e.getMessage());
    }

    @Test
    void aHandOverThatReturnsIsDone() throws IOException {
        AtomicBoolean ran = new AtomicBoolean();
        BoundedHandOver.run(() -> ran.set(true), Duration.ofSeconds(5), "spooler://zebra");
        assertTrue(ran.get());
    }
}

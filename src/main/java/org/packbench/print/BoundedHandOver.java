package org.packbench.print;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * Hands a job to something that may never return (the JDK's spooler call waits on lpr, lpr on
 * CUPS) and gives up after a bound. Once the hand-over has started the job may be queued, so a
 * hand-over that did not come back is unconfirmed, never failed-and-retried: a retry could print
 * the label twice.
 */
final class BoundedHandOver {
    /** Work that hands the job over; any exception it throws means the job was not taken. */
    @FunctionalInterface
    interface HandOver {
        void run() throws Exception;
    }

    private BoundedHandOver() {}

    /**
     * @param what names the receiver in the message, as its printer address ({@code spooler://zebra})
     * @throws UnconfirmedSendException when {@code work} has not returned within {@code bound}
     * @throws IOException wrapping whatever {@code work} threw
     */
    static void run(HandOver work, Duration bound, String what) throws IOException {
        FutureTask<Void> task = new FutureTask<>(() -> {
            work.run();
            return null;
        });
        Thread t = new Thread(task, "hand-over " + what);
        t.setDaemon(true);
        t.start();
        try {
            task.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            t.interrupt();
            Message why = Message.of("devices.handOver.noAnswer", what, bound.toSeconds());
            throw new UnconfirmedSendException(why.english(), new ProblemException(why));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.interrupt();
            Message why = Message.of("devices.handOver.noAnswer", what, bound.toSeconds());
            throw new UnconfirmedSendException(why.english(), new ProblemException(why));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(String.valueOf(cause.getMessage()), cause);
        }
    }
}

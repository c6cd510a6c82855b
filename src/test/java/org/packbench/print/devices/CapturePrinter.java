package org.packbench.print.devices;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A network label printer's raw port, as CUPS's socket backend sees one: each connection is one
 * job, read to its end and kept for the test.
 */
// close() waits for the device to stop and lets an interrupt through: a test interrupted while
// tearing down should fail, not go on with a device still running.
@SuppressWarnings("try")
public final class CapturePrinter implements AutoCloseable {
    private final ServerSocket server;
    private final Thread acceptor;
    private final BlockingQueue<byte[]> jobs = new LinkedBlockingQueue<>();

    public CapturePrinter() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "capture-printer " + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket s = server.accept();
                    InputStream in = s.getInputStream()) {
                jobs.add(in.readAllBytes());
            } catch (IOException e) {
                // Closed at the end of the test, or a backend that gave up: either way the next accept decides.
            }
        }
    }

    /** The device URI for lpadmin -v. */
    public String uri() {
        return "socket://127.0.0.1:" + server.getLocalPort();
    }

    public byte[] nextJob(Duration timeout) throws InterruptedException {
        byte[] job = jobs.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (job == null) {
            throw new AssertionError("no job reached the printer within " + timeout.toSeconds() + " s");
        }
        return job;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.close();
        acceptor.join(5000);
    }
}

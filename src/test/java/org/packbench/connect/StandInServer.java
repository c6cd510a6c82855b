package org.packbench.connect;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for the stand-ins: one request per
 * connection ({@code Connection: close}), written by hand so that a fault can do what a real
 * network does, stall before the answer or close the socket halfway through a body whose length
 * was announced. Requests are handled one at a time under the server's lock, so the stand-in's
 * state changes as a marketplace's would, request by request. {@link #close()} stops every thread
 * it started and closes every socket.
 */
final class StandInServer implements AutoCloseable {

    /** One request as it came. Header names are in lower case. */
    record Request(String method, String path, String query, Map<String, String> headers, byte[] body) {
        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One answer to write. */
    record Answer(int status, String contentType, Map<String, String> headers, byte[] body) {
        static Answer json(int status, String json) {
            return new Answer(status, "application/json", Map.of(), json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final String name;
    private final Function<Request, Answer> handler;
    private final ServerSocket socket;
    private final ExecutorService threads;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Set<Thread> started = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private final Map<String, Deque<Fault>> queued = new HashMap<>();
    private final Map<String, Integer> requests = new LinkedHashMap<>();
    private Random random = new Random(0);
    private double faultRate;
    private List<Fault> randomFaults = List.of();
    private volatile boolean closed;

    /** @param handler answers a request; called under the server's lock, one request at a time */
    StandInServer(String name, Function<Request, Answer> handler) {
        this.name = name;
        this.handler = handler;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, name + "-stand-in-" + count.incrementAndGet());
            t.setDaemon(true);
            started.add(t);
            return t;
        });
        try {
            this.socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            threads.shutdownNow();
            throw new UncheckedIOException(e);
        }
        threads.execute(this::accept);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** The next requests to {@code path} meet these faults, one each, in order. */
    void fail(String path, List<Fault> faults) {
        synchronized (lock) {
            queued.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(faults);
        }
    }

    /** From now on each request (without a queued fault) meets one of {@code among} with this probability. */
    void randomFaults(double rate, long seed, List<Fault> among) {
        if (rate < 0 || rate > 1 || (rate > 0 && among.isEmpty())) {
            throw new IllegalArgumentException("a rate in [0, 1] over some faults: " + rate);
        }
        synchronized (lock) {
            this.random = new Random(seed);
            this.faultRate = rate;
            this.randomFaults = List.copyOf(among);
        }
    }

    /** Requests that reached {@code path}, faulted or not. */
    int requests(String path) {
        synchronized (lock) {
            return requests.getOrDefault(path, 0);
        }
    }

    private void accept() {
        while (!closed) {
            try {
                Socket s = socket.accept();
                open.add(s);
                threads.execute(() -> serve(s));
            } catch (IOException e) {
                if (!closed) {
                    throw new UncheckedIOException(name + " stand-in stopped accepting", e);
                }
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            s.setSoTimeout(10_000);
            InputStream in = new BufferedInputStream(s.getInputStream());
            Request request = read(in);
            if (request == null) {
                return;
            }
            OutputStream out = s.getOutputStream();
            Fault fault;
            synchronized (lock) {
                requests.merge(request.path(), 1, Integer::sum);
                fault = nextFault(request.path());
            }
            if (fault instanceof Fault.Delay delay) {
                Thread.sleep(delay.delay().toMillis());
                return; // closed without an answer; the client gave up long ago
            }
            if (fault instanceof Fault.Status status) {
                write(
                        out,
                        new Answer(
                                status.status(),
                                status.contentType(),
                                status.headers(),
                                status.body().getBytes(StandardCharsets.UTF_8)));
                return;
            }
            if (fault instanceof Fault.Cut) {
                byte[] body = "{\"result\":{\"postings\":[],\"count\":0},\"padding\":\"…………\"}"
                        .getBytes(StandardCharsets.UTF_8);
                writeHalf(out, new Answer(200, "application/json", Map.of(), body));
                return;
            }
            Answer answer;
            synchronized (lock) {
                answer = handler.apply(request);
            }
            if (fault instanceof Fault.EffectThenCut) {
                writeHalf(out, answer);
            } else {
                write(out, answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SocketException e) {
            // The client hung up (it timed out) or the stand-in is closing.
        } catch (IOException e) {
            if (!closed) {
                throw new UncheckedIOException(e);
            }
        } finally {
            open.remove(s);
        }
    }

    private Fault nextFault(String path) {
        Deque<Fault> faults = queued.get(path);
        if (faults != null && !faults.isEmpty()) {
            return faults.poll();
        }
        if (faultRate > 0 && random.nextDouble() < faultRate) {
            return randomFaults.get(random.nextInt(randomFaults.size()));
        }
        return null;
    }

    private static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3) {
            throw new IOException("not an HTTP request line: " + requestLine);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.put(
                        h.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        h.substring(colon + 1).strip());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        String target = parts[1];
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? "" : target.substring(question + 1);
        return new Request(parts[0], path, query, headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return b == -1 && bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static void write(OutputStream out, Answer answer) throws IOException {
        out.write(head(answer));
        out.write(answer.body());
        out.flush();
    }

    /** The head as promised, half the body, and then the caller closes the socket. */
    private static void writeHalf(OutputStream out, Answer answer) throws IOException {
        out.write(head(answer));
        out.write(answer.body(), 0, answer.body().length / 2);
        out.flush();
    }

    private static byte[] head(Answer answer) {
        StringBuilder head = new StringBuilder()
                .append("HTTP/1.1 ")
                .append(answer.status())
                .append(' ')
                .append(reason(answer.status()))
                .append("\r\n");
        head.append("Content-Type: ").append(answer.contentType()).append("\r\n");
        head.append("Content-Length: ").append(answer.body().length).append("\r\n");
        head.append("Connection: close\r\n");
        answer.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException e) {
            // Closing anyway.
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // Closing anyway.
            }
        }
        threads.shutdownNow();
        try {
            if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " stand-in threads still running after close");
            }
            // A worker leaves the pool before its thread has quite ended; wait for that too.
            for (Thread t : started) {
                t.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

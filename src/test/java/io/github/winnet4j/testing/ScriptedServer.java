package io.github.winnet4j.testing;

import javax.net.ssl.SSLServerSocketFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on 127.0.0.1 that runs a script on each connection: raw bytes, stalls, trickles and
 * closes at any point, which a well-behaved server (MockWebServer) cannot be made to do. Optionally
 * TLS with a socket factory from okhttp-tls certificates. Every wait is bounded; {@link #close()}
 * closes every socket and waits for the connection threads to end.
 */
public final class ScriptedServer implements AutoCloseable {
    /** What the server does on one connection. */
    @FunctionalInterface
    public interface Script {
        void run(Exchange exchange) throws IOException, InterruptedException;
    }

    private static final int MAX_CONNECTIONS = 50;
    private static final Duration JOIN = Duration.ofSeconds(10);

    private final ServerSocket listener;
    private final List<Script> scripts;
    private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
    private final List<String> requestHeads = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    private ScriptedServer(ServerSocket listener, List<Script> scripts) {
        this.listener = listener;
        this.scripts = List.copyOf(scripts);
        this.acceptor = new Thread(this::acceptLoop, "scripted-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * A plain server; connection n runs {@code scripts[n]}, or the last script once they run out.
     */
    public static ScriptedServer plain(Script... scripts) throws IOException {
        return new ScriptedServer(new ServerSocket(0, 50, InetAddress.getByName(Loopback.HOST)), List.of(scripts));
    }

    /** A TLS server with the given socket factory (e.g. from okhttp-tls HandshakeCertificates). */
    public static ScriptedServer tls(SSLServerSocketFactory factory, Script... scripts) throws IOException {
        return new ScriptedServer(factory.createServerSocket(0, 50, InetAddress.getByName(Loopback.HOST)),
                List.of(scripts));
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** How many connections were accepted. */
    public int connectionCount() {
        return connections.get();
    }

    /** The request heads read by {@link Exchange#readRequestHead()}, in order. */
    public List<String> requestHeads() {
        synchronized (requestHeads) {
            return new ArrayList<>(requestHeads);
        }
    }

    /** How many of this server's threads (acceptor included) are still alive. */
    public int liveThreads() {
        int n = acceptor.isAlive() ? 1 : 0;
        synchronized (threads) {
            for (Thread t : threads) {
                n += t.isAlive() ? 1 : 0;
            }
        }
        return n;
    }

    private void acceptLoop() {
        for (int i = 0; i < MAX_CONNECTIONS && !closed; i++) {
            try {
                Socket s = listener.accept();
                sockets.add(s);
                Script script = scripts.get(Math.min(i, scripts.size() - 1));
                connections.incrementAndGet();
                Thread t = new Thread(() -> serve(s, script), "scripted-server-" + i);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket, Script script) {
        try (socket) {
            socket.setSoTimeout(30_000);
            script.run(new Exchange(socket));
        } catch (IOException e) {
            // the client went away or the test closed the server; the connection ends
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        synchronized (sockets) {
            for (Socket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing what we own
                }
            }
        }
        List<Thread> all = new ArrayList<>(threads);
        all.add(acceptor);
        long deadline = System.nanoTime() + JOIN.toNanos();
        for (Thread t : all) {
            t.interrupt();
            try {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One connection as the script sees it. */
    public final class Exchange {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Exchange(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        /** Reads up to the blank line ending a request head (at most 64 KB) and records it. */
        public String readRequestHead() throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (matched < 4 && head.size() < 65_536) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.write(b);
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            requestHeads.add(text);
            return text;
        }

        /** Reads and discards {@code count} bytes of request body. */
        public void skip(long count) throws IOException {
            in.skipNBytes(count);
        }

        public Exchange write(String text) throws IOException {
            return write(text.getBytes(StandardCharsets.ISO_8859_1));
        }

        public Exchange write(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
            return this;
        }

        /** Sends {@code unit} every {@code interval}, at most {@code count} times, or until the peer goes. */
        public Exchange trickle(String unit, Duration interval, int count) throws IOException, InterruptedException {
            for (int i = 0; i < count && !closed; i++) {
                write(unit);
                Thread.sleep(interval.toMillis());
            }
            return this;
        }

        /** Holds the connection open and silent for at most {@code time}, or until the peer or the test closes it. */
        public void stall(Duration time) throws IOException {
            socket.setSoTimeout((int) Math.max(1, time.toMillis()));
            try {
                while (in.read() >= 0) {
                    // discard whatever the client still sends
                }
            } catch (java.net.SocketTimeoutException e) {
                // the stall is over
            }
        }

        /** Closes the connection at once (a FIN, after whatever was written). */
        public void close() throws IOException {
            socket.close();
        }

        /** Resets the connection (an RST instead of a FIN). */
        public void reset() throws IOException {
            socket.setSoLinger(true, 0);
            socket.close();
        }
    }
}

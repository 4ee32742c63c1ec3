package io.github.winnet4j.hardening;

import io.github.winnet4j.testing.Loopback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A raw HTTP server on 127.0.0.1 that records each request's head (request line and headers,
 * byte for byte, up to the blank line) and answers {@code 200} with an empty body on a kept-alive
 * connection. Nothing between the client and these bytes can tidy them up: what is recorded is
 * what was on the wire.
 */
final class RecordingServer implements AutoCloseable {
    private static final byte[] ANSWER =
            "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEAD = 1 << 20;

    private final ServerSocket listener;
    private final BlockingQueue<byte[]> heads = new LinkedBlockingQueue<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    RecordingServer() throws IOException {
        listener = new ServerSocket(0, 64, InetAddress.getByName(Loopback.HOST));
        Thread acceptor = new Thread(this::acceptLoop, "recording-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The next recorded request head, waiting at most 10 s. */
    byte[] nextHead() throws InterruptedException {
        byte[] head = heads.poll(10, TimeUnit.SECONDS);
        if (head == null) {
            throw new AssertionError("no request reached the server within 10 s");
        }
        return head;
    }

    /** True when no request head is waiting: a refused request left nothing on the wire. */
    boolean nothingWaiting() {
        return heads.isEmpty();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket s = listener.accept();
                open.add(s);
                Thread t = new Thread(() -> serve(s), "recording-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            // Bounded by the client: each round answers one request; end of stream ends the loop.
            while (true) {
                byte[] head = readHead(in);
                if (head == null) {
                    return;
                }
                heads.add(head);
                out.write(ANSWER);
                out.flush();
            }
        } catch (IOException ignored) {
            // The client closed the connection.
        } finally {
            open.remove(s);
        }
    }

    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (head.size() < MAX_HEAD) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toByteArray();
            }
        }
        throw new IOException("request head over " + MAX_HEAD + " bytes");
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : open) {
            s.close();
        }
    }
}

package io.github.winnet4j.hardening;

import io.github.winnet4j.testing.Loopback;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on 127.0.0.1 that reads each request's header block, writes a fixed prefix (possibly
 * nothing) and then holds the connection open without another byte until it is closed: a client
 * blocked on it stays blocked until its own timeout or a cancellation ends the wait.
 */
final class StallingServer implements AutoCloseable {
    private final ServerSocket listener;
    private final byte[] prefix;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    /** @param prefix what to send after the request's headers, e.g. a status line and part of a body */
    StallingServer(String prefix) throws IOException {
        this.prefix = prefix.getBytes(StandardCharsets.ISO_8859_1);
        this.listener = new ServerSocket(0, 64, InetAddress.getByName(Loopback.HOST));
        this.acceptor = new Thread(this::acceptLoop, "stalling-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket s = listener.accept();
                held.add(s);
                Thread t = new Thread(() -> answer(s), "stalling-connection");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(Socket s) {
        try {
            InputStream in = s.getInputStream();
            int state = 0;
            // Bounded: a request head larger than 1 MB is not this server's business.
            for (int i = 0; i < 1_000_000 && state < 4; i++) {
                int b = in.read();
                if (b < 0) {
                    return;
                }
                state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3))
                        ? state + 1 : (b == '\r' ? 1 : 0);
            }
            s.getOutputStream().write(prefix);
            s.getOutputStream().flush();
        } catch (IOException ignored) {
            // The client went away; nothing to hold.
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : held) {
            s.close();
        }
    }
}

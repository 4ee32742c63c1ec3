package io.github.winnet4j.backends.java;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written FTP server on 127.0.0.1 for what a real one will not do: it answers PASV with
 * whatever address it is told to name, serves a one-line LIST, never sends a RETR's data (so a
 * read blocks), and refuses every upload after taking all its bytes (552). Its data listener is
 * on 127.0.0.1; {@link #dataConnections} counts what arrives there.
 */
final class ScriptedFtpServer implements AutoCloseable {
    final ServerSocket control;
    final ServerSocket data;
    final AtomicInteger dataConnections = new AtomicInteger();
    final CountDownLatch retrOpened = new CountDownLatch(1);
    private final String pasvAddress;
    private final Thread thread;
    private volatile Socket client;

    /** {@code pasvAddress} as the four comma-separated numbers PASV names, e.g. "127,0,0,2". */
    ScriptedFtpServer(String pasvAddress, int dataPort) throws IOException {
        this.pasvAddress = pasvAddress;
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        control = new ServerSocket(0, 5, loopback);
        data = new ServerSocket(dataPort, 5, loopback);
        data.setSoTimeout(5000);
        thread = new Thread(this::serve, "scripted-ftp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return control.getLocalPort();
    }

    private void serve() {
        try (Socket s = control.accept()) {
            client = s;
            s.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = s.getOutputStream();
            say(out, "220 scripted server");
            for (int i = 0; i < 100; i++) {
                String line = in.readLine();
                if (line == null) {
                    return;
                }
                String verb = line.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
                switch (verb) {
                    case "USER" -> say(out, "331 password please");
                    case "PASS" -> say(out, "230 welcome");
                    case "FEAT" -> say(out, "211-Features:\r\n UTF8\r\n211 End");
                    case "OPTS", "TYPE", "NOOP" -> say(out, "200 ok");
                    case "PASV" -> {
                        int p = data.getLocalPort();
                        say(out, "227 Entering Passive Mode (" + pasvAddress + "," + (p >> 8) + "," + (p & 0xff) + ")");
                    }
                    case "LIST" -> {
                        say(out, "150 listing");
                        try (Socket d = acceptData()) {
                            d.getOutputStream().write("-rw-r--r-- 1 u g 5 Jan 01  2020 a.txt\r\n"
                                    .getBytes(StandardCharsets.US_ASCII));
                        }
                        say(out, "226 done");
                    }
                    case "SIZE" -> say(out, "213 1000");
                    case "RETR" -> {
                        say(out, "150 sending (never)");
                        Socket d = acceptData();
                        retrOpened.countDown();
                        waitForClose(d);
                        say(out, "426 aborted");
                    }
                    case "STOR" -> {
                        say(out, "150 send it");
                        try (Socket d = acceptData()) {
                            d.getInputStream().transferTo(OutputStream.nullOutputStream());
                        }
                        say(out, "552-Storage allocation exceeded.\r\n552 Nothing was kept.");
                    }
                    case "QUIT" -> {
                        say(out, "221 bye");
                        return;
                    }
                    default -> say(out, "502 not implemented");
                }
            }
        } catch (IOException e) {
            // The client went away: the script ends.
        }
    }

    private Socket acceptData() throws IOException {
        Socket d = data.accept();
        dataConnections.incrementAndGet();
        return d;
    }

    private static void waitForClose(Socket d) {
        try (d; InputStream in = d.getInputStream()) {
            d.setSoTimeout(10_000);
            in.read();
        } catch (IOException e) {
            // Closed by the client, as expected.
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Whether anything connected to {@code trap} (checked without blocking for long). */
    static boolean anyConnection(ServerSocket trap) throws IOException {
        trap.setSoTimeout(50);
        try (Socket s = trap.accept()) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        Socket c = client;
        if (c != null) {
            c.close();
        }
        control.close();
        data.close();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

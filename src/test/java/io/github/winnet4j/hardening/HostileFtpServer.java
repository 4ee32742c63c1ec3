package io.github.winnet4j.hardening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A passive-mode FTP server on 127.0.0.1 that misbehaves on purpose: a 421 in the middle of a
 * download, a PASV reply naming another (loopback) address, a listing of the given names, or a
 * data connection reset mid-file. Records the commands; each session on its own thread; bounded.
 */
final class HostileFtpServer implements AutoCloseable {
    /** How the server misbehaves. */
    enum Mode { CLOSE_421_MID_TRANSFER, PASV_NAMES_OTHER_ADDRESS, DATA_DIES_MID_FILE, WELL_BEHAVED }

    /** The file every RETR serves (in full only when the mode lets it). */
    static final byte[] FILE = "0123456789".repeat(1000).getBytes(StandardCharsets.US_ASCII);

    private final Mode mode;
    private final List<String> names;
    private final ServerSocket control;
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = Collections.synchronizedList(new ArrayList<>());

    HostileFtpServer(Mode mode, List<String> names) throws IOException {
        this.mode = mode;
        this.names = List.copyOf(names);
        this.control = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(this::acceptLoop, "hostile-ftp-accept");
        acceptor.setDaemon(true);
        threads.add(acceptor);
        acceptor.start();
    }

    int port() {
        return control.getLocalPort();
    }

    List<String> commands() {
        synchronized (commands) {
            return new ArrayList<>(commands);
        }
    }

    int liveThreads() {
        synchronized (threads) {
            return (int) threads.stream().filter(Thread::isAlive).count();
        }
    }

    private void acceptLoop() {
        for (int i = 0; i < 20; i++) {
            try {
                Socket s = control.accept();
                sockets.add(s);
                Thread t = new Thread(() -> serve(s), "hostile-ftp-session");
                t.setDaemon(true);
                threads.add(t);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        ServerSocket passive = null;
        try (socket) {
            socket.setSoTimeout(30_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            reply(out, "220 hostile server");
            for (int i = 0; i < 200; i++) {
                String line = in.readLine();
                if (line == null) {
                    return;
                }
                commands.add(line);
                String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "USER" -> reply(out, "331 Password required");
                    case "PASS" -> reply(out, "230 Logged in");
                    case "SYST" -> reply(out, "215 UNIX Type: L8");
                    case "PWD", "XPWD" -> reply(out, "257 \"/\" is the current directory");
                    case "CWD", "CDUP" -> reply(out, "250 Directory changed");
                    case "TYPE", "MODE", "STRU", "OPTS", "NOOP" -> reply(out, "200 OK");
                    case "PASV" -> {
                        passive = listen(passive);
                        int p = passive.getLocalPort();
                        String host = mode == Mode.PASV_NAMES_OTHER_ADDRESS ? "127,0,0,2" : "127,0,0,1";
                        reply(out, "227 Entering Passive Mode (" + host + "," + (p >> 8) + "," + (p & 0xff) + ")");
                    }
                    case "LIST", "NLST" -> {
                        StringBuilder sb = new StringBuilder();
                        for (String n : names) {
                            sb.append(verb.equals("NLST") ? n : "-rw-r--r--   1 owner    group        10000 Jan 01 12:00 " + n)
                                    .append("\r\n");
                        }
                        transfer(out, passive, sb.toString().getBytes(StandardCharsets.UTF_8));
                        passive = close(passive);
                    }
                    case "RETR" -> {
                        if (!retr(out, passive)) {
                            return;
                        }
                        passive = close(passive);
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Not implemented");
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client went away; the session ends
        } finally {
            close(passive);
        }
    }

    /** Serves RETR per the mode; false when the control connection is to end. */
    private boolean retr(OutputStream out, ServerSocket passive) throws IOException {
        if (passive == null) {
            reply(out, "425 Use PASV first");
            return true;
        }
        reply(out, "150 Opening BINARY mode data connection");
        try (Socket data = passive.accept()) {
            switch (mode) {
                case CLOSE_421_MID_TRANSFER -> {
                    data.getOutputStream().write(FILE, 0, FILE.length / 2);
                    data.getOutputStream().flush();
                    reply(out, "421 Service not available, closing control connection");
                    return false;
                }
                case DATA_DIES_MID_FILE -> {
                    data.getOutputStream().write(FILE, 0, FILE.length / 2);
                    data.getOutputStream().flush();
                    data.setSoLinger(true, 0);
                    data.close();
                    reply(out, "426 Connection closed; transfer aborted");
                    return true;
                }
                default -> data.getOutputStream().write(FILE);
            }
        }
        reply(out, "226 Transfer complete");
        return true;
    }

    private static void transfer(OutputStream out, ServerSocket passive, byte[] bytes) throws IOException {
        if (passive == null) {
            reply(out, "425 Use PASV first");
            return;
        }
        reply(out, "150 Here comes the listing");
        try (Socket data = passive.accept()) {
            data.getOutputStream().write(bytes);
        }
        reply(out, "226 Transfer complete");
    }

    private static ServerSocket listen(ServerSocket old) throws IOException {
        close(old);
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        s.setSoTimeout(10_000);
        return s;
    }

    private static ServerSocket close(ServerSocket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing what we own
            }
        }
        return null;
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        control.close();
        synchronized (sockets) {
            for (Socket s : sockets) {
                s.close();
            }
        }
        for (Thread t : new ArrayList<>(threads)) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

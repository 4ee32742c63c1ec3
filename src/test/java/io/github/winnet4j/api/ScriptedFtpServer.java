package io.github.winnet4j.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A minimal FTP server on 127.0.0.1 that answers directory listings (LIST, NLST, MLSD) with names
 * the test chooses, however hostile, and records every command it receives. Logs anyone in;
 * RETR sends a few bytes. Each session is served on its own thread; every loop is bounded.
 */
final class ScriptedFtpServer implements AutoCloseable {
    private static final int MAX_COMMANDS = 500;

    private final ServerSocket control;
    private final List<String> names;
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    private final List<Socket> clients = Collections.synchronizedList(new ArrayList<>());
    private final Thread acceptor;
    private volatile boolean closed;

    ScriptedFtpServer(List<String> names) throws IOException {
        this.names = List.copyOf(names);
        this.control = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        this.acceptor = new Thread(this::acceptLoop, "scripted-ftp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return control.getLocalPort();
    }

    /** The commands received so far, as sent (PASS included: the tests use throwaway passwords). */
    List<String> commands() {
        synchronized (commands) {
            return new ArrayList<>(commands);
        }
    }

    private void acceptLoop() {
        for (int i = 0; i < 100 && !closed; i++) {
            try {
                Socket s = control.accept();
                clients.add(s);
                Thread t = new Thread(() -> serve(s), "scripted-ftp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(30_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            reply(out, "220 scripted server");
            ServerSocket passive = null;
            InetSocketAddress active = null;
            for (int i = 0; i < MAX_COMMANDS; i++) {
                String line = in.readLine();
                if (line == null) {
                    return;
                }
                commands.add(line);
                int space = line.indexOf(' ');
                String verb = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
                String arg = space < 0 ? "" : line.substring(space + 1);
                switch (verb) {
                    case "USER" -> reply(out, "331 Password required");
                    case "PASS" -> reply(out, "230 Logged in");
                    case "SYST" -> reply(out, "215 UNIX Type: L8");
                    case "PWD", "XPWD" -> reply(out, "257 \"/\" is the current directory");
                    case "CWD", "CDUP" -> reply(out, "250 Directory changed");
                    case "TYPE", "MODE", "STRU", "OPTS" -> reply(out, "200 OK");
                    case "NOOP" -> reply(out, "200 NOOP ok");
                    case "PASV" -> {
                        passive = newPassive(passive);
                        int p = passive.getLocalPort();
                        reply(out, "227 Entering Passive Mode (127,0,0,1," + (p >> 8) + "," + (p & 0xff) + ")");
                    }
                    case "EPSV" -> {
                        passive = newPassive(passive);
                        reply(out, "229 Entering Extended Passive Mode (|||" + passive.getLocalPort() + "|)");
                    }
                    case "PORT" -> {
                        String[] f = arg.split(",");
                        active = new InetSocketAddress(f[0] + "." + f[1] + "." + f[2] + "." + f[3],
                                Integer.parseInt(f[4].trim()) * 256 + Integer.parseInt(f[5].trim()));
                        reply(out, "200 PORT ok");
                    }
                    case "LIST", "NLST", "MLSD" -> {
                        StringBuilder sb = new StringBuilder();
                        for (String n : names) {
                            sb.append(switch (verb) {
                                case "NLST" -> n;
                                case "MLSD" -> "type=file;size=8;modify=20240101120000; " + n;
                                default -> "-rw-r--r--   1 owner    group           8 Jan 01 12:00 " + n;
                            }).append("\r\n");
                        }
                        sendData(out, passive, active, sb.toString().getBytes(StandardCharsets.UTF_8));
                        passive = closeQuietly(passive);
                        active = null;
                    }
                    case "RETR" -> {
                        sendData(out, passive, active, "hostile!".getBytes(StandardCharsets.UTF_8));
                        passive = closeQuietly(passive);
                        active = null;
                    }
                    case "SIZE" -> reply(out, "213 8");
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Not implemented");
                }
            }
        } catch (IOException | RuntimeException e) {
            // The client went away or sent nonsense; the session ends.
        }
    }

    private static ServerSocket newPassive(ServerSocket old) throws IOException {
        closeQuietly(old);
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        s.setSoTimeout(30_000);
        return s;
    }

    private static void sendData(OutputStream out, ServerSocket passive, InetSocketAddress active, byte[] data)
            throws IOException {
        if (passive == null && active == null) {
            reply(out, "425 Use PORT or PASV first");
            return;
        }
        reply(out, "150 Opening data connection");
        try (Socket d = passive != null ? passive.accept() : new Socket(active.getAddress(), active.getPort())) {
            d.getOutputStream().write(data);
        }
        reply(out, "226 Transfer complete");
    }

    private static ServerSocket closeQuietly(ServerSocket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing a listener we own
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
        closed = true;
        control.close();
        synchronized (clients) {
            for (Socket s : clients) {
                s.close();
            }
        }
    }
}

package io.github.winnet4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code winnet demo}: a newcomer's tour, offline. Starts a loopback HTTP server and runs real
 * {@code winnet} command lines against it (a request, redirects, an upload, a download to a file,
 * failures with their mapped exit codes), printing each command before its output.
 * {@code --serve PORT} keeps the server up for trying the README's examples by hand.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start a loopback HTTP server and walk through winnet's commands against it: a request,"
                + " an upload, a download, a redirect, failures and their exit codes.",
            "With --serve PORT, only run the server (until interrupted) for trying commands by hand."})
final class DemoCommand implements Callable<Integer>, UsesIo {
    @Mixin
    BackendOption backend;

    @Option(names = "--serve", paramLabel = "PORT",
            description = "Run the demo server on 127.0.0.1:PORT until interrupted; run no steps.")
    Integer serve;

    private Io io;

    @Override
    public void io(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        if (serve != null) {
            return serve(serve);
        }
        PrintStream out = io.out();
        Path dir = Files.createTempDirectory("winnet-demo");
        try (DemoServer server = DemoServer.start(0)) {
            String b = "--backend=" + backend.name;
            out.println("winnet demo: a loopback HTTP server is listening on 127.0.0.1:" + server.port() + ".");
            out.println("Backend: " + backend.backend().name() + " (choose with --backend native|java).");
            out.println("Each step is a real winnet command line; its output follows.");

            step("1. A GET: -i writes the status line and headers before the body.",
                    "get", "-i", server.url("/hello"), b);
            step("2. Redirects are not followed unless asked (-L); -v shows each request and response on stderr.",
                    "get", "-L", "-v", server.url("/redirect"), b);
            Path upload = dir.resolve("upload.bin");
            Files.write(upload, new byte[1 << 20]);
            step("3. An upload: -d @FILE streams the file with its length declared up front (HttpSendRequestEx).",
                    "put", "-d", "@" + upload, server.url("/upload"), b);
            Path download = dir.resolve("big.bin");
            step("4. A download to a file: -o writes FILE only once the whole body has arrived.",
                    "get", "-o", download.toString(), server.url("/big"), b);
            out.println("   " + download.getFileName() + ": " + Files.size(download) + " bytes");
            step("5. -f turns HTTP 400 and above into exit code 22 and writes no body.",
                    "get", "-f", server.url("/missing"), b);
            step("6. Nothing listens on this port: WinINet's error is mapped to an exit code (7: cannot connect).",
                    "get", "http://127.0.0.1:" + closedPort() + "/", b);
            step("7. --max-time cancels a transfer by closing its handle from another thread (exit 28).",
                    "get", "--max-time", "1", server.url("/slow"), b);
            step("8. Windows' URL functions: the password is hidden unless --show-password.",
                    "url", "crack", "https://alice:s3cret@example.test:8443/a/b?q=1#top", b);
        } finally {
            deleteTree(dir);
        }
        out.println();
        out.println("Done. Next: ./winnet --help, ./winnet get --help, and README.md (\"Command line\").");
        return ExitCodes.OK;
    }

    private void step(String title, String... args) {
        io.out().println();
        io.out().println(title);
        io.out().println("$ winnet " + String.join(" ", quoted(args)));
        io.out().flush();
        // The step writes its own diagnostics to stderr; show them in the tour's flow.
        Io stepIo = new Io(io.out(), io.out(), Terminal.none());
        int code = Winnet.run(stepIo, args);
        io.out().println("[exit code " + code + "]");
    }

    private static List<String> quoted(String[] args) {
        List<String> list = new ArrayList<>();
        for (String a : args) {
            if (!a.startsWith("--backend=")) {
                list.add(a.matches("[\\w@%+=:,./?#-]+") && !a.contains("?") ? a : "'" + a + "'");
            }
        }
        return list;
    }

    private Integer serve(int port) throws IOException, InterruptedException {
        try (DemoServer server = DemoServer.start(port)) {
            io.out().println("winnet demo server on " + server.url("/") + " (Ctrl-C stops it):"
                    + " /hello /upload /redirect /missing /big /slow");
            io.out().flush();
            Thread.currentThread().join();
        }
        return ExitCodes.OK;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

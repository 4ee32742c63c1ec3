package io.github.winnet4j.bench;

import io.github.winnet4j.api.FtpSession;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.TransferType;
import io.github.winnet4j.backends.Backend;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The three FTP clients of issue 7: curl, Commons Net used directly, and winnet4j's java backend
 * through {@link FtpSession}. All log in anonymously in passive mode and transfer in binary.
 */
final class FtpClients implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final Options options;
    private final InternetSession session;

    FtpClients(Options options, Backend backend) throws Exception {
        this.options = options;
        session = InternetSession.builder().backend(backend).direct().timeouts(TIMEOUT).open();
    }

    List<Client> download(String remote, long length) {
        String url = options.ftpBase() + "/" + remote;
        return List.of(
                new Client("curl", () -> Curl.run("-o", "/dev/null", url), false),
                new Client("Commons Net", () -> commonsNet(c -> {
                    try (InputStream in = c.retrieveFileStream(remote)) {
                        require(in != null, c);
                        Streams.drain(in, length);
                    }
                }), true),
                new Client("winnet4j FtpSession (java)", () -> winnet4j(s -> {
                    try (InputStream in = s.openRead(remote, TransferType.BINARY)) {
                        Streams.drain(in, length);
                    }
                }), true));
    }

    List<Client> upload(long length, Path file) {
        return List.of(
                new Client("curl", () -> {
                    Curl.run("-T", file.toString(), options.ftpBase() + "/pub/up-curl.bin");
                    removeUploaded("up-curl.bin", length);
                }, false),
                new Client("Commons Net", () -> {
                    commonsNet(c -> {
                        try (OutputStream out = c.storeFileStream("pub/up-commons.bin")) {
                            require(out != null, c);
                            Streams.fill(out, length);
                        }
                    });
                    removeUploaded("up-commons.bin", length);
                }, true),
                new Client("winnet4j FtpSession (java)", () -> {
                    winnet4j(s -> {
                        try (OutputStream out = s.openWrite("pub/up-winnet4j.bin", TransferType.BINARY)) {
                            Streams.fill(out, length);
                        }
                    });
                    removeUploaded("up-winnet4j.bin", length);
                }, true));
    }

    /** Checks the server stored every byte, then frees the disk for the next repetition. */
    private void removeUploaded(String name, long length) throws IOException {
        Path stored = options.ftpRoot().resolve("pub").resolve(name);
        long size = Files.size(stored);
        Files.delete(stored);
        if (size != length) {
            throw new IOException(stored + " holds " + size + " bytes, expected " + length);
        }
    }

    private interface FtpWork<C> {
        void run(C client) throws Exception;
    }

    private void commonsNet(FtpWork<FTPClient> work) throws Exception {
        FTPClient c = new FTPClient();
        c.setConnectTimeout((int) TIMEOUT.toMillis());
        c.setDefaultTimeout((int) TIMEOUT.toMillis());
        c.connect("127.0.0.1", options.ftpPort());
        try {
            c.setSoTimeout((int) TIMEOUT.toMillis());
            require(c.login("anonymous", "bench@127.0.0.1"), c);
            c.enterLocalPassiveMode();
            require(c.setFileType(FTP.BINARY_FILE_TYPE), c);
            work.run(c);
            require(c.completePendingCommand(), c);
            c.logout();
        } finally {
            c.disconnect();
        }
    }

    private void winnet4j(FtpWork<FtpSession> work) throws Exception {
        try (FtpSession s = session.ftp("127.0.0.1").port(options.ftpPort()).passive(true).open()) {
            work.run(s);
        }
    }

    private static void require(boolean ok, FTPClient c) throws IOException {
        if (!ok) {
            throw new IOException("FTP: " + c.getReplyString().strip());
        }
    }

    @Override
    public void close() throws Exception {
        session.close();
    }
}

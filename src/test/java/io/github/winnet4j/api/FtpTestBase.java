package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.FtpLoopback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** An FTP server on 127.0.0.1 per test, with its home directory and a local scratch directory. */
abstract class FtpTestBase {
    @TempDir
    Path temp;
    FtpLoopback server;
    Path home;
    Path local;

    @BeforeEach
    void startServer() throws Exception {
        home = temp.resolve("home");
        local = java.nio.file.Files.createDirectories(temp.resolve("local"));
        server = FtpLoopback.start(home);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    static InternetSession session(Backend backend) throws WinInetException {
        return InternetSession.builder().backend(backend).direct().agent("winnet4j-test").open();
    }

    /** A session logged in as the named user. */
    FtpSession login(InternetSession s) throws WinInetException {
        return s.ftp(FtpLoopback.HOST).port(server.port).user(FtpLoopback.USER)
                .password(FtpLoopback.PASSWORD.toCharArray()).open();
    }
}

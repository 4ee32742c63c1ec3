package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.WinInetErrors;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.FtpLoopback;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

/** Logging in: anonymous, named, blank password, wrong password, refused combinations. */
class FtpLoginTest extends FtpTestBase {

    @AllBackends
    void anonymousLoginWhenNeitherUserNorPasswordIsGiven(Backend backend) throws Exception {
        try (InternetSession s = session(backend);
             FtpSession ftp = s.connectFtp(FtpLoopback.HOST, server.port)) {
            assertEquals("/", ftp.currentDirectory());
            assertTrue(ftp.toString().contains("ftp://127.0.0.1:" + server.port), ftp.toString());
        }
    }

    @AllBackends
    void namedLogin(Backend backend) throws Exception {
        try (InternetSession s = session(backend);
             FtpSession ftp = login(s)) {
            assertEquals("/", ftp.currentDirectory());
        }
    }

    @AllBackends
    void userWithoutPasswordSendsABlankPassword(Backend backend) throws Exception {
        try (InternetSession s = session(backend);
             FtpSession ftp = s.ftp(FtpLoopback.HOST).port(server.port).user(FtpLoopback.BLANK_USER).open()) {
            assertEquals("/", ftp.currentDirectory());
        }
    }

    @AllBackends
    void wrongPasswordIsALoginFailure(Backend backend) throws Exception {
        try (InternetSession s = session(backend)) {
            WinInetException e = assertThrows(WinInetException.class, () -> s.ftp(FtpLoopback.HOST)
                    .port(server.port).user(FtpLoopback.USER).password("wrong".toCharArray()).open());
            assertEquals(WinInetErrors.ERROR_INTERNET_LOGIN_FAILURE, e.errorCode(), e.getMessage());
            assertEquals(ErrorCategory.LOGIN, e.category());
            assertEquals("InternetConnectW", e.call());
        }
    }

    @AllBackends
    void passwordWithoutUserIsRefusedBeforeAnyTraffic(Backend backend) throws Exception {
        try (InternetSession s = session(backend)) {
            char[] pw = "x".toCharArray();
            FtpSessionBuilder b = s.ftp(FtpLoopback.HOST).port(server.port).password(pw);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::open);
            assertTrue(e.getMessage().contains("without a user"), e.getMessage());
            assertArrayEquals("x".toCharArray(), pw, "the caller's array is the caller's to wipe");
        }
    }

    @AllBackends
    void passwordArrayIsCopiedNotKept(Backend backend) throws Exception {
        char[] pw = FtpLoopback.PASSWORD.toCharArray();
        try (InternetSession s = session(backend)) {
            FtpSessionBuilder b = s.ftp(FtpLoopback.HOST).port(server.port).user(FtpLoopback.USER).password(pw);
            Arrays.fill(pw, 'z'); // the builder holds its own copy
            try (FtpSession ftp = b.open()) {
                assertEquals("/", ftp.currentDirectory());
            }
        }
    }

    @AllBackends
    void activeModeWorksToo(Backend backend) throws Exception {
        java.nio.file.Files.writeString(home.resolve("a.txt"), "active");
        try (InternetSession s = session(backend);
             FtpSession ftp = s.ftp(FtpLoopback.HOST).port(server.port).passive(false).open();
             java.io.InputStream in = ftp.openRead("a.txt", TransferType.BINARY)) {
            assertEquals("active", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @AllBackends
    void closingTheInternetSessionClosesTheFtpSession(Backend backend) throws Exception {
        InternetSession s = session(backend);
        FtpSession ftp = s.connectFtp(FtpLoopback.HOST, server.port);
        s.close();
        assertTrue(ftp.isClosed());
        assertThrows(IllegalStateException.class, ftp::currentDirectory);
    }
}

package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinInet;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static io.github.winnet4j.backends.java.RawCalls.dword;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTTPS: the JDK's trust, WinINet's certificate error codes, and per-request leniency. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class JavaWinInetTlsTest {
    private static final long DAY = TimeUnit.DAYS.toMillis(1);

    private final RawCalls raw = new RawCalls();
    private final WinInet w = raw.w;
    private MockWebServer server;
    private HINTERNET session;

    private HINTERNET serve(HeldCertificate certificate, int responses) throws IOException {
        server = new MockWebServer();
        HandshakeCertificates handshake = new HandshakeCertificates.Builder().heldCertificate(certificate).build();
        server.useHttps(handshake.sslSocketFactory(), false);
        for (int i = 0; i < responses; i++) {
            server.enqueue(new MockResponse().setBody("secret"));
        }
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        session = raw.session();
        return raw.connect(session, "127.0.0.1", server.getPort());
    }

    @AfterEach
    void stop() throws IOException {
        if (session != null) {
            w.InternetCloseHandle(session);
        }
        if (server != null) {
            server.shutdown();
        }
    }

    @Test
    void selfSignedIsRefusedThenAcceptedWithSecurityFlagsForThatRequestOnly() throws IOException {
        HINTERNET connection = serve(new HeldCertificate.Builder().addSubjectAlternativeName("127.0.0.1").build(), 2);
        HINTERNET refused = raw.request(connection, "GET", "/", WinInet.INTERNET_FLAG_SECURE);
        assertEquals(WinInet.ERROR_INTERNET_INVALID_CA, raw.sendFails(refused));

        HINTERNET lenient = raw.request(connection, "GET", "/", WinInet.INTERNET_FLAG_SECURE);
        assertTrue(w.InternetSetOptionW(lenient, WinInet.INTERNET_OPTION_SECURITY_FLAGS,
                dword(WinInet.SECURITY_FLAG_IGNORE_UNKNOWN_CA), 4));
        raw.send(lenient);
        assertEquals("secret", new String(raw.readAll(lenient), StandardCharsets.UTF_8));

        HINTERNET again = raw.request(connection, "GET", "/", WinInet.INTERNET_FLAG_SECURE);
        assertEquals(WinInet.ERROR_INTERNET_INVALID_CA, raw.sendFails(again), "leniency does not stick");
    }

    @Test
    void expiredCertificateIsDateInvalid() throws IOException {
        long now = System.currentTimeMillis();
        HINTERNET connection = serve(new HeldCertificate.Builder().addSubjectAlternativeName("127.0.0.1")
                .validityInterval(now - 10 * DAY, now - DAY).build(), 1);
        HINTERNET request = raw.request(connection, "GET", "/", WinInet.INTERNET_FLAG_SECURE);
        assertTrue(w.InternetSetOptionW(request, WinInet.INTERNET_OPTION_SECURITY_FLAGS,
                dword(WinInet.SECURITY_FLAG_IGNORE_UNKNOWN_CA), 4));
        assertEquals(WinInet.ERROR_INTERNET_SEC_CERT_DATE_INVALID, raw.sendFails(request));

        HINTERNET lenient = raw.request(connection, "GET", "/", WinInet.INTERNET_FLAG_SECURE
                | WinInet.INTERNET_FLAG_IGNORE_CERT_DATE_INVALID);
        assertTrue(w.InternetSetOptionW(lenient, WinInet.INTERNET_OPTION_SECURITY_FLAGS,
                dword(WinInet.SECURITY_FLAG_IGNORE_UNKNOWN_CA), 4));
        raw.send(lenient);
        assertEquals("200", raw.query(lenient, WinInet.HTTP_QUERY_STATUS_CODE));
    }

    @Test
    void wrongHostNameIsCnInvalid() throws IOException {
        HINTERNET connection = serve(new HeldCertificate.Builder().addSubjectAlternativeName("other.example").build(), 1);
        HINTERNET request = raw.request(connection, "GET", "/", WinInet.INTERNET_FLAG_SECURE);
        assertTrue(w.InternetSetOptionW(request, WinInet.INTERNET_OPTION_SECURITY_FLAGS,
                dword(WinInet.SECURITY_FLAG_IGNORE_UNKNOWN_CA), 4));
        assertEquals(WinInet.ERROR_INTERNET_SEC_CERT_CN_INVALID, raw.sendFails(request));

        HINTERNET lenient = raw.request(connection, "GET", "/", WinInet.INTERNET_FLAG_SECURE
                | WinInet.INTERNET_FLAG_IGNORE_CERT_CN_INVALID);
        assertTrue(w.InternetSetOptionW(lenient, WinInet.INTERNET_OPTION_SECURITY_FLAGS,
                dword(WinInet.SECURITY_FLAG_IGNORE_UNKNOWN_CA), 4));
        raw.send(lenient);
        assertEquals("secret", new String(raw.readAll(lenient), StandardCharsets.UTF_8));
    }
}

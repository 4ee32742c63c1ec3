package io.github.winnet4j.hardening;

import io.github.winnet4j.api.CertificateLeniency;
import io.github.winnet4j.api.HttpConnection;
import io.github.winnet4j.api.HttpRequest;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.winhttp.WinHttpCertificateLeniency;
import io.github.winnet4j.api.winhttp.WinHttpConnection;
import io.github.winnet4j.api.winhttp.WinHttpRequest;
import io.github.winnet4j.api.winhttp.WinHttpSession;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.tls.HeldCertificate;

import static io.github.winnet4j.api.CertificateLeniency.EXPIRED;
import static io.github.winnet4j.api.CertificateLeniency.UNKNOWN_CA;
import static io.github.winnet4j.api.CertificateLeniency.WRONG_NAME;
import static io.github.winnet4j.raw.WinInetErrors.*;
import static io.github.winnet4j.raw.WinHttpErrors.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Bad certificates: refused by default, accepted only by the request that opts in, and the opt-in
 * does not stick to a later strict request or session.
 */
class HostileTlsTest {

    /**
     * Strict: refused as an unknown CA (the first check). Lenient on all but {@code reason}:
     * refused for that reason. Lenient on everything the certificate breaks: accepted. A later
     * strict request in a new session, and one lenient only on the CA: refused as before.
     */
    private static void wininet(Backend backend, HeldCertificate cert, int code, String name,
                                CertificateLeniency reason) throws Throwable {
        try (MockWebServer server = Loopback.https(cert)) {
            for (int i = 0; i < 3; i++) {
                server.enqueue(new MockResponse().setBody("secret"));
            }
            try (InternetSession s = HostileHttpTest.session(backend);
                 HttpConnection c = s.connectSecure(Loopback.HOST, server.getPort())) {
                try (HttpRequest strict = c.openRequest("GET", "/")) {
                    strictRefusal(backend, cert, strict);
                }
                if (reason != null) {
                    try (HttpRequest partly = c.request("GET", "/").allowInsecure(UNKNOWN_CA).open()) {
                        HostileHttpTest.fails(code, name, partly::send);
                    }
                }
                CertificateLeniency[] all = reason == null ? new CertificateLeniency[] {UNKNOWN_CA}
                        : new CertificateLeniency[] {UNKNOWN_CA, reason};
                try (HttpRequest lenient = c.request("GET", "/").allowInsecure(all).open()) {
                    lenient.send();
                    assertEquals("secret", new String(lenient.body().readAllBytes()));
                }
            }
            try (InternetSession later = HostileHttpTest.session(backend);
                 HttpConnection c = later.connectSecure(Loopback.HOST, server.getPort())) {
                try (HttpRequest strict = c.openRequest("GET", "/")) {
                    strictRefusal(backend, cert, strict);
                }
                if (reason != null) {
                    try (HttpRequest partly = c.request("GET", "/").allowInsecure(UNKNOWN_CA).open()) {
                        HostileHttpTest.fails(code, name, partly::send);
                    }
                }
            }
            assertEquals(1, server.getRequestCount(), "only the opted-in request may reach the server");
        }
    }

    /**
     * A strict request's refusal: the first failed check. The java engine checks the CA first; wininet.dll
     * (observed under Wine 8.0) reports an expired certificate's date before its unknown CA.
     */
    private static void strictRefusal(Backend backend, HeldCertificate cert, HttpRequest strict) {
        boolean expired = cert.certificate().getNotAfter().getTime() < System.currentTimeMillis();
        if (expired && !HostileHttpTest.isJava(backend)) {
            HostileHttpTest.fails(ERROR_INTERNET_SEC_CERT_DATE_INVALID, "ERROR_INTERNET_SEC_CERT_DATE_INVALID", strict::send);
        } else {
            HostileHttpTest.fails(ERROR_INTERNET_INVALID_CA, "ERROR_INTERNET_INVALID_CA", strict::send);
        }
    }

    /** As {@link #wininet}; WinHTTP reports every certificate refusal as ERROR_WINHTTP_SECURE_FAILURE. */
    private static void winhttp(Backend backend, HeldCertificate cert, WinHttpCertificateLeniency reason)
            throws Throwable {
        int code = ERROR_WINHTTP_SECURE_FAILURE;
        String name = "ERROR_WINHTTP_SECURE_FAILURE";
        WinHttpCertificateLeniency ca = WinHttpCertificateLeniency.UNKNOWN_CA;
        try (MockWebServer server = Loopback.https(cert)) {
            for (int i = 0; i < 3; i++) {
                server.enqueue(new MockResponse().setBody("secret"));
            }
            try (WinHttpSession s = HostileWinHttpTest.session(backend);
                 WinHttpConnection c = s.connect(Loopback.HOST, server.getPort(), true)) {
                try (WinHttpRequest strict = c.request("GET", "/").open()) {
                    HostileWinHttpTest.fails(code, name, () -> HostileWinHttpTest.sendReceive(strict));
                }
                if (reason != null) {
                    try (WinHttpRequest partly = c.request("GET", "/").allowInsecure(ca).open()) {
                        HostileWinHttpTest.fails(code, name, () -> HostileWinHttpTest.sendReceive(partly));
                    }
                }
                WinHttpCertificateLeniency[] all = reason == null ? new WinHttpCertificateLeniency[] {ca}
                        : new WinHttpCertificateLeniency[] {ca, reason};
                try (WinHttpRequest lenient = c.request("GET", "/").allowInsecure(all).open()) {
                    HostileWinHttpTest.sendReceive(lenient);
                    assertEquals("secret", new String(lenient.body().readAllBytes()));
                }
            }
            try (WinHttpSession later = HostileWinHttpTest.session(backend);
                 WinHttpConnection c = later.connect(Loopback.HOST, server.getPort(), true)) {
                try (WinHttpRequest strict = c.request("GET", "/").open()) {
                    HostileWinHttpTest.fails(code, name, () -> HostileWinHttpTest.sendReceive(strict));
                }
                if (reason != null) {
                    try (WinHttpRequest partly = c.request("GET", "/").allowInsecure(ca).open()) {
                        HostileWinHttpTest.fails(code, name, () -> HostileWinHttpTest.sendReceive(partly));
                    }
                }
            }
        }
    }

    @AllBackends
    void unknownCaWinInet(Backend backend) throws Throwable {
        wininet(backend, HostileCertificates.unknownCa(), 0, null, null);
    }

    @AllBackends
    void expiredWinInet(Backend backend) throws Throwable {
        wininet(backend, HostileCertificates.expired(), ERROR_INTERNET_SEC_CERT_DATE_INVALID,
                "ERROR_INTERNET_SEC_CERT_DATE_INVALID", EXPIRED);
    }

    @AllBackends
    void wrongNameWinInet(Backend backend) throws Throwable {
        wininet(backend, HostileCertificates.wrongName(), ERROR_INTERNET_SEC_CERT_CN_INVALID,
                "ERROR_INTERNET_SEC_CERT_CN_INVALID", WRONG_NAME);
    }

    @AllBackends
    void unknownCaWinHttp(Backend backend) throws Throwable {
        winhttp(backend, HostileCertificates.unknownCa(), null);
    }

    @AllBackends
    void expiredWinHttp(Backend backend) throws Throwable {
        winhttp(backend, HostileCertificates.expired(), WinHttpCertificateLeniency.EXPIRED);
    }

    @AllBackends
    void wrongNameWinHttp(Backend backend) throws Throwable {
        winhttp(backend, HostileCertificates.wrongName(), WinHttpCertificateLeniency.WRONG_NAME);
    }
}

package io.github.winnet4j.backends.java.winhttp;

import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import io.github.winnet4j.backends.java.JavaLastError;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WINHTTP_STATUS_CALLBACK;
import io.github.winnet4j.raw.WinHttp;
import io.github.winnet4j.testing.Loopback;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HTTPS on the java WinHTTP: ERROR_WINHTTP_SECURE_FAILURE with the reason in the callback, leniency per request. */
class JavaWinHttpTlsTest {
    private final RawWinHttp raw = new RawWinHttp();

    private int secureFailure(MockWebServer server, String host, int securityFlags, AtomicInteger flags) {
        WINHTTP_STATUS_CALLBACK callback = (h, context, status, info, length) -> {
            if (status == WinHttp.WINHTTP_CALLBACK_STATUS_SECURE_FAILURE) {
                flags.set(info.getInt(0));
            }
        };
        HINTERNET s = raw.session();
        raw.w.WinHttpSetStatusCallback(s, callback, WinHttp.WINHTTP_CALLBACK_FLAG_SECURE_FAILURE, new DWORD_PTR(0));
        HINTERNET c = raw.connect(s, host, server.getPort());
        HINTERNET r = raw.request(c, "GET", "/", WinHttp.WINHTTP_FLAG_SECURE);
        if (securityFlags != 0) {
            assertTrue(raw.w.WinHttpSetOption(r, WinHttp.WINHTTP_OPTION_SECURITY_FLAGS, RawWinHttp.dword(securityFlags), 4));
        }
        int result;
        if (raw.w.WinHttpSendRequest(r, null, 0, null, 0, 0, new DWORD_PTR(0)) && raw.w.WinHttpReceiveResponse(r, null)) {
            result = raw.status(r);
            raw.readAll(r);
        } else {
            result = -JavaLastError.get();
        }
        raw.close(r, c, s);
        return result;
    }

    @Test
    void untrustedCertificateIsASecureFailureWithTheInvalidCaFlag() throws Exception {
        MockWebServer server = Loopback.https();
        try {
            AtomicInteger flags = new AtomicInteger();
            assertEquals(-WinHttp.ERROR_WINHTTP_SECURE_FAILURE, secureFailure(server, Loopback.HOST, 0, flags));
            assertEquals(WinHttp.WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA, flags.get());
            server.enqueue(new MockResponse().setBody("trusted anyway"));
            assertEquals(200, secureFailure(server, Loopback.HOST, WinHttp.SECURITY_FLAG_IGNORE_UNKNOWN_CA,
                    new AtomicInteger()));
        } finally {
            server.shutdown();
        }
        assertEquals(0, raw.w.openHandles());
    }

    @Test
    void hostNameMismatchIsReportedAsCnInvalid() throws Exception {
        MockWebServer server = Loopback.https(Loopback.selfSigned("other.example", Duration.ofDays(1)));
        try {
            AtomicInteger flags = new AtomicInteger();
            assertEquals(-WinHttp.ERROR_WINHTTP_SECURE_FAILURE, secureFailure(server, Loopback.HOST,
                    WinHttp.SECURITY_FLAG_IGNORE_UNKNOWN_CA, flags));
            assertEquals(WinHttp.WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID, flags.get());
            server.enqueue(new MockResponse());
            assertEquals(200, secureFailure(server, Loopback.HOST, WinHttp.SECURITY_FLAG_IGNORE_UNKNOWN_CA
                    | WinHttp.SECURITY_FLAG_IGNORE_CERT_CN_INVALID, new AtomicInteger()));
        } finally {
            server.shutdown();
        }
    }

    private int withProtocols(MockWebServer server, int protocols) {
        HINTERNET s = raw.session();
        assertTrue(raw.w.WinHttpSetOption(s, WinHttp.WINHTTP_OPTION_SECURE_PROTOCOLS, RawWinHttp.dword(protocols), 4));
        HINTERNET c = raw.connect(s, Loopback.HOST, server.getPort());
        HINTERNET r = raw.request(c, "GET", "/", WinHttp.WINHTTP_FLAG_SECURE);
        assertTrue(raw.w.WinHttpSetOption(r, WinHttp.WINHTTP_OPTION_SECURITY_FLAGS,
                RawWinHttp.dword(WinHttp.SECURITY_FLAG_IGNORE_UNKNOWN_CA), 4));
        int result;
        if (raw.w.WinHttpSendRequest(r, null, 0, null, 0, 0, new DWORD_PTR(0)) && raw.w.WinHttpReceiveResponse(r, null)) {
            result = raw.status(r);
            raw.readAll(r);
        } else {
            result = -JavaLastError.get();
        }
        raw.close(r, c, s);
        return result;
    }

    @Test
    void secureProtocolsAreOfferedAsSet() throws Exception {
        HINTERNET s = raw.session();
        com.sun.jna.Memory value = new com.sun.jna.Memory(4);
        com.sun.jna.ptr.IntByReference length = new com.sun.jna.ptr.IntByReference(4);
        assertTrue(raw.w.WinHttpQueryOption(s, WinHttp.WINHTTP_OPTION_SECURE_PROTOCOLS, value, length));
        assertEquals(WinHttp.WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2 | WinHttp.WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3,
                value.getInt(0));
        assertFalse(raw.w.WinHttpSetOption(s, WinHttp.WINHTTP_OPTION_SECURE_PROTOCOLS, RawWinHttp.dword(1), 4));
        raw.close(s);
        MockWebServer server = Loopback.https();
        try {
            server.enqueue(new MockResponse().setBody("modern"));
            assertEquals(200, withProtocols(server, WinHttp.WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3));
            assertEquals("TLSv1.3", server.takeRequest().getHandshake().tlsVersion().javaName());
            assertEquals(-WinHttp.ERROR_WINHTTP_SECURE_CHANNEL_ERROR,
                    withProtocols(server, WinHttp.WINHTTP_FLAG_SECURE_PROTOCOL_SSL2));
        } finally {
            server.shutdown();
        }
    }

    @Test
    void securityFlagsOnlyApplyToRequests() {
        HINTERNET s = raw.session();
        assertFalse(raw.w.WinHttpSetOption(s, WinHttp.WINHTTP_OPTION_SECURITY_FLAGS,
                RawWinHttp.dword(WinHttp.SECURITY_FLAG_IGNORE_UNKNOWN_CA), 4));
        assertEquals(WinHttp.ERROR_WINHTTP_INCORRECT_HANDLE_TYPE, JavaLastError.get());
        raw.close(s);
    }
}

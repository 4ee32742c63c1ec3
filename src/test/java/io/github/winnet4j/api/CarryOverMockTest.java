package io.github.winnet4j.api;

import com.sun.jna.Pointer;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinInetErrors;
import io.github.winnet4j.testing.MockBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static io.github.winnet4j.raw.WinInetConstants.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

/**
 * What a DLL remembers across sessions, scripted: certificate acceptances handed to requests that
 * did not ask for them, and the process-wide credential cache. The wrappers' record of servers is
 * per backend, so each test, with its own mock, starts from an empty one.
 */
class CarryOverMockTest {
    private static final HINTERNET SESSION = HINTERNET.of(0x10);
    private static final HINTERNET CONNECT = HINTERNET.of(0x20);
    private static final HINTERNET REQUEST = HINTERNET.of(0x30);

    private MockBackend mock;
    /** The INTERNET_OPTION_SECURITY_FLAGS the scripted request reports before and after its send. */
    private volatile int flagsBefore;
    private volatile int flagsAfter;
    private volatile boolean sent;

    @BeforeEach
    void script() {
        mock = new MockBackend();
        when(mock.api.InternetOpenW(any(), anyInt(), any(), any(), anyInt())).thenReturn(SESSION);
        when(mock.api.InternetConnectW(any(), any(), anyShort(), any(), any(), anyInt(), anyInt(), any())).thenReturn(CONNECT);
        when(mock.api.HttpOpenRequestW(any(), any(), any(), any(), any(), any(), anyInt(), any())).thenReturn(REQUEST);
        when(mock.api.HttpSendRequestW(any(), any(), anyInt(), any(), anyInt())).thenAnswer(inv -> {
            sent = true;
            return true;
        });
        when(mock.api.InternetCloseHandle(any())).thenReturn(true);
        when(mock.api.HttpAddRequestHeadersW(any(), any(), anyInt(), anyInt())).thenReturn(true);
        when(mock.api.InternetSetOptionW(any(), anyInt(), any(), anyInt())).thenReturn(true);
        when(mock.api.InternetQueryOptionW(eq(REQUEST), eq(INTERNET_OPTION_SECURITY_FLAGS), any(), any())).thenAnswer(inv -> {
            Pointer buffer = inv.getArgument(2);
            buffer.setInt(0, sent ? flagsAfter : flagsBefore);
            return true;
        });
    }

    private InternetSession session() throws WinInetException {
        return InternetSession.builder().backend(mock).open();
    }

    @Test
    void aStrictRequestOpeningWithAnInheritedAcceptanceIsRefusedBeforeItIsSent() throws Exception {
        flagsBefore = SECURITY_FLAG_IGNORE_UNKNOWN_CA;
        try (InternetSession s = session();
             HttpRequest r = s.connectSecure("inherited-before.invalid", 443).openRequest("GET", "/")) {
            WinInetException e = assertThrows(WinInetException.class, r::send);
            assertEquals(WinInetErrors.ERROR_INTERNET_INVALID_CA, e.errorCode());
            assertEquals("HttpSendRequestW", e.call());
            assertTrue(e.getMessage().contains("before it was sent"), e.getMessage());
        }
        verify(mock.api, never()).HttpSendRequestW(any(), any(), anyInt(), any(), anyInt());
    }

    @Test
    void aStrictRequestHandedALenientConnectionIsRefusedAndItsResponseUnreadable() throws Exception {
        flagsAfter = SECURITY_FLAG_SECURE | SECURITY_FLAG_IGNORE_UNKNOWN_CA | SECURITY_FLAG_IGNORE_CERT_CN_INVALID;
        try (InternetSession s = session();
             HttpRequest r = s.connectSecure("inherited-after.invalid", 443).openRequest("GET", "/")) {
            WinInetException e = assertThrows(WinInetException.class, r::send);
            assertEquals(WinInetErrors.ERROR_INTERNET_INVALID_CA, e.errorCode());
            assertThrows(IllegalStateException.class, r::body);
            assertThrows(IllegalStateException.class, r::statusCode);
        }
    }

    @Test
    void theRefusalNamesTheFirstSkippedCheckInWinInetsOrder() throws Exception {
        flagsAfter = SECURITY_FLAG_IGNORE_CERT_CN_INVALID | SECURITY_FLAG_IGNORE_CERT_DATE_INVALID
                | SECURITY_FLAG_IGNORE_UNKNOWN_CA;
        try (InternetSession s = session();
             HttpConnection c = s.connectSecure("inherited-order.invalid", 443)) {
            try (HttpRequest strict = c.openRequest("GET", "/")) {
                assertEquals(WinInetErrors.ERROR_INTERNET_SEC_CERT_DATE_INVALID,
                        assertThrows(WinInetException.class, strict::send).errorCode());
            }
            sent = false;
            try (HttpRequest partly = c.request("GET", "/")
                    .allowInsecure(CertificateLeniency.UNKNOWN_CA, CertificateLeniency.EXPIRED).open()) {
                assertEquals(WinInetErrors.ERROR_INTERNET_SEC_CERT_CN_INVALID,
                        assertThrows(WinInetException.class, partly::send).errorCode());
            }
        }
    }

    @Test
    void aRequestThatAskedForEveryCheckItSkipsIsSent() throws Exception {
        flagsAfter = SECURITY_FLAG_SECURE | SECURITY_FLAG_IGNORE_UNKNOWN_CA | SECURITY_FLAG_IGNORE_CERT_CN_INVALID;
        try (InternetSession s = session();
             HttpRequest r = s.connectSecure("asked.invalid", 443).request("GET", "/")
                     .allowInsecure(CertificateLeniency.UNKNOWN_CA, CertificateLeniency.WRONG_NAME).open()) {
            r.send();
        }
        assertTrue(sent);
    }

    @Test
    void plainHttpIsNotChecked() throws Exception {
        flagsBefore = flagsAfter = SECURITY_FLAG_IGNORE_UNKNOWN_CA;
        try (InternetSession s = session(); HttpRequest r = s.connect("plain.invalid", 80).openRequest("GET", "/")) {
            r.send();
        }
        verify(mock.api, never()).InternetQueryOptionW(any(), eq(INTERNET_OPTION_SECURITY_FLAGS), any(), any());
    }

    @Test
    void aStricterRequestAfterALenientOneDropsPooledConnectionsFirst() throws Exception {
        try (InternetSession s = session(); HttpConnection c = s.connectSecure("pooled.invalid", 443)) {
            c.request("GET", "/").allowInsecure(CertificateLeniency.UNKNOWN_CA).open().close();
            verify(mock.api, never()).InternetSetOptionW(isNull(), eq(INTERNET_OPTION_SETTINGS_CHANGED), any(), anyInt());
            c.request("GET", "/").allowInsecure(CertificateLeniency.UNKNOWN_CA).open().close();
            verify(mock.api, never()).InternetSetOptionW(isNull(), eq(INTERNET_OPTION_SETTINGS_CHANGED), any(), anyInt());
            c.openRequest("GET", "/").close();
            verify(mock.api, times(1)).InternetSetOptionW(isNull(), eq(INTERNET_OPTION_SETTINGS_CHANGED), any(), anyInt());
        }
    }

    private int cacheClears() {
        return (int) mockingDetails(mock.api).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("InternetSetOptionW")
                        && i.getArgument(0) == null
                        && (int) i.getArgument(1) == INTERNET_OPTION_END_BROWSER_SESSION)
                .count();
    }

    @Test
    void aSessionWithoutCredentialsEmptiesTheCacheOnlyForAServerGivenCredentials() throws Exception {
        try (InternetSession s = session()) {
            try (HttpConnection other = s.connect("never-given.invalid", 80)) {
                other.openRequest("GET", "/").close();
            }
            assertEquals(0, cacheClears());
            try (HttpConnection given = s.connection("given.invalid").user("u").password("p".toCharArray()).open()) {
                given.openRequest("GET", "/").close();
            }
            assertEquals(0, cacheClears());
        }
        try (InternetSession later = session(); HttpConnection c = later.connect("given.invalid", 80)) {
            c.openRequest("GET", "/").close();
            assertEquals(1, cacheClears());
            c.openRequest("GET", "/").close();
            assertEquals(1, cacheClears(), "emptied once: nothing was given since");
        }
    }

    @Test
    void aSessionThatReusesCachedCredentialsLeavesTheCache() throws Exception {
        try (InternetSession s = session();
             HttpConnection given = s.connection("reused.invalid").user("u").password("p".toCharArray()).open()) {
            given.openRequest("GET", "/").close();
        }
        try (InternetSession later = InternetSession.builder().backend(mock).reuseCachedCredentials().open();
             HttpConnection c = later.connect("reused.invalid", 80)) {
            c.openRequest("GET", "/").close();
        }
        assertEquals(0, cacheClears());
    }

    @Test
    void aFailedCacheClearFailsTheRequest() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        when(mock.api.HttpOpenRequestW(any(), any(), any(), any(), any(), any(), anyInt(), any())).thenAnswer(inv -> {
            opened.incrementAndGet();
            return REQUEST;
        });
        when(mock.api.InternetSetOptionW(isNull(), eq(INTERNET_OPTION_END_BROWSER_SESSION), any(), anyInt()))
                .thenAnswer(inv -> {
                    mock.lastError.set(WinInetErrors.ERROR_INTERNET_INTERNAL_ERROR);
                    return false;
                });
        try (InternetSession s = session()) {
            s.connection("failing.invalid").user("u").password("p".toCharArray()).open().close();
            try (HttpConnection c = s.connect("failing.invalid", 80)) {
                WinInetException e = assertThrows(WinInetException.class, () -> c.openRequest("GET", "/"));
                assertEquals(WinInetErrors.ERROR_INTERNET_INTERNAL_ERROR, e.errorCode());
            }
        }
        assertEquals(0, opened.get());
    }

    @Test
    void urlCredentialsAreRecognised() {
        assertTrue(UrlCredentials.present("http://u:p@host/x"));
        assertTrue(UrlCredentials.present("https://u@host:8443"));
        assertFalse(UrlCredentials.present("http://host/path@x"));
        assertFalse(UrlCredentials.present("http://host?a=b@c"));
        assertFalse(UrlCredentials.present("no scheme@host"));
    }
}

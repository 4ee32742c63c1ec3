package io.github.winnet4j.api;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinInetErrors;
import io.github.winnet4j.testing.MockBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.winnet4j.raw.WinInetConstants.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

/**
 * The wrappers against a scripted raw interface: what a DLL can do that a loopback server cannot
 * provoke.
 */
class NativePathMockTest {
    private static final HINTERNET SESSION = HINTERNET.of(0x10);
    private static final HINTERNET CONNECT = HINTERNET.of(0x20);
    private static final HINTERNET REQUEST = HINTERNET.of(0x30);

    private MockBackend mock;

    @BeforeEach
    void script() {
        mock = new MockBackend();
        when(mock.api.InternetOpenW(any(), anyInt(), any(), any(), anyInt())).thenReturn(SESSION);
        when(mock.api.InternetConnectW(any(), any(), anyShort(), any(), any(), anyInt(), anyInt(), any())).thenReturn(CONNECT);
        when(mock.api.HttpOpenRequestW(any(), any(), any(), any(), any(), any(), anyInt(), any())).thenReturn(REQUEST);
        when(mock.api.HttpSendRequestW(any(), any(), anyInt(), any(), anyInt())).thenReturn(true);
        when(mock.api.InternetCloseHandle(any())).thenReturn(true);
    }

    private HttpRequest sentRequest(InternetSession s) throws Exception {
        HttpRequest r = s.connect("host", 80).openRequest("GET", "/");
        r.send();
        return r;
    }

    @Test
    void headerBufferGrowsToTheSizeTheDllAsksFor() throws Exception {
        String value = "x".repeat(1000);
        AtomicInteger calls = new AtomicInteger();
        when(mock.api.HttpQueryInfoW(eq(REQUEST), eq(HTTP_QUERY_CUSTOM), any(), any(), any())).thenAnswer(inv -> {
            Pointer buf = inv.getArgument(2);
            IntByReference len = inv.getArgument(3);
            calls.incrementAndGet();
            int need = (value.length() + 1) * 2;
            if (len.getValue() < need) {
                len.setValue(need);
                mock.lastError.set(122); // ERROR_INSUFFICIENT_BUFFER
                return false;
            }
            io.github.winnet4j.marshal.Utf16.write(buf, value);
            len.setValue(value.length() * 2);
            return true;
        });
        try (InternetSession s = InternetSession.builder().backend(mock).open()) {
            assertEquals(value, sentRequest(s).header("X-Long").orElseThrow());
        }
        assertEquals(2, calls.get());
    }

    @Test
    void aDllThatKeepsAskingForMoreIsCutOff() throws Exception {
        when(mock.api.HttpQueryInfoW(eq(REQUEST), eq(HTTP_QUERY_CUSTOM), any(), any(), any())).thenAnswer(inv -> {
            IntByReference len = inv.getArgument(3);
            len.setValue(len.getValue() * 4);
            mock.lastError.set(122);
            return false;
        });
        try (InternetSession s = InternetSession.builder().backend(mock).open()) {
            HttpRequest r = sentRequest(s);
            WinInetException e = assertThrows(WinInetException.class, () -> r.header("X"));
            assertEquals(122, e.errorCode());
        }
        verify(mock.api, atMost(io.github.winnet4j.marshal.BufferSize.MAX_ATTEMPTS))
                .HttpQueryInfoW(eq(REQUEST), eq(HTTP_QUERY_CUSTOM), any(), any(), any());
    }

    @Test
    void lastErrorIsReadOnceAndMessageLookupFailureFallsBack() throws Exception {
        when(mock.api.HttpSendRequestW(any(), any(), anyInt(), any(), anyInt())).thenAnswer(inv -> {
            mock.lastError.set(WinInetErrors.ERROR_INTERNET_TIMEOUT);
            return false;
        });
        mock.messages = code -> {
            throw new IllegalStateException("no message table");
        };
        try (InternetSession s = InternetSession.builder().backend(mock).open()) {
            HttpRequest r = s.connect("host", 80).openRequest("GET", "/");
            mock.lastErrorReads.set(0);
            WinInetException e = assertThrows(WinInetException.class, r::send);
            assertEquals(1, mock.lastErrorReads.get());
            assertEquals(12002, e.errorCode());
            assertEquals("ERROR_INTERNET_TIMEOUT", e.errorName());
            assertTrue(e.getMessage().contains("Unknown error (0x00002EE2)"), e.getMessage());
            assertEquals(ErrorCategory.TIMEOUT, e.category());
        }
    }

    @Test
    void extendedErrorCarriesTheServersText() throws Exception {
        when(mock.api.HttpSendRequestW(any(), any(), anyInt(), any(), anyInt())).thenAnswer(inv -> {
            mock.lastError.set(WinInetErrors.ERROR_INTERNET_EXTENDED_ERROR);
            return false;
        });
        String reply = "550 No such file";
        when(mock.api.InternetGetLastResponseInfoW(any(), any(), any())).thenAnswer(inv -> {
            IntByReference code = inv.getArgument(0);
            Pointer buf = inv.getArgument(1);
            IntByReference len = inv.getArgument(2);
            code.setValue(550);
            if (buf == null || len.getValue() <= reply.length()) {
                len.setValue(reply.length());
                mock.lastError.set(122);
                return false;
            }
            io.github.winnet4j.marshal.Utf16.write(buf, reply);
            len.setValue(reply.length());
            return true;
        });
        mock.messages = code -> Optional.of("An extended error was returned from the server.");
        try (InternetSession s = InternetSession.builder().backend(mock).open()) {
            HttpRequest r = s.connect("host", 80).openRequest("GET", "/");
            WinInetException e = assertThrows(WinInetException.class, r::send);
            assertEquals(reply, e.serverText());
            assertEquals(550, e.serverCode());
            assertEquals(ErrorCategory.SERVER_REPLY, e.category());
            assertTrue(e.getMessage().contains(reply), e.getMessage());
        }
    }

    @Test
    void aFailingCloseIsReportedButTheTreeIsClosedChildrenFirst() throws Exception {
        when(mock.api.InternetCloseHandle(CONNECT)).thenAnswer(inv -> {
            mock.lastError.set(6);
            return false;
        });
        InternetSession s = InternetSession.builder().backend(mock).open();
        HttpConnection c = s.connect("host", 80);
        HttpRequest r = c.openRequest("GET", "/");
        WinInetException e = assertThrows(WinInetException.class, s::close);
        assertEquals("InternetCloseHandle", e.call());
        assertEquals(6, e.errorCode());
        assertTrue(s.isClosed() && c.isClosed() && r.isClosed());
        InOrder order = inOrder(mock.api);
        order.verify(mock.api).InternetCloseHandle(REQUEST);
        order.verify(mock.api).InternetCloseHandle(CONNECT);
        order.verify(mock.api).InternetCloseHandle(SESSION);
        s.close();
        verify(mock.api, times(3)).InternetCloseHandle(any());
    }

    @Test
    void useAfterCloseMakesNoNativeCall() throws Exception {
        InternetSession s = InternetSession.builder().backend(mock).open();
        HttpRequest r = s.connect("host", 80).openRequest("GET", "/");
        r.close();
        clearInvocations(mock.api);
        assertThrows(IllegalStateException.class, r::send);
        assertThrows(IllegalStateException.class, () -> r.addHeader("A", "b"));
        assertThrows(IllegalStateException.class, r::statusCode);
        verifyNoInteractions(mock.api);
        s.close();
    }

    @Test
    void passwordReachesNativeCodeAsUtf16AndIsWipedAfterwards() throws Exception {
        Pointer[] seen = new Pointer[1];
        String[] atCall = new String[1];
        when(mock.api.InternetConnectW(any(), any(), anyShort(), any(), any(), anyInt(), anyInt(), any())).thenAnswer(inv -> {
            seen[0] = inv.getArgument(4);
            atCall[0] = io.github.winnet4j.marshal.Utf16.decode(seen[0]);
            return CONNECT;
        });
        char[] password = "s\u00e9cret".toCharArray();
        try (InternetSession s = InternetSession.builder().backend(mock).open();
             HttpConnection c = s.connection("host").user("u").password(password).open()) {
            assertEquals("s\u00e9cret", atCall[0]);
            assertEquals("", io.github.winnet4j.marshal.Utf16.decode(seen[0]));
            assertEquals("s\u00e9cret", new String(password), "the caller's array is theirs to wipe");
        }
    }
}

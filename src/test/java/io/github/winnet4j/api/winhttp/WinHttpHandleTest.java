package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.api.InternetHandle;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;

import static io.github.winnet4j.api.winhttp.WinHttpSupport.direct;
import static org.junit.jupiter.api.Assertions.*;

/** The WinHTTP handle tree and the checks made before anything reaches native code. */
class WinHttpHandleTest {

    @AllBackends
    void closingTheSessionClosesItsChildrenFirst(Backend backend) throws Exception {
        WinHttpSession session = direct(backend);
        WinHttpConnection c = session.connect(Loopback.HOST, 80, false);
        WinHttpRequest r = c.request("GET", "/").open();
        assertTrue(InternetHandle.openHandles().contains("WinHttpRequest(GET /)"));
        session.close();
        assertTrue(r.isClosed());
        assertTrue(c.isClosed());
        assertFalse(InternetHandle.openHandles().contains("WinHttpRequest(GET /)"));
        session.close(); // idempotent
        IllegalStateException e = assertThrows(IllegalStateException.class, r::send);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> c.request("GET", "/").open());
    }

    @AllBackends
    void badArgumentsAreRefusedBeforeNativeCode(Backend backend) throws Exception {
        try (WinHttpSession session = direct(backend);
             WinHttpConnection c = session.connect(Loopback.HOST, 80, false);
             WinHttpRequest r = c.request("GET", "/").open()) {
            assertThrows(IllegalArgumentException.class, () -> session.connect(Loopback.HOST, 65536, false));
            assertThrows(IllegalArgumentException.class, () -> session.connect("a\0b", 80, false));
            assertThrows(IllegalArgumentException.class, () -> session.connect("a/b", 80, false));
            assertThrows(IllegalArgumentException.class, () -> c.request("GET", "/a\r\nX: y"));
            assertThrows(IllegalArgumentException.class, () -> c.request("GE T", "/"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> r.addHeader("X-Evil", "a\r\nInjected: 1"));
            assertTrue(e.getMessage().contains("value"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> r.addHeader("Bad Name", "v"));
            assertThrows(IllegalStateException.class, r::statusCode);
            assertThrows(IllegalStateException.class, r::receive);
        }
        assertThrows(IllegalArgumentException.class, () -> ProxyAccess.named("p:1\n", null));
        assertThrows(IllegalArgumentException.class, () -> new Credentials("u\0", "p"));
        assertEquals("Credentials[user=u, password=***]", new Credentials("u", "secret").toString());
    }
}

package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.testing.AllBackends;
import io.github.winnet4j.testing.Loopback;
import io.github.winnet4j.testing.MockBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.verifyNoInteractions;

/** Bad input is refused before native code sees it, with a message naming the argument. */
class ArgumentValidationTest {

    private static void refused(String argument, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(argument), "message should name " + argument + ": " + e.getMessage());
    }

    @Test
    void nothingReachesNativeCodeForBadSessionSettings() {
        refused("agent", () -> InternetSession.builder().agent("a\nb"));
        refused("proxies", () -> InternetSession.builder().proxy("p:1\0", null));
        refused("bypass", () -> InternetSession.builder().proxy("p:1", "x\r\n"));
        refused("flags", () -> InternetSession.builder().flags(0x10000000));
        refused("connectTimeout", () -> InternetSession.builder().connectTimeout(java.time.Duration.ofSeconds(-1)));
    }

    @Test
    void badInputNeverCallsTheRawInterface() throws Exception {
        MockBackend mock = new MockBackend();
        InternetSessionBuilder builder = InternetSession.builder().backend(mock);
        refused("agent", () -> builder.agent("x\0y"));
        verifyNoInteractions(mock.api);
    }

    @AllBackends
    void connectionAndRequestArgumentsAreChecked(Backend backend) throws Exception {
        try (InternetSession s = InternetSession.builder().backend(backend).direct().open()) {
            refused("port", () -> s.connection("h").port(-1));
            refused("port", () -> s.connection("h").port(65536));
            refused("host", () -> s.connection("bad\0host"));
            refused("host", () -> s.connection("bad\r\nhost"));
            refused("password", () -> s.connection("h").password(new char[] {'a', 0}));
            refused("url", () -> s.openUrl("http://127.0.0.1/\r\nX: y"));
            refused("headers[0]", () -> s.openUrl("http://127.0.0.1/", "No colon here"));
            try (HttpConnection c = s.connect(Loopback.HOST, 1);
                 HttpRequest r = c.openRequest("GET", "/")) {
                refused("path", () -> c.openRequest("GET", "/a\r\nInjected: 1"));
                refused("path", () -> c.openRequest("GET", "/a\0b"));
                refused("path", () -> c.openRequest("GET", "/a\tb"));
                refused("verb", () -> c.openRequest("GE T", "/"));
                refused("version", () -> c.request("GET", "/").version("HTTP/1.1\r\n"));
                refused("name", () -> r.addHeader("X-Bad\r\nInjected", "v"));
                refused("name", () -> r.addHeader("X Bad", "v"));
                refused("value", () -> r.addHeader("X-Ok", "v\r\nInjected: 1"));
                refused("value", () -> r.setHeader("X-Ok", "v\nInjected: 1"));
                refused("value", () -> r.addHeader("X-Ok", "v\0w"));
                refused("length", () -> r.sendStreaming(-1));
                refused("length", () -> r.sendStreaming(1L << 32));
            }
        }
    }

    @AllBackends
    void useAfterCloseIsRefused(Backend backend) throws Exception {
        InternetSession s = InternetSession.builder().backend(backend).direct().open();
        HttpConnection c = s.connect(Loopback.HOST, 1);
        HttpRequest r = c.openRequest("GET", "/");
        s.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, r::send);
        assertTrue(e.getMessage().contains("is closed"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> c.openRequest("GET", "/"));
        assertThrows(IllegalStateException.class, () -> s.connect("h", 1));
        assertThrows(IllegalStateException.class, () -> r.addHeader("X", "y"));
    }
}

package io.github.winnet4j.integration;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Proxy strings of WinHTTP answers and manual settings. */
class ProxyListTest {
    private static Proxy http(String host, int port) {
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
    }

    @Test
    void pacAnswerKeepsOrderAndSkipsDirect() {
        assertEquals(List.of(http("a", 8080), http("b", 3128)), ProxyList.fromAnswer("a:8080; b:3128;DIRECT"));
        assertEquals(List.of(), ProxyList.fromAnswer(null));
        assertEquals(List.of(http("c", 80)), ProxyList.fromAnswer("http://c/"));
    }

    @Test
    void manualSettingPicksTheSchemesOwnEntry() {
        String setting = "http=a:80;https=b:443;socks=s:1080";
        assertEquals(List.of(http("a", 80)), ProxyList.forScheme(setting, "http"));
        assertEquals(List.of(http("b", 443)), ProxyList.forScheme(setting, "https"));
        assertEquals(List.of(http("b", 443)), ProxyList.forScheme(setting, "wss"));
        assertEquals(List.of(new Proxy(Proxy.Type.SOCKS, InetSocketAddress.createUnresolved("s", 1080))),
                ProxyList.forScheme("socks=s:1080", "http"));
        assertEquals(List.of(http("all", 8080)), ProxyList.forScheme("all:8080", "https"));
        assertEquals(List.of(), ProxyList.forScheme("a:notaport", "http"));
    }
}

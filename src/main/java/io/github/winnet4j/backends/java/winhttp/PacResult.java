package io.github.winnet4j.backends.java.winhttp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a FindProxyForURL answer ({@code "PROXY a:8080; HTTPS b:443; DIRECT"}) into WinHTTP's
 * proxy list ({@code "a:8080;b:443"}): PROXY, HTTP and HTTPS entries in order; SOCKS entries are
 * skipped (WinHTTP does not speak SOCKS). {@code null} means direct: the answer is empty or its
 * first usable entry is DIRECT.
 */
final class PacResult {
    private PacResult() {
    }

    static String proxyList(String answer) {
        List<String> proxies = new ArrayList<>();
        for (String entry : answer.split(";")) {
            String[] parts = entry.strip().split("\\s+", 2);
            String kind = parts[0].toUpperCase(Locale.ROOT);
            if (kind.equals("DIRECT")) {
                if (proxies.isEmpty()) {
                    return null;
                }
                break;
            }
            if ((kind.equals("PROXY") || kind.equals("HTTP") || kind.equals("HTTPS")) && parts.length == 2
                    && !parts[1].isBlank()) {
                proxies.add(parts[1].strip());
            }
        }
        return proxies.isEmpty() ? null : String.join(";", proxies);
    }
}

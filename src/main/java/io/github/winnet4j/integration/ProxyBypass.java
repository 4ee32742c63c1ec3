package io.github.winnet4j.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A proxy bypass list as Windows reads it (Internet Options' "Do not use proxy server for
 * addresses beginning with", WINHTTP_PROXY_INFO.lpszProxyBypass): entries separated by
 * semicolons, commas or white space; {@code <local>} matches every host name without a dot;
 * {@code *} matches any run of characters; an entry may carry a scheme ({@code https://host}) and
 * a port ({@code host:8080}), and then matches only those; matching ignores case.
 *
 * <pre>{@code
 * ProxyBypass bypass = ProxyBypass.parse("<local>;*.corp.example;10.*;https://secure.test:8443");
 * bypass.matches("http", "intranet", 80);        // true: no dot
 * bypass.matches("http", "wiki.corp.example", 80); // true
 * }</pre>
 */
public final class ProxyBypass {
    private record Entry(String scheme, Pattern host, int port) {
    }

    private final List<Entry> entries;
    private final boolean local;

    private ProxyBypass(List<Entry> entries, boolean local) {
        this.entries = entries;
        this.local = local;
    }

    /** The list, {@code null} or blank meaning none. */
    public static ProxyBypass parse(String list) {
        List<Entry> entries = new ArrayList<>();
        boolean local = false;
        if (list != null) {
            for (String raw : list.split("[;,\\s]+")) {
                String item = raw.trim().toLowerCase(Locale.ROOT);
                if (item.isEmpty()) {
                    continue;
                }
                if (item.equals("<local>")) {
                    local = true;
                    continue;
                }
                if (item.startsWith("<")) {
                    continue; // <-loopback> and the like: Windows' own markers, not hosts
                }
                entries.add(entry(item));
            }
        }
        return new ProxyBypass(List.copyOf(entries), local);
    }

    private static Entry entry(String item) {
        String scheme = null;
        int sep = item.indexOf("://");
        if (sep >= 0) {
            scheme = item.substring(0, sep);
            item = item.substring(sep + 3);
        }
        int port = -1;
        int colon = item.lastIndexOf(':');
        boolean ipv6 = item.startsWith("[");
        if (colon > 0 && (!ipv6 || item.lastIndexOf(']') < colon) && item.substring(colon + 1).matches("\\d{1,5}")) {
            port = Integer.parseInt(item.substring(colon + 1));
            item = item.substring(0, colon);
        }
        if (item.endsWith("/")) {
            item = item.substring(0, item.length() - 1);
        }
        if (item.startsWith("[") && item.endsWith("]")) {
            item = item.substring(1, item.length() - 1);
        }
        List<String> quoted = new ArrayList<>();
        for (String part : item.split("\\*", -1)) {
            quoted.add(Pattern.quote(part));
        }
        String pattern = String.join(".*", quoted);
        return new Entry(scheme, Pattern.compile(pattern), port);
    }

    /** Whether a request to {@code scheme://host:port} goes straight to the server. */
    public boolean matches(String scheme, String host, int port) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (local && h.indexOf('.') < 0 && h.indexOf(':') < 0) {
            return true;
        }
        String s = scheme == null ? null : scheme.toLowerCase(Locale.ROOT);
        for (Entry e : entries) {
            if (e.scheme != null && !e.scheme.equals(s)) {
                continue;
            }
            if (e.port >= 0 && e.port != port) {
                continue;
            }
            if (e.host.matcher(h).matches()) {
                return true;
            }
        }
        return false;
    }
}

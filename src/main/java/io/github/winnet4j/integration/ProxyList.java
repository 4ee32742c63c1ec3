package io.github.winnet4j.integration;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the proxy lists of Windows into {@link Proxy} objects: a PAC answer as WinHTTP returns it
 * ({@code "a:8080;b:3128"}) and a manual setting, which may name proxies per scheme
 * ({@code "http=a:80;https=b:443;socks=c:1080"}) or one for all ({@code "a:8080"}).
 */
final class ProxyList {
    private ProxyList() {
    }

    /** The proxies of a PAC answer, in order; empty for DIRECT. */
    static List<Proxy> fromAnswer(String answer) {
        List<Proxy> list = new ArrayList<>();
        if (answer == null) {
            return list;
        }
        for (String item : answer.split("[;\\s]+")) {
            String s = item.trim();
            if (s.isEmpty() || s.equalsIgnoreCase("DIRECT") || s.equalsIgnoreCase("PROXY")) {
                continue;
            }
            int eq = s.indexOf('=');
            Proxy.Type type = Proxy.Type.HTTP;
            if (eq >= 0) {
                type = s.substring(0, eq).equalsIgnoreCase("socks") ? Proxy.Type.SOCKS : Proxy.Type.HTTP;
                s = s.substring(eq + 1);
            }
            Proxy p = proxy(type, s);
            if (p != null) {
                list.add(p);
            }
        }
        return list;
    }

    /**
     * The proxies of a manual setting for a scheme: the scheme's own entry ({@code http} serves
     * http and ws, {@code https} serves https and wss), else the entries for all schemes, else a
     * {@code socks} entry.
     */
    static List<Proxy> forScheme(String setting, String scheme) {
        List<Proxy> own = new ArrayList<>();
        List<Proxy> all = new ArrayList<>();
        List<Proxy> socks = new ArrayList<>();
        String wanted = switch (scheme.toLowerCase(Locale.ROOT)) {
            case "wss", "https" -> "https";
            case "ws", "http" -> "http";
            default -> scheme.toLowerCase(Locale.ROOT);
        };
        for (String item : setting.split("[;\\s]+")) {
            String s = item.trim();
            if (s.isEmpty()) {
                continue;
            }
            int eq = s.indexOf('=');
            if (eq < 0) {
                add(all, proxy(Proxy.Type.HTTP, s));
                continue;
            }
            String key = s.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = s.substring(eq + 1).trim();
            if (key.equals(wanted)) {
                add(own, proxy(Proxy.Type.HTTP, value));
            } else if (key.equals("socks")) {
                add(socks, proxy(Proxy.Type.SOCKS, value));
            }
        }
        return !own.isEmpty() ? own : !all.isEmpty() ? all : socks;
    }

    private static void add(List<Proxy> list, Proxy p) {
        if (p != null) {
            list.add(p);
        }
    }

    /** {@code host:port} (an optional {@code http://} and trailing slash dropped); null if unusable. */
    static Proxy proxy(Proxy.Type type, String text) {
        String s = text.trim();
        int sep = s.indexOf("://");
        if (sep >= 0) {
            s = s.substring(sep + 3);
        }
        if (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        int port = type == Proxy.Type.SOCKS ? 1080 : 80;
        String host = s;
        int colon = s.lastIndexOf(':');
        if (colon > 0 && (s.indexOf(']') < colon)) {
            try {
                port = Integer.parseInt(s.substring(colon + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            host = s.substring(0, colon);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || port < 1 || port > 65535) {
            return null;
        }
        return new Proxy(type, InetSocketAddress.createUnresolved(host, port));
    }
}

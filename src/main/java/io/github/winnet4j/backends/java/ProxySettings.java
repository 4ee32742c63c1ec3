package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetConstants;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A session's proxy configuration and the choice of proxy for each URL.
 *
 * <p>Three sources, as InternetOpenW's access types: DIRECT; PROXY with WinINet's list syntax
 * ({@code "http=host:port https=host:port"} or {@code "host:port"} for every scheme, entries
 * separated by spaces or semicolons) and bypass list (wildcards, {@code <local>} for names without
 * a dot); PRECONFIG, which on Windows reads the IE settings and here reads the environment
 * ({@code http_proxy}, {@code https_proxy}, {@code no_proxy}, lower case first, then upper case).
 * The result is a per-request {@link Proxy}; nothing global is touched.
 */
public final class ProxySettings {
    /** INTERNET_OPEN_TYPE_PRECONFIG (0); wininet.h's value. */
    static final int INTERNET_OPEN_TYPE_PRECONFIG = 0;

    final int accessType;
    /** The list as given or derived (for INTERNET_OPTION_PROXY); {@code null} when direct. */
    public final String proxyList;
    /** The bypass list as given or derived; {@code null} when none. */
    public final String bypassList;

    private final Map<String, InetSocketAddress> byScheme;
    private final InetSocketAddress forAll;
    private final List<Pattern> bypass;
    private final boolean bypassLocal;
    private final boolean bypassEverything;

    private ProxySettings(int accessType, String proxyList, String bypassList, Map<String, InetSocketAddress> byScheme,
                          InetSocketAddress forAll, List<Pattern> bypass, boolean bypassLocal, boolean bypassEverything) {
        this.accessType = accessType;
        this.proxyList = proxyList;
        this.bypassList = bypassList;
        this.byScheme = byScheme;
        this.forAll = forAll;
        this.bypass = bypass;
        this.bypassLocal = bypassLocal;
        this.bypassEverything = bypassEverything;
    }

    public static ProxySettings direct() {
        return new ProxySettings(WinInetConstants.INTERNET_OPEN_TYPE_DIRECT, null, null, Map.of(), null,
                List.of(), false, false);
    }

    /**
     * Settings from InternetOpenW's arguments or an INTERNET_PROXY_INFO.
     *
     * @return {@code null} when the access type is unknown or a proxy list is required and empty
     */
    static ProxySettings of(int accessType, String proxy, String bypassList, Map<String, String> environment) {
        switch (accessType) {
            case WinInetConstants.INTERNET_OPEN_TYPE_DIRECT:
                return direct();
            case WinInetConstants.INTERNET_OPEN_TYPE_PROXY:
                return proxy == null || proxy.isBlank() ? null : fromList(proxy, bypassList);
            case INTERNET_OPEN_TYPE_PRECONFIG:
            case WinInetConstants.INTERNET_OPEN_TYPE_PRECONFIG_WITH_NO_AUTOPROXY:
                return fromEnvironment(environment);
            default:
                return null;
        }
    }

    /** WinINet's proxy list syntax. */
    public static ProxySettings fromList(String proxy, String bypassList) {
        Map<String, InetSocketAddress> schemes = new HashMap<>();
        InetSocketAddress all = null;
        for (String entry : proxy.trim().split("[\\s;]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq > 0) {
                InetSocketAddress address = address(entry.substring(eq + 1));
                if (address != null) {
                    schemes.put(entry.substring(0, eq).toLowerCase(Locale.ROOT), address);
                }
            } else if (all == null) {
                all = address(entry);
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        boolean local = false;
        if (bypassList != null) {
            for (String entry : bypassList.trim().split("[\\s;,]+")) {
                if (entry.equalsIgnoreCase("<local>")) {
                    local = true;
                } else if (!entry.isEmpty()) {
                    patterns.add(glob(stripScheme(entry)));
                }
            }
        }
        return new ProxySettings(WinInetConstants.INTERNET_OPEN_TYPE_PROXY, proxy, bypassList, schemes, all,
                patterns, local, false);
    }

    /** The environment variables curl and most Unix tools read. */
    static ProxySettings fromEnvironment(Map<String, String> env) {
        String http = variable(env, "http_proxy");
        String https = variable(env, "https_proxy");
        if (http == null && https == null) {
            return direct();
        }
        Map<String, InetSocketAddress> schemes = new HashMap<>();
        StringBuilder list = new StringBuilder();
        if (http != null && address(http) != null) {
            schemes.put("http", address(http));
            list.append("http=").append(hostPort(address(http)));
        }
        if (https != null && address(https) != null) {
            schemes.put("https", address(https));
            list.append(list.length() > 0 ? " " : "").append("https=").append(hostPort(address(https)));
        }
        String noProxy = variable(env, "no_proxy");
        List<Pattern> patterns = new ArrayList<>();
        boolean everything = false;
        if (noProxy != null) {
            for (String entry : noProxy.split("[\\s,]+")) {
                if (entry.equals("*")) {
                    everything = true;
                } else if (!entry.isEmpty()) {
                    String domain = entry.startsWith(".") ? entry.substring(1) : entry;
                    patterns.add(Pattern.compile("(?i)(.*\\.)?" + Pattern.quote(domain.replaceAll(":\\d+$", ""))));
                }
            }
        }
        return new ProxySettings(WinInetConstants.INTERNET_OPEN_TYPE_PROXY, list.toString(), noProxy, schemes, null,
                patterns, false, everything);
    }

    /** The proxy to use for this URL ({@link Proxy#NO_PROXY} when direct or bypassed). */
    public Proxy select(URI uri) {
        String host = uri.getHost();
        if (host == null || bypassed(host)) {
            return Proxy.NO_PROXY;
        }
        InetSocketAddress address = byScheme.get(uri.getScheme().toLowerCase(Locale.ROOT));
        if (address == null) {
            address = forAll;
        }
        return address == null ? Proxy.NO_PROXY : new Proxy(Proxy.Type.HTTP, address);
    }

    private boolean bypassed(String host) {
        if (bypassEverything || (bypassLocal && !host.contains(".") && !host.contains(":"))) {
            return true;
        }
        for (Pattern p : bypass) {
            if (p.matcher(host).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String variable(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            value = env.get(name.toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String stripScheme(String entry) {
        int i = entry.indexOf("://");
        return i >= 0 ? entry.substring(i + 3) : entry;
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder("(?i)");
        for (String part : pattern.split("\\*", -1)) {
            if (regex.length() > 4) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    /** Parses {@code host:port}, {@code http://user@host:port/}, {@code [v6]:port}; port 80 by default. */
    public static InetSocketAddress address(String spec) {
        String s = stripScheme(spec.trim());
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            s = s.substring(at + 1);
        }
        int slash = s.indexOf('/');
        if (slash >= 0) {
            s = s.substring(0, slash);
        }
        String host = s;
        int port = 80;
        int colon = s.lastIndexOf(':');
        if (colon > 0 && s.indexOf(']') < colon) {
            host = s.substring(0, colon);
            try {
                port = Integer.parseInt(s.substring(colon + 1));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty() || port <= 0 || port > 65535) {
            return null;
        }
        return InetSocketAddress.createUnresolved(host, port);
    }

    private static String hostPort(InetSocketAddress a) {
        return a.getHostString() + ":" + a.getPort();
    }
}

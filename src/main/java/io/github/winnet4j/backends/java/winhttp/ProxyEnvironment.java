package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.ProxySettings;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proxy configuration of a machine without Windows' settings: the environment variables curl
 * and most Unix tools read ({@code http_proxy}, {@code https_proxy}, {@code no_proxy}; the lower
 * case name first, then the upper case one), translated into WinHTTP's syntax:
 * {@code "http=host:port;https=host:port"} and a bypass list separated by semicolons, where a
 * {@code no_proxy} entry {@code .example.com} or {@code example.com} becomes {@code *.example.com;example.com}
 * and {@code *} becomes {@code *}.
 *
 * @param proxyList  the proxy list, or {@code null} when no proxy is configured
 * @param bypassList the bypass list, or {@code null} when none
 */
record ProxyEnvironment(String proxyList, String bypassList) {

    static ProxyEnvironment read(Map<String, String> env) {
        List<String> entries = new ArrayList<>();
        addEntry(entries, "http", variable(env, "http_proxy"));
        addEntry(entries, "https", variable(env, "https_proxy"));
        if (entries.isEmpty()) {
            return new ProxyEnvironment(null, null);
        }
        String noProxy = variable(env, "no_proxy");
        List<String> bypass = new ArrayList<>();
        if (noProxy != null) {
            for (String entry : noProxy.split("[\\s,;]+")) {
                String host = entry.replaceAll(":\\d+$", "");
                if (host.equals("*")) {
                    bypass.add("*");
                } else if (!host.isEmpty()) {
                    String domain = host.startsWith(".") ? host.substring(1) : host;
                    bypass.add("*." + domain);
                    bypass.add(domain);
                }
            }
        }
        return new ProxyEnvironment(String.join(";", entries), bypass.isEmpty() ? null : String.join(";", bypass));
    }

    private static void addEntry(List<String> entries, String scheme, String value) {
        if (value == null) {
            return;
        }
        InetSocketAddress address = ProxySettings.address(value);
        if (address != null) {
            String host = address.getHostString();
            if (host.contains(":")) {
                host = "[" + host + "]";
            }
            entries.add(scheme + "=" + host + ":" + address.getPort());
        }
    }

    private static String variable(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            value = env.get(name.toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package io.github.winnet4j.backends.java;

import java.net.URI;

/**
 * The steps by which the WinINet and the WinHTTP engines both build a request's outgoing headers
 * after the ones they derive from the request's settings (Accept, User-Agent, Referer, no-cache):
 * the caller's headers, then Host, then the cookie jar's cookies.
 */
public final class OutgoingHeaders {
    /**
     * The Host value of the URL used last: the engines get the same {@link URI} object for
     * requests to the same URL ({@link RecentUrls}), so a repeated request builds no string.
     */
    private static volatile HostValue lastHost;

    private record HostValue(URI url, String value) {
    }

    private OutgoingHeaders() {
    }

    /**
     * Appends the caller's headers in order; a caller's Accept, User-Agent or Referer replaces the
     * one derived from the request's settings.
     */
    public static void addCallerHeaders(HeaderList sent, HeaderList callers) {
        for (HeaderList.Header h : callers.all()) {
            if (h.name().equalsIgnoreCase("Accept") || h.name().equalsIgnoreCase("User-Agent")
                    || h.name().equalsIgnoreCase("Referer")) {
                sent.removeAll(h.name());
            }
        }
        for (HeaderList.Header h : callers.all()) {
            sent.add(h.name(), h.value());
        }
    }

    /** Adds Host (with the port when the URL names one) unless the caller gave one. */
    public static void addHost(HeaderList sent, URI url) {
        if (sent.first("Host") == null) {
            sent.add("Host", hostValue(url));
        }
    }

    private static String hostValue(URI url) {
        HostValue last = lastHost;
        if (last != null && last.url == url) {
            return last.value;
        }
        String value = url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
        lastHost = new HostValue(url, value);
        return value;
    }

    /** Adds the jar's cookies ({@code null}: none) after the caller's own Cookie header. */
    public static void addCookies(HeaderList sent, String jar) {
        if (jar != null) {
            String given = sent.first("Cookie");
            sent.set("Cookie", given == null || given.isEmpty() ? jar : given + "; " + jar);
        }
    }
}

package io.github.winnet4j.backends.java;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Objects;

/**
 * The last request URL each thread built, as a {@link URI} and as the {@link URL} the JDK opens.
 *
 * <p>Why: an application that sends many requests to one resource (polling, keep-alive loops)
 * would otherwise build, escape and parse the same URL text twice per request, once into a URI
 * and once into a URL: a measurable share of a small request's cost. Both types are immutable,
 * so handing the same objects to several requests changes nothing they can see. One entry per
 * thread: threads never contend, and a miss costs no more than before.
 */
public final class RecentUrls {
    /**
     * What a URL was built from (a WinINet request's parts, or a WinHTTP request's full text in
     * {@code path} with a {@code null} host) and what it became. Compared field by field: a
     * record's generated equals was itself a visible cost here.
     */
    private static final class Entry {
        final boolean secure;
        final String host;
        final int port;
        final String path;
        final URI uri;
        final URL url;

        Entry(boolean secure, String host, int port, String path, URI uri, URL url) {
            this.secure = secure;
            this.host = host;
            this.port = port;
            this.path = path;
            this.uri = uri;
            this.url = url;
        }

        boolean builtFrom(boolean secure, String host, int port, String path) {
            return this.secure == secure && this.port == port && Objects.equals(this.host, host)
                    && Objects.equals(this.path, path);
        }
    }

    /** Parses URL text into a URI; {@code null} or {@link Win32Failure} when it cannot be one. */
    @FunctionalInterface
    public interface Parser {
        URI parse(String text) throws Win32Failure;
    }

    private static final ThreadLocal<Entry> LAST = new ThreadLocal<>();

    private RecentUrls() {
    }

    /** As {@link UrlText#of}: {@code null} when the text cannot be a URI. */
    static URI of(boolean secure, String host, int port, String path) {
        Entry last = LAST.get();
        if (last != null && last.builtFrom(secure, host, port, path)) {
            return last.uri;
        }
        URI uri = UrlText.of(secure, host, port, path);
        if (uri != null) {
            LAST.set(new Entry(secure, host, port, path, uri, null));
        }
        return uri;
    }

    /** {@code parser.parse(text)}, reusing the URI parsed from the same text on this thread. */
    public static URI parse(String text, Parser parser) throws Win32Failure {
        Entry last = LAST.get();
        if (last != null && last.builtFrom(false, null, 0, text)) {
            return last.uri;
        }
        URI uri = parser.parse(text);
        if (uri != null) {
            LAST.set(new Entry(false, null, 0, text, uri, null));
        }
        return uri;
    }

    /** {@code uri.toURL()}, reusing the URL made for the same URI object on this thread. */
    public static URL toUrl(URI uri) throws MalformedURLException {
        Entry last = LAST.get();
        if (last != null && last.uri == uri && last.url != null) {
            return last.url;
        }
        URL url = uri.toURL();
        if (last != null && last.uri == uri) {
            LAST.set(new Entry(last.secure, last.host, last.port, last.path, uri, url));
        }
        return url;
    }
}

package io.github.winnet4j.backends.java;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;

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
    /** What a URL was built from: a WinINet request's parts or a WinHTTP request's full text. */
    private record Key(boolean secure, String host, int port, String path) {
    }

    private record Entry(Object key, URI uri, URL url) {
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
        Key key = new Key(secure, host, port, path);
        Entry last = LAST.get();
        if (last != null && key.equals(last.key)) {
            return last.uri;
        }
        URI uri = UrlText.of(secure, host, port, path);
        if (uri != null) {
            LAST.set(new Entry(key, uri, null));
        }
        return uri;
    }

    /** {@code parser.parse(text)}, reusing the URI parsed from the same text on this thread. */
    public static URI parse(String text, Parser parser) throws Win32Failure {
        Entry last = LAST.get();
        if (last != null && text.equals(last.key)) {
            return last.uri;
        }
        URI uri = parser.parse(text);
        if (uri != null) {
            LAST.set(new Entry(text, uri, null));
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
            LAST.set(new Entry(last.key, uri, url));
        }
        return url;
    }
}

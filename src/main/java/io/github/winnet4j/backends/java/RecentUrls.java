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
    /**
     * Builds a request URL from its parts; {@code null} or {@link Win32Failure} when they make
     * none. Each engine has its own (they escape differently), and an entry is only reused by the
     * builder that made it: use one constant instance per engine.
     */
    @FunctionalInterface
    public interface Builder {
        URI build(boolean secure, String host, int port, String path) throws Win32Failure;
    }

    /** WinINet's request URLs ({@link UrlText#of}). */
    static final Builder WININET = UrlText::of;

    /**
     * What a URL was built from, by which builder, and what it became. Compared field by field: a
     * record's generated equals was itself a visible cost here.
     */
    private static final class Entry {
        final Builder builder;
        final boolean secure;
        final String host;
        final int port;
        final String path;
        final URI uri;
        final URL url;

        Entry(Builder builder, boolean secure, String host, int port, String path, URI uri, URL url) {
            this.builder = builder;
            this.secure = secure;
            this.host = host;
            this.port = port;
            this.path = path;
            this.uri = uri;
            this.url = url;
        }

        boolean builtFrom(Builder builder, boolean secure, String host, int port, String path) {
            return this.builder == builder && this.secure == secure && this.port == port
                    && this.host.equals(host) && this.path.equals(path);
        }
    }

    private static final ThreadLocal<Entry> LAST = new ThreadLocal<>();

    private RecentUrls() {
    }

    /**
     * {@code builder.build(secure, host, port, path)}, reusing this thread's last result for the
     * same builder and parts.
     */
    public static URI of(Builder builder, boolean secure, String host, int port, String path) throws Win32Failure {
        if (host == null || path == null) {
            return builder.build(secure, host, port, path);
        }
        Entry last = LAST.get();
        if (last != null && last.builtFrom(builder, secure, host, port, path)) {
            return last.uri;
        }
        URI uri = builder.build(secure, host, port, path);
        if (uri != null) {
            LAST.set(new Entry(builder, secure, host, port, path, uri, null));
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
            LAST.set(new Entry(last.builder, last.secure, last.host, last.port, last.path, uri, url));
        }
        return url;
    }
}

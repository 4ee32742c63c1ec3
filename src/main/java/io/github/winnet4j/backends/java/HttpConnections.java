package io.github.winnet4j.backends.java;

import javax.net.ssl.HttpsURLConnection;
import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.HttpRetryException;
import java.net.HttpURLConnection;
import java.net.PasswordAuthentication;
import java.net.ProtocolException;
import java.net.Proxy;
import java.net.URI;

/**
 * The {@link HttpURLConnection} handling that the WinINet and the WinHTTP engines share: opening a
 * connection with the JDK's own redirects, caches and Authenticator off, sending the request's
 * headers, reading the head, choosing the body stream and dropping responses that will not be
 * read. The error codes and handle states stay with each engine: the codes are passed in, and
 * I/O failures go back to the caller to be mapped.
 */
public final class HttpConnections {
    /** Keeps the JVM-wide {@link Authenticator} out of our requests. */
    private static final Authenticator NO_AUTHENTICATOR = new Authenticator() {
        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            return null;
        }
    };

    private HttpConnections() {
    }

    /**
     * An unconnected connection to {@code url} through {@code proxy} for {@code method}; fails with
     * {@code invalidUrlError} when the JDK cannot open the URL and {@code unsupportedMethodError}
     * when it refuses the verb.
     */
    public static HttpURLConnection open(URI url, Proxy proxy, String method, int invalidUrlError,
                                         int unsupportedMethodError) throws Win32Failure {
        HttpURLConnection c;
        try {
            c = (HttpURLConnection) RecentUrls.toUrl(url).openConnection(proxy);
        } catch (IOException | IllegalArgumentException e) {
            throw new Win32Failure(invalidUrlError);
        }
        try {
            c.setRequestMethod(method);
        } catch (ProtocolException e) {
            throw new Win32Failure(unsupportedMethodError);
        }
        c.setInstanceFollowRedirects(false);
        c.setUseCaches(false);
        c.setAllowUserInteraction(false);
        c.setAuthenticator(NO_AUTHENTICATOR);
        return c;
    }

    /** Hands the request's headers to the JDK; Accept is {@code *}{@code /*} when they name none. */
    public static void addRequestHeaders(HttpURLConnection c, HeaderList sent) {
        for (HeaderList.Header h : sent.all()) {
            c.addRequestProperty(h.name(), h.value());
        }
        if (sent.first("Accept") == null) {
            c.setRequestProperty("Accept", "*/*"); // instead of the JDK's browser-like default
        }
    }

    /**
     * Reads the response head; fails with {@code invalidResponseError} when the status line is not
     * HTTP. An {@link HttpRetryException} (a 401 or 407 to a streamed body) and other I/O failures
     * are thrown for the caller to map or to answer with {@link #challengeWithoutHeaders}.
     */
    public static ResponseHead readHead(HttpURLConnection c, int invalidResponseError) throws IOException, Win32Failure {
        int code = c.getResponseCode();
        if (code < 0) {
            discard(c);
            throw new Win32Failure(invalidResponseError);
        }
        return ResponseHead.of(c);
    }

    /** The head of a 401 or 407 that the JDK reported as an {@link HttpRetryException}: no headers. */
    public static ResponseHead challengeWithoutHeaders(HttpRetryException e) {
        return ResponseHead.synthetic(e.responseCode(), e.responseCode() == 407
                ? "Proxy Authentication Required" : "Unauthorized");
    }

    /** The response body's stream, or {@code null} when the response has no body. */
    public static InputStream responseStream(HttpURLConnection c, ResponseHead head, boolean headRequest) {
        if (headRequest || head.statusCode == 204 || head.statusCode == 304 || head.statusCode < 200) {
            return null;
        }
        if (head.statusCode >= 400) {
            return c.getErrorStream();
        }
        try {
            return c.getInputStream();
        } catch (IOException e) {
            return c.getErrorStream();
        }
    }

    /** Whether requests with this method go without a body unless one is given. */
    public static boolean bodyless(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                || method.equals("DELETE") || method.equals("TRACE");
    }

    /** The request line's target: the absolute URL to an HTTP proxy for http, else path and query. */
    public static String requestTarget(URI url, Proxy proxy) {
        if (proxy.type() == Proxy.Type.HTTP && "http".equalsIgnoreCase(url.getScheme())) {
            return url.toASCIIString();
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    /** Drops a response that will not be read (a redirect or an auth challenge). */
    public static void discard(HttpURLConnection c) {
        try {
            InputStream in = c.getErrorStream();
            if (in == null) {
                in = c.getInputStream();
            }
            in.close();
        } catch (IOException | RuntimeException e) {
            c.disconnect();
        }
    }

    /** Whether the TLS handshake failed because our host name verifier refused the certificate's name. */
    public static boolean hostNameRefused(HttpURLConnection c) {
        return c instanceof HttpsURLConnection https && https.getHostnameVerifier() instanceof RecordingHostnameVerifier v
                && v.refused();
    }

    /**
     * Stops an exchange without blocking: cancels the response body being read or, before there
     * is one, drops the connection.
     */
    public static void abandon(ResponseBody body, HttpURLConnection active) {
        if (body != null) {
            body.cancel();
        }
        if (active != null && body == null) {
            active.disconnect();
        }
    }
}

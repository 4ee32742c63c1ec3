package io.github.winnet4j.backends.java;

import java.net.HttpURLConnection;
import java.net.URI;

import static io.github.winnet4j.backends.java.HttpConnections.discard;

/**
 * The redirect and authentication rounds of one request, run alike by the java WinINet and WinHTTP
 * engines: read a head, follow a redirect or answer a challenge with a new exchange, until a
 * response is the caller's.
 *
 * <p>Redirects: 303, and 301/302 after POST, go on with GET (HEAD stays HEAD) and no body; 307 and
 * 308 repeat the method and body, unless the body was streamed and cannot be sent again: then the
 * caller gets the 307/308. One hop past the engine's most fails with its redirect error code. A challenge is only answered when the body can be sent again.
 *
 * <p>What differs between the two APIs is the engine's: which redirects are followed (policy,
 * flags, https to http), how many, the error codes, the status callbacks, how the cookies are kept,
 * how a body is sent again and which challenges are answered with which credentials.
 *
 * @param <B> how the engine keeps a request body that can be sent again
 */
public abstract class ExchangeRounds<B> {
    private final HttpRequestState http;
    private String method;
    private B body;
    private boolean bodyCannotRepeat;
    private final int maxRedirects;
    private final int redirectFailedCode;

    /**
     * @param body               the body to send again on a redirect or challenge, or {@code null}
     * @param bodyCannotRepeat   whether a body went out that cannot be sent again
     * @param maxRedirects       the most redirects followed
     * @param redirectFailedCode the error code of one redirect too many
     */
    protected ExchangeRounds(HttpRequestState http, B body, boolean bodyCannotRepeat, int maxRedirects,
                             int redirectFailedCode) {
        this.http = http;
        this.method = http.verb;
        this.body = body;
        this.bodyCannotRepeat = bodyCannotRepeat;
        this.maxRedirects = maxRedirects;
        this.redirectFailedCode = redirectFailedCode;
    }

    /** The method of the current exchange (GET after a redirect that dropped the body). */
    public final String method() {
        return method;
    }

    /** The body to send again, or {@code null} once a redirect dropped it (or there was none). */
    public final B body() {
        return body;
    }

    /**
     * Runs the rounds from the first exchange's connection and returns the connection whose
     * response ({@link HttpRequestState#response}) is the caller's.
     */
    public final HttpURLConnection run(HttpURLConnection first) throws Win32Failure {
        HttpURLConnection c = first;
        int hops = 0;
        while (true) {
            ResponseHead head = readHead(c);
            http.response = head;
            URI next = redirectTarget(c, head);
            if (next != null) {
                boolean keepsMethod = head.statusCode == 307 || head.statusCode == 308;
                if (keepsMethod && bodyCannotRepeat) {
                    return c; // a streamed body cannot be sent again: the caller gets the 307/308
                }
                if (++hops > maxRedirects) {
                    discard(c);
                    throw new Win32Failure(redirectFailedCode);
                }
                if (!keepsMethod && (head.statusCode == 303 || method.equals("POST"))) {
                    method = method.equals("HEAD") ? "HEAD" : "GET";
                    body = null;
                    bodyCannotRepeat = false;
                }
                discard(c);
                http.url = next;
                c = redirectTo(next);
                continue;
            }
            HttpURLConnection retry = bodyCannotRepeat ? null : answerChallenge(c, head);
            if (retry == null) {
                return c;
            }
            c = retry;
        }
    }

    /** Reads the response head of {@code c} (with its status callbacks) and keeps its cookies. */
    protected abstract ResponseHead readHead(HttpURLConnection c) throws Win32Failure;

    /** Where the engine follows {@code head} to, or {@code null} when the response is the caller's. */
    protected abstract URI redirectTarget(HttpURLConnection c, ResponseHead head) throws Win32Failure;

    /** Reports the redirect and sends {@link #method()} and {@link #body()} to {@code next}. */
    protected abstract HttpURLConnection redirectTo(URI next) throws Win32Failure;

    /**
     * When the engine answers the challenge in {@code head}: discards {@code c} and returns the
     * connection of the request sent again with credentials; otherwise {@code null}.
     */
    protected abstract HttpURLConnection answerChallenge(HttpURLConnection c, ResponseHead head)
            throws Win32Failure;
}

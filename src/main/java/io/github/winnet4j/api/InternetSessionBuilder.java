package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.backends.Backends;
import io.github.winnet4j.marshal.Arguments;
import io.github.winnet4j.raw.WinInetConstants;

import java.time.Duration;

/**
 * Settings for {@link InternetSession#open()}. Defaults: agent {@code "winnet4j"},
 * {@link AccessType#PRECONFIG}, the default backend ({@link Backends#defaultBackend()}), WinINet's
 * own timeouts.
 */
public final class InternetSessionBuilder {
    Backend backend;
    String agent = "winnet4j";
    AccessType accessType = AccessType.PRECONFIG;
    String proxy;
    String bypass;
    int flags;
    Integer connectTimeoutMs;
    Integer sendTimeoutMs;
    Integer receiveTimeoutMs;
    StatusListener listener;
    boolean reuseCachedCredentials;

    InternetSessionBuilder() {
    }

    /** The backend to use (default: {@link Backends#defaultBackend()}). */
    public InternetSessionBuilder backend(Backend backend) {
        this.backend = Arguments.requireNonNull(backend, "backend");
        return this;
    }

    /** The User-Agent sent with every request. */
    public InternetSessionBuilder agent(String agent) {
        this.agent = Arguments.requireHeaderValue(agent, "agent");
        return this;
    }

    /** Straight to servers, ignoring any proxy configuration. */
    public InternetSessionBuilder direct() {
        this.accessType = AccessType.DIRECT;
        this.proxy = null;
        this.bypass = null;
        return this;
    }

    /** The user's proxy configuration (the default). */
    public InternetSessionBuilder preconfigured() {
        this.accessType = AccessType.PRECONFIG;
        this.proxy = null;
        this.bypass = null;
        return this;
    }

    /**
     * Through the given proxies.
     *
     * @param proxies WinINet's proxy list, e.g. {@code "proxy:8080"} or
     *                {@code "http=proxy:8080 https=proxy:8443"}
     * @param bypass  hosts reached directly, separated by spaces or semicolons ({@code <local>}
     *                names every host without a dot), or {@code null}
     */
    public InternetSessionBuilder proxy(String proxies, String bypass) {
        Arguments.requireNonNull(proxies, "proxies");
        this.accessType = AccessType.PROXY;
        this.proxy = Arguments.requireNoLineBreak(proxies, "proxies");
        this.bypass = bypass == null ? null : Arguments.requireNoLineBreak(bypass, "bypass");
        return this;
    }

    /**
     * INTERNET_FLAG_* session flags. INTERNET_FLAG_ASYNC is refused: the wrappers are synchronous.
     */
    public InternetSessionBuilder flags(int flags) {
        if ((flags & WinInetConstants.INTERNET_FLAG_ASYNC) != 0) {
            throw new IllegalArgumentException("flags has INTERNET_FLAG_ASYNC; this API is synchronous");
        }
        this.flags = flags;
        return this;
    }

    /** How long to wait for a connection. */
    public InternetSessionBuilder connectTimeout(Duration timeout) {
        this.connectTimeoutMs = Raw.millis(Arguments.requireTimeout(timeout, "connectTimeout"));
        return this;
    }

    /** How long a send may block. */
    public InternetSessionBuilder sendTimeout(Duration timeout) {
        this.sendTimeoutMs = Raw.millis(Arguments.requireTimeout(timeout, "sendTimeout"));
        return this;
    }

    /** How long to wait for response data. */
    public InternetSessionBuilder receiveTimeout(Duration timeout) {
        this.receiveTimeoutMs = Raw.millis(Arguments.requireTimeout(timeout, "receiveTimeout"));
        return this;
    }

    /** Sets connect, send and receive timeouts at once. */
    public InternetSessionBuilder timeouts(Duration timeout) {
        return connectTimeout(timeout).sendTimeout(timeout).receiveTimeout(timeout);
    }

    /** A listener for INTERNET_STATUS_* notifications of this session and its children. */
    public InternetSessionBuilder statusListener(StatusListener listener) {
        this.listener = Arguments.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Lets connections of this session that were given no credentials send the Basic credentials
     * that WinINet cached for the same server from another connection or session of this process
     * (as plain WinINet does). Off by default: before such a request is opened to a server that
     * was given credentials, the wrappers empty WinINet's process-wide credential cache, so a
     * request without credentials never authenticates with someone else's (see
     * {@link HttpConnectionBuilder#user(String)}).
     */
    public InternetSessionBuilder reuseCachedCredentials() {
        this.reuseCachedCredentials = true;
        return this;
    }

    /** Opens the session. */
    public InternetSession open() throws WinInetException {
        if (backend == null) {
            backend = Backends.defaultBackend();
        }
        return InternetSession.open(this);
    }
}

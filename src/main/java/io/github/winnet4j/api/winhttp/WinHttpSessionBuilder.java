package io.github.winnet4j.api.winhttp;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.backends.Backends;
import io.github.winnet4j.marshal.Arguments;

import java.time.Duration;

/**
 * Settings for {@link WinHttpSession}. Defaults: agent {@code "winnet4j"},
 * {@link ProxyAccess#defaultProxy()}, the default backend, WinHTTP's own timeouts (resolve: none,
 * connect 60 s, send 30 s, receive 30 s).
 */
public final class WinHttpSessionBuilder {
    Backend backend;
    String agent = "winnet4j";
    ProxyAccess access = ProxyAccess.defaultProxy();
    Duration resolveTimeout;
    Duration connectTimeout;
    Duration sendTimeout;
    Duration receiveTimeout;

    WinHttpSessionBuilder() {
    }

    /** The backend (default {@link Backends#defaultBackend()}). */
    public WinHttpSessionBuilder backend(Backend backend) {
        this.backend = Arguments.requireNonNull(backend, "backend");
        return this;
    }

    /** The User-Agent of every request. */
    public WinHttpSessionBuilder agent(String agent) {
        this.agent = Arguments.requireHeaderValue(agent, "agent");
        return this;
    }

    /** How servers are reached. */
    public WinHttpSessionBuilder access(ProxyAccess access) {
        this.access = Arguments.requireNonNull(access, "access");
        return this;
    }

    /** Name resolution timeout (WinHttpSetTimeouts' first value). */
    public WinHttpSessionBuilder resolveTimeout(Duration timeout) {
        this.resolveTimeout = Arguments.requireTimeout(timeout, "resolveTimeout");
        return this;
    }

    /** Connect timeout. */
    public WinHttpSessionBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = Arguments.requireTimeout(timeout, "connectTimeout");
        return this;
    }

    /** Send timeout. */
    public WinHttpSessionBuilder sendTimeout(Duration timeout) {
        this.sendTimeout = Arguments.requireTimeout(timeout, "sendTimeout");
        return this;
    }

    /** Timeout waiting for response data. */
    public WinHttpSessionBuilder receiveTimeout(Duration timeout) {
        this.receiveTimeout = Arguments.requireTimeout(timeout, "receiveTimeout");
        return this;
    }

    /** All four timeouts at once. */
    public WinHttpSessionBuilder timeouts(Duration timeout) {
        return resolveTimeout(timeout).connectTimeout(timeout).sendTimeout(timeout).receiveTimeout(timeout);
    }

    boolean hasTimeouts() {
        return resolveTimeout != null || connectTimeout != null || sendTimeout != null || receiveTimeout != null;
    }

    /** Opens the session (WinHttpOpen, then WinHttpSetTimeouts when any timeout is set). */
    public WinHttpSession open() throws WinHttpException {
        if (backend == null) {
            backend = Backends.defaultBackend();
        }
        return WinHttpSession.open(this);
    }
}

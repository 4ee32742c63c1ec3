package io.github.winnet4j.api;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.BaseTSD.DWORD_PTR;
import io.github.winnet4j.marshal.Arguments;
import io.github.winnet4j.marshal.RequestLine;
import io.github.winnet4j.marshal.ScratchMemory;
import io.github.winnet4j.raw.HINTERNET;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.github.winnet4j.raw.WinInetConstants.INTERNET_FLAG_SECURE;
import static io.github.winnet4j.raw.WinInetConstants.INTERNET_OPTION_SECURITY_FLAGS;

/** Settings for an {@link HttpRequest}; see {@link HttpConnection#request(String, String)}. */
public final class HttpRequestBuilder {
    private static final System.Logger LOG = System.getLogger(HttpRequestBuilder.class.getName());

    private final HttpConnection connection;
    private final String verb;
    private final String path;
    private String version;
    private String referrer;
    private final List<String> acceptTypes = new ArrayList<>();
    private final Set<RequestFlag> flags = EnumSet.noneOf(RequestFlag.class);
    private final Set<CertificateLeniency> leniency = EnumSet.noneOf(CertificateLeniency.class);

    HttpRequestBuilder(HttpConnection connection, String verb, String path) {
        RequestLine.check(verb, path);
        this.connection = connection;
        this.verb = verb;
        this.path = path;
    }

    /** The HTTP version, {@code "HTTP/1.1"} (default) or {@code "HTTP/1.0"}. */
    public HttpRequestBuilder version(String version) {
        this.version = RequestLine.requireVersion(version);
        return this;
    }

    /** The Referer header. */
    public HttpRequestBuilder referrer(String referrer) {
        this.referrer = Arguments.requireHeaderValue(referrer, "referrer");
        return this;
    }

    /** Media types for the Accept header, e.g. {@code "text/*"}. */
    public HttpRequestBuilder accept(String... types) {
        RequestLine.addAcceptTypes(acceptTypes, types);
        return this;
    }

    /** Request flags. */
    public HttpRequestBuilder flags(RequestFlag... flags) {
        for (RequestFlag f : flags) {
            this.flags.add(Arguments.requireNonNull(f, "flag"));
        }
        return this;
    }

    /**
     * Skips the named certificate checks for this request only. Logged as a warning: this is for
     * test servers and known private deployments, never a default.
     */
    public HttpRequestBuilder allowInsecure(CertificateLeniency... checks) {
        for (CertificateLeniency c : checks) {
            leniency.add(Arguments.requireNonNull(c, "leniency"));
        }
        return this;
    }

    /** Opens the request handle (no traffic until it is sent). */
    public HttpRequest open() throws WinInetException {
        int dwFlags = connection.secure ? INTERNET_FLAG_SECURE : 0;
        for (RequestFlag f : flags) {
            dwFlags |= f.value;
        }
        int securityFlags = 0;
        for (CertificateLeniency c : leniency) {
            dwFlags |= c.requestFlag;
            securityFlags |= c.securityFlag;
        }
        String description = "HttpRequest(" + verb + " " + path + ")";
        DWORD_PTR context = connection.session.contextFor(description);
        HINTERNET h;
        try (ScratchMemory scratch = ScratchMemory.open()) {
            List<Memory> acceptMemory = acceptTypes.isEmpty() ? List.of() : new ArrayList<>();
            Memory acceptArray = RequestLine.acceptArray(acceptTypes, acceptMemory);
            h = connection.backend().wininet().HttpOpenRequestW(connection.handle(), scratch.utf16(verb, "verb"),
                    scratch.utf16(path, "path"), scratch.utf16(version, "version"),
                    scratch.utf16(referrer, "referrer"), acceptArray, dwFlags, context);
            // The array holds only addresses: its strings must outlive the call.
            Reference.reachabilityFence(acceptMemory);
            if (h == null) {
                throw Raw.failure(connection.backend(), "HttpOpenRequestW", description);
            }
        }
        HttpRequest request = new HttpRequest(new HandleState(connection.backend(), h, description, connection.state), verb);
        try {
            connection.session.applyTimeouts(h);
        } catch (WinInetException | RuntimeException e) {
            request.state.closeQuietly();
            throw e;
        }
        if (securityFlags != 0) {
            LOG.log(System.Logger.Level.WARNING, "winnet4j: " + description + " skips certificate checks " + leniency);
            try {
                Raw.setDword(connection.backend(), h, INTERNET_OPTION_SECURITY_FLAGS,
                        securityFlags | currentSecurityFlags(request), "security flags");
                // A connection that passed with checks skipped must not go back to the process-wide
                // pool, where a later strict request could be handed it without any check.
                request.setHeader("Connection", "close");
            } catch (WinInetException | RuntimeException e) {
                request.state.closeQuietly();
                throw e;
            }
        }
        return request;
    }

    private static int currentSecurityFlags(HttpRequest request) {
        try {
            return request.queryDwordOption(INTERNET_OPTION_SECURITY_FLAGS);
        } catch (WinInetException e) {
            return 0;
        }
    }
}

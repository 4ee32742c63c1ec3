package io.github.winnet4j.api;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
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
    // Empty and shared until something is added: most requests set none of these.
    private List<String> acceptTypes = List.of();
    private Set<RequestFlag> flags = Set.of();
    private Set<CertificateLeniency> leniency = Set.of();

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
        if (acceptTypes.isEmpty()) {
            acceptTypes = new ArrayList<>();
        }
        RequestLine.addAcceptTypes(acceptTypes, types);
        return this;
    }

    /** Request flags. */
    public HttpRequestBuilder flags(RequestFlag... flags) {
        for (RequestFlag f : flags) {
            Arguments.requireNonNull(f, "flag");
            if (this.flags.isEmpty()) {
                this.flags = EnumSet.noneOf(RequestFlag.class);
            }
            this.flags.add(f);
        }
        return this;
    }

    /**
     * Skips the named certificate checks for this request only. Logged as a warning: this is for
     * test servers and known private deployments, never a default.
     *
     * <p>WinINet remembers such an acceptance for the server (host and port) for the rest of the
     * process, and may hand it to later requests, in any session. The wrappers check every HTTPS
     * request's connection before sending and after the response headers arrive: a request that
     * finds a check skipped that it did not name itself fails with the error of that check
     * (ERROR_INTERNET_SEC_CERT_DATE_INVALID, ERROR_INTERNET_INVALID_CA,
     * ERROR_INTERNET_SEC_CERT_REV_FAILED, ERROR_INTERNET_SEC_INVALID_CERT,
     * ERROR_INTERNET_SEC_CERT_CN_INVALID). So a strict request to a server that this process once
     * accepted leniently keeps failing, even when the server's certificate has since been fixed,
     * until the process ends; a request that needs the leniency must keep asking for it.
     */
    public HttpRequestBuilder allowInsecure(CertificateLeniency... checks) {
        for (CertificateLeniency c : checks) {
            Arguments.requireNonNull(c, "leniency");
            if (leniency.isEmpty()) {
                leniency = EnumSet.noneOf(CertificateLeniency.class);
            }
            leniency.add(c);
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
        if (connection.hasCredentials) {
            CachedCredentials.given(connection.backend(), connection.server);
        } else if (!connection.session.reuseCachedCredentials) {
            CachedCredentials.forget(connection.backend(), connection.server, description);
        }
        if (connection.secure) {
            InheritedLeniency.dropLenientConnections(connection.backend(), connection.server, securityFlags, description);
            if (securityFlags != 0) {
                InheritedLeniency.lenient(connection.backend(), connection.server, securityFlags);
            }
        }
        DWORD_PTR context = connection.session.contextFor(description);
        HINTERNET h;
        try (ScratchMemory scratch = ScratchMemory.open()) {
            List<Memory> acceptMemory = acceptTypes.isEmpty() ? List.of() : new ArrayList<>();
            Memory acceptArray = RequestLine.acceptArray(acceptTypes, acceptMemory);
            Pointer verbText = scratch.utf16(verb, "verb");
            Pointer pathText = scratch.utf16(path, "path");
            Pointer versionText = scratch.utf16(version, "version");
            Pointer referrerText = scratch.utf16(referrer, "referrer");
            try (HandleUse u = connection.useToOpen()) {
                h = connection.backend().wininet().HttpOpenRequestW(u.value(), verbText, pathText, versionText,
                        referrerText, acceptArray, dwFlags, context);
            }
            // The array holds only addresses: its strings must outlive the call.
            Reference.reachabilityFence(acceptMemory);
            if (h == null) {
                throw Raw.failure(connection.backend(), "HttpOpenRequestW", description);
            }
        }
        HttpRequest request = new HttpRequest(new HandleState(connection.backend(), h, description, connection.state), verb,
                connection.secure ? securityFlags : HttpRequest.NOT_SECURE);
        try (HandleUse held = request.use()) { // h stays this request's while its options are set
            connection.session.applyTimeouts(held.value());
        } catch (WinInetException | RuntimeException e) {
            request.state.closeQuietly();
            throw e;
        }
        if (securityFlags != 0) {
            LOG.log(System.Logger.Level.WARNING, "winnet4j: " + description + " skips certificate checks " + leniency);
            try (HandleUse held = request.use()) {
                Raw.setDword(connection.backend(), held.value(), INTERNET_OPTION_SECURITY_FLAGS,
                        securityFlags | currentSecurityFlags(request), "security flags");
                // A connection that passed with checks skipped should not go back to the
                // process-wide pool. Not every implementation honours this (Wine 8 pools it all the
                // same); HttpRequest refuses a strict request that is handed such a connection.
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

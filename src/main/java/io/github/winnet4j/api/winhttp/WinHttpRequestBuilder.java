package io.github.winnet4j.api.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.winnet4j.api.HandleUse;
import io.github.winnet4j.marshal.Arguments;
import io.github.winnet4j.marshal.RequestLine;
import io.github.winnet4j.marshal.ScratchMemory;
import io.github.winnet4j.raw.HINTERNET;
import io.github.winnet4j.raw.WinHttpConstants;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Settings for a {@link WinHttpRequest}; see {@link WinHttpConnection#request(String, String)}.
 * Defaults: HTTP/1.1, no referrer, WinHTTP's default accept types, certificates fully checked,
 * no credentials, at most {@value #DEFAULT_AUTH_ROUNDS} authentication rounds.
 */
public final class WinHttpRequestBuilder {
    /** Authentication rounds (a 407 and then a 401, each answered once) unless set otherwise. */
    public static final int DEFAULT_AUTH_ROUNDS = 3;
    private static final System.Logger LOG = System.getLogger(WinHttpRequestBuilder.class.getName());

    private final WinHttpConnection connection;
    final String verb;
    final String path;
    private String version;
    private String referrer;
    // Empty and shared until something is added: most requests set none of these.
    private List<String> acceptTypes = List.of();
    private Set<WinHttpRequestFlag> flags = Set.of();
    private Set<WinHttpCertificateLeniency> leniency = Set.of();
    Credentials serverCredentials;
    Credentials proxyCredentials;
    private AutoLogonPolicy autoLogon;
    int maxAuthRounds = DEFAULT_AUTH_ROUNDS;

    WinHttpRequestBuilder(WinHttpConnection connection, String verb, String path) {
        RequestLine.check(verb, path);
        this.connection = connection;
        this.verb = verb;
        this.path = path;
    }

    /** The HTTP version, {@code "HTTP/1.1"} (default) or {@code "HTTP/1.0"}. */
    public WinHttpRequestBuilder version(String version) {
        this.version = RequestLine.requireVersion(version);
        return this;
    }

    /** The Referer header. */
    public WinHttpRequestBuilder referrer(String referrer) {
        this.referrer = Arguments.requireHeaderValue(referrer, "referrer");
        return this;
    }

    /** Media types for the Accept header, e.g. {@code "text/*"}. */
    public WinHttpRequestBuilder accept(String... types) {
        if (acceptTypes.isEmpty()) {
            acceptTypes = new ArrayList<>();
        }
        RequestLine.addAcceptTypes(acceptTypes, types);
        return this;
    }

    /** WinHttpOpenRequest flags. */
    public WinHttpRequestBuilder flags(WinHttpRequestFlag... flags) {
        for (WinHttpRequestFlag f : flags) {
            Arguments.requireNonNull(f, "flag");
            if (this.flags.isEmpty()) {
                this.flags = EnumSet.noneOf(WinHttpRequestFlag.class);
            }
            this.flags.add(f);
        }
        return this;
    }

    /**
     * Skips the named certificate checks for this request only, logged as a warning: for test
     * servers and known private deployments, never a default.
     */
    public WinHttpRequestBuilder allowInsecure(WinHttpCertificateLeniency... checks) {
        for (WinHttpCertificateLeniency c : checks) {
            Arguments.requireNonNull(c, "leniency");
            if (leniency.isEmpty()) {
                leniency = EnumSet.noneOf(WinHttpCertificateLeniency.class);
            }
            leniency.add(c);
        }
        return this;
    }

    /** Credentials for a server's 401 (Basic, Digest, NTLM, Negotiate: the strongest offered). */
    public WinHttpRequestBuilder credentials(Credentials credentials) {
        this.serverCredentials = Arguments.requireNonNull(credentials, "credentials");
        return this;
    }

    /** Credentials for a proxy's 407. */
    public WinHttpRequestBuilder proxyCredentials(Credentials credentials) {
        this.proxyCredentials = Arguments.requireNonNull(credentials, "proxyCredentials");
        return this;
    }

    /**
     * Lets NTLM/Negotiate challenges without given credentials be answered with the logged-on
     * user's identity under this policy (Windows only).
     */
    public WinHttpRequestBuilder autoLogon(AutoLogonPolicy policy) {
        this.autoLogon = Arguments.requireNonNull(policy, "policy");
        return this;
    }

    /** How many 401/407 challenges {@link WinHttpRequest#receive()} answers at most (0: none). */
    public WinHttpRequestBuilder maxAuthRounds(int rounds) {
        if (rounds < 0 || rounds > 10) {
            throw new IllegalArgumentException("maxAuthRounds is " + rounds + "; 0 to 10");
        }
        this.maxAuthRounds = rounds;
        return this;
    }

    /** Opens the request handle (WinHttpOpenRequest; no traffic until it is sent). */
    public WinHttpRequest open() throws WinHttpException {
        int dwFlags = connection.https ? WinHttpConstants.WINHTTP_FLAG_SECURE : 0;
        for (WinHttpRequestFlag f : flags) {
            dwFlags |= f.value;
        }
        String description = "WinHttpRequest(" + verb + " " + path + ")";
        HINTERNET h;
        try (ScratchMemory scratch = ScratchMemory.open()) {
            List<Memory> keep = acceptTypes.isEmpty() ? List.of() : new ArrayList<>();
            Memory accept = RequestLine.acceptArray(acceptTypes, keep);
            Pointer verbText = scratch.utf16(verb, "verb");
            Pointer pathText = scratch.utf16(path, "path");
            Pointer versionText = scratch.utf16(version, "version");
            Pointer referrerText = scratch.utf16(referrer, "referrer");
            try (HandleUse u = connection.useToOpen()) {
                h = connection.backend().winhttp().WinHttpOpenRequest(u.value(), verbText, pathText, versionText,
                        referrerText, accept, dwFlags);
            }
            // The array holds only addresses: its strings must outlive the call.
            Reference.reachabilityFence(keep);
            if (h == null) {
                throw Calls.failure(connection.backend(), "WinHttpOpenRequest", description);
            }
        }
        WinHttpRequest request = new WinHttpRequest(connection.node().child(h, description, Calls.CLOSER), connection.node(), this);
        try (HandleUse held = request.use()) { // h stays this request's while its options are set
            connection.session.applyTimeouts(held.value());
            if (autoLogon != null) {
                Calls.setDword(connection.backend(), h, WinHttpConstants.WINHTTP_OPTION_AUTOLOGON_POLICY,
                        autoLogon.value, description);
            }
            applyLeniency(h, description);
        } catch (WinHttpException | RuntimeException e) {
            request.node.closeQuietly();
            throw e;
        }
        return request;
    }

    private void applyLeniency(HINTERNET h, String description) throws WinHttpException {
        int securityFlags = 0;
        for (WinHttpCertificateLeniency c : leniency) {
            securityFlags |= c.securityFlag;
        }
        if (securityFlags == 0) {
            return;
        }
        LOG.log(System.Logger.Level.WARNING, "winnet4j: " + description + " skips certificate checks " + leniency);
        Calls.setDword(connection.backend(), h, WinHttpConstants.WINHTTP_OPTION_SECURITY_FLAGS, securityFlags,
                description);
    }
}

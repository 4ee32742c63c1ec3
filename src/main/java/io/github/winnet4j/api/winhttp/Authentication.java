package io.github.winnet4j.api.winhttp;

import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.api.HandleUse;
import io.github.winnet4j.marshal.Utf16;

import java.util.HashSet;
import java.util.Set;

import static io.github.winnet4j.raw.WinHttpConstants.*;

/**
 * Answers one request's 401/407 challenges: WinHttpQueryAuthSchemes, then WinHttpSetCredentials
 * with the given credentials (the strongest scheme offered) or, for NTLM/Negotiate without
 * credentials, the logged-on user (user and password {@code NULL}). Each target and scheme is
 * tried once: a second challenge for it means the credentials were refused.
 */
final class Authentication {
    private static final System.Logger LOG = System.getLogger(Authentication.class.getName());
    /** Strongest first. */
    private static final int[] PREFERENCE = {
        WINHTTP_AUTH_SCHEME_NEGOTIATE, WINHTTP_AUTH_SCHEME_NTLM, WINHTTP_AUTH_SCHEME_DIGEST, WINHTTP_AUTH_SCHEME_BASIC,
    };

    private final WinHttpRequest request;
    private final Set<String> tried = new HashSet<>();

    Authentication(WinHttpRequest request) {
        this.request = request;
    }

    /** Sets credentials for the challenge just received; {@code false} when there is nothing to try. */
    boolean answer(int status) throws WinHttpException {
        IntByReference supported = new IntByReference();
        IntByReference first = new IntByReference();
        IntByReference target = new IntByReference();
        try (HandleUse u = request.use()) {
            if (!request.backend().winhttp().WinHttpQueryAuthSchemes(u.value(), supported, first, target)) {
                // No usable WWW-Authenticate/Proxy-Authenticate: the challenge is the response.
                LOG.log(System.Logger.Level.DEBUG, () -> request + ": WinHttpQueryAuthSchemes failed with "
                        + request.backend().lastError());
                return false;
            }
        }
        int authTarget = status == 407 ? WINHTTP_AUTH_TARGET_PROXY : target.getValue();
        Credentials credentials = authTarget == WINHTTP_AUTH_TARGET_PROXY
                ? request.settings.proxyCredentials : request.settings.serverCredentials;
        int scheme = choose(supported.getValue(), credentials != null);
        if (scheme == 0 || !tried.add(authTarget + "/" + scheme)) {
            return false;
        }
        String user = credentials == null ? null : credentials.user();
        String password = credentials == null ? null : credentials.password();
        try (HandleUse u = request.use()) {
            if (!request.backend().winhttp().WinHttpSetCredentials(u.value(), authTarget, scheme,
                    Utf16.encode(user, "user"), Utf16.encode(password, "password"), null)) {
                throw Calls.failure(request.backend(), "WinHttpSetCredentials", request.toString());
            }
        }
        return true;
    }

    /** The strongest offered scheme usable with what we have; 0 for none. */
    static int choose(int supported, boolean haveCredentials) {
        for (int scheme : PREFERENCE) {
            if ((supported & scheme) == 0) {
                continue;
            }
            boolean integrated = scheme == WINHTTP_AUTH_SCHEME_NEGOTIATE || scheme == WINHTTP_AUTH_SCHEME_NTLM;
            if (haveCredentials || integrated) {
                return scheme;
            }
        }
        return 0;
    }
}

package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.HeaderList;
import io.github.winnet4j.backends.java.OutgoingHeaders;
import io.github.winnet4j.raw.WinHttpConstants;

import java.net.URI;

/**
 * The headers that go out with one exchange of a request, in order (what
 * WINHTTP_QUERY_FLAG_REQUEST_HEADERS reports): Accept from the accept types, User-Agent from the
 * session's agent, Referer, the no-cache pair of WINHTTP_FLAG_REFRESH, the caller's headers, Host,
 * the session's cookies (unless WINHTTP_DISABLE_COOKIES) and the authorization headers.
 */
final class RequestHeaders {
    private RequestHeaders() {
    }

    static HeaderList build(RequestHandle r, URI url, RequestAuth.Headers auth) {
        HeaderList sent = new HeaderList();
        if (!r.http.acceptTypes.isEmpty()) {
            sent.add("Accept", String.join(", ", r.http.acceptTypes));
        }
        Object agent = r.option(WinHttpConstants.WINHTTP_OPTION_USER_AGENT);
        if (agent instanceof String a && !a.isEmpty()) {
            sent.add("User-Agent", a);
        }
        if (r.http.referrer != null && !r.http.referrer.isEmpty()) {
            sent.add("Referer", r.http.referrer);
        }
        if (r.http.hasFlag(WinHttpConstants.WINHTTP_FLAG_REFRESH)) {
            sent.add("Pragma", "no-cache");
            sent.add("Cache-Control", "no-cache");
        }
        OutgoingHeaders.addCallerHeaders(sent, r.http.headers);
        OutgoingHeaders.addHost(sent, url);
        if ((r.disabledFeatures() & WinHttpConstants.WINHTTP_DISABLE_COOKIES) == 0) {
            OutgoingHeaders.addCookies(sent, r.connect.session.cookies.cookiesFor(url));
        }
        if (auth.authorization() != null) {
            sent.set("Authorization", auth.authorization());
        }
        if (auth.proxyAuthorization() != null) {
            sent.set("Proxy-Authorization", auth.proxyAuthorization());
        }
        return sent;
    }
}

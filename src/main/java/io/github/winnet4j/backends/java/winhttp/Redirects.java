package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.ResponseHead;
import io.github.winnet4j.backends.java.Win32Failure;
import io.github.winnet4j.raw.WinHttpConstants;
import io.github.winnet4j.raw.WinHttpErrors;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which redirects WinHTTP follows by itself: 301, 302, 303, 307 and 308 with a Location, unless
 * WINHTTP_DISABLE_REDIRECTS or WINHTTP_OPTION_REDIRECT_POLICY_NEVER; with the default policy
 * (DISALLOW_HTTPS_TO_HTTP) a redirect from https to http is not followed and the caller gets the
 * 3xx response; with ALWAYS it is. A redirect to another scheme (ftp:, file:, ...) fails with
 * ERROR_WINHTTP_REDIRECT_FAILED, which the reference gives for "the scheme changed" (Wine's
 * winhttp does the same).
 */
final class Redirects {
    private Redirects() {
    }

    static int maxRedirects(RequestHandle r) {
        Object value = r.option(WinHttpConstants.WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS);
        return value instanceof Integer i ? i : WinHttpExchange.DEFAULT_MAX_REDIRECTS;
    }

    static int policy(WinHttpObject object) {
        Object value = object.option(WinHttpConstants.WINHTTP_OPTION_REDIRECT_POLICY);
        return value instanceof Integer i ? i : WinHttpConstants.WINHTTP_OPTION_REDIRECT_POLICY_DEFAULT;
    }

    /** The URL to follow, or {@code null} when the response goes to the caller. */
    static URI target(RequestHandle r, ResponseHead head) throws Win32Failure {
        int code = head.statusCode;
        if (code != 301 && code != 302 && code != 303 && code != 307 && code != 308) {
            return null;
        }
        int policy = policy(r);
        if ((r.disabledFeatures() & WinHttpConstants.WINHTTP_DISABLE_REDIRECTS) != 0
                || policy == WinHttpConstants.WINHTTP_OPTION_REDIRECT_POLICY_NEVER) {
            return null;
        }
        String location = head.headers.first("Location");
        if (location == null || location.isBlank()) {
            return null;
        }
        URI target;
        try {
            target = r.http.url.resolve(new URI(ObjectNames.escape(location.strip(), 0)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_REDIRECT_FAILED);
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_REDIRECT_FAILED);
        }
        if (r.http.secure() && scheme.equals("http")
                && policy == WinHttpConstants.WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP) {
            return null;
        }
        return target;
    }
}

package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.Win32Failure;
import io.github.winnet4j.raw.WinHttpErrors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Downloads a PAC script (WINHTTP_AUTOPROXY_CONFIG_URL) directly (never through a proxy), within
 * the session's connect and receive timeouts, refusing scripts over {@value #MAX_SCRIPT_BYTES}
 * bytes. Any failure, including a status other than 200, is ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT.
 */
final class PacFetch {
    static final int MAX_SCRIPT_BYTES = 1 << 20;

    private PacFetch() {
    }

    static String fetch(String url, int connectTimeoutMs, int receiveTimeoutMs) throws Win32Failure {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT);
        }
        HttpURLConnection c = null;
        try {
            c = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
            c.setConnectTimeout(connectTimeoutMs);
            c.setReadTimeout(receiveTimeoutMs);
            c.setUseCaches(false);
            c.setInstanceFollowRedirects(true);
            if (c.getResponseCode() != 200) {
                throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT);
            }
            try (InputStream in = c.getInputStream()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    out.write(buffer, 0, n);
                    if (out.size() > MAX_SCRIPT_BYTES) {
                        throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT);
                    }
                }
                return out.toString(StandardCharsets.UTF_8);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Win32Failure(WinHttpErrors.ERROR_WINHTTP_UNABLE_TO_DOWNLOAD_SCRIPT, e);
        } finally {
            if (c != null) {
                c.disconnect();
            }
        }
    }
}

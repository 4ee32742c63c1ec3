package io.github.winnet4j.backends.java.winhttp;

import io.github.winnet4j.backends.java.HeaderList;
import io.github.winnet4j.raw.WinHttpConstants;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * WINHTTP_OPTION_DECOMPRESSION: when set, the request asks for gzip/deflate (unless the caller
 * chose an Accept-Encoding) and a body the server encoded that way is inflated as it is read.
 * Inflation streams through a small buffer, so a decompression bomb costs time the caller
 * controls (it reads), never memory; the inflated length is unknown in advance.
 */
final class Decompression {
    private Decompression() {
    }

    /** The WINHTTP_DECOMPRESSION_FLAG_* set on the request or an ancestor, 0 when none. */
    static int flags(RequestHandle r) {
        return r.option(WinHttpConstants.WINHTTP_OPTION_DECOMPRESSION) instanceof Integer i ? i : 0;
    }

    /** Adds Accept-Encoding for the enabled codings, unless the request has one already. */
    static void ask(RequestHandle r, HeaderList sent) {
        int flags = flags(r);
        if (flags == 0 || sent.first("Accept-Encoding") != null) {
            return;
        }
        boolean gzip = (flags & WinHttpConstants.WINHTTP_DECOMPRESSION_FLAG_GZIP) != 0;
        boolean deflate = (flags & WinHttpConstants.WINHTTP_DECOMPRESSION_FLAG_DEFLATE) != 0;
        sent.add("Accept-Encoding", gzip && deflate ? "gzip, deflate" : gzip ? "gzip" : "deflate");
    }

    /** Whether a body with this Content-Encoding is inflated for the request. */
    static boolean applies(RequestHandle r, String contentEncoding) {
        if (contentEncoding == null) {
            return false;
        }
        String coding = contentEncoding.strip().toLowerCase(Locale.ROOT);
        int flags = flags(r);
        return coding.equals("gzip") && (flags & WinHttpConstants.WINHTTP_DECOMPRESSION_FLAG_GZIP) != 0
                || coding.equals("deflate") && (flags & WinHttpConstants.WINHTTP_DECOMPRESSION_FLAG_DEFLATE) != 0;
    }

    /** The inflating stream over {@code in} for {@code contentEncoding} (gzip or deflate). */
    static InputStream inflate(InputStream in, String contentEncoding) throws IOException {
        return contentEncoding.strip().equalsIgnoreCase("gzip") ? new GZIPInputStream(in, 8192)
                : new InflaterInputStream(in);
    }
}

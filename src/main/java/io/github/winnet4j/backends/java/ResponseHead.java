package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetErrors;

import java.net.HttpURLConnection;

/**
 * The status line and headers of a response, in the order and case the server sent them, as
 * HttpQueryInfoW reports them.
 */
public final class ResponseHead {
    public final String statusLine;
    public final String version;
    public final int statusCode;
    public final String statusText;
    public final HeaderList headers;

    ResponseHead(String statusLine, String version, int statusCode, String statusText, HeaderList headers) {
        this.statusLine = statusLine;
        this.version = version;
        this.statusCode = statusCode;
        this.statusText = statusText;
        this.headers = headers;
    }

    /**
     * Reads the head of a connection whose response code has been read.
     *
     * @throws Win32Failure ERROR_HTTP_INVALID_SERVER_RESPONSE for a status line that is not HTTP
     */
    public static ResponseHead of(HttpURLConnection connection) throws Win32Failure {
        String line = connection.getHeaderField(0);
        if (line == null || connection.getHeaderFieldKey(0) != null) {
            throw new Win32Failure(WinInetErrors.ERROR_HTTP_INVALID_SERVER_RESPONSE);
        }
        ResponseHead head = parseStatusLine(line);
        for (int i = 1; i < 10_000; i++) {
            String value = connection.getHeaderField(i);
            String name = connection.getHeaderFieldKey(i);
            if (value == null && name == null) {
                break;
            }
            if (name != null) {
                head.headers.add(name, value == null ? "" : value);
            }
        }
        return head;
    }

    /** Parses {@code HTTP/1.1 200 OK}; the reason phrase may be empty. */
    public static ResponseHead parseStatusLine(String line) throws Win32Failure {
        String trimmed = line.strip();
        int first = trimmed.indexOf(' ');
        if (!trimmed.startsWith("HTTP/") || first < 0) {
            throw new Win32Failure(WinInetErrors.ERROR_HTTP_INVALID_SERVER_RESPONSE);
        }
        String version = trimmed.substring(0, first);
        // Indices rather than substrings: this runs once per response.
        int codeStart = first + 1;
        while (codeStart < trimmed.length() && Character.isWhitespace(trimmed.charAt(codeStart))) {
            codeStart++;
        }
        int second = trimmed.indexOf(' ', codeStart);
        int codeEnd = second < 0 ? trimmed.length() : second;
        String text = second < 0 ? "" : trimmed.substring(second + 1);
        int code;
        try {
            code = Integer.parseInt(trimmed, codeStart, codeEnd, 10);
        } catch (NumberFormatException e) {
            throw new Win32Failure(WinInetErrors.ERROR_HTTP_INVALID_SERVER_RESPONSE);
        }
        if (code < 100 || code > 999) {
            throw new Win32Failure(WinInetErrors.ERROR_HTTP_INVALID_SERVER_RESPONSE);
        }
        return new ResponseHead(trimmed, version, code, text, new HeaderList());
    }

    /** A head made up when the engine cannot give the real one (see {@link HttpEngine}). */
    public static ResponseHead synthetic(int code, String text) {
        return new ResponseHead("HTTP/1.1 " + code + " " + text, "HTTP/1.1", code, text, new HeaderList());
    }

    /** The body's declared length, or -1 when there is none or it does not apply. */
    public long contentLength(boolean headRequest) {
        if (headRequest || statusCode == 204 || statusCode == 304 || statusCode < 200) {
            return -1;
        }
        String te = headers.first("Transfer-Encoding");
        if (te != null && !te.isBlank() && !te.equalsIgnoreCase("identity")) {
            return -1;
        }
        String cl = headers.first("Content-Length");
        if (cl == null) {
            return -1;
        }
        try {
            return Long.parseLong(cl.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

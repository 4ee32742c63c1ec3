package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetConstants;
import io.github.winnet4j.raw.WinInetErrors;

import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of HTTP headers with the case given, as WinINet keeps request headers, and
 * the HTTP_ADDREQ_FLAG_* rules of HttpAddRequestHeadersW. Not thread-safe: a request is used by
 * one thread at a time.
 */
public final class HeaderList {
    /** One header line. */
    public record Header(String name, String value) {
    }

    private final List<Header> headers = new ArrayList<>();

    public List<Header> all() {
        return List.copyOf(headers);
    }

    public boolean isEmpty() {
        return headers.isEmpty();
    }

    /** The n-th value (0-based) of the header with this name (case-insensitive), or {@code null}. */
    public String value(String name, int occurrence) {
        int seen = 0;
        for (Header h : headers) {
            if (h.name.equalsIgnoreCase(name) && seen++ == occurrence) {
                return h.value;
            }
        }
        return null;
    }

    public String first(String name) {
        return value(name, 0);
    }

    public void add(String name, String value) {
        headers.add(new Header(name, value));
    }

    /** Replaces the first header of this name (keeping its position) or appends it. */
    public void set(String name, String value) {
        int i = indexOf(name);
        if (i < 0) {
            headers.add(new Header(name, value));
        } else {
            headers.set(i, new Header(headers.get(i).name, value));
        }
    }

    public void removeAll(String name) {
        headers.removeIf(h -> h.name.equalsIgnoreCase(name));
    }

    /**
     * Applies a block of header lines ("Name: value", separated by CR LF) with HTTP_ADDREQ_FLAG_*
     * modifiers. Blank lines are skipped.
     *
     * @throws Win32Failure ERROR_HTTP_INVALID_HEADER for a line without a name and colon,
     *                      ERROR_HTTP_HEADER_ALREADY_EXISTS for ADD_IF_NEW on an existing header,
     *                      ERROR_HTTP_HEADER_NOT_FOUND for REPLACE (without ADD) of a missing one
     */
    public void apply(String block, int modifiers) throws Win32Failure {
        for (String line : block.split("\r\n|\n|\r")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(0, colon).isBlank()) {
                throw new Win32Failure(WinInetErrors.ERROR_HTTP_INVALID_HEADER);
            }
            applyOne(line.substring(0, colon).strip(), line.substring(colon + 1).strip(), modifiers);
        }
    }

    private void applyOne(String name, String value, int modifiers) throws Win32Failure {
        int existing = indexOf(name);
        if ((modifiers & WinInetConstants.HTTP_ADDREQ_FLAG_REPLACE) != 0) {
            if (existing < 0) {
                if ((modifiers & WinInetConstants.HTTP_ADDREQ_FLAG_ADD) == 0) {
                    throw new Win32Failure(WinInetErrors.ERROR_HTTP_HEADER_NOT_FOUND);
                }
                if (!value.isEmpty()) {
                    add(name, value);
                }
            } else if (value.isEmpty()) {
                removeAll(name);
            } else {
                headers.set(existing, new Header(headers.get(existing).name, value));
            }
            return;
        }
        if ((modifiers & WinInetConstants.HTTP_ADDREQ_FLAG_ADD_IF_NEW) != 0) {
            if (existing >= 0) {
                throw new Win32Failure(WinInetErrors.ERROR_HTTP_HEADER_ALREADY_EXISTS);
            }
            add(name, value);
            return;
        }
        boolean comma = (modifiers & WinInetConstants.HTTP_ADDREQ_FLAG_COALESCE_WITH_COMMA) != 0;
        boolean semicolon = (modifiers & WinInetConstants.HTTP_ADDREQ_FLAG_COALESCE_WITH_SEMICOLON) != 0;
        if ((comma || semicolon) && existing >= 0) {
            Header h = headers.get(existing);
            headers.set(existing, new Header(h.name, h.value + (semicolon ? "; " : ", ") + value));
            return;
        }
        add(name, value);
    }

    private int indexOf(String name) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).name.equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}

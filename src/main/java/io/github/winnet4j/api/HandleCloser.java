package io.github.winnet4j.api;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.HINTERNET;

import java.io.IOException;

/**
 * Closes one native handle value of a handle tree: InternetCloseHandle for WinINet,
 * WinHttpCloseHandle for WinHTTP. Throws the tree's own exception type when the call fails.
 *
 * <p>Part of the handle-tree machinery shared with {@code io.github.winnet4j.api.winhttp};
 * applications have no use for it.
 */
@FunctionalInterface
public interface HandleCloser {
    /** Closes {@code value}; the caller never passes it again, whatever the outcome. */
    void close(Backend backend, HINTERNET value, String description) throws IOException;
}

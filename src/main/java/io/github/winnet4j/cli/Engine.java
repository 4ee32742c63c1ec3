package io.github.winnet4j.cli;

import java.io.IOException;

/**
 * One open session of a Windows HTTP stack (WinINet or WinHTTP) as a transfer needs it, so that
 * {@link HttpTransfer} runs the same steps (headers, body, redirects, output) over either. Closing
 * it from another thread cancels whatever call is blocked under it ({@code --max-time}).
 */
interface Engine extends AutoCloseable {

    /** {@code "wininet"} or {@code "winhttp"}, as {@code --engine} names it. */
    String name();

    /**
     * Opens a connection and a request for {@code verb target} (no traffic yet). Automatic
     * redirects are off: the transfer follows them itself.
     *
     * @param credentials for the server's challenge, or {@code null}
     */
    Exchange open(String verb, Target target, Credentials credentials) throws IOException;

    @Override
    void close() throws IOException;
}

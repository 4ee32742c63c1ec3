package io.github.winnet4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.OptionalLong;

/** One request and its response on an {@link Engine}: what {@link HttpTransfer} does with a request. */
interface Exchange extends AutoCloseable {

    /** Adds a request header. */
    void addHeader(String name, String value) throws IOException;

    /** Removes a request header the engine would send by itself. */
    void removeHeader(String name) throws IOException;

    /** Sends the request with {@code body} (empty for none) and waits for the response headers. */
    void send(byte[] body) throws IOException;

    /** Sends the headers declaring a body of {@code length} bytes, written to the returned stream. */
    OutputStream sendStreaming(long length) throws IOException;

    /** After the stream of {@link #sendStreaming} is closed: waits for the response headers. */
    void receiveAfterStreaming() throws IOException;

    int statusCode() throws IOException;

    String statusText() throws IOException;

    /** The status line and headers as received, CR LF separated. */
    String rawHeaders() throws IOException;

    Optional<String> header(String name) throws IOException;

    OptionalLong contentLength() throws IOException;

    InputStream body() throws IOException;

    @Override
    void close() throws IOException;
}

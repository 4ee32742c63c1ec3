package io.github.winnet4j.api.winhttp;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.api.HandleUse;
import io.github.winnet4j.api.HandleNode;
import io.github.winnet4j.marshal.Arguments;
import io.github.winnet4j.backends.HeapTransfer;
import io.github.winnet4j.marshal.BodyInputStream;
import io.github.winnet4j.marshal.BufferSize;
import io.github.winnet4j.marshal.DeclaredLengthOutputStream;
import io.github.winnet4j.marshal.HeaderQueries;
import io.github.winnet4j.marshal.ScratchMemory;
import io.github.winnet4j.raw.WinHttp;
import io.github.winnet4j.raw.WinHttpErrors;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static io.github.winnet4j.raw.WinHttpConstants.*;
import static io.github.winnet4j.raw.WinHttpErrors.ERROR_WINHTTP_HEADER_NOT_FOUND;

/**
 * One HTTP request and its response over WinHTTP: set headers, {@link #send()} (no body, a byte
 * array, or a streamed body of declared length), {@link #receive()}, then read the status, the
 * headers and the body. A 4xx or 5xx status is an ordinary response.
 *
 * <p>{@link #receive()} answers 401 and 407 challenges itself, at most the builder's number of
 * rounds: with the {@link Credentials} given for the server or the proxy (the strongest scheme
 * offered), or, on Windows, with the logged-on user for NTLM/Negotiate under the
 * {@link AutoLogonPolicy}. It can resend only a body it holds (none, or a byte array); after a
 * streamed body the challenge is returned as the response.
 *
 * <pre>{@code
 * try (WinHttpRequest request = server.request("POST", "/upload")
 *         .credentials(new Credentials("alice", secret)).open()) {
 *     request.setHeader("Content-Type", "application/json");
 *     request.send(json.getBytes(StandardCharsets.UTF_8));
 *     request.receive();
 *     try (InputStream body = request.body()) {
 *         System.out.println(request.statusCode() + ": " + new String(body.readAllBytes(), UTF_8));
 *     }
 * }
 * }</pre>
 *
 * <p>One thread at a time; closing the request from another thread cancels a blocked call.
 */
public final class WinHttpRequest extends WinHttpHandle {
    private enum Phase { OPEN, SENDING, SENT, RECEIVED }

    final WinHttpRequestBuilder settings;
    private final HandleNode connectionNode;
    private volatile Phase phase = Phase.OPEN;
    /** The status code of the response received last, once queried, or -1. */
    private volatile int status = -1;
    /** The body as sent, for a resend after a challenge; null when streamed (not replayable). */
    private byte[] replayableBody;
    private BodyInputStream body;

    WinHttpRequest(HandleNode node, HandleNode connectionNode, WinHttpRequestBuilder settings) {
        super(node);
        this.connectionNode = connectionNode;
        this.settings = settings;
    }

    private WinHttp api() {
        return backend().winhttp();
    }

    /** Adds a request header (a repeated name adds another line). */
    public void addHeader(String name, String value) throws WinHttpException {
        addHeaders(line(name, value), WINHTTP_ADDREQ_FLAG_ADD);
    }

    /** Sets a request header, replacing any with the same name. */
    public void setHeader(String name, String value) throws WinHttpException {
        addHeaders(line(name, value), WINHTTP_ADDREQ_FLAG_ADD | WINHTTP_ADDREQ_FLAG_REPLACE);
    }

    private static String line(String name, String value) {
        Arguments.requireHeaderName(name, "name");
        Arguments.requireHeaderValue(value, "value");
        return name + ": " + value + "\r\n";
    }

    private void addHeaders(String block, int modifiers) throws WinHttpException {
        requirePhase(Phase.OPEN, "add headers");
        try (HandleUse u = use(); ScratchMemory scratch = ScratchMemory.open()) {
            if (!api().WinHttpAddRequestHeaders(u.value(), scratch.utf16(block, "header"), -1, modifiers)) {
                throw Calls.failure(backend(), "WinHttpAddRequestHeaders", node.description());
            }
        }
    }

    /**
     * Asks for the WebSocket upgrade (WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET) before sending; after
     * {@link #receive()} gives 101, {@link WinHttpWebSocket#upgrade(WinHttpRequest)} completes it.
     */
    public void prepareWebSocketUpgrade() throws WinHttpException {
        requirePhase(Phase.OPEN, "prepare a WebSocket upgrade");
        try (HandleUse u = use()) {
            if (!api().WinHttpSetOption(u.value(), WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, null, 0)) {
                throw Calls.failure(backend(), "WinHttpSetOption", node.description() + ", UPGRADE_TO_WEB_SOCKET");
            }
        }
    }

    /** Sends the request without a body (WinHttpSendRequest). */
    public void send() throws WinHttpException {
        send(new byte[0]);
    }

    /** Sends the request with {@code body} in one call. */
    public void send(byte[] body) throws WinHttpException {
        Arguments.requireNonNull(body, "body");
        requirePhase(Phase.OPEN, "send");
        sendBody(body);
        replayableBody = body;
        phase = Phase.SENT;
    }

    private void sendBody(byte[] body) throws WinHttpException {
        Memory m = null;
        if (body.length > 0) {
            m = new Memory(body.length);
            m.write(0, body, 0, body.length);
        }
        try (HandleUse u = use()) {
            if (!api().WinHttpSendRequest(u.value(), null, 0, m, body.length, body.length, null)) {
                throw Calls.failure(backend(), "WinHttpSendRequest", node.description());
            }
        }
    }

    /**
     * Sends the request headers declaring a body of exactly {@code length} bytes, to be written to
     * the returned stream (WinHttpWriteData). Close the stream, then {@link #receive()}. Memory use
     * does not grow with the length.
     *
     * @param length 0 to 4 GiB − 1 (declared up front in Content-Length)
     */
    public OutputStream sendStreaming(long length) throws WinHttpException {
        if (length < 0 || length > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("length is " + length + "; a declared body is 0 to 4294967295 bytes");
        }
        requirePhase(Phase.OPEN, "send");
        try (HandleUse u = use()) {
            if (!api().WinHttpSendRequest(u.value(), null, 0, null, 0, (int) length, null)) {
                throw Calls.failure(backend(), "WinHttpSendRequest", node.description());
            }
        }
        phase = Phase.SENDING;
        Optional<HeapTransfer> heap = backend().heapTransfer();
        if (heap.isPresent()) {
            HeapTransfer calls = heap.get();
            IntByReference written = new IntByReference();
            return DeclaredLengthOutputStream.overArrays(this, length, "WinHttpWriteData",
                    (b, off, len) -> write(calls, written, b, off, len), this::endStreaming,
                    "the request cannot be completed");
        }
        return new DeclaredLengthOutputStream(this, length, "WinHttpWriteData", this::write, this::endStreaming,
                "the request cannot be completed");
    }

    /** Marks a streamed body complete once its declared bytes are written. */
    private void endStreaming() {
        phase = Phase.SENT;
    }

    /** WinHttpWriteData from the caller's array, where the backend takes arrays. */
    private int write(HeapTransfer calls, IntByReference written, byte[] b, int off, int len) throws WinHttpException {
        try (HandleUse u = use()) {
            if (!calls.WinHttpWriteData(u.value(), b, off, len, written)) {
                throw Calls.failure(backend(), "WinHttpWriteData", node.description());
            }
        }
        return written.getValue();
    }

    /**
     * WinHttpReadData into the caller's array, where the backend takes arrays; 0 at the end. The
     * count is the reading thread's scratch memory: a body may be read from any thread.
     */
    private int read(HeapTransfer calls, byte[] b, int off, int len) throws WinHttpException {
        try (HandleUse u = use(); ScratchMemory scratch = ScratchMemory.open()) {
            IntByReference read = scratch.intRef(0);
            if (!calls.WinHttpReadData(u.value(), b, off, len, read)) {
                throw Calls.failure(backend(), "WinHttpReadData", node.description());
            }
            return read.getValue();
        }
    }

    private int write(Pointer buffer, int length) throws WinHttpException {
        IntByReference written = new IntByReference();
        try (HandleUse u = use()) {
            if (!api().WinHttpWriteData(u.value(), buffer, length, written)) {
                throw Calls.failure(backend(), "WinHttpWriteData", node.description());
            }
        }
        return written.getValue();
    }

    /**
     * Waits for the response headers (WinHttpReceiveResponse) and answers 401/407 challenges as
     * the class description says.
     */
    public void receive() throws WinHttpException {
        requirePhase(Phase.SENT, "receive");
        receiveOnce();
        Authentication auth = null;
        // Bounded: each round is counted; a scheme that keeps failing ends as the 401/407 response.
        for (int round = 0; round < settings.maxAuthRounds; round++) {
            int code = statusCode();
            if ((code != 401 && code != 407) || replayableBody == null) {
                break;
            }
            if (auth == null) {
                auth = new Authentication(this);
            }
            if (!auth.answer(code)) {
                break;
            }
            status = -1;
            phase = Phase.OPEN;
            sendBody(replayableBody);
            phase = Phase.SENT;
            receiveOnce();
        }
    }

    private void receiveOnce() throws WinHttpException {
        try (HandleUse u = use()) {
            if (!api().WinHttpReceiveResponse(u.value(), null)) {
                throw Calls.failure(backend(), "WinHttpReceiveResponse", node.description());
            }
        }
        status = -1;
        phase = Phase.RECEIVED;
    }

    private int read(Memory buffer, int length) throws WinHttpException {
        IntByReference read = new IntByReference();
        try (HandleUse u = use()) {
            if (!api().WinHttpReadData(u.value(), buffer, length, read)) {
                throw Calls.failure(backend(), "WinHttpReadData", node.description());
            }
        }
        return read.getValue();
    }

    /**
     * The status code, e.g. 200 or 404. Queried once per received response: later calls, and
     * {@link #body()}, reuse the answer.
     */
    public int statusCode() throws WinHttpException {
        requirePhase(Phase.RECEIVED, "query the status code");
        int known = status;
        if (known >= 0) {
            return known;
        }
        int code = queryStatusCode();
        status = code;
        return code;
    }

    private int queryStatusCode() throws WinHttpException {
        try (HandleUse u = use(); ScratchMemory scratch = ScratchMemory.open()) {
            Pointer m = scratch.zeroed(4);
            if (!api().WinHttpQueryHeaders(u.value(), WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER, null, m,
                    scratch.intRef(4), null)) {
                throw Calls.failure(backend(), "WinHttpQueryHeaders", node.description() + ", status code");
            }
            return m.getInt(0);
        }
    }

    /** The reason phrase as the server sent it, e.g. {@code "Not Found"}. */
    public String statusText() throws WinHttpException {
        return first(WINHTTP_QUERY_STATUS_TEXT, null).orElse("");
    }

    /** The response's HTTP version, e.g. {@code "HTTP/1.1"}. */
    public String httpVersion() throws WinHttpException {
        return first(WINHTTP_QUERY_VERSION, null).orElse("");
    }

    /** The first response header with this name (case-insensitive). */
    public Optional<String> header(String name) throws WinHttpException {
        Arguments.requireHeaderName(name, "name");
        return first(WINHTTP_QUERY_CUSTOM, name);
    }

    /** Every response header with this name in the order the server sent them (index iteration). */
    public List<String> headers(String name) throws WinHttpException {
        Arguments.requireHeaderName(name, "name");
        return HeaderQueries.all(index -> query(WINHTTP_QUERY_CUSTOM, name, index));
    }

    /** The status line and every header as received, lines separated by CR LF. */
    public String rawHeaders() throws WinHttpException {
        return first(WINHTTP_QUERY_RAW_HEADERS_CRLF, null).orElse("");
    }

    /** Content-Length as a 64-bit value, empty when the response has none. */
    public OptionalLong contentLength() throws WinHttpException {
        return HeaderQueries.contentLength(first(WINHTTP_QUERY_CONTENT_LENGTH, null));
    }

    /** The first value of a header (index 0). */
    private Optional<String> first(int level, String name) throws WinHttpException {
        try (ScratchMemory scratch = ScratchMemory.open()) {
            return query(level, name, scratch.intRef(0));
        }
    }

    private Optional<String> query(int level, String name, IntByReference index) throws WinHttpException {
        requirePhase(Phase.RECEIVED, "query headers");
        BufferSize.Result r;
        try (ScratchMemory scratch = ScratchMemory.open()) {
            Pointer nameMemory = scratch.utf16(name, "name");
            int start = index.getValue();
            r = BufferSize.string(backend(), "WinHttpQueryHeaders", BufferSize.Unit.BYTES, 256,
                    (buf, len) -> {
                        index.setValue(start);
                        try (HandleUse u = use()) {
                            return api().WinHttpQueryHeaders(u.value(), level, nameMemory, buf, len, index);
                        }
                    });
        }
        if (r.ok()) {
            return Optional.of(r.value());
        }
        if (r.error().code() == ERROR_WINHTTP_HEADER_NOT_FOUND) {
            return Optional.empty();
        }
        throw Calls.ofCode(backend(), r.error().call(), r.error().code(), node.description());
    }

    /**
     * The response body over WinHttpReadData. The same stream on every call; closing it does not
     * close the request. A body that ends before its Content-Length is an error, not an end.
     */
    public synchronized InputStream body() throws WinHttpException {
        requirePhase(Phase.RECEIVED, "read the body");
        if (body == null) {
            boolean none = HeaderQueries.hasNoBody(settings.verb, statusCode());
            long declared = none ? -1 : contentLength().orElse(-1);
            Optional<HeapTransfer> heap = backend().heapTransfer();
            if (heap.isPresent()) {
                HeapTransfer calls = heap.get();
                body = BodyInputStream.overArrays(this, declared, (b, off, len) -> read(calls, b, off, len),
                        this::isClosed, this::shortBody);
            } else {
                body = new BodyInputStream(this, declared, this::read, this::isClosed, this::shortBody);
            }
        }
        return body;
    }

    /** A body that broke off early must not pass for a whole one. */
    private WinHttpException shortBody(long received, long declared) {
        return new WinHttpException("WinHttpReadData", WinHttpErrors.ERROR_WINHTTP_CONNECTION_ERROR,
                "ERROR_WINHTTP_CONNECTION_ERROR", "The response ended after " + received + " of the "
                + declared + " bytes its Content-Length declared.", toString());
    }

        /** A DWORD option (WINHTTP_OPTION_*) of this request. */
    public int queryOption(int option) throws WinHttpException {
        try (HandleUse u = use()) {
            return Calls.queryDword(backend(), u.value(), option, node.description());
        }
    }

    /** Sets a DWORD option (WINHTTP_OPTION_*) of this request. */
    public void setOption(int option, int value) throws WinHttpException {
        try (HandleUse u = use()) {
            Calls.setDword(backend(), u.value(), option, value, node.description());
        }
    }

    /** The connection's node: a WebSocket upgraded from this request lives under it. */
    HandleNode connectionNode() {
        return connectionNode;
    }

    boolean isReceived() {
        return phase == Phase.RECEIVED;
    }

    private void requirePhase(Phase wanted, String action) {
        requireOpen();
        Phase now = phase;
        if (now != wanted) {
            String why = switch (now) {
                case OPEN -> "it has not been sent";
                case SENDING -> "its body is still being sent";
                case SENT -> "its response has not been received";
                case RECEIVED -> "its response has already been received";
            };
            throw new IllegalStateException("cannot " + action + " on " + node.description() + ": " + why);
        }
    }
}

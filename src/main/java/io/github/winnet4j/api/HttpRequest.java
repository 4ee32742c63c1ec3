package io.github.winnet4j.api;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.backends.HeapTransfer;
import io.github.winnet4j.marshal.Arguments;
import io.github.winnet4j.marshal.BodyInputStream;
import io.github.winnet4j.marshal.BufferSize;
import io.github.winnet4j.marshal.DeclaredLengthOutputStream;
import io.github.winnet4j.marshal.HeaderQueries;
import io.github.winnet4j.marshal.ScratchMemory;
import io.github.winnet4j.marshal.Utf16;
import io.github.winnet4j.marshal.Win32Error;
import io.github.winnet4j.raw.INTERNET_BUFFERSW;
import io.github.winnet4j.raw.WinInet;
import io.github.winnet4j.raw.WinInetErrors;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static io.github.winnet4j.raw.WinInetConstants.*;
import static io.github.winnet4j.raw.WinInetErrors.ERROR_HTTP_HEADER_NOT_FOUND;

/**
 * One HTTP request and its response (HttpOpenRequestW … HttpQueryInfoW, InternetReadFile).
 *
 * <p>Set headers, send once (with no body, a byte array, or a streamed body of declared length),
 * then read the status, the headers and the body. A 4xx or 5xx status is an ordinary response.
 *
 * <pre>{@code
 * try (HttpRequest request = server.openRequest("PUT", "/upload")) {
 *     request.setHeader("Content-Type", "application/octet-stream");
 *     try (OutputStream body = request.sendStreaming(file.length())) {
 *         Files.copy(file.toPath(), body);
 *     }
 *     if (request.statusCode() >= 300) { throw new IOException(request.statusText()); }
 * }
 * }</pre>
 *
 * <p>A request is used by one thread at a time; closing it from another thread cancels a blocked
 * read or send.
 */
public final class HttpRequest extends InternetHandle {
    private enum Phase { OPEN, SENDING, SENT }

    /** For a request that is not HTTPS: no certificate flags to check. */
    static final int NOT_SECURE = -1;

    private final String verb;
    /** The SECURITY_FLAG_IGNORE_* bits this request opted in to, or {@link #NOT_SECURE}. */
    private final int allowedLeniency;
    private volatile Phase phase = Phase.OPEN;
    /** The status code once queried in {@link Phase#SENT} (which no call leaves), or -1. */
    private volatile int status = -1;
    private BodyInputStream body;

    HttpRequest(HandleState state, String verb) {
        this(state, verb, NOT_SECURE);
    }

    HttpRequest(HandleState state, String verb, int allowedLeniency) {
        super(state);
        this.verb = verb;
        this.allowedLeniency = allowedLeniency;
    }

    static HttpRequest sent(HandleState state) {
        HttpRequest r = new HttpRequest(state, "GET");
        r.phase = Phase.SENT;
        return r;
    }

    private WinInet api() {
        return state.backend.wininet();
    }

    private Backend backendOf() {
        return state.backend;
    }

    /** Adds a request header (a repeated name adds another line). */
    public void addHeader(String name, String value) throws WinInetException {
        addHeaders(HeaderBlock.line(name, value), HTTP_ADDREQ_FLAG_ADD);
    }

    /** Sets a request header, replacing any with the same name. */
    public void setHeader(String name, String value) throws WinInetException {
        addHeaders(HeaderBlock.line(name, value), HTTP_ADDREQ_FLAG_ADD | HTTP_ADDREQ_FLAG_REPLACE);
    }

    /** Removes a request header; nothing happens when there is none. */
    public void removeHeader(String name) throws WinInetException {
        Arguments.requireHeaderName(name, "name");
        try {
            addHeaders(name + ":\r\n", HTTP_ADDREQ_FLAG_REPLACE);
        } catch (WinInetException e) {
            if (e.errorCode() != ERROR_HTTP_HEADER_NOT_FOUND) {
                throw e;
            }
        }
    }

    private void addHeaders(String block, int modifiers) throws WinInetException {
        requirePhase(Phase.OPEN, "add headers");
        try (HandleUse u = use(); ScratchMemory scratch = ScratchMemory.open()) {
            if (!api().HttpAddRequestHeadersW(u.value(), scratch.utf16(block, "header"), -1, modifiers)) {
                throw Raw.failure(backendOf(), "HttpAddRequestHeadersW", state.description);
            }
        }
    }

    /** Sends the request without a body and reads the response headers. */
    public void send() throws WinInetException {
        send(null);
    }

    /** Sends the request with {@code body} (may be {@code null}) and reads the response headers. */
    public void send(byte[] body) throws WinInetException {
        requirePhase(Phase.OPEN, "send");
        Memory m = null;
        if (body != null && body.length > 0) {
            m = new Memory(body.length);
            m.write(0, body, 0, body.length);
        }
        refuseInheritedLeniency("HttpSendRequestW");
        phase = Phase.SENDING;
        try (HandleUse u = use()) {
            if (!api().HttpSendRequestW(u.value(), null, 0, m, body == null ? 0 : body.length)) {
                WinInetException e = Raw.failure(backendOf(), "HttpSendRequestW", state.description);
                phase = Phase.OPEN;
                throw e;
            }
        }
        refuseInheritedLeniencyAfterSend("HttpSendRequestW");
        phase = Phase.SENT;
    }

    /**
     * Refuses an HTTPS request that WinINet would send, or sent, over a connection accepted with
     * certificate checks skipped that this request did not opt in to (see {@link InheritedLeniency}).
     */
    private void refuseInheritedLeniency(String call) throws WinInetException {
        refuseInheritedLeniency(call, false);
    }

    private void refuseInheritedLeniency(String call, boolean sent) throws WinInetException {
        if (allowedLeniency != NOT_SECURE) {
            try (HandleUse u = use()) {
                InheritedLeniency.check(backendOf(), u.value(), allowedLeniency, call, sent, state.description);
            }
        }
    }

    /** As {@link #refuseInheritedLeniency}, once a response is in: a refused response is never readable. */
    private void refuseInheritedLeniencyAfterSend(String call) throws WinInetException {
        try {
            refuseInheritedLeniency(call, true);
        } catch (WinInetException | RuntimeException e) {
            phase = Phase.OPEN;
            throw e;
        }
    }

    /**
     * Begins a request whose body of exactly {@code length} bytes is written to the returned
     * stream (HttpSendRequestExW, InternetWriteFile); closing the stream ends the request
     * (HttpEndRequestW) and reads the response headers. Memory use does not grow with the length.
     *
     * @param length the body's length, 0 to 4 GiB − 1 (it is declared up front in Content-Length)
     */
    public OutputStream sendStreaming(long length) throws WinInetException {
        if (length < 0 || length > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("length is " + length + "; a declared body is 0 to 4294967295 bytes");
        }
        requirePhase(Phase.OPEN, "send");
        INTERNET_BUFFERSW in = new INTERNET_BUFFERSW();
        in.dwBufferTotal = (int) length;
        refuseInheritedLeniency("HttpSendRequestExW");
        phase = Phase.SENDING;
        try (HandleUse u = use()) {
            if (!api().HttpSendRequestExW(u.value(), in, null, 0, null)) {
                WinInetException e = Raw.failure(backendOf(), "HttpSendRequestExW", state.description);
                phase = Phase.OPEN;
                throw e;
            }
        }
        Optional<HeapTransfer> heap = backendOf().heapTransfer();
        if (heap.isPresent()) {
            HeapTransfer calls = heap.get();
            IntByReference written = new IntByReference();
            return DeclaredLengthOutputStream.overArrays(this, length, "InternetWriteFile",
                    (b, off, len) -> write(calls, written, b, off, len), this::endStreaming,
                    "the request was not completed");
        }
        return new DeclaredLengthOutputStream(this, length, "InternetWriteFile", this::write, this::endStreaming,
                "the request was not completed");
    }

    /** Ends a streamed request (HttpEndRequestW) once its declared bytes are written. */
    private void endStreaming() throws WinInetException {
        try (HandleUse u = use()) {
            if (!api().HttpEndRequestW(u.value(), null, 0, null)) {
                throw Raw.failure(backendOf(), "HttpEndRequestW", state.description);
            }
        }
        refuseInheritedLeniencyAfterSend("HttpEndRequestW");
        phase = Phase.SENT;
    }

    /** Writes to the request body through InternetWriteFile. */
    private int write(Pointer buffer, int length) throws WinInetException {
        IntByReference written = new IntByReference();
        try (HandleUse u = use()) {
            if (!api().InternetWriteFile(u.value(), buffer, length, written)) {
                throw Raw.failure(backendOf(), "InternetWriteFile", state.description);
            }
        }
        return written.getValue();
    }

    /** InternetWriteFile from the caller's array, where the backend takes arrays. */
    private int write(HeapTransfer calls, IntByReference written, byte[] b, int off, int len) throws WinInetException {
        try (HandleUse u = use()) {
            if (!calls.InternetWriteFile(u.value(), b, off, len, written)) {
                throw Raw.failure(backendOf(), "InternetWriteFile", state.description);
            }
        }
        return written.getValue();
    }

    /**
     * InternetReadFile into the caller's array, where the backend takes arrays; 0 at the end. The
     * count is the reading thread's scratch memory: a body may be read from any thread.
     */
    private int read(HeapTransfer calls, byte[] b, int off, int len) throws WinInetException {
        try (HandleUse u = use(); ScratchMemory scratch = ScratchMemory.open()) {
            IntByReference read = scratch.intRef(0);
            if (!calls.InternetReadFile(u.value(), b, off, len, read)) {
                throw Raw.failure(backendOf(), "InternetReadFile", state.description);
            }
            return read.getValue();
        }
    }

    /** Reads from the response body through InternetReadFile; 0 at the end. */
    private int read(Memory buffer, int length) throws WinInetException {
        IntByReference read = new IntByReference();
        try (HandleUse u = use()) {
            if (!api().InternetReadFile(u.value(), buffer, length, read)) {
                throw Raw.failure(backendOf(), "InternetReadFile", state.description);
            }
        }
        return read.getValue();
    }

    /**
     * The status code, e.g. 200 or 404. Queried once: a sent request's response does not change
     * (nothing sends it again), so later calls, and {@link #body()}, reuse the answer.
     */
    public int statusCode() throws WinInetException {
        int known = status;
        if (known >= 0) {
            requirePhase(Phase.SENT, "query ", "status code");
            return known;
        }
        int code = queryNumber(HTTP_QUERY_STATUS_CODE, "status code");
        status = code;
        return code;
    }

    /** The reason phrase as the server sent it, e.g. {@code "Not Found"}. */
    public String statusText() throws WinInetException {
        return queryString(HTTP_QUERY_STATUS_TEXT, null).orElse("");
    }

    /** The response's HTTP version, e.g. {@code "HTTP/1.1"}. */
    public String httpVersion() throws WinInetException {
        return queryString(HTTP_QUERY_VERSION, null).orElse("");
    }

    /** The first response header with this name (case-insensitive). */
    public Optional<String> header(String name) throws WinInetException {
        Arguments.requireHeaderName(name, "name");
        try (ScratchMemory scratch = ScratchMemory.open()) {
            return queryCustom(name, scratch.intRef(0));
        }
    }

    /** Every response header with this name, in the order the server sent them. */
    public List<String> headers(String name) throws WinInetException {
        Arguments.requireHeaderName(name, "name");
        return HeaderQueries.all(index -> queryCustom(name, index));
    }

    /** The status line and every header as the server sent them, lines separated by CR LF. */
    public String rawHeaders() throws WinInetException {
        return queryString(HTTP_QUERY_RAW_HEADERS_CRLF, null).orElse("");
    }

    /** Content-Length as a 64-bit value, empty when the response has none. */
    public OptionalLong contentLength() throws WinInetException {
        return HeaderQueries.contentLength(queryString(HTTP_QUERY_CONTENT_LENGTH, null));
    }

    /** The response body. The same stream is returned on every call; closing it does not close the request. */
    public synchronized InputStream body() throws WinInetException {
        requirePhase(Phase.SENT, "read the body");
        if (body == null) {
            Optional<HeapTransfer> heap = backendOf().heapTransfer();
            if (heap.isPresent()) {
                HeapTransfer calls = heap.get();
                body = BodyInputStream.overArrays(this, declaredBodyLength(),
                        (b, off, len) -> read(calls, b, off, len), this::isClosed, this::shortBody);
            } else {
                body = new BodyInputStream(this, declaredBodyLength(), this::read, this::isClosed, this::shortBody);
            }
        }
        return body;
    }

    /**
     * InternetReadFile may report a body that broke off early as its normal end; a lost tail must
     * not pass for a whole file, so the wrapper holds it to Content-Length.
     */
    private WinInetException shortBody(long received, long declared) {
        return new WinInetException(new Win32Error("InternetReadFile",
                WinInetErrors.ERROR_INTERNET_CONNECTION_RESET, "ERROR_INTERNET_CONNECTION_RESET",
                "The response ended after " + received + " of the " + declared
                        + " bytes its Content-Length declared.", null, 0), toString());
    }

    /**
     * The body length the response declares, or -1 where none applies: HEAD answers and
     * 1xx/204/304 responses carry no body whatever Content-Length says.
     */
    private long declaredBodyLength() throws WinInetException {
        if (HeaderQueries.hasNoBody(verb, statusCode())) {
            return -1;
        }
        return contentLength().orElse(-1);
    }

    private int queryNumber(int level, String what) throws WinInetException {
        requirePhase(Phase.SENT, "query ", what);
        try (HandleUse u = use(); ScratchMemory scratch = ScratchMemory.open()) {
            Pointer m = scratch.zeroed(4);
            if (!api().HttpQueryInfoW(u.value(), level | HTTP_QUERY_FLAG_NUMBER, m, scratch.intRef(4), null)) {
                throw Raw.failure(backendOf(), "HttpQueryInfoW", what);
            }
            return m.getInt(0);
        }
    }

    private Optional<String> queryString(int level, IntByReference index) throws WinInetException {
        requirePhase(Phase.SENT, "query headers");
        BufferSize.Result r = BufferSize.string(backendOf(), "HttpQueryInfoW", BufferSize.Unit.BYTES, 256,
                (buf, len) -> {
                    try (HandleUse u = use()) {
                        return api().HttpQueryInfoW(u.value(), level, buf, len, index);
                    }
                });
        return result(r);
    }

    private Optional<String> queryCustom(String name, IntByReference index) throws WinInetException {
        requirePhase(Phase.SENT, "query headers");
        int initial = Math.max(256, name.length() + 1);
        int startIndex = index.getValue();
        BufferSize.Result r = BufferSize.string(backendOf(), "HttpQueryInfoW", BufferSize.Unit.BYTES, initial,
                (buf, len) -> {
                    // HTTP_QUERY_CUSTOM takes the header name in the buffer itself; buffers only
                    // grow from the initial size, which holds the name.
                    Utf16.write(buf, name);
                    index.setValue(startIndex);
                    try (HandleUse u = use()) {
                        return api().HttpQueryInfoW(u.value(), HTTP_QUERY_CUSTOM, buf, len, index);
                    }
                });
        return result(r);
    }

    private Optional<String> result(BufferSize.Result r) throws WinInetException {
        if (r.ok()) {
            return Optional.of(r.value());
        }
        Win32Error e = r.error();
        if (e.code() == ERROR_HTTP_HEADER_NOT_FOUND) {
            return Optional.empty();
        }
        throw new WinInetException(e, state.description);
    }

    int queryDwordOption(int option) throws WinInetException {
        return queryDword(option, state.description);
    }

    private void requirePhase(Phase wanted, String action) {
        requirePhase(wanted, action, "");
    }

    /** As {@link #requirePhase(Phase, String)}; the action is {@code verb + object}, joined only on failure. */
    private void requirePhase(Phase wanted, String verb, String object) {
        requireOpen();
        Phase now = phase;
        if (now != wanted) {
            String action = verb + object;
            String why = switch (now) {
                case OPEN -> "it has not been sent";
                case SENDING -> "its body is still being sent";
                case SENT -> "it has already been sent";
            };
            throw new IllegalStateException("cannot " + action + " on " + state.description + ": " + why);
        }
    }
}

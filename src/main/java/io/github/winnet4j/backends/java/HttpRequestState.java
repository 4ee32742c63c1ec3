package io.github.winnet4j.backends.java;

import com.sun.jna.Pointer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;

/**
 * What a WinINet request ({@code RequestObject}) and a WinHTTP request ({@code RequestHandle}) hold
 * alike: what to send (verb, object name, version, referrer, accept types, flags, added headers)
 * and the state of the current exchange (URL after redirects, what went out, the response head and
 * body, the upload in progress). Each handle holds one; states, options, credentials and close
 * stay with the handle, since they differ between the two APIs.
 */
public final class HttpRequestState {
    public final String verb;
    public final String objectName;
    public final String version;
    public final String referrer;
    public final List<String> acceptTypes;
    /** The flags the request was opened with (INTERNET_FLAG_* or WINHTTP_FLAG_*). */
    public final int flags;
    /** The headers added by the caller (HttpAddRequestHeadersW, WinHttpAddRequestHeaders, send calls). */
    public final HeaderList headers = new HeaderList();
    private byte[] copyBuffer;

    /** The URL of the current exchange (after redirects). */
    public volatile URI url;
    public volatile String sentRequestLine;
    public volatile HeaderList sentHeaders;
    public volatile ResponseHead response;
    public volatile ResponseBody body;
    public volatile HttpURLConnection active;
    public volatile OutputStream upload;
    public volatile long uploadDeclared;
    public volatile long uploadWritten;

    public HttpRequestState(String verb, String objectName, String version, String referrer,
                            List<String> acceptTypes, int flags, URI url) {
        this.verb = verb;
        this.objectName = objectName;
        this.version = version;
        this.referrer = referrer;
        this.acceptTypes = acceptTypes;
        this.flags = flags;
        this.url = url;
    }

    public boolean secure() {
        return "https".equalsIgnoreCase(url.getScheme());
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    /** A body of at least this declared length reaches the connection in pieces of this size. */
    static final int UPLOAD_PIECE_BYTES = 512 * 1024;

    /**
     * The stream an upload of {@code declared} bytes (-1: not known) is written to. A large body of
     * declared length goes through a {@value #UPLOAD_PIECE_BYTES}-byte buffer: the JDK's socket
     * stream sends every write as it comes, and 64 KiB writes over loopback ran at about 60 % of
     * the rate of 512 KiB ones (HttpURLConnection alone, 1 GiB). A body of unknown length, or a
     * small one, is not held back. The buffer is flushed when the stream is closed, which ends
     * the upload.
     */
    public static OutputStream uploadStream(OutputStream out, long declared) {
        return declared >= UPLOAD_PIECE_BYTES ? new BufferedOutputStream(out, UPLOAD_PIECE_BYTES) : out;
    }

    /** Drops the current exchange's body and connection; called on close, so it never blocks. */
    public void abandon() {
        HttpConnections.abandon(body, active);
    }

    /** Writes {@code length} bytes of {@code data} to the upload in progress and counts them. */
    public void writeUpload(TransferBuffer data, long length) throws IOException {
        data.writeTo(upload, length, copyBuffer());
        uploadWritten += length;
    }

    /** Copies {@code length} bytes of native memory to a request body through the copy buffer. */
    public void copy(Pointer from, long length, OutputStream to) throws IOException {
        byte[] buffer = copyBuffer();
        for (long offset = 0; offset < length; ) {
            int n = (int) Math.min(buffer.length, length - offset);
            from.read(offset, buffer, 0, n);
            to.write(buffer, 0, n);
            offset += n;
        }
    }

    /**
     * A reusable copy buffer for request bodies, made on first use: most requests send no body,
     * and zeroing 64 KiB for each of them was a measurable share of a small request's cost.
     */
    public byte[] copyBuffer() {
        byte[] buffer = copyBuffer;
        if (buffer == null) {
            buffer = new byte[ResponseBody.CHUNK_BYTES];
            copyBuffer = buffer;
        }
        return buffer;
    }
}

package io.github.winnet4j.cli;

import io.github.winnet4j.api.CertificateLeniency;
import io.github.winnet4j.api.HttpConnection;
import io.github.winnet4j.api.HttpConnectionBuilder;
import io.github.winnet4j.api.HttpRequest;
import io.github.winnet4j.api.HttpRequestBuilder;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.InternetSessionBuilder;
import io.github.winnet4j.api.RequestFlag;
import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.backends.Backend;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The WinINet engine: an {@link InternetSession}; each exchange is a connection with the
 * credentials and a request with INTERNET_FLAG_NO_AUTO_REDIRECT, RELOAD and NO_CACHE_WRITE.
 * WinINet answers a server's challenge with the connection's credentials by itself.
 */
final class WinInetEngine implements Engine {
    private final InternetSession session;
    private final boolean insecure;

    private WinInetEngine(InternetSession session, boolean insecure) {
        this.session = session;
        this.insecure = insecure;
    }

    static WinInetEngine open(Backend backend, ConnectionOptions connection, String agent) throws WinInetException {
        InternetSessionBuilder builder = InternetSession.builder().backend(backend).agent(agent);
        connection.configure(builder);
        return new WinInetEngine(builder.open(), connection.insecure);
    }

    @Override
    public String name() {
        return "wininet";
    }

    @Override
    public Exchange open(String verb, Target target, Credentials credentials) throws WinInetException {
        HttpConnectionBuilder b = session.connection(target.host()).port(target.port()).secure(target.secure());
        if (credentials != null) {
            b.user(credentials.user()).password(credentials.password());
        }
        HttpConnection c = b.open();
        try {
            HttpRequestBuilder rb = c.request(verb, target.resource())
                    .flags(RequestFlag.NO_AUTO_REDIRECT, RequestFlag.RELOAD, RequestFlag.NO_CACHE_WRITE);
            if (insecure) {
                rb.allowInsecure(CertificateLeniency.values());
            }
            return new WinInetExchange(c, rb.open());
        } catch (WinInetException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public void close() throws WinInetException {
        session.close();
    }

    private record WinInetExchange(HttpConnection connection, HttpRequest request) implements Exchange {
        @Override
        public void addHeader(String name, String value) throws WinInetException {
            request.addHeader(name, value);
        }

        @Override
        public void removeHeader(String name) throws WinInetException {
            request.removeHeader(name);
        }

        @Override
        public void send(byte[] body) throws WinInetException {
            request.send(body.length == 0 ? null : body);
        }

        @Override
        public OutputStream sendStreaming(long length) throws WinInetException {
            return request.sendStreaming(length); // closing it ends the request and reads the headers
        }

        @Override
        public void receiveAfterStreaming() {
        }

        @Override
        public int statusCode() throws WinInetException {
            return request.statusCode();
        }

        @Override
        public String statusText() throws WinInetException {
            return request.statusText();
        }

        @Override
        public String rawHeaders() throws WinInetException {
            return request.rawHeaders();
        }

        @Override
        public Optional<String> header(String name) throws WinInetException {
            return request.header(name);
        }

        @Override
        public OptionalLong contentLength() throws WinInetException {
            return request.contentLength();
        }

        @Override
        public InputStream body() throws WinInetException {
            return request.body();
        }

        @Override
        public void close() throws WinInetException {
            try {
                request.close();
            } finally {
                connection.close();
            }
        }
    }
}

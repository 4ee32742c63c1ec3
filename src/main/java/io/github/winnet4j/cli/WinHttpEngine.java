package io.github.winnet4j.cli;

import io.github.winnet4j.api.winhttp.WinHttpCertificateLeniency;
import io.github.winnet4j.api.winhttp.WinHttpConnection;
import io.github.winnet4j.api.winhttp.WinHttpException;
import io.github.winnet4j.api.winhttp.WinHttpRequest;
import io.github.winnet4j.api.winhttp.WinHttpRequestBuilder;
import io.github.winnet4j.api.winhttp.WinHttpSession;
import io.github.winnet4j.api.winhttp.WinHttpSessionBuilder;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.raw.WinHttpConstants;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The WinHTTP engine: a {@link WinHttpSession}; each exchange is a connection and a request with
 * WINHTTP_OPTION_REDIRECT_POLICY_NEVER (the transfer follows redirects itself) and
 * WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT set to {@code --timeout}. Challenges are
 * answered by {@link WinHttpRequest#receive()}'s authentication loop with the credentials; after a
 * body streamed from a file ({@code -d @FILE}) WinHTTP cannot resend, so the 401 is the response.
 */
final class WinHttpEngine implements Engine {
    private final WinHttpSession session;
    private final boolean insecure;
    private final int responseTimeoutMillis;

    private WinHttpEngine(WinHttpSession session, boolean insecure, int responseTimeoutMillis) {
        this.session = session;
        this.insecure = insecure;
        this.responseTimeoutMillis = responseTimeoutMillis;
    }

    static WinHttpEngine open(Backend backend, ConnectionOptions connection, String agent) throws WinHttpException {
        WinHttpSessionBuilder builder = WinHttpSession.builder().backend(backend).agent(agent);
        connection.configure(builder);
        int responseTimeout = (int) Math.min(Integer.MAX_VALUE, connection.ioTimeout().toMillis());
        return new WinHttpEngine(builder.open(), connection.insecure, responseTimeout);
    }

    @Override
    public String name() {
        return "winhttp";
    }

    @Override
    public Exchange open(String verb, Target target, Credentials credentials) throws WinHttpException {
        WinHttpConnection c = session.connect(target.host(), target.port(), target.secure());
        try {
            WinHttpRequestBuilder b = c.request(verb, target.resource());
            if (credentials != null) {
                b.credentials(new io.github.winnet4j.api.winhttp.Credentials(credentials.user(),
                        new String(credentials.password())));
            }
            if (insecure) {
                b.allowInsecure(WinHttpCertificateLeniency.values());
            }
            WinHttpRequest r = b.open();
            try {
                r.setOption(WinHttpConstants.WINHTTP_OPTION_REDIRECT_POLICY,
                        WinHttpConstants.WINHTTP_OPTION_REDIRECT_POLICY_NEVER);
                // The wait for the response headers has a timeout of its own (WinHttpSetTimeouts'
                // receive timeout does not cover it everywhere): --timeout bounds it too.
                r.setOption(WinHttpConstants.WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT, responseTimeoutMillis);
            } catch (WinHttpException | RuntimeException e) {
                r.close();
                throw e;
            }
            return new WinHttpExchange(c, r);
        } catch (WinHttpException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public void close() throws WinHttpException {
        session.close();
    }

    private record WinHttpExchange(WinHttpConnection connection, WinHttpRequest request) implements Exchange {
        @Override
        public void addHeader(String name, String value) throws WinHttpException {
            request.addHeader(name, value);
        }

        @Override
        public void removeHeader(String name) {
            throw new IllegalArgumentException("-H '" + name + ":' (remove a header) is not available with"
                    + " --engine winhttp");
        }

        @Override
        public void send(byte[] body) throws WinHttpException {
            request.send(body);
            request.receive();
        }

        @Override
        public OutputStream sendStreaming(long length) throws WinHttpException {
            return request.sendStreaming(length);
        }

        @Override
        public void receiveAfterStreaming() throws WinHttpException {
            request.receive();
        }

        @Override
        public int statusCode() throws WinHttpException {
            return request.statusCode();
        }

        @Override
        public String statusText() throws WinHttpException {
            return request.statusText();
        }

        @Override
        public String rawHeaders() throws WinHttpException {
            return request.rawHeaders();
        }

        @Override
        public Optional<String> header(String name) throws WinHttpException {
            return request.header(name);
        }

        @Override
        public OptionalLong contentLength() throws WinHttpException {
            return request.contentLength();
        }

        @Override
        public InputStream body() throws WinHttpException {
            return request.body();
        }

        @Override
        public void close() throws WinHttpException {
            try {
                request.close();
            } finally {
                connection.close();
            }
        }
    }
}

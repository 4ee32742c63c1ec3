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
import io.github.winnet4j.api.WinUrls;
import io.github.winnet4j.backends.Backend;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * One HTTP command from start to end: opens a session, sends the request, follows redirects
 * itself when asked ({@code -L}; WinINet's own following is switched off with
 * INTERNET_FLAG_NO_AUTO_REDIRECT so that {@code --max-redirs}, {@code -v} and {@code -i} see every
 * hop), and writes the final response.
 */
final class HttpTransfer {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Io io;
    private final BackendOption backendOption;
    private final ConnectionOptions connection;
    private final RequestOptions request;
    private final OutputOptions output;
    private final Verbose verbose;

    HttpTransfer(Io io, BackendOption backend, ConnectionOptions connection, RequestOptions request,
                 OutputOptions output) {
        this.io = io;
        this.backendOption = backend;
        this.connection = connection;
        this.request = request;
        this.output = output;
        this.verbose = new Verbose(io.err(), output.verbose);
    }

    /** Runs the request and returns the exit code; failures are thrown for {@link Winnet#report}. */
    int run(String verb, String url, RequestBodySource body) throws Exception {
        if (request.maxRedirects < 0) {
            throw new IllegalArgumentException("--max-redirs " + request.maxRedirects + " is negative");
        }
        Backend backend = backendOption.backend();
        WinUrls urls = WinUrls.of(backend);
        Target first = Target.of(urls, url);
        Credentials credentials = Credentials.resolve(connection.user, first, io.terminal());
        if (connection.insecure) {
            io.err().println("winnet: WARNING: --insecure: the server's certificate is NOT checked (authority,"
                    + " expiry, host name, revocation). Anyone on the path can read and change this transfer.");
        }
        InternetSessionBuilder builder = InternetSession.builder().backend(backend).agent(request.agent);
        connection.configure(builder);
        verbose.note("backend " + backend.name() + ", engine wininet, proxy: " + proxyDescription());
        try (InternetSession session = builder.open();
             Deadline deadline = Deadline.start(connection.maxTime(), session)) {
            try {
                return exchange(session, urls, first, credentials, verb, body);
            } catch (Exception e) {
                if (deadline.expired()) {
                    throw deadline.failure();
                }
                throw e;
            }
        }
    }

    private String proxyDescription() {
        if (connection.proxy != null) {
            return connection.proxy + " (--proxy)";
        }
        return connection.noProxy ? "none (--noproxy)" : "the user's configuration";
    }

    private int exchange(InternetSession session, WinUrls urls, Target first, Credentials credentials, String verb,
                         RequestBodySource body) throws Exception {
        Target target = first;
        try (OutputTarget out = OutputTarget.of(io, output.file)) {
            // Bounded: every pass either returns or counts one redirect against --max-redirs.
            for (int redirects = 0; ; redirects++) {
                boolean sendCredentials = credentials != null && target.sameOrigin(first);
                try (HttpConnection c = connect(session, target, sendCredentials ? credentials : null);
                     HttpRequest r = open(c, verb, target)) {
                    addHeaders(r, body);
                    describeRequest(verb, target, body, sendCredentials ? credentials : null);
                    new RequestSender(io, output.progress).send(r, body);
                    int status = r.statusCode();
                    String raw = r.rawHeaders();
                    verbose.received(raw);
                    Optional<String> location = REDIRECTS.contains(status) ? r.header("Location") : Optional.empty();
                    if (!request.follow || location.isEmpty()) {
                        return finish(r, status, raw, verb, out);
                    }
                    if (redirects >= request.maxRedirects) {
                        throw new CliFailure(ExitCodes.TOO_MANY_REDIRECTS, "stopped after " + redirects
                                + " redirect(s): --max-redirs is " + request.maxRedirects + " (last: " + status
                                + " to " + location.get() + ")");
                    }
                    if (output.include) {
                        writeHeaders(out, raw);
                    }
                    String next = urls.combine(target.url(), location.get(), 0);
                    verbose.note("following " + status + " to " + next);
                    target = Target.of(urls, next);
                    if (becomesGet(status, verb)) {
                        verbose.note(status + " after " + verb + ": the next request is a GET without a body");
                        verb = "GET";
                        body = null;
                    }
                }
            }
        }
    }

    /** 303 turns anything but HEAD into GET; 301 and 302 turn POST into GET (as browsers and curl do). */
    private static boolean becomesGet(int status, String verb) {
        return (status == 303 && !verb.equals("HEAD") && !verb.equals("GET"))
                || ((status == 301 || status == 302) && verb.equals("POST"));
    }

    private HttpConnection connect(InternetSession session, Target target, Credentials credentials)
            throws WinInetException {
        HttpConnectionBuilder b = session.connection(target.host()).port(target.port()).secure(target.secure());
        if (credentials != null) {
            b.user(credentials.user()).password(credentials.password());
        }
        return b.open();
    }

    private HttpRequest open(HttpConnection c, String verb, Target target) throws WinInetException {
        HttpRequestBuilder b = c.request(verb, target.resource())
                .flags(RequestFlag.NO_AUTO_REDIRECT, RequestFlag.RELOAD, RequestFlag.NO_CACHE_WRITE);
        if (connection.insecure) {
            b.allowInsecure(CertificateLeniency.values());
        }
        return b.open();
    }

    private void addHeaders(HttpRequest r, RequestBodySource body) throws WinInetException {
        for (String h : request.headers) {
            int colon = h.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("-H '" + h + "' is not of the form 'Name: value'");
            }
            String name = h.substring(0, colon).trim();
            String value = h.substring(colon + 1).trim();
            if (value.isEmpty()) {
                r.removeHeader(name);
            } else {
                r.addHeader(name, value);
            }
        }
        if (body != null && !request.hasHeader("Content-Type")) {
            r.addHeader("Content-Type", "application/x-www-form-urlencoded");
        }
    }

    private void describeRequest(String verb, Target target, RequestBodySource body, Credentials credentials) {
        verbose.note("connecting to " + target.authority() + (target.secure() ? " (https)" : " (http)"));
        verbose.sent(verb + " " + target.resource() + " HTTP/1.1");
        verbose.sent("Host: " + target.authority());
        verbose.sent("User-Agent: " + request.agent);
        for (String h : request.headers) {
            verbose.sent(h);
        }
        if (body != null) {
            if (!request.hasHeader("Content-Type")) {
                verbose.sent("Content-Type: application/x-www-form-urlencoded");
            }
            verbose.sent("Content-Length: " + body.length());
        }
        verbose.sent("");
        if (body != null) {
            verbose.note("body: " + body.describe());
        }
        if (credentials != null) {
            verbose.note("credentials for '" + credentials.user() + "' are given to WinINet, which sends them"
                    + " when the server asks");
        }
    }

    private int finish(HttpRequest r, int status, String raw, String verb, OutputTarget out) throws Exception {
        if (output.fail && status >= 400) {
            throw new CliFailure(ExitCodes.HTTP_ERROR, "the server answered " + status + " " + r.statusText()
                    + " (-f: no body written)");
        }
        boolean head = verb.equals("HEAD");
        if (output.include || head) {
            writeHeaders(out, raw);
        }
        if (!head) {
            long total = r.contentLength().orElse(-1);
            boolean toConsole = output.file == null;
            Boolean progress = output.progress != null ? output.progress : (toConsole ? Boolean.FALSE : null);
            BodyCopy.copy(r.body(), out, Progress.of(io, progress, "download", total));
        }
        out.commit();
        return ExitCodes.OK;
    }

    private static void writeHeaders(OutputTarget out, String raw) {
        String block = raw.endsWith("\r\n\r\n") ? raw : raw.endsWith("\r\n") ? raw + "\r\n" : raw + "\r\n\r\n";
        byte[] bytes = block.getBytes(StandardCharsets.ISO_8859_1);
        out.write(bytes, 0, bytes.length);
    }
}

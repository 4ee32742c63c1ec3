package io.github.winnet4j.cli;

import io.github.winnet4j.api.WinUrls;
import io.github.winnet4j.backends.Backend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * One HTTP command from start to end: opens a session of the chosen {@link Engine} (WinINet or
 * WinHTTP), sends the request, follows redirects itself when asked ({@code -L}; the engine's own
 * following is switched off so that {@code --max-redirs}, {@code -v} and {@code -i} see every
 * hop), and writes the final response. One code path for both engines.
 */
final class HttpTransfer {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Io io;
    private final BackendOption backendOption;
    private final EngineOption engineOption;
    private final ConnectionOptions connection;
    private final RequestOptions request;
    private final OutputOptions output;
    private final Verbose verbose;

    HttpTransfer(Io io, BackendOption backend, EngineOption engine, ConnectionOptions connection,
                 RequestOptions request, OutputOptions output) {
        this.io = io;
        this.backendOption = backend;
        this.engineOption = engine;
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
        try (Engine engine = engineOption.open(backend, connection, request.agent);
             Deadline deadline = Deadline.start(connection.maxTime(), engine)) {
            verbose.note("backend " + backend.name() + ", engine " + engine.name() + ", proxy: " + proxyDescription());
            try {
                return exchange(engine, urls, first, credentials, verb, body);
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

    private int exchange(Engine engine, WinUrls urls, Target first, Credentials credentials, String verb,
                         RequestBodySource body) throws Exception {
        Target target = first;
        try (OutputTarget out = OutputTarget.of(io, output.file)) {
            // Bounded: every pass either returns or counts one redirect against --max-redirs.
            for (int redirects = 0; ; redirects++) {
                boolean sendCredentials = credentials != null && target.sameOrigin(first);
                try (Exchange r = engine.open(verb, target, sendCredentials ? credentials : null)) {
                    addHeaders(r, body);
                    describeRequest(engine, verb, target, body, sendCredentials ? credentials : null);
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

    private void addHeaders(Exchange r, RequestBodySource body) throws IOException {
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

    private void describeRequest(Engine engine, String verb, Target target, RequestBodySource body, Credentials credentials) {
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
            verbose.note("credentials for '" + credentials.user() + "' are given to "
                    + (engine.name().equals("winhttp") ? "WinHTTP" : "WinINet") + ", which sends them when the server asks");
        }
    }

    private int finish(Exchange r, int status, String raw, String verb, OutputTarget out) throws Exception {
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

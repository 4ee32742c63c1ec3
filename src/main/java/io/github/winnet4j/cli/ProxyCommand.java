package io.github.winnet4j.cli;

import io.github.winnet4j.api.winhttp.WinHttpException;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.integration.ProxyExplanation;
import io.github.winnet4j.integration.WindowsProxySelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code winnet proxy [--explain] URL}: the proxy Windows would use for a URL, decided by
 * {@link WindowsProxySelector#explain} (the selector's own rules), optionally with every source it
 * consulted. Credentials in proxy URLs never reach the output ({@link Redaction}).
 */
@Command(name = "proxy", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the proxy Windows would use for URL (PROXY host:port lines, or DIRECT).",
            "With --explain, every source Windows consults, its value, and which one decided."})
final class ProxyCommand implements Callable<Integer>, UsesIo {
    @Parameters(index = "0", paramLabel = "URL", description = "An http:// or https:// URL.")
    String url;

    @Option(names = "--explain", description = "Show every source consulted, in order, and which one decided.")
    boolean explain;

    @Mixin
    BackendOption backend;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up on the whole discovery (settings, WPAD, PAC download and run) after this long"
                    + " (exit 28). Default: ${DEFAULT-VALUE}.")
    double timeout = 30;

    @Option(names = {"-v", "--verbose"}, description = "Say on stderr which backend answered and how long it took.")
    boolean verbose;

    private Io io;

    @Override
    public void io(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Duration limit = ConnectionOptions.seconds(timeout, "--timeout");
        URI uri = parse(url);
        Backend chosen = backend.backend();
        Verbose notes = new Verbose(io.err(), verbose);
        notes.note(Redaction.of("backend " + chosen.name() + ", URL " + uri));
        long start = System.nanoTime();
        ProxyExplanation explanation = discover(chosen, uri, limit);
        notes.note("discovery took " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms"
                + explanation.decidedBy().map(s -> "; decided by " + ProxyReport.label(s.source())).orElse(""));
        String text = explain ? ProxyReport.explanation(chosen, explanation, System.getenv())
                : ProxyReport.answer(explanation.proxies());
        io.out().print(Redaction.of(text));
        io.out().flush();
        return ExitCodes.OK;
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new CliFailure(ExitCodes.BAD_URL, Redaction.of("'" + url + "' is not a URL: " + e.getReason()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!List.of("http", "https").contains(scheme)) {
            throw new CliFailure(ExitCodes.BAD_URL, Redaction.of("'" + url + "' is not an http or https URL"));
        }
        if (uri.getHost() == null) {
            throw new CliFailure(ExitCodes.BAD_URL, Redaction.of("'" + url + "' has no host"));
        }
        return uri;
    }

    /** Runs the selector's explanation on a thread of its own, bounded by {@code limit}. */
    private static ProxyExplanation discover(Backend backend, URI uri, Duration limit) {
        WindowsProxySelector selector = WindowsProxySelector.builder().backend(backend).build();
        CompletableFuture<ProxyExplanation> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(selector.explain(uri));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "winnet-proxy-discovery");
        worker.setDaemon(true); // a native WPAD or PAC call cannot be interrupted; the process need not wait for it
        worker.start();
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new CliFailure(ExitCodes.TIMEOUT, "proxy discovery did not finish within " + limit.toMillis()
                    + " ms (--timeout)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCodes.OTHER, "interrupted during proxy discovery");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof WinHttpException w) {
                throw new CliFailure(ExitCodes.PROXY_DISCOVERY, Redaction.of("proxy discovery failed: "
                        + w.getMessage()));
            }
            if (cause instanceof IllegalArgumentException) {
                throw new CliFailure(ExitCodes.BAD_URL, Redaction.of(cause.getMessage()));
            }
            throw new CliFailure(ExitCodes.OTHER, Redaction.of("proxy discovery failed: " + cause));
        } finally {
            if (result.isDone()) {
                closeQuietly(selector);
            } else {
                // Closing the session under a running lookup cancels it where WinHTTP can; on a thread
                // of its own, so that a close that waits for the native call cannot hold the command.
                Thread closer = new Thread(() -> closeQuietly(selector), "winnet-proxy-discovery-close");
                closer.setDaemon(true);
                closer.start();
            }
        }
    }

    private static void closeQuietly(WindowsProxySelector selector) {
        try {
            selector.close();
        } catch (WinHttpException | RuntimeException ignored) {
            // the answer, or the failure to report, is already in hand
        }
    }
}

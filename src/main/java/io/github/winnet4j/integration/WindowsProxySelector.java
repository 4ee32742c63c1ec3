package io.github.winnet4j.integration;

import io.github.winnet4j.api.winhttp.IeProxySettings;
import io.github.winnet4j.api.winhttp.ProxyAccess;
import io.github.winnet4j.api.winhttp.WinHttpException;
import io.github.winnet4j.api.winhttp.WinHttpProxyInfo;
import io.github.winnet4j.api.winhttp.WinHttpSession;
import io.github.winnet4j.api.winhttp.WindowsProxyConfig;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.backends.Backends;
import io.github.winnet4j.marshal.Arguments;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link ProxySelector} that finds proxies the way Windows does: auto-detection (WPAD), then
 * the PAC script's URL, then the manual proxy with its bypass list ({@link ProxyBypass}), else
 * direct, from the current user's settings ({@link WindowsProxyConfig#currentUser}). On the java
 * backend the {@code http_proxy}/{@code https_proxy}/{@code no_proxy} environment stands in for
 * those settings and the java backend runs PAC scripts itself.
 *
 * <p><b>Never blocks a caller longer than {@link Builder#answerWithin(Duration)}.</b> WPAD and PAC
 * downloads can take minutes, so lookups run on daemon threads of the selector's own; when one
 * has not finished within the bound, the caller gets the last known answer for the host, or
 * DIRECT when there is none yet, and the lookup carries on to serve later calls. Answers are
 * cached per scheme, host and port ({@link Builder#cacheFor(Duration)}). {@link #connectFailed}
 * moves a proxy that failed to the end of every answer for a while
 * ({@link Builder#penalty(Duration)}), so that callers fall back to the next one.
 *
 * <pre>{@code
 * try (WindowsProxySelector selector = WindowsProxySelector.builder()
 *         .answerWithin(Duration.ofSeconds(2)).build()) {
 *     HttpClient client = HttpClient.newBuilder().proxy(selector).build();
 *     ...
 * }
 * }</pre>
 *
 * <p>Close it to stop its threads and release its WinHTTP session.
 */
public final class WindowsProxySelector extends ProxySelector implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(WindowsProxySelector.class.getName());
    private static final List<Proxy> DIRECT = List.of(Proxy.NO_PROXY);

    private record Answer(List<Proxy> proxies, long expiresAt) {
    }

    private final Backend backend;
    private final IeProxySettings fixedSettings;
    private final long boundNanos;
    private final long cacheNanos;
    private final long penaltyNanos;
    private final ExecutorService executor;
    private final Map<String, Answer> cache = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<List<Proxy>>> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Long> failedUntil = new ConcurrentHashMap<>();
    private final Object sessionLock = new Object();
    private WinHttpSession session;
    private volatile boolean closed;

    private WindowsProxySelector(Builder b) {
        this.backend = b.backend != null ? b.backend : Backends.defaultBackend();
        this.fixedSettings = b.settings;
        this.boundNanos = b.answerWithin.toNanos();
        this.cacheNanos = b.cacheFor.toNanos();
        this.penaltyNanos = b.penalty.toNanos();
        this.executor = Executors.newFixedThreadPool(b.threads, r -> {
            Thread t = new Thread(r, "winnet4j-proxy-discovery");
            t.setDaemon(true);
            return t;
        });
    }

    /** A builder; the defaults suit most programs. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The proxies for {@code uri}, best first; {@link Proxy#NO_PROXY} for direct. Schemes other
     * than http, https, ws and wss are answered DIRECT.
     *
     * @throws IllegalArgumentException if {@code uri} is null or has no host
     */
    @Override
    public List<Proxy> select(URI uri) {
        if (uri == null) {
            throw new IllegalArgumentException("uri is null");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!List.of("http", "https", "ws", "wss").contains(scheme)) {
            return DIRECT;
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("uri " + uri + " has no host");
        }
        if (closed) {
            throw new IllegalStateException("the WindowsProxySelector is closed");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : ProxyResolution.defaultPort(scheme);
        String key = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        Answer known = cache.get(key);
        if (known != null && known.expiresAt - System.nanoTime() > 0) {
            return ordered(known.proxies);
        }
        CompletableFuture<List<Proxy>> lookup = lookup(key, uri);
        try {
            return ordered(lookup.get(boundNanos, TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            LOG.log(System.Logger.Level.INFO, "winnet4j: proxy lookup for " + key + " still running after "
                    + Duration.ofNanos(boundNanos) + "; answering " + (known != null ? "the last known answer" : "DIRECT"));
            return known != null ? ordered(known.proxies) : DIRECT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return known != null ? ordered(known.proxies) : DIRECT;
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "winnet4j: proxy lookup for " + key + " failed; answering DIRECT",
                    e.getCause());
            return DIRECT;
        }
    }

    /** The running lookup for {@code key}, or a new one on the selector's threads. */
    private CompletableFuture<List<Proxy>> lookup(String key, URI uri) {
        CompletableFuture<List<Proxy>> created = new CompletableFuture<>();
        CompletableFuture<List<Proxy>> running = inFlight.putIfAbsent(key, created);
        if (running != null) {
            return running;
        }
        executor.execute(() -> {
            try {
                List<Proxy> proxies = resolve(uri);
                cache.put(key, new Answer(proxies, System.nanoTime() + cacheNanos));
                created.complete(proxies);
            } catch (RuntimeException | WinHttpException e) {
                created.completeExceptionally(e);
            } finally {
                inFlight.remove(key, created);
            }
        });
        return created;
    }

    private List<Proxy> resolve(URI uri) throws WinHttpException {
        IeProxySettings settings = fixedSettings != null ? fixedSettings : WindowsProxyConfig.currentUser(backend);
        List<Proxy> proxies = ProxyResolution.resolve(session(), settings, uri, step -> { });
        return proxies.isEmpty() ? DIRECT : List.copyOf(proxies);
    }

    /**
     * How the proxies for {@code uri} are decided, source by source: the user's settings, WinHTTP's
     * machine default (shown only), the PAC URL WPAD finds (when automatic detection is on), then
     * the same steps {@link #select} takes. Runs now on the calling thread, without the cache or
     * the {@link Builder#answerWithin} bound: WPAD and PAC downloads may take long, so bound the
     * call yourself. For diagnostics ({@code winnet proxy --explain}).
     *
     * @throws IllegalArgumentException if {@code uri} is not http, https, ws or wss, or has no host
     * @throws WinHttpException         if the user's settings cannot be read
     */
    public ProxyExplanation explain(URI uri) throws WinHttpException {
        Arguments.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!List.of("http", "https", "ws", "wss").contains(scheme)) {
            throw new IllegalArgumentException("uri " + uri + " is not http, https, ws or wss");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("uri " + uri + " has no host");
        }
        List<ProxyStep> steps = new ArrayList<>();
        IeProxySettings settings;
        if (fixedSettings != null) {
            settings = fixedSettings;
            steps.add(new ProxyStep(ProxyStep.Source.USER_SETTINGS, summary(settings), ProxyStep.Outcome.INFORMATION,
                    "fixed settings given to the selector"));
        } else {
            settings = WindowsProxyConfig.currentUser(backend);
            steps.add(new ProxyStep(ProxyStep.Source.USER_SETTINGS, summary(settings), ProxyStep.Outcome.INFORMATION,
                    "WinHttpGetIEProxyConfigForCurrentUser"));
        }
        steps.add(winHttpDefault());
        steps.add(detectedPacUrl(settings));
        List<Proxy> proxies = ProxyResolution.resolve(session(), settings, uri, steps::add);
        return new ProxyExplanation(uri, settings, steps, proxies.isEmpty() ? DIRECT : proxies);
    }

    private ProxyStep winHttpDefault() {
        try {
            WinHttpProxyInfo info = WindowsProxyConfig.winHttpDefault(backend);
            String value = info.isDirect() ? "DIRECT" : info.proxy().orElse("")
                    + info.bypass().map(b -> " (bypass " + b + ")").orElse("");
            return new ProxyStep(ProxyStep.Source.WINHTTP_DEFAULT, value, ProxyStep.Outcome.INFORMATION,
                    "WinHttpGetDefaultProxyConfiguration; used by WinHTTP sessions with the default access type,"
                            + " not by this decision");
        } catch (WinHttpException e) {
            return new ProxyStep(ProxyStep.Source.WINHTTP_DEFAULT, "", ProxyStep.Outcome.FAILED, failure(e));
        }
    }

    private ProxyStep detectedPacUrl(IeProxySettings settings) {
        if (!settings.autoDetect()) {
            return new ProxyStep(ProxyStep.Source.DETECTED_PAC_URL, "", ProxyStep.Outcome.SKIPPED,
                    "automatic detection is off");
        }
        try {
            Optional<String> url = WindowsProxyConfig.detectAutoConfigUrl(backend);
            return url.map(u -> new ProxyStep(ProxyStep.Source.DETECTED_PAC_URL, u, ProxyStep.Outcome.INFORMATION,
                            "WinHttpDetectAutoProxyConfigUrl (DHCP, DNS) found it"))
                    .orElseGet(() -> new ProxyStep(ProxyStep.Source.DETECTED_PAC_URL, "", ProxyStep.Outcome.FAILED,
                            "WinHttpDetectAutoProxyConfigUrl found none (ERROR_WINHTTP_AUTODETECTION_FAILED)"));
        } catch (WinHttpException e) {
            return new ProxyStep(ProxyStep.Source.DETECTED_PAC_URL, "", ProxyStep.Outcome.FAILED, failure(e));
        }
    }

    private static String failure(WinHttpException e) {
        return e.call() + " failed: " + e.errorName() + " (" + e.errorCode() + ")";
    }

    private static String summary(IeProxySettings s) {
        return "auto-detect " + (s.autoDetect() ? "on" : "off") + "; PAC URL " + s.autoConfigUrl().orElse("none")
                + "; proxy " + s.proxy().orElse("none") + "; bypass " + s.bypass().orElse("none");
    }

    private WinHttpSession session() throws WinHttpException {
        synchronized (sessionLock) {
            if (closed) {
                throw new IllegalStateException("the WindowsProxySelector is closed");
            }
            if (session == null) {
                session = WinHttpSession.builder().backend(backend).agent("winnet4j-proxy-selector")
                        .access(ProxyAccess.noProxy()).timeouts(Duration.ofSeconds(30)).open();
            }
            return session;
        }
    }

    /** The answer with proxies that failed recently moved to the end (never dropped). */
    private List<Proxy> ordered(List<Proxy> proxies) {
        if (failedUntil.isEmpty() || proxies.size() < 2) {
            return proxies;
        }
        long now = System.nanoTime();
        List<Proxy> good = new ArrayList<>();
        List<Proxy> failed = new ArrayList<>();
        for (Proxy p : proxies) {
            Long until = failedUntil.get(addressKey(p.address()));
            (until != null && until - now > 0 ? failed : good).add(p);
        }
        good.addAll(failed);
        return List.copyOf(good);
    }

    /**
     * Marks the proxy at {@code sa} as failed for the penalty time: later answers offer it last.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        Arguments.requireNonNull(uri, "uri");
        Arguments.requireNonNull(sa, "sa");
        Arguments.requireNonNull(ioe, "ioe");
        failedUntil.put(addressKey(sa), System.nanoTime() + penaltyNanos);
        LOG.log(System.Logger.Level.INFO, "winnet4j: proxy " + sa + " failed for " + uri + " (" + ioe
                + "); offered last for " + Duration.ofNanos(penaltyNanos));
    }

    private static String addressKey(SocketAddress sa) {
        if (sa instanceof InetSocketAddress isa) {
            return isa.getHostString().toLowerCase(Locale.ROOT) + ":" + isa.getPort();
        }
        return String.valueOf(sa);
    }

    /** Stops the lookup threads (interrupting running lookups) and closes the WinHTTP session. */
    @Override
    public void close() throws WinHttpException {
        closed = true;
        executor.shutdownNow();
        synchronized (sessionLock) {
            if (session != null) {
                session.close();
            }
        }
    }

    /** Settings of a {@link WindowsProxySelector}. */
    public static final class Builder {
        private Backend backend;
        private IeProxySettings settings;
        private Duration answerWithin = Duration.ofSeconds(2);
        private Duration cacheFor = Duration.ofMinutes(5);
        private Duration penalty = Duration.ofSeconds(30);
        private int threads = 2;

        private Builder() {
        }

        /** The backend (default {@link Backends#defaultBackend()}). */
        public Builder backend(Backend backend) {
            this.backend = Arguments.requireNonNull(backend, "backend");
            return this;
        }

        /**
         * Fixed settings instead of the current user's (for programs with their own configuration,
         * and tests).
         */
        public Builder settings(IeProxySettings settings) {
            this.settings = Arguments.requireNonNull(settings, "settings");
            return this;
        }

        /** The longest a {@link #select} call waits for a lookup (default 2 s). */
        public Builder answerWithin(Duration bound) {
            this.answerWithin = positive(bound, "answerWithin");
            return this;
        }

        /** How long an answer is reused for the same scheme, host and port (default 5 min). */
        public Builder cacheFor(Duration ttl) {
            this.cacheFor = positive(ttl, "cacheFor");
            return this;
        }

        /** How long a proxy that failed is offered last (default 30 s). */
        public Builder penalty(Duration penalty) {
            this.penalty = positive(penalty, "penalty");
            return this;
        }

        /** Lookup threads (default 2). */
        public Builder threads(int threads) {
            if (threads < 1 || threads > 16) {
                throw new IllegalArgumentException("threads is " + threads + "; 1 to 16");
            }
            this.threads = threads;
            return this;
        }

        private static Duration positive(Duration d, String argument) {
            Arguments.requireNonNull(d, argument);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(argument + " must be positive: " + d);
            }
            return d;
        }

        /** The selector; it starts no thread and opens no handle until the first lookup. */
        public WindowsProxySelector build() {
            return new WindowsProxySelector(this);
        }
    }
}

package io.github.winnet4j.cli;

import io.github.winnet4j.api.InternetSessionBuilder;
import io.github.winnet4j.api.winhttp.ProxyAccess;
import io.github.winnet4j.api.winhttp.WinHttpSessionBuilder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How to reach the server: proxy, timeouts, credentials, certificate leniency. */
final class ConnectionOptions {
    @Option(names = {"-x", "--proxy"}, paramLabel = "HOST:PORT",
            description = "Use this HTTP proxy (a PROXY-access session). Default: the user's configuration"
                    + " (Internet Options on Windows; http_proxy/https_proxy/no_proxy on the java backend).")
    String proxy;

    @Option(names = "--noproxy", description = "Ignore any configured proxy (a DIRECT-access session).")
    boolean noProxy;

    @Mixin
    TimeoutOptions timeouts;

    @Option(names = {"-m", "--max-time"}, paramLabel = "SECONDS",
            description = "Give up on the whole operation after this long (exit 28). Default: no limit.")
    Double maxTime;

    @Option(names = {"-u", "--user"}, paramLabel = "USER[:PASSWORD]",
            description = "Credentials for the server. Without :PASSWORD the password is read from the console"
                    + " without echo.")
    String user;

    @Option(names = {"-k", "--insecure"},
            description = "Skip certificate checks (unknown CA, expiry, host name, revocation) for this request."
                    + " Dangerous; says so on stderr.")
    boolean insecure;

    /** Applies the proxy and timeouts to a WinINet session builder. */
    void configure(InternetSessionBuilder builder) {
        checkProxyOptions();
        if (proxy != null) {
            builder.proxy(proxy, null);
        } else if (noProxy) {
            builder.direct();
        }
        builder.connectTimeout(timeouts.connect());
        builder.sendTimeout(ioTimeout()).receiveTimeout(ioTimeout());
    }

    /**
     * Applies the proxy and timeouts to a WinHTTP session builder. Without {@code --proxy} or
     * {@code --noproxy} the session uses WINHTTP_ACCESS_TYPE_AUTOMATIC_PROXY: the user's settings
     * with PAC and WPAD, as {@code winnet proxy} explains them (the environment on the java backend).
     */
    void configure(WinHttpSessionBuilder builder) {
        checkProxyOptions();
        builder.access(proxy != null ? ProxyAccess.named(proxy, null) : noProxy ? ProxyAccess.noProxy()
                : ProxyAccess.automatic());
        builder.connectTimeout(timeouts.connect());
        builder.sendTimeout(ioTimeout()).receiveTimeout(ioTimeout());
    }

    private void checkProxyOptions() {
        if (proxy != null && noProxy) {
            throw new IllegalArgumentException("--proxy and --noproxy contradict each other; choose one");
        }
    }

    /** The send and receive timeout: --timeout, or --max-time when that is shorter. */
    Duration ioTimeout() {
        Duration io = timeouts.io();
        if (maxTime != null && seconds(maxTime, "--max-time").compareTo(io) < 0) {
            io = seconds(maxTime, "--max-time");
        }
        return io;
    }

    /** The --max-time limit, or {@code null}. */
    Duration maxTime() {
        return maxTime == null ? null : seconds(maxTime, "--max-time");
    }

    static Duration seconds(double value, String option) {
        if (!(value > 0) || value > 86_400 * 24) {
            throw new IllegalArgumentException(option + " " + value + " is not a number of seconds above 0");
        }
        return Duration.ofMillis(Math.max(1, Math.round(value * 1000)));
    }
}

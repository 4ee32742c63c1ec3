package io.github.winnet4j.cli;

import io.github.winnet4j.api.HttpRequest;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.api.InternetSessionBuilder;
import io.github.winnet4j.api.WinInetException;
import io.github.winnet4j.backends.BackendUnavailableException;
import io.github.winnet4j.backends.Backends;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code winnet get URL}: fetches a URL and writes the body to standard output. */
@Command(name = "get", mixinStandardHelpOptions = true,
        description = "GET a URL and print the body. Exit codes: 0 ok, 22 HTTP status >= 400 (with -f),"
                + " 6 name not resolved, 7 cannot connect, 28 timeout, 35 TLS, 1 other, 2 usage.")
final class GetCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "the URL (http or https)")
    String url;

    @Option(names = {"-H", "--header"}, description = "an extra request header, 'Name: value'")
    String[] headers = {};

    @Option(names = {"-i", "--include"}, description = "print the status line and response headers first")
    boolean include;

    @Option(names = {"-f", "--fail"}, description = "exit 22 when the status is 400 or above")
    boolean fail;

    @Option(names = "--backend", description = "auto, native or java (default: auto)")
    String backend = "auto";

    @Option(names = "--timeout", description = "connect/send/receive timeout in seconds (default: 30)")
    long timeoutSeconds = 30;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() {
        try {
            InternetSessionBuilder builder = InternetSession.builder().agent("winnet/0.1")
                    .timeouts(Duration.ofSeconds(timeoutSeconds));
            if (!backend.equalsIgnoreCase("auto")) {
                builder.backend(Backends.byName(backend));
            }
            try (InternetSession session = builder.open();
                 HttpRequest request = session.openUrl(url, headers)) {
                if (include) {
                    out.print(request.rawHeaders());
                }
                try (InputStream body = request.body()) {
                    body.transferTo(out);
                }
                out.flush();
                return fail && request.statusCode() >= 400 ? Winnet.EXIT_HTTP_ERROR : Winnet.EXIT_OK;
            }
        } catch (WinInetException e) {
            err.println("winnet: " + e.getMessage());
            return Outcomes.exitCode(e);
        } catch (IllegalArgumentException | BackendUnavailableException e) {
            err.println("winnet: " + e.getMessage());
            return Winnet.EXIT_USAGE;
        } catch (java.io.IOException e) {
            err.println("winnet: " + e.getMessage());
            return Winnet.EXIT_OTHER;
        }
    }

}

package io.github.winnet4j.cli;

import io.github.winnet4j.backends.Backend;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the real {@code winnet} entry point with captured standard output and error. */
final class Cli {
    private Cli() {
    }

    /** What one run produced. */
    record Result(int code, byte[] stdout, String err) {
        /** Standard output as text, lines ended by "\n" whatever the platform's separator. */
        String out() {
            return lines(new String(stdout, StandardCharsets.UTF_8));
        }

        /** Standard error as text, lines ended by "\n". */
        String errText() {
            return lines(err);
        }

        private static String lines(String text) {
            String sep = System.lineSeparator();
            return sep.equals("\n") ? text : text.replace(sep, "\n");
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out() + "\n--- stderr\n" + err;
        }
    }

    static Result run(String... args) {
        return run(Terminal.none(), args);
    }

    static Result run(Terminal terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal);
        int code = Winnet.run(io, args);
        return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** The server's URL for {@code path} by address (127.0.0.1), never by a name that must be resolved. */
    static String url(okhttp3.mockwebserver.MockWebServer server, String path) {
        return server.url("/").scheme() + "://" + io.github.winnet4j.testing.Loopback.HOST + ":" + server.getPort() + path;
    }

    /** The arguments followed by {@code --backend NAME --noproxy} (tests never go through a configured proxy). */
    static String[] on(Backend backend, String... args) {
        List<String> list = new ArrayList<>(Arrays.asList(args));
        list.add("--backend");
        list.add(backend.name());
        list.add("--noproxy");
        return list.toArray(String[]::new);
    }

    /** A terminal that answers password prompts with {@code password} and counts the prompts. */
    static final class FakeTerminal implements Terminal {
        final String password;
        final List<String> prompts = new ArrayList<>();

        FakeTerminal(String password) {
            this.password = password;
        }

        @Override
        public boolean interactive() {
            return true;
        }

        @Override
        public char[] readPassword(String prompt) {
            prompts.add(prompt);
            return password.toCharArray();
        }
    }
}

package io.github.winnet4j.bench;

import io.github.winnet4j.api.HttpConnection;
import io.github.winnet4j.api.HttpRequest;
import io.github.winnet4j.api.InternetSession;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.backends.Backends;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Wine figure, run by bench/run on a Windows JVM under Wine: winnet4j's native backend against
 * bench/wine/wininet_get.exe making the same WinINet calls to the same wininet.dll, in turns, so
 * the ratio is the cost of the binding (JNA, the wrappers) over plain C.
 *
 * <p>Arguments: port, C program, bulk file path on the server, its bytes, small requests,
 * repetitions, output file.
 */
public final class WineBench {
    private static final double MIB = 1024 * 1024;

    private WineBench() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String program = args[1];
        String bulkPath = args[2];
        long bulk = Long.parseLong(args[3]);
        int small = Integer.parseInt(args[4]);
        int repetitions = Integer.parseInt(args[5]);
        Path output = Path.of(args[6]);
        StringBuilder table = new StringBuilder();
        Backend backend = Backends.byName("native");
        try (InternetSession session = InternetSession.builder().backend(backend).direct().open();
             RawWinInetGet raw = new RawWinInetGet(backend.wininet(), port)) {
            HttpConnection connection = session.connect("127.0.0.1", port);
            table.append(figure("HTTP download " + (bulk >> 20) + " MiB (Wine)", "MiB/s", bulk / MIB, repetitions,
                    () -> cProgram(program, port, bulkPath, 1, bulk),
                    () -> raw.get(bulkPath, 1, bulk),
                    () -> java(connection, bulkPath, 1, bulk)));
            table.append(figure(small + " keep-alive GETs of 100 B (Wine)", "req/s", small, repetitions,
                    () -> cProgram(program, port, "/small.bin", small, 100),
                    () -> raw.get("/small.bin", small, 100),
                    () -> java(connection, "/small.bin", small, 100)));
        }
        System.out.print(table);
        Files.writeString(output, table);
    }

    private interface Timed {
        long nanos() throws Exception;
    }

    /**
     * One discarded turn each, then {@code repetitions} turns; rows for the C program, the raw
     * binding (the same calls through {@code raw/WinInet}, no copy out of the native buffer) and
     * the API (HttpRequest.body(), which copies each read into the caller's array).
     */
    private static String figure(String name, String unit, double units, int repetitions, Timed c, Timed raw,
            Timed api) throws Exception {
        String[] names = {"C program (wininet_get.exe)", "winnet4j raw binding (native)",
                "winnet4j WinINet API (native)"};
        Timed[] clients = {c, raw, api};
        List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int rep = 0; rep <= repetitions; rep++) {
            StringBuilder line = new StringBuilder(String.format("  %-40s rep %d:", name, rep));
            for (int i = 0; i < clients.length; i++) {
                double rate = units / (clients[i].nanos() / 1e9);
                line.append(String.format(" %s %.1f", names[i], rate));
                if (rep > 0) {
                    rates.get(i).add(rate);
                }
            }
            System.out.println(line + " " + unit);
        }
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < clients.length; i++) {
            List<Double> own = rates.get(i);
            double[] ratios = new double[own.size()];
            for (int r = 0; r < ratios.length; r++) {
                ratios[r] = own.get(r) / rates.get(0).get(r);
            }
            Stats rate = Stats.of(own.stream().mapToDouble(Double::doubleValue).toArray());
            Stats ratio = Stats.of(ratios);
            if (i == 0) {
                rows.append(String.format("| %s | %s | %.0f [%.0f – %.0f] %s | 1 (reference) | | |%n",
                        name, names[i], rate.median(), rate.min(), rate.max(), unit));
            } else {
                rows.append(String.format("| %s | %s | %.0f [%.0f – %.0f] %s | %.2f [%.2f – %.2f]× | ≥ 0.9× | %s |%n",
                        name, names[i], rate.median(), rate.min(), rate.max(), unit,
                        ratio.median(), ratio.min(), ratio.max(), ratio.median() >= 0.9 ? "yes" : "**no**"));
            }
        }
        return rows.toString();
    }

    private static long cProgram(String program, int port, String path, int count, long expected) throws Exception {
        Process p = new ProcessBuilder(program, Integer.toString(port), path, Integer.toString(count),
                Long.toString(expected)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(program + " did not finish");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        if (p.exitValue() != 0) {
            throw new IOException(program + " exited " + p.exitValue() + ": " + out);
        }
        return Long.parseLong(out.split("\\s+")[0]);
    }

    private static long java(HttpConnection connection, String path, int count, long expected) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            try (HttpRequest request = connection.openRequest("GET", path)) {
                request.send();
                if (request.statusCode() != 200) {
                    throw new IOException("status " + request.statusCode());
                }
                try (InputStream in = request.body()) {
                    Streams.drain(in, expected);
                }
            }
        }
        return System.nanoTime() - start;
    }
}

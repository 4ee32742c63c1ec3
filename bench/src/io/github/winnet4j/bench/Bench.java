package io.github.winnet4j.bench;

import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.backends.Backends;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 7's benchmark in one JVM run: every figure against the nginx, vsftpd and upload sink that
 * bench/run started, printed as a markdown table of ratios to curl and written to a file.
 */
public final class Bench {
    private static final double MIB = 1024 * 1024;

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.fromSystemProperties();
        long deadline = System.nanoTime() + Long.getLong("bench.budgetSeconds", 3600) * 1_000_000_000L;
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        Backend backend = Backends.byName("java");
        Path big = Path.of(o.bigFile());
        Map<String, List<Measurement.Row>> results = Measurement.newResults();
        List<Figure> figures = new ArrayList<>();
        String size = o.bulkBytes() >= (1L << 30) ? (o.bulkBytes() >> 30) + " GiB" : (o.bulkBytes() >> 20) + " MiB";
        String bigName = big.getFileName().toString();
        try (HttpClients http = new HttpClients(o, backend); FtpClients ftp = new FtpClients(o, backend)) {
            figures.add(new Figure("HTTP download " + size, http.download("/" + bigName, o.bulkBytes()),
                    o.bulkBytes(), "MiB/s", MIB, 0.9));
            figures.add(new Figure(o.smallRequests() + " keep-alive GETs of 100 B",
                    http.smallGets("/small.bin", 100, o.smallRequests(), o.data()), o.smallRequests(), "req/s", 1, 1.0));
            figures.add(new Figure("HTTP upload " + size, http.upload(o.bulkBytes(), big),
                    o.bulkBytes(), "MiB/s", MIB, 0.9));
            figures.add(new Figure("FTP download " + size, ftp.download("pub/" + bigName, o.bulkBytes()),
                    o.bulkBytes(), "MiB/s", MIB, 0.9));
            figures.add(new Figure("FTP upload " + size, ftp.upload(o.bulkBytes(), big),
                    o.bulkBytes(), "MiB/s", MIB, 0.9));
            String only = System.getProperty("bench.only", "");
            figures.removeIf(f -> !f.name().toLowerCase(java.util.Locale.ROOT).contains(only.toLowerCase(java.util.Locale.ROOT)));
            for (Figure figure : figures) {
                System.out.println("== " + figure.name());
                int discarded = figure.unit().equals("req/s") ? 1 : 0;
                results.put(figure.name(), Measurement.run(figure, o.repetitions(), discarded, deadline));
            }
        }
        String binding = "";
        if (System.getProperty("bench.only", "").isEmpty()) {
            System.out.println("== per-call binding cost (JMH)");
            binding = BindingFigure.run(o.quick());
        }
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
        String report = Report.render(o, figures, results, binding, loadBefore, loadAfter);
        System.out.println();
        System.out.println(report);
        Files.createDirectories(o.results().getParent());
        Files.writeString(o.results(), report);
        System.out.println("written to " + o.results());
    }

    static String environment(String loadBefore, String loadAfter) throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        return String.format("- Date: %s%n- CPU: %s, %d cores available%n- JDK: %s %s (%s), max heap %d MiB%n"
                        + "- Kernel: %s %s%n- Tools: %s%n- Load average (1/5/15 min, runnable/total, last pid) before: %s; after: %s%n",
                Instant.now(), cpu, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor"), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("bench.tools", "?"), loadBefore, loadAfter)
                + "- JVM arguments: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()) + "\n";
    }
}

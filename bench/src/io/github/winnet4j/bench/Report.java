package io.github.winnet4j.bench;

import java.util.List;
import java.util.Map;

/** Renders the run as markdown: environment, the ratio table, the heap table and the JMH table. */
final class Report {
    private static final long HEAP_LIMIT = 64L << 20;

    private Report() {
    }

    static String render(Options o, List<Figure> figures, Map<String, List<Measurement.Row>> results,
            String binding, String loadBefore, String loadAfter) throws Exception {
        StringBuilder s = new StringBuilder();
        s.append("## winnet4j benchmark (").append(o.quick() ? "quick" : "full").append(" mode: ")
                .append(o.repetitions()).append(" repetitions, median [min – max])\n\n");
        s.append(Bench.environment(loadBefore, loadAfter)).append('\n');
        s.append("| Figure | Client | Rate median [min – max] | Ratio to curl median [min – max] | Target | Met |\n");
        s.append("|---|---|---:|---:|---:|:---:|\n");
        for (Figure figure : figures) {
            for (Measurement.Row row : results.getOrDefault(figure.name(), List.of())) {
                boolean reference = row.client().equals(figure.clients().get(0).name());
                boolean judged = row.client().startsWith("winnet4j") && figure.target() > 0;
                s.append(String.format("| %s | %s | %s %s | %s | %s | %s |%n", figure.name(), row.client(),
                        range(row.rate(), "%.0f"), figure.unit(),
                        reference ? "1 (reference)" : range(row.ratio(), "%.2f") + "×",
                        judged ? String.format("≥ %.1f×", figure.target()) : "",
                        judged ? (row.ratio().median() >= figure.target() ? "yes" : "**no**") : ""));
            }
        }
        s.append("\nPeak heap in use (sampled every 5 ms, after a GC before each run) during the bulk transfers, "
                + "JVM max heap ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB:\n\n");
        s.append("| Figure | Client | Peak heap MiB | ≤ 64 MiB |\n|---|---|---:|:---:|\n");
        for (Figure figure : figures) {
            List<Client> clients = figure.clients();
            List<Measurement.Row> rows = results.getOrDefault(figure.name(), List.of());
            for (int i = 0; i < rows.size(); i++) {
                if (clients.get(i).sampleHeap()) {
                    long peak = rows.get(i).peakHeap();
                    s.append(String.format("| %s | %s | %.1f | %s |%n", figure.name(), rows.get(i).client(),
                            peak / (1024.0 * 1024), peak <= HEAP_LIMIT ? "yes" : "**no**"));
                }
            }
        }
        s.append("\nPer-call cost of the binding (JMH, 1 fork; libc memset into one 64 KiB JNA Memory as a "
                + "stand-in for InternetReadFile, which Linux lacks):\n\n");
        s.append(binding);
        return s.toString();
    }

    private static String range(Stats stats, String format) {
        return String.format(format + " [" + format + " – " + format + "]", stats.median(), stats.min(), stats.max());
    }
}

package io.github.winnet4j.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a figure's clients in turns (repetition by repetition, so drifting load hits all alike),
 * and keeps each client's rates, its rates relative to the reference in the same turn, and the peak
 * heap of its sampled runs.
 */
final class Measurement {
    /** The results of one client in one figure. */
    record Row(String client, Stats rate, Stats ratio, long peakHeap) {
    }

    private Measurement() {
    }

    static List<Row> run(Figure figure, int repetitions, int discarded, long deadlineNanos) throws Exception {
        int clients = figure.clients().size();
        List<List<Double>> rates = new ArrayList<>();
        long[] peaks = new long[clients];
        for (int i = 0; i < clients; i++) {
            rates.add(new ArrayList<>());
        }
        for (int rep = 0; rep < discarded + repetitions; rep++) {
            if (rep > discarded && System.nanoTime() > deadlineNanos) {
                System.out.printf("  time budget spent: %s stops after %d repetitions%n", figure.name(), rep - discarded);
                break;
            }
            for (int i = 0; i < clients; i++) {
                Client client = figure.clients().get(i);
                System.gc();
                long start;
                long elapsed;
                try (HeapSampler heap = client.sampleHeap() ? new HeapSampler() : null) {
                    start = System.nanoTime();
                    client.transfer().run();
                    elapsed = System.nanoTime() - start;
                    if (heap != null) {
                        peaks[i] = Math.max(peaks[i], heap.peakBytes());
                    }
                }
                double rate = figure.units() / (elapsed / 1e9) / figure.scale();
                boolean kept = rep >= discarded;
                System.out.printf("  %-28s %-30s %s %10.1f %s%n", figure.name(), client.name(),
                        kept ? "rep " + (rep - discarded + 1) : "warm ", rate, figure.unit());
                if (kept) {
                    rates.get(i).add(rate);
                }
            }
        }
        List<Double> reference = rates.get(0);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            List<Double> own = rates.get(i);
            double[] values = own.stream().mapToDouble(Double::doubleValue).toArray();
            double[] ratios = new double[own.size()];
            for (int r = 0; r < own.size(); r++) {
                ratios[r] = own.get(r) / reference.get(r);
            }
            rows.add(new Row(figure.clients().get(i).name(), Stats.of(values), Stats.of(ratios), peaks[i]));
        }
        return rows;
    }

    static Map<String, List<Row>> newResults() {
        return new LinkedHashMap<>();
    }
}

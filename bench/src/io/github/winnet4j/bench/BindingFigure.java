package io.github.winnet4j.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Runs {@link BindingBenchmark} with JMH (one fork) and turns its scores into table rows. */
final class BindingFigure {
    private BindingFigure() {
    }

    /** Lines of a markdown table: bytes per call, interface and direct ns/op (± JMH's error), ratio. */
    static String run(boolean quick) throws Exception {
        int iterations = quick ? 3 : 5;
        var options = new OptionsBuilder()
                .include(BindingBenchmark.class.getName())
                .forks(1)
                .warmupIterations(iterations).warmupTime(TimeValue.seconds(1))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(1))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, double[]> byBytes = new TreeMap<>();
        for (RunResult result : results) {
            String bytes = result.getParams().getParam("bytes");
            String method = result.getParams().getBenchmark();
            double[] row = byBytes.computeIfAbsent(bytes, b -> new double[4]);
            int at = method.endsWith("interfaceMapping") ? 0 : 2;
            row[at] = result.getPrimaryResult().getScore();
            row[at + 1] = result.getPrimaryResult().getScoreError();
        }
        StringBuilder table = new StringBuilder();
        table.append("| memset bytes per call | interface mapping ns/op | direct mapping ns/op | interface / direct |\n");
        table.append("|---:|---:|---:|---:|\n");
        byBytes.entrySet().stream()
                .sorted((a, b) -> Integer.compare(Integer.parseInt(a.getKey()), Integer.parseInt(b.getKey())))
                .forEach(e -> {
                    double[] r = e.getValue();
                    table.append(String.format("| %s | %.1f ± %.1f | %.1f ± %.1f | %.2f× |%n",
                            e.getKey(), r[0], r[1], r[2], r[3], r[0] / r[2]));
                });
        return table.toString();
    }
}

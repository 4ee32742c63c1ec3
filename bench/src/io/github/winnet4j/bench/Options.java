package io.github.winnet4j.bench;

import java.nio.file.Path;

/**
 * What one run measures and against which servers; bench/run passes these as system properties so
 * the sizes of the quick and the full mode are chosen in one place.
 */
record Options(boolean quick, long bulkBytes, int smallRequests, int repetitions, int httpPort,
        int sinkPort, int ftpPort, Path data, Path ftpRoot, Path results, String bigFile) {

    static Options fromSystemProperties() {
        boolean quick = Boolean.getBoolean("bench.quick");
        return new Options(quick,
                Long.getLong("bench.bulkBytes", quick ? 64L << 20 : 1L << 30),
                Integer.getInteger("bench.smallRequests", quick ? 200 : 2000),
                Integer.getInteger("bench.repetitions", quick ? 3 : 5),
                Integer.getInteger("bench.httpPort"),
                Integer.getInteger("bench.sinkPort"),
                Integer.getInteger("bench.ftpPort"),
                Path.of(System.getProperty("bench.data")),
                Path.of(System.getProperty("bench.ftpRoot")),
                Path.of(System.getProperty("bench.results")),
                System.getProperty("bench.bigFile"));
    }

    String httpBase() {
        return "http://127.0.0.1:" + httpPort;
    }

    String ftpBase() {
        return "ftp://127.0.0.1:" + ftpPort;
    }
}

package io.github.winnet4j.bench;

/** One timed unit of work of one client: a whole file, a batch of requests. */
@FunctionalInterface
interface Transfer {
    void run() throws Exception;
}

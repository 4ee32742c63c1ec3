package io.github.winnet4j.bench;

import java.util.List;

/**
 * One figure of issue 7: the same work done by several clients, the first of which is the
 * reference the others are compared with.
 *
 * @param units the amount of work per run (bytes or requests), for the rate
 * @param unit the rate's unit, e.g. "MiB/s"
 * @param scale divides units per second into that unit
 * @param target the lowest acceptable ratio to the reference for winnet4j clients, or 0 for none
 */
record Figure(String name, List<Client> clients, double units, String unit, double scale, double target) {
}

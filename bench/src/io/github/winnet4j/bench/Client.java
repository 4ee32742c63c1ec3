package io.github.winnet4j.bench;

/** A named way to do the same transfer; {@code peakHeap} says whether its heap is sampled. */
record Client(String name, Transfer transfer, boolean sampleHeap) {
}

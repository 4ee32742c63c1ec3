package io.github.winnet4j.hardening;

import io.github.winnet4j.api.InternetHandle;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What a leak run measures: live wrapper handles ({@link InternetHandle#openHandles()}), open file
 * descriptors (sockets included) and live threads.
 *
 * @param handles live wrapper handles
 * @param fds     open file descriptors, or -1 where the platform cannot count them
 * @param threads live threads of the JVM
 */
record LeakGauges(int handles, long fds, int threads) {
    private static final Path PROC_FDS = Path.of("/proc/self/fd");

    static LeakGauges now() {
        return new LeakGauges(InternetHandle.openHandles().size(), countFds(),
                ManagementFactory.getThreadMXBean().getThreadCount());
    }

    /**
     * Linux: the entries of {@code /proc/self/fd}; other Unix: the JMX count; Windows: -1, since
     * neither exists there (a Windows JVM counts handles, not descriptors, and exposes no count).
     */
    static long countFds() {
        if (Files.isDirectory(PROC_FDS)) {
            try (Stream<Path> s = Files.list(PROC_FDS)) {
                return s.count() - 1; // less the descriptor of the listing itself
            } catch (IOException e) {
                return -1;
            }
        }
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            return unix.getOpenFileDescriptorCount();
        }
        return -1;
    }

    /** Why {@link #countFds()} is -1 here. */
    static String whyNoFds() {
        return "no /proc/self/fd and no UnixOperatingSystemMXBean on " + System.getProperty("os.name");
    }

    @Override
    public String toString() {
        return "handles=" + handles + " fds=" + (fds < 0 ? "n/a" : Long.toString(fds)) + " threads=" + threads;
    }
}

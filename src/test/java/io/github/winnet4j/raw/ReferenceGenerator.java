package io.github.winnet4j.raw;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code tools/sdkref/generate.py} where mingw-w64 is installed, so a test can tell whether the
 * committed reference still matches the header (the header or the generator may have changed).
 */
final class ReferenceGenerator {

    private static final Path INCLUDE = Path.of("/usr/share/mingw-w64/include");
    private static final long TIMEOUT_SECONDS = 120;

    private ReferenceGenerator() {
    }

    /** Whether the header, the cross compiler and python3 are all here. */
    static boolean available(String header) {
        return Files.isRegularFile(INCLUDE.resolve(header)) && onPath("x86_64-w64-mingw32-gcc") && onPath("python3");
    }

    static String unavailableReason(String header) {
        return "mingw-w64 is not installed (needs " + INCLUDE.resolve(header) + ", x86_64-w64-mingw32-gcc and "
                + "python3 on PATH), so the committed reference cannot be regenerated here; "
                + "the other checks use the committed file";
    }

    /** The reference the generator writes for the header today. */
    static String generate(String header) {
        Path generator = Path.of("tools/sdkref/generate.py").toAbsolutePath();
        if (!Files.isRegularFile(generator)) {
            throw new AssertionError("generator not found at " + generator);
        }
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("sdkref", ".ref");
            err = Files.createTempFile("sdkref", ".err");
            Process process = new ProcessBuilder("python3", generator.toString(), header)
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("generate.py did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("generate.py failed (" + process.exitValue() + "): " + read(err));
            }
            return read(out);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + generator, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + generator, e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** "" when equal, otherwise the first line where the two texts differ. */
    static String firstDifference(String committed, String fresh) {
        String[] a = committed.split("\n", -1);
        String[] b = fresh.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "<end>";
            String right = i < b.length ? b[i] : "<end>";
            if (!left.equals(right)) {
                return "line " + (i + 1) + ": committed '" + left + "', generated '" + right + "'";
            }
        }
        return "";
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind does not change the result
            }
        }
    }
}

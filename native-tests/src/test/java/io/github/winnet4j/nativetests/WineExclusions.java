package io.github.winnet4j.nativetests;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Skips the test methods that {@code native-tests/exclusions.txt} names, each with its reason, so
 * a Wine-only deviation is excluded narrowly by name and shows up in the report as skipped with
 * the evidence. Active only when {@value #PROPERTY} names the file (the Wine stage sets it; the
 * Windows run does not). Registered through JUnit's extension auto-detection.
 *
 * <p>File format: one {@code fully.qualified.TestClass#method  reason} per line; lines starting
 * with {@code #} and blank lines are ignored.
 */
public final class WineExclusions implements ExecutionCondition {
    /** The system property that names the exclusions file. */
    public static final String PROPERTY = "winnet4j.exclusions";

    private static volatile Map<String, String> excluded;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty() || context.getTestClass().isEmpty()) {
            return ConditionEvaluationResult.enabled("not a test method");
        }
        String name = context.getRequiredTestClass().getName() + "#" + context.getRequiredTestMethod().getName();
        String reason = excluded().get(name);
        return reason == null
                ? ConditionEvaluationResult.enabled("not excluded")
                : ConditionEvaluationResult.disabled("excluded under Wine (native-tests/exclusions.txt): " + reason);
    }

    private static Map<String, String> excluded() {
        Map<String, String> map = excluded;
        if (map == null) {
            map = load(System.getProperty(PROPERTY));
            excluded = map;
        }
        return map;
    }

    static Map<String, String> load(String file) {
        Map<String, String> map = new LinkedHashMap<>();
        if (file == null || file.isBlank()) {
            return map;
        }
        try {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] parts = s.split("\\s+", 2);
                map.put(parts[0], parts.length > 1 ? parts[1] : "(no reason given)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PROPERTY + "=" + file, e);
        }
        return map;
    }
}

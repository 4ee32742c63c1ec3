package io.github.winnet4j.nativetests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The output of {@code native-tests/abi/abi.c}: what the SDK headers say, as the Windows x64
 * compiler laid it out.
 *
 * <pre>
 * struct NAME SIZE
 * field NAME MEMBER OFFSET
 * const NAME VALUE
 * </pre>
 */
record AbiReport(Map<String, Integer> sizes, Map<String, Map<String, Integer>> offsets,
                 Map<String, Long> constants) {

    /** The system property that names the report file. */
    static final String PROPERTY = "winnet4j.abi.report";

    /** Reads the report named by {@value #PROPERTY}. */
    static AbiReport load() throws IOException {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            throw new IllegalStateException("-D" + PROPERTY + "=<output of abi.exe> is not set; "
                    + "native-tests/run builds abi.exe and sets it");
        }
        return parse(Files.readString(Path.of(file), StandardCharsets.US_ASCII));
    }

    static AbiReport parse(String text) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> offsets = new LinkedHashMap<>();
        Map<String, Long> constants = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            String[] w = line.strip().split("\\s+");
            switch (w[0]) {
                case "struct" -> sizes.put(w[1], Integer.parseInt(w[2]));
                case "field" -> offsets.computeIfAbsent(w[1], k -> new LinkedHashMap<>())
                        .put(w[2], Integer.parseInt(w[3]));
                case "const" -> constants.put(w[1], Long.parseLong(w[2]));
                case "" -> { }
                default -> throw new IllegalArgumentException("unexpected line in ABI report: " + line);
            }
        }
        return new AbiReport(sizes, offsets, constants);
    }
}

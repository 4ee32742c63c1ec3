package io.github.winnet4j.nativetests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The output of {@code native-tests/abi/abi.c} for one SDK header: what the header says, as the
 * Windows x64 compiler laid it out.
 *
 * <pre>
 * struct NAME SIZE
 * field NAME MEMBER OFFSET
 * const NAME VALUE
 * </pre>
 */
record AbiReport(Map<String, Integer> sizes, Map<String, Map<String, Integer>> offsets,
                 Map<String, Long> constants) {

    /** The system property that names the directory holding {@code abi-wininet.txt} and {@code abi-winhttp.txt}. */
    static final String PROPERTY = "winnet4j.abi.reports";

    /** Reads the report of one header from the directory named by {@value #PROPERTY}. */
    static AbiReport load(SdkHeader header) throws IOException {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("-D" + PROPERTY + "=<directory of abi-wininet.txt, abi-winhttp.txt> "
                    + "is not set; native-tests/run builds abi.exe per header and sets it");
        }
        return parse(Files.readString(Path.of(dir, "abi-" + header.fileName() + ".txt"), StandardCharsets.US_ASCII));
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

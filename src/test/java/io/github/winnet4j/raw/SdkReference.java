package io.github.winnet4j.raw;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SDK reference made by {@code tools/sdkref/generate.py} from a mingw-w64 header, read from the
 * test classpath, so that the binding is checked against the header on machines without mingw-w64.
 *
 * <p>Line kinds: {@code const NAME VALUE}, {@code func NAME RET TYPE,TYPE,...},
 * {@code callback NAME RET TYPE,...}, {@code struct NAME TYPE name,TYPE name[N],...} and
 * {@code unexported NAME}; {@code #} starts a comment line.
 */
final class SdkReference {

    /** A function or callback prototype with C type spellings as the header writes them. */
    record Prototype(String name, String returnType, List<String> parameterTypes) {
    }

    /** A structure member; {@code arrayLength} is -1 for a member that is not an array. */
    record Member(String type, String name, int arrayLength) {
    }

    private static final Pattern MEMBER = Pattern.compile("^(.+) ([A-Za-z_]\\w*)(?:\\[(\\d+)])?$");

    final String text;
    final Map<String, Long> constants = new TreeMap<>();
    final Map<String, Prototype> functions = new TreeMap<>();
    final Map<String, Prototype> callbacks = new TreeMap<>();
    final Map<String, List<Member>> structures = new TreeMap<>();
    final Set<String> unexported = new TreeSet<>();

    private SdkReference(String text) {
        this.text = text;
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                parse(line);
            }
        }
    }

    /** Reads a reference such as {@code /sdk/wininet.ref} from the classpath. */
    static SdkReference load(String resource) {
        try (InputStream in = SdkReference.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new SdkReference(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private void parse(String line) {
        String kind = line.substring(0, line.indexOf(' '));
        switch (kind) {
            case "const" -> {
                String[] parts = line.split(" ");
                constants.put(parts[1], Long.parseLong(parts[2]));
            }
            case "func" -> add(functions, line);
            case "callback" -> add(callbacks, line);
            case "struct" -> {
                String[] parts = line.split(" ", 3);
                List<Member> members = new ArrayList<>();
                for (String member : parts[2].split(",")) {
                    Matcher m = MEMBER.matcher(member);
                    if (!m.matches()) {
                        throw new IllegalStateException("unreadable member '" + member + "' in: " + line);
                    }
                    int length = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
                    members.add(new Member(m.group(1), m.group(2), length));
                }
                structures.put(parts[1], members);
            }
            case "unexported" -> unexported.add(line.split(" ")[1]);
            default -> throw new IllegalStateException("unknown line kind: " + line);
        }
    }

    private static void add(Map<String, Prototype> into, String line) {
        String[] parts = line.split(" ", 4);
        List<String> params = parts.length < 4 ? List.of() : Arrays.asList(parts[3].split(","));
        into.put(parts[1], new Prototype(parts[1], parts[2], List.copyOf(params)));
    }
}

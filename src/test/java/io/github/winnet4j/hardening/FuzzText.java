package io.github.winnet4j.hardening;


import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shows generated strings readably in failure messages and checks refusal messages. */
final class FuzzText {
    private FuzzText() {
    }

    /** The string in quotes with every character outside printable ASCII as {@code \\uXXXX}. */
    static String show(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }

    /** An IllegalArgumentException must name the argument it refuses (one of {@code names}). */
    static void assertNamesArgument(IllegalArgumentException e, String... names) {
        String message = String.valueOf(e.getMessage());
        for (String name : names) {
            if (message.startsWith(name)) {
                return;
            }
        }
        assertTrue(false, "refusal does not name " + String.join("/", names) + ": " + message);
    }
}

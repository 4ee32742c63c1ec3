package io.github.winnet4j.hardening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A request head as it arrived on the wire, with the checks of its line structure: lines end in
 * CR LF and hold no other CR, LF or NUL; the request line has exactly three parts; every header line
 * is {@code token ":" value}.
 */
final class WireHead {
    private static final Pattern REQUEST_LINE = Pattern.compile("[!-~]+ [!-~\\x80-\\xff]+ HTTP/1\\.[01]");
    private static final Pattern HEADER_LINE = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+:.*", Pattern.DOTALL);

    final String requestLine;
    final List<String> names = new ArrayList<>();

    private WireHead(String requestLine) {
        this.requestLine = requestLine;
    }

    /** Parses and checks {@code head}; {@code what} goes into failure messages. */
    static WireHead parse(byte[] head, String what) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        assertTrue(text.endsWith("\r\n\r\n"), () -> what + ": head does not end with a blank line: " + FuzzText.show(text));
        String[] lines = text.substring(0, text.length() - 4).split("\r\n", -1);
        for (String line : lines) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\r' || c == '\n' || c == '\0') {
                    fail(what + ": CR, LF or NUL inside a line on the wire: " + FuzzText.show(line));
                }
            }
        }
        assertTrue(REQUEST_LINE.matcher(lines[0]).matches(), () -> what + ": request line " + FuzzText.show(lines[0]));
        WireHead h = new WireHead(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            assertTrue(HEADER_LINE.matcher(line).matches(), () -> what + ": header line " + FuzzText.show(line));
            h.names.add(line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT));
        }
        return h;
    }

    /** How many lines carry this header name (case-insensitive). */
    long count(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return names.stream().filter(n::equals).count();
    }

    /** The names of the headers the library itself sends (everything not starting with {@code prefix}). */
    Set<String> ownNames(String prefix) {
        Set<String> own = new TreeSet<>();
        for (String n : names) {
            if (!n.startsWith(prefix.toLowerCase(Locale.ROOT))) {
                own.add(n);
            }
        }
        return own;
    }
}

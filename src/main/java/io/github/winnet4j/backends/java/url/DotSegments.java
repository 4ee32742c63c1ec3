package io.github.winnet4j.backends.java.url;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes {@code .} and {@code ..} path segments the way Windows' URL canonicalization does.
 *
 * <p>Unlike RFC 3986 / {@code java.net.URI.normalize()}, a {@code ..} that has nothing left to
 * remove is dropped, except when it is the very first segment of the path, which Windows keeps:
 * {@code /tests/../tests/../..} becomes {@code /}, while {@code /..} stays {@code /..}. A path
 * that ends in a removed dot segment keeps a trailing slash.
 *
 * <p>Each segment carries the separator that follows it; a removed {@code .} or {@code ..} takes
 * its own separator with it. That matters for ftp, where Windows keeps {@code \} as written but
 * counts it as a separator (Wine's shlwapi tests, {@code http_tests}, ftp column:
 * {@code //a/b\./c} gives {@code //a/b\c}, {@code //a/b\c/../.\} gives {@code //a/b\}).
 */
final class DotSegments {
    private DotSegments() {
    }

    /** One path segment and the separator after it ({@code ""} at the end). */
    private record Segment(String text, String separator) {
    }

    /**
     * True if the first segment of the absolute {@code path} is {@code .} or {@code ..}
     * ({@code \} ends a segment too if {@code backslashSeparates}).
     */
    static boolean startsWithDotSegment(String path, boolean backslashSeparates) {
        if (!path.startsWith("/")) {
            return false;
        }
        int end = 1;
        while (end < path.length() && path.charAt(end) != '/' && !(backslashSeparates && path.charAt(end) == '\\')) {
            end++;
        }
        String first = path.substring(1, end);
        return first.equals(".") || first.equals("..");
    }

    /** {@code path} without its dot segments; {@code \} is not a separator here. */
    static String remove(String path) {
        return remove(path, false);
    }

    /** {@code path} without its dot segments; {@code \} separates too if {@code backslashSeparates}. */
    static String remove(String path, boolean backslashSeparates) {
        if (path.indexOf('.') < 0) {
            return path;
        }
        boolean absolute = path.startsWith("/");
        List<Segment> segments = split(absolute ? path.substring(1) : path, backslashSeparates);
        List<Segment> out = new ArrayList<>(segments.size());
        int kept = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.text().equals(".")) {
                continue;
            }
            if (segment.text().equals("..")) {
                if (kept > 0) {
                    out.remove(out.size() - 1);
                    kept--;
                } else if (i == 0) {
                    out.add(segment);
                }
                continue;
            }
            out.add(segment);
            kept++;
        }
        StringBuilder result = new StringBuilder(path.length());
        if (absolute) {
            result.append('/');
        }
        for (Segment s : out) {
            result.append(s.text()).append(s.separator());
        }
        return result.toString();
    }

    private static List<Segment> split(String path, boolean backslashSeparates) {
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/' || (backslashSeparates && c == '\\')) {
                segments.add(new Segment(path.substring(start, i), String.valueOf(c)));
                start = i + 1;
            }
        }
        segments.add(new Segment(path.substring(start), ""));
        return segments;
    }
}

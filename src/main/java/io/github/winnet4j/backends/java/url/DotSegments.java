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
 */
final class DotSegments {
    private DotSegments() {
    }

    /** {@code path} without its dot segments; {@code \} is not a separator here. */
    static String remove(String path) {
        if (path.indexOf('.') < 0) {
            return path;
        }
        boolean absolute = path.startsWith("/");
        String[] segments = (absolute ? path.substring(1) : path).split("/", -1);
        List<String> out = new ArrayList<>(segments.length);
        int kept = 0;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    out.add("");
                }
            } else if (segment.equals("..")) {
                if (kept > 0) {
                    out.remove(out.size() - 1);
                    kept--;
                    if (last) {
                        out.add("");
                    }
                } else if (i == 0) {
                    out.add(segment);
                } else if (last) {
                    out.add("");
                }
            } else {
                out.add(segment);
                kept++;
            }
        }
        return (absolute ? "/" : "") + String.join("/", out);
    }
}

package io.github.winnet4j.backends.java.url;

/**
 * The two spellings Windows gives a {@code file:} URL.
 *
 * <p>The URL form ({@code file:///C:/dir/f.txt}, {@code file://server/share}) is what
 * InternetCombineUrl produces. The WinINet form ({@code file://C:\dir\f.txt},
 * {@code file://\\server\share}) is what InternetCanonicalizeUrl produces (shlwapi's
 * URL_WININET_COMPATIBILITY; the same bit as ICU_ESCAPE): a DOS path after {@code file://}.
 */
final class FileUrls {
    private FileUrls() {
    }

    /** The path of a {@code file:} URL as a DOS path, as InternetCrackUrl copies it out. */
    static String toDosPath(String urlPath) {
        String path = urlPath;
        if (path.startsWith("/")) {
            path = PercentCodec.unescape(path);
            String stripped = stripSlashes(path);
            if (startsWithDrive(stripped)) {
                path = stripped;
            }
        }
        path = path.replace('/', '\\');
        if (path.endsWith("\\.") || path.endsWith("\\..")) {
            path = path + "\\";
        }
        return path;
    }

    /**
     * Canonical text of a {@code file:} URL whose part after {@code file:} is {@code rest}
     * ({@code \} already counted as {@code /}), with the dot-segment, unescape and escape steps
     * applied by {@code pathStep}.
     */
    static String canonicalize(String rest, boolean wininetForm, java.util.function.UnaryOperator<String> pathStep) {
        int slashes = 0;
        while (slashes < rest.length() && rest.charAt(slashes) == '/') {
            slashes++;
        }
        String body = rest.substring(slashes);
        if (slashes == 2 && body.regionMatches(true, 0, "localhost/", 0, 10)) {
            body = body.substring(10);
            slashes = 3;
        }
        if (startsWithDriveLetter(body)) {
            String path = pathStep.apply("/" + body).substring(1);
            return wininetForm ? "file://" + path.replace('/', '\\') : "file:///" + path;
        }
        if (slashes == 0) {
            String path = pathStep.apply(rest);
            return wininetForm ? "file:" + path.replace('/', '\\') : "file:" + path;
        }
        // One slash reads as an empty host, like three (shlwapi's file_tests: file:/a gives
        // file:///a, and file://\a with URL_WININET_COMPATIBILITY).
        boolean unc = slashes != 3 && slashes != 1;
        String path = pathStep.apply("/" + body);
        if (wininetForm) {
            return "file://" + (unc ? "\\" : "") + path.replace('/', '\\');
        }
        return (unc ? "file:/" : "file://") + path;
    }

    /**
     * True if {@code s} starts with an ASCII letter and a colon or bar, whatever follows, as
     * Windows' URL canonicalization reads a drive (shlwapi file_tests: {@code file:a:} and
     * {@code file:/a:} give {@code file://a:} in WinINet form, {@code q:a} is a file path).
     */
    static boolean startsWithDriveLetter(String s) {
        return s.length() >= 2 && s.charAt(0) < 0x80 && Character.isLetter(s.charAt(0))
                && (s.charAt(1) == ':' || s.charAt(1) == '|');
    }

    /** True if {@code s} starts with a drive letter and a colon or bar ({@code C:}, {@code c|}). */
    static boolean startsWithDrive(String s) {
        return s.length() >= 2 && s.charAt(0) < 0x80 && Character.isLetter(s.charAt(0))
                && (s.charAt(1) == ':' || s.charAt(1) == '|')
                && (s.length() == 2 || s.charAt(2) == '/' || s.charAt(2) == '\\');
    }

    private static String stripSlashes(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        return s.substring(i);
    }
}

package io.github.winnet4j.cli;

import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** What goes into every HTTP request, and whether to follow redirects. */
final class RequestOptions {
    @Option(names = {"-H", "--header"}, paramLabel = "'NAME: VALUE'",
            description = "An extra request header (repeatable).")
    List<String> headers = new ArrayList<>();

    @Option(names = {"-A", "--user-agent"}, paramLabel = "AGENT", description = "The User-Agent. Default: winnet/"
            + VersionInfo.VERSION + ".")
    String agent = "winnet/" + VersionInfo.VERSION;

    @Option(names = {"-L", "--location"},
            description = "Follow redirects (3xx with Location), at most --max-redirs times. Default: do not"
                    + " follow; the 3xx response is the result.")
    boolean follow;

    @Option(names = "--max-redirs", paramLabel = "N", defaultValue = "50",
            description = "With -L, how many redirects to follow before giving up (exit 47). Default: ${DEFAULT-VALUE}.")
    int maxRedirects = 50;

    /** Whether a header with this name was given with -H. */
    boolean hasHeader(String name) {
        for (String h : headers) {
            int colon = h.indexOf(':');
            if (colon > 0 && h.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}

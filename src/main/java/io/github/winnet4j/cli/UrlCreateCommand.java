package io.github.winnet4j.cli;

import io.github.winnet4j.api.UrlParts;
import io.github.winnet4j.api.WinUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;

/** {@code winnet url create --scheme S --host H ...}: a URL from parts (InternetCreateUrlW). */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Build a URL from parts as InternetCreateUrlW does.")
final class UrlCreateCommand extends UrlSubcommand {
    @Option(names = "--scheme", required = true, description = "e.g. http, https, ftp")
    String scheme;

    @Option(names = "--host", defaultValue = "")
    String host;

    @Option(names = "--port", defaultValue = "0", description = "0: the scheme's default (left out)")
    int port;

    @Option(names = "--user", defaultValue = "")
    String user;

    @Option(names = "--password", defaultValue = "")
    String password;

    @Option(names = "--path", defaultValue = "")
    String path;

    @Option(names = "--extra", defaultValue = "", description = "the query and fragment, e.g. '?q=1#top'")
    String extra;

    @Override
    void print(WinUrls urls, int flags, PrintStream out) throws Exception {
        UrlParts parts = new UrlParts(scheme, Schemes.type(scheme), host, port, user, password, path, extra);
        out.println(urls.create(parts, flags));
    }
}

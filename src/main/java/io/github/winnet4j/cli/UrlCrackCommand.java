package io.github.winnet4j.cli;

import io.github.winnet4j.api.UrlParts;
import io.github.winnet4j.api.WinUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;

/** {@code winnet url crack URL}: each part InternetCrackUrlW finds, one per line; the password redacted. */
@Command(name = "crack", mixinStandardHelpOptions = true,
        description = "Split a URL as InternetCrackUrlW does and print each part. The password is shown as ***"
                + " unless --show-password is given.")
final class UrlCrackCommand extends UrlSubcommand {
    @Parameters(index = "0", paramLabel = "URL")
    String url;

    @Option(names = "--show-password", description = "Print the password instead of ***.")
    boolean showPassword;

    @Override
    void print(WinUrls urls, int flags, PrintStream out) throws Exception {
        UrlParts p = urls.crack(url, flags);
        String password = p.password().isEmpty() || showPassword ? p.password() : "*** (--show-password shows it)";
        out.println("scheme:   " + p.scheme() + " (" + Schemes.name(p.schemeType()) + ")");
        out.println("host:     " + p.host());
        out.println("port:     " + p.port());
        out.println("user:     " + p.user());
        out.println("password: " + password);
        out.println("path:     " + p.path());
        out.println("extra:    " + p.extra());
    }
}

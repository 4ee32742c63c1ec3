package io.github.winnet4j.integration;

import io.github.winnet4j.marshal.Arguments;

/**
 * One source Windows consults for a URL's proxy, as {@link WindowsProxySelector#explain} reports
 * it: which source, what it held, and what came of it. Values are as the source gave them,
 * credentials included: redact before showing them to anyone.
 *
 * @param source  the source
 * @param value   what it held or answered, e.g. {@code "127.0.0.1:3128"}; empty when nothing
 * @param outcome whether it decided
 * @param note    why, in a few words
 */
public record ProxyStep(Source source, String value, Outcome outcome, String note) {
    public ProxyStep {
        Arguments.requireNonNull(source, "source");
        Arguments.requireNonNull(value, "value");
        Arguments.requireNonNull(outcome, "outcome");
        Arguments.requireNonNull(note, "note");
    }

    /** The sources, in the order a decision consults them. */
    public enum Source {
        /** The current user's settings (Internet Options; the environment on the java backend). */
        USER_SETTINGS,
        /** WinHTTP's machine default ({@code netsh winhttp}); shown, not consulted by the selector. */
        WINHTTP_DEFAULT,
        /** The PAC URL WPAD finds (WinHttpDetectAutoProxyConfigUrl). */
        DETECTED_PAC_URL,
        /** The PAC script found by WPAD, run for the URL ("Automatically detect settings"). */
        AUTO_DETECT,
        /** The PAC script at the configured URL, run for the URL. */
        PAC_URL,
        /** The manual bypass list, matched against the URL's host. */
        BYPASS,
        /** The manual proxy for the URL's scheme. */
        MANUAL_PROXY,
        /** No source applied: straight to the server. */
        DIRECT
    }

    /** What came of consulting a source. */
    public enum Outcome {
        /** This source gave the answer. */
        DECIDED,
        /** Consulted; it does not apply to this URL, so the next source decides. */
        PASSED,
        /** Consulted and failed; the next source decides, as Windows falls back. */
        FAILED,
        /** Not consulted: not configured, or an earlier source decided. */
        SKIPPED,
        /** Shown for the full picture; it takes no part in the decision. */
        INFORMATION
    }
}

package io.github.winnet4j.cli;

import io.github.winnet4j.api.winhttp.IeProxySettings;
import io.github.winnet4j.backends.Backend;
import io.github.winnet4j.integration.ProxyExplanation;
import io.github.winnet4j.integration.ProxyStep;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The text of {@code winnet proxy}: the answer in PAC notation, and the source-by-source explanation. */
final class ProxyReport {
    /** The variables the java backend reads in place of Windows' settings, in the order it reads them. */
    static final List<String> ENVIRONMENT = List.of("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY",
            "no_proxy", "NO_PROXY");

    private ProxyReport() {
    }

    /** {@code PROXY host:port} (or {@code SOCKS host:port}) lines, best first, or {@code DIRECT}. */
    static String answer(List<Proxy> proxies) {
        StringBuilder sb = new StringBuilder();
        for (Proxy p : proxies) {
            sb.append(pac(p)).append('\n');
        }
        return sb.toString();
    }

    static String pac(Proxy p) {
        if (p.type() == Proxy.Type.DIRECT || !(p.address() instanceof InetSocketAddress a)) {
            return "DIRECT";
        }
        String host = a.getHostString().contains(":") ? "[" + a.getHostString() + "]" : a.getHostString();
        return (p.type() == Proxy.Type.SOCKS ? "SOCKS " : "PROXY ") + host + ":" + a.getPort();
    }

    /** Every source in order, with its value and outcome, then the answer and what decided it. */
    static String explanation(Backend backend, ProxyExplanation e, Map<String, String> environment) {
        StringBuilder sb = new StringBuilder();
        sb.append("Proxy for ").append(e.uri()).append(" (backend ").append(backend.name()).append(")\n");
        if (backend.name().equals("java")) {
            sb.append("\nThe java backend has no Windows settings. In their place it reads these environment\n")
                    .append("variables (the lower-case name first, then the upper-case one), for the user settings\n")
                    .append("and for WinHTTP's default alike; it does not attempt WPAD:\n");
            for (String name : ENVIRONMENT) {
                String value = environment.get(name);
                sb.append(String.format(Locale.ROOT, "  %-12s %s%n", name,
                        value == null ? "(unset)" : "= " + value));
            }
        }
        sb.append('\n');
        int n = 1;
        for (ProxyStep step : e.steps()) {
            sb.append(String.format(Locale.ROOT, "%d. %-18s %s%n", n++, label(step.source()), outcome(step.outcome())));
            if (step.source() == ProxyStep.Source.USER_SETTINGS) {
                settings(sb, e.settings());
            } else if (!step.value().isEmpty()) {
                sb.append("     value: ").append(step.value()).append('\n');
            }
            sb.append("     ").append(step.note()).append('\n');
        }
        sb.append('\n').append("Answer: ").append(String.join(", ", e.proxies().stream().map(ProxyReport::pac).toList()));
        e.decidedBy().ifPresent(s -> sb.append(" (decided by: ").append(label(s.source())).append(')'));
        sb.append('\n');
        return sb.toString();
    }

    private static void settings(StringBuilder sb, IeProxySettings s) {
        sb.append("     auto-detect: ").append(s.autoDetect() ? "on" : "off").append('\n');
        sb.append("     PAC URL:     ").append(s.autoConfigUrl().orElse("none")).append('\n');
        sb.append("     proxy:       ").append(s.proxy().orElse("none")).append('\n');
        sb.append("     bypass:      ").append(s.bypass().orElse("none")).append('\n');
    }

    static String label(ProxyStep.Source source) {
        return switch (source) {
            case USER_SETTINGS -> "user settings";
            case WINHTTP_DEFAULT -> "WinHTTP default";
            case DETECTED_PAC_URL -> "WPAD PAC URL";
            case AUTO_DETECT -> "WPAD PAC answer";
            case PAC_URL -> "PAC URL answer";
            case BYPASS -> "bypass list";
            case MANUAL_PROXY -> "manual proxy";
            case DIRECT -> "direct";
        };
    }

    private static String outcome(ProxyStep.Outcome outcome) {
        return switch (outcome) {
            case DECIDED -> "DECIDED";
            case PASSED -> "consulted, does not apply";
            case FAILED -> "failed";
            case SKIPPED -> "skipped";
            case INFORMATION -> "shown for reference";
        };
    }
}

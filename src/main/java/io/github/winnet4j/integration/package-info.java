/**
 * What programs plug in: {@link io.github.winnet4j.integration.WindowsProxySelector}, a
 * {@link java.net.ProxySelector} that decides proxies as Windows does (WPAD, PAC URL, manual
 * proxy and bypass list) without ever holding a caller longer than its bound, and
 * {@link io.github.winnet4j.integration.WindowsProxySelector#explain(java.net.URI)}, which reports
 * each source of that decision ({@link io.github.winnet4j.integration.ProxyStep}) from the same
 * rules, for diagnostics such as {@code winnet proxy --explain}.
 */
package io.github.winnet4j.integration;

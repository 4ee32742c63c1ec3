/**
 * What programs plug in: {@link io.github.winnet4j.integration.WindowsProxySelector}, a
 * {@link java.net.ProxySelector} that decides proxies as Windows does (WPAD, PAC URL, manual
 * proxy and bypass list) without ever holding a caller longer than its bound.
 */
package io.github.winnet4j.integration;

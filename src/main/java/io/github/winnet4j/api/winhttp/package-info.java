/**
 * The WinHTTP wrappers: {@link io.github.winnet4j.api.winhttp.WinHttpSession} →
 * {@link io.github.winnet4j.api.winhttp.WinHttpConnection} →
 * {@link io.github.winnet4j.api.winhttp.WinHttpRequest} (→ {@link io.github.winnet4j.api.winhttp.WinHttpWebSocket}),
 * {@link io.github.winnet4j.api.winhttp.WinHttpUrls} and
 * {@link io.github.winnet4j.api.winhttp.WindowsProxyConfig}, on the same handle-tree machinery as
 * the WinINet wrappers ({@link io.github.winnet4j.api.HandleNode}).
 *
 * <p>What differs from WinINet, and why the wrappers look as they do:
 * <ul>
 *   <li>Sending and receiving are separate calls (WinHttpSendRequest, WinHttpReceiveResponse), so
 *       {@code send} and {@code receive} are too; {@code receive} answers 401/407 challenges by
 *       resending, which only a body held in memory allows.</li>
 *   <li>WinHttpCloseHandle on a session leaves its connections and requests usable natively; the
 *       wrappers close children first all the same, so a closed parent never has live children.</li>
 *   <li>WinHTTP's 12xxx error numbers overlap WinINet's with other names and meanings, hence
 *       {@link io.github.winnet4j.api.winhttp.WinHttpException} and
 *       {@link io.github.winnet4j.api.ErrorCategory#ofWinHttp(int)}.</li>
 *   <li>Strings WinHTTP allocates for proxy answers are copied, then freed exactly once with
 *       {@link io.github.winnet4j.backends.Backend#globalFree}.</li>
 *   <li>Sessions offer TLS 1.2 and 1.3 only; certificate checks are skipped only per request, by an
 *       explicit and logged {@link io.github.winnet4j.api.winhttp.WinHttpCertificateLeniency}.</li>
 * </ul>
 */
package io.github.winnet4j.api.winhttp;

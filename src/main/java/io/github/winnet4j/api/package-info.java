/**
 * The public WinINet API: {@link io.github.winnet4j.api.InternetSession} →
 * {@link io.github.winnet4j.api.HttpConnection} → {@link io.github.winnet4j.api.HttpRequest},
 * Windows' URL functions in {@link io.github.winnet4j.api.WinUrls}, and the error model
 * ({@link io.github.winnet4j.api.WinInetException}, {@link io.github.winnet4j.api.ErrorCategory}).
 *
 * <pre>{@code
 * try (InternetSession session = InternetSession.open();
 *      HttpRequest request = session.openUrl("http://127.0.0.1:8080/")) {
 *     System.out.println(request.statusCode() + " " + request.statusText());
 * }
 * }</pre>
 *
 * <p>Every class works the same on the native backend (wininet.dll) and the java backend; see
 * {@link io.github.winnet4j.backends.Backends}. HANDLES.md beside this file explains the handle
 * tree and close semantics.
 */
package io.github.winnet4j.api;

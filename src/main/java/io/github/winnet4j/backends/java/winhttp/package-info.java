/**
 * WinHTTP's contract in pure Java: {@link io.github.winnet4j.backends.java.winhttp.JavaWinHttp}
 * implements {@link io.github.winnet4j.raw.WinHttp} for the java backend.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Engine.</b> HTTP exchanges run on {@link java.net.HttpURLConnection}, reusing the WinINet
 *       engine's pieces (response head and body pump, TLS policy and certificate classification,
 *       failure mapping, cookie store, proxy selection); {@code WinHttpFailures} translates their
 *       WinINet codes into WinHTTP's (certificate refusals become ERROR_WINHTTP_SECURE_FAILURE
 *       with WINHTTP_CALLBACK_STATUS_FLAG_* in the SECURE_FAILURE notification).</li>
 *   <li><b>Handles.</b> Closing a session or connection leaves its children working (WinHTTP's
 *       rule, unlike WinINet's cascade); a child holds its parent. Closing a request or WebSocket
 *       cancels a call blocked on it with ERROR_WINHTTP_OPERATION_CANCELLED.</li>
 *   <li><b>WebSocket.</b> HttpURLConnection cannot hand its connection over after a 101, and
 *       {@code java.net.http.WebSocket} does its own handshake (so WinHttpReceiveResponse could not
 *       report the 101 and its headers) and only offers a listener API. So a request with
 *       WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET writes its handshake on a socket of its own
 *       ({@code WebSocketHandshake}), and RFC 6455 framing runs over that socket
 *       ({@code WebSocketFrames}, {@code WebSocketHandle}). No proxy for WebSockets.</li>
 *   <li><b>PAC.</b> WinHttpGetProxyForUrl runs PAC scripts with Mozilla Rhino
 *       ({@code org.mozilla:rhino}, interpreted, standard objects only, no Java access), with the
 *       standard helpers written in {@code pac-functions.js}; download and evaluation are bounded
 *       by the session's timeouts.</li>
 *   <li><b>Freeing.</b> Strings returned for GlobalFree are JNA {@code Memory} kept reachable in
 *       {@code AllocatedMemory} until {@code Backend.globalFree} (here a drop of that reference;
 *       on native kernel32's GlobalFree) releases them, exactly once each.</li>
 * </ul>
 *
 * <h2>Not implemented, and what is reported instead</h2>
 * <ul>
 *   <li>Asynchronous mode (WINHTTP_FLAG_ASYNC): ERROR_NOT_SUPPORTED; hence no proxy resolvers
 *       (WinHttpCreateProxyResolver: ERROR_WINHTTP_INCORRECT_HANDLE_TYPE).</li>
 *   <li>NTLM, Negotiate, Digest, Passport: WinHttpSetCredentials fails with
 *       ERROR_INVALID_PARAMETER (no SSPI in Java); Basic works for servers and for proxies of
 *       http URLs (the JDK does not let a caller authenticate a CONNECT tunnel).</li>
 *   <li>WPAD: WinHttpDetectAutoProxyConfigUrl fails with ERROR_WINHTTP_AUTODETECTION_FAILED.</li>
 *   <li>Machine-wide proxy store (WinHttpSetDefaultProxyConfiguration, Read/WriteProxySettings,
 *       GetProxySettingsVersion): ERROR_NOT_SUPPORTED.</li>
 *   <li>HTTP/2, client certificates, decompression, the send timeout (kept, not applied).</li>
 * </ul>
 */
package io.github.winnet4j.backends.java.winhttp;

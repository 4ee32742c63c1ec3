/**
 * WinINet's URL functions (InternetCrackUrlW, InternetCreateUrlW, InternetCanonicalizeUrlW,
 * InternetCombineUrlW) in pure Java, for the java backend.
 *
 * <p>Two layers. String-level functions that follow Windows' answers, not RFC 3986 or
 * {@code java.net.URI}: {@link io.github.winnet4j.backends.java.url.UrlCracker},
 * {@link io.github.winnet4j.backends.java.url.UrlCreator},
 * {@link io.github.winnet4j.backends.java.url.UrlCanonicalizer},
 * {@link io.github.winnet4j.backends.java.url.UrlCombiner}, with small helpers for dot segments,
 * percent escapes, whitespace and file URLs. Above them the raw adapter
 * {@link io.github.winnet4j.backends.java.url.JavaUrlFunctions}, which alone touches native
 * memory, URL_COMPONENTSW and the in/out lengths, and sets the last error.
 *
 * <p>The expected answers in the tests come from Windows as recorded in Wine's test suites
 * ({@code dlls/wininet/tests/url.c}, {@code internet.c}, {@code dlls/shlwapi/tests/url.c}:
 * InternetCanonicalizeUrl and InternetCombineUrl are shlwapi's UrlCanonicalize and UrlCombine
 * with the ICU_* bits, which are the URL_* bits of the same value) and from Microsoft's pages.
 */
package io.github.winnet4j.backends.java.url;

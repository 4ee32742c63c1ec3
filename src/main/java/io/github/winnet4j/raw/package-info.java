/**
 * The raw layer: JNA interfaces that mirror the Unicode entry points of wininet.dll
 * ({@link io.github.winnet4j.raw.WinInet}) and winhttp.dll ({@link io.github.winnet4j.raw.WinHttp})
 * with C names kept, and the SDK's constants and structures. Everything here is held to the
 * mingw-w64 headers by {@code SdkConformanceTest} (names, values, signatures) and, on a Windows
 * JVM, by the ABI check of {@code native-tests} (sizes and offsets).
 *
 * <p>Internal: the public API is {@code io.github.winnet4j.api}. Use this layer directly only to
 * reach a call the wrappers do not cover.
 */
package io.github.winnet4j.raw;

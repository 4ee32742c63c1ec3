/**
 * Internal marshalling between Java and the raw layer: explicit UTF-16LE strings
 * ({@link io.github.winnet4j.marshal.Utf16}), argument checks made before native code
 * ({@link io.github.winnet4j.marshal.Arguments}), bounded ERROR_INSUFFICIENT_BUFFER negotiation
 * ({@link io.github.winnet4j.marshal.BufferSize}), and last-error capture with names and messages
 * ({@link io.github.winnet4j.marshal.LastError}).
 *
 * <p>It also holds what the WinINet and WinHTTP wrappers share because the logic is the same on
 * both sides: body streams over a native read or write call through one reused native buffer
 * ({@link io.github.winnet4j.marshal.BodyInputStream},
 * {@link io.github.winnet4j.marshal.DeclaredLengthOutputStream},
 * {@link io.github.winnet4j.marshal.NativeBuffer}), the request line checks
 * ({@link io.github.winnet4j.marshal.RequestLine}) and header reading
 * ({@link io.github.winnet4j.marshal.HeaderQueries}). Each side keeps its own calls and exceptions.
 */
package io.github.winnet4j.marshal;

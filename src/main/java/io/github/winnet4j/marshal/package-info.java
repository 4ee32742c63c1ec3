/**
 * Internal marshalling between Java and the raw layer: explicit UTF-16LE strings
 * ({@link io.github.winnet4j.marshal.Utf16}), argument checks made before native code
 * ({@link io.github.winnet4j.marshal.Arguments}), bounded ERROR_INSUFFICIENT_BUFFER negotiation
 * ({@link io.github.winnet4j.marshal.BufferSize}), and last-error capture with names and messages
 * ({@link io.github.winnet4j.marshal.LastError}).
 */
package io.github.winnet4j.marshal;

/**
 * Backend selection: a {@link io.github.winnet4j.backends.BackendProvider} per implementation of
 * the raw interfaces ({@code jna}: the real DLLs; {@code java}: pure Java), chosen by
 * {@link io.github.winnet4j.backends.Backends} — explicitly, by {@code -Dwinnet4j.backend}, or by
 * priority. A backend asked for by name that cannot load fails with the reason.
 */
package io.github.winnet4j.backends;

package io.github.winnet4j.cli;

import picocli.CommandLine.Option;

import static io.github.winnet4j.raw.WinInetConstants.*;

/** The ICU_* flags of Windows' URL functions, one option each. */
final class UrlFlags {
    @Option(names = "--decode", description = "ICU_DECODE: turn %XX escapes into characters.")
    boolean decode;

    @Option(names = "--escape", description = "ICU_ESCAPE: escape unsafe characters (crack, create) or"
            + " decode escapes first (canonicalize, combine).")
    boolean escape;

    @Option(names = "--no-encode", description = "ICU_NO_ENCODE: do not escape unsafe characters.")
    boolean noEncode;

    @Option(names = "--encode-spaces-only", description = "ICU_ENCODE_SPACES_ONLY: escape spaces only.")
    boolean spacesOnly;

    @Option(names = "--encode-percent", description = "ICU_ENCODE_PERCENT: escape '%' too.")
    boolean percent;

    @Option(names = "--no-meta", description = "ICU_NO_META: keep '.' and '..' segments.")
    boolean noMeta;

    @Option(names = "--browser-mode", description = "ICU_BROWSER_MODE: leave what follows '#' or '?' alone.")
    boolean browserMode;

    int value() {
        int flags = 0;
        flags |= decode ? ICU_DECODE : 0;
        flags |= escape ? ICU_ESCAPE : 0;
        flags |= noEncode ? ICU_NO_ENCODE : 0;
        flags |= spacesOnly ? ICU_ENCODE_SPACES_ONLY : 0;
        flags |= percent ? ICU_ENCODE_PERCENT : 0;
        flags |= noMeta ? ICU_NO_META : 0;
        flags |= browserMode ? ICU_BROWSER_MODE : 0;
        return flags;
    }
}

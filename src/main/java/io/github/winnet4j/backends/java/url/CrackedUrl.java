package io.github.winnet4j.backends.java.url;

/**
 * The result of {@link UrlCracker#crack}: each URL_COMPONENTSW component as a place in the input
 * (for callers that ask for pointers into their string) and as the text to copy (for callers that
 * pass buffers), plus {@code nScheme} and {@code nPort}.
 *
 * @param scheme the {@code INTERNET_SCHEME} of the URL
 * @param port the port, explicit or the scheme's default (0 when there is no host)
 */
public record CrackedUrl(UrlScheme scheme, Component schemeName, Component host, int port,
                         Component userName, Component password, Component urlPath, Component extraInfo) {

    /**
     * One component: {@code offset} and {@code length} in UTF-16 units of the input (offset -1 for
     * a component the URL does not have), and {@code text}, what a copy into a caller's buffer
     * receives (decoded under ICU_DECODE, a DOS path for file URLs).
     */
    public record Component(int offset, int length, String text) {
        /** A component the URL does not have: a NULL pointer, length 0, or an empty copy. */
        public static final Component ABSENT = new Component(-1, 0, "");

        /** True if the URL has this component (possibly empty). */
        public boolean present() {
            return offset >= 0;
        }
    }
}

package io.github.winnet4j.backends.java.url;

/**
 * The input of {@link UrlCreator#create}: what a caller put in URL_COMPONENTSW, each string
 * {@code null} when its pointer was {@code NULL}.
 *
 * @param schemeName the scheme text; when {@code null}, {@code schemeCode} names the scheme
 * @param schemeCode the {@code INTERNET_SCHEME} value ({@code nScheme})
 * @param port the port, 0 to 65535
 */
public record UrlParts(String schemeName, int schemeCode, String hostName, int port, String userName,
                       String password, String urlPath, String extraInfo) {
}

package io.github.winnet4j.backends.java;

import java.util.HashMap;
import java.util.Map;

/** The header name behind each HTTP_QUERY_* index of wininet.h that names a header. */
public final class HeaderNames {
    private static final Map<Integer, String> NAMES = new HashMap<>();

    static {
        String[][] table = {
            {"1", "Content-Type"}, {"2", "Content-Transfer-Encoding"}, {"3", "Content-ID"},
            {"4", "Content-Description"}, {"5", "Content-Length"}, {"6", "Content-Language"}, {"7", "Allow"},
            {"8", "Public"}, {"9", "Date"}, {"10", "Expires"}, {"11", "Last-Modified"}, {"12", "Message-ID"},
            {"13", "URI"}, {"14", "Derived-From"}, {"15", "Cost"}, {"16", "Link"}, {"17", "Pragma"},
            {"23", "Connection"}, {"24", "Accept"}, {"25", "Accept-Charset"}, {"26", "Accept-Encoding"},
            {"27", "Accept-Language"}, {"28", "Authorization"}, {"29", "Content-Encoding"}, {"30", "Forwarded"},
            {"31", "From"}, {"32", "If-Modified-Since"}, {"33", "Location"}, {"35", "Referer"},
            {"36", "Retry-After"}, {"37", "Server"}, {"38", "Title"}, {"39", "User-Agent"},
            {"40", "WWW-Authenticate"}, {"41", "Proxy-Authenticate"}, {"42", "Accept-Ranges"},
            {"43", "Set-Cookie"}, {"44", "Cookie"}, {"46", "Refresh"}, {"47", "Content-Disposition"},
            {"48", "Age"}, {"49", "Cache-Control"}, {"50", "Content-Base"}, {"51", "Content-Location"},
            {"52", "Content-MD5"}, {"53", "Content-Range"}, {"54", "ETag"}, {"55", "Host"}, {"56", "If-Match"},
            {"57", "If-None-Match"}, {"58", "If-Range"}, {"59", "If-Unmodified-Since"}, {"60", "Max-Forwards"},
            {"61", "Proxy-Authorization"}, {"62", "Range"}, {"63", "Transfer-Encoding"}, {"64", "Upgrade"},
            {"65", "Vary"}, {"66", "Via"}, {"67", "Warning"}, {"68", "Expect"}, {"69", "Proxy-Connection"},
            {"70", "Unless-Modified-Since"}, {"75", "Proxy-Support"}, {"76", "Authentication-Info"},
            {"77", "PassportURLs"}, {"78", "PassportConfig"}, {"79", "X-Content-Type-Options"}, {"80", "P3P"},
            {"81", "X-P2P-PeerDist"}, {"82", "Translate"}, {"83", "X-UA-Compatible"}, {"84", "Default-Style"},
            {"85", "X-Frame-Options"}, {"86", "X-XSS-Protection"}, {"87", "Set-Cookie2"}, {"88", "DNT"},
            {"89", "Keep-Alive"}, {"90", "HTTP2-Settings"}, {"91", "Strict-Transport-Security"},
            {"92", "Sec-Token-Binding"}, {"93", "Include-Referred-Token-Binding-ID"}, {"94", "Public-Key-Pins"},
            {"95", "Public-Key-Pins-Report-Only"},
        };
        for (String[] row : table) {
            NAMES.put(Integer.parseInt(row[0]), row[1]);
        }
    }

    private HeaderNames() {
    }

    /** The header name for an HTTP_QUERY_* index, or {@code null} when the index names no header. */
    public static String of(int index) {
        return NAMES.get(index);
    }
}

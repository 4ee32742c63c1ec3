package io.github.winnet4j.backends.java;

import io.github.winnet4j.raw.WinInetErrors;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The status line as HttpQueryInfoW reports its parts: version, code and reason phrase. */
class ResponseHeadTest {

    @Test
    void versionCodeAndReasonPhrase() throws Win32Failure {
        ResponseHead head = ResponseHead.parseStatusLine("HTTP/1.1 404 Not Found");
        assertEquals("HTTP/1.1", head.version);
        assertEquals(404, head.statusCode);
        assertEquals("Not Found", head.statusText);
        assertEquals("HTTP/1.1 404 Not Found", head.statusLine);
    }

    @Test
    void reasonPhraseMayBeMissingOrEmpty() throws Win32Failure {
        assertEquals("", ResponseHead.parseStatusLine("HTTP/1.1 200").statusText);
        assertEquals("", ResponseHead.parseStatusLine("HTTP/1.1 204 ").statusText);
        assertEquals(204, ResponseHead.parseStatusLine("HTTP/1.1 204 ").statusCode);
    }

    @Test
    void extraSpaceBeforeTheCodeAndAroundTheLineIsSkipped() throws Win32Failure {
        ResponseHead head = ResponseHead.parseStatusLine("  HTTP/1.0   301 Moved  Permanently \r\n");
        assertEquals("HTTP/1.0", head.version);
        assertEquals(301, head.statusCode);
        assertEquals("Moved  Permanently", head.statusText);
    }

    @Test
    void aLineThatIsNotAnHttpStatusLineIsAnInvalidResponse() {
        for (String line : new String[] {"ICY 200 OK", "HTTP/1.1", "HTTP/1.1 ", "HTTP/1.1 abc OK", "HTTP/1.1 99 Low",
                "HTTP/1.1 1000 High", "HTTP/1.1 2OO OK", ""}) {
            Win32Failure f = assertThrows(Win32Failure.class, () -> ResponseHead.parseStatusLine(line), line);
            assertEquals(WinInetErrors.ERROR_HTTP_INVALID_SERVER_RESPONSE, f.code, line);
        }
    }
}

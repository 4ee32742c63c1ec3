package io.github.winnet4j.backends.java;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** A thread's last request URL is reused only for the same builder and the same parts. */
class RecentUrlsTest {

    @Test
    void theSamePartsGiveTheSameObjectsAndOtherPartsANewOne() throws Exception {
        URI first = RecentUrls.of(RecentUrls.WININET, false, "127.0.0.1", 8080, "/a b");
        assertEquals(URI.create("http://127.0.0.1:8080/a%20b"), first);
        assertSame(first, RecentUrls.of(RecentUrls.WININET, false, "127.0.0.1", 8080, "/a b"));
        URL url = RecentUrls.toUrl(first);
        assertEquals(first.toURL(), url);
        assertSame(url, RecentUrls.toUrl(first));

        assertEquals(URI.create("https://127.0.0.1:8080/a%20b"), RecentUrls.of(RecentUrls.WININET, true, "127.0.0.1", 8080, "/a b"));
        assertEquals(URI.create("http://127.0.0.1:8081/a%20b"), RecentUrls.of(RecentUrls.WININET, false, "127.0.0.1", 8081, "/a b"));
        assertEquals(URI.create("http://localhost:8080/a%20b"), RecentUrls.of(RecentUrls.WININET, false, "localhost", 8080, "/a b"));
        assertEquals(URI.create("http://127.0.0.1:8080/c"), RecentUrls.of(RecentUrls.WININET, false, "127.0.0.1", 8080, "/c"));
    }

    @Test
    void anotherBuilderNeverGetsThisOnesUrl() throws Exception {
        AtomicInteger built = new AtomicInteger();
        RecentUrls.Builder other = (secure, host, port, path) -> {
            built.incrementAndGet();
            return URI.create("http://other.invalid" + path);
        };
        URI wininet = RecentUrls.of(RecentUrls.WININET, false, "127.0.0.1", 80, "/x");
        URI otherUri = RecentUrls.of(other, false, "127.0.0.1", 80, "/x");
        assertEquals(URI.create("http://other.invalid/x"), otherUri);
        assertNotEquals(wininet, otherUri);
        assertSame(otherUri, RecentUrls.of(other, false, "127.0.0.1", 80, "/x"));
        assertEquals(1, built.get());
    }

    @Test
    void aUrlThatCannotBeBuiltIsNotRemembered() throws Exception {
        AtomicInteger built = new AtomicInteger();
        RecentUrls.Builder none = (secure, host, port, path) -> {
            built.incrementAndGet();
            return null;
        };
        assertNull(RecentUrls.of(none, false, "127.0.0.1", 80, "/y"));
        assertNull(RecentUrls.of(none, false, "127.0.0.1", 80, "/y"));
        assertEquals(2, built.get());
    }

    @Test
    void eachThreadKeepsItsOwn() throws Exception {
        URI here = RecentUrls.of(RecentUrls.WININET, false, "127.0.0.1", 9000, "/t");
        URI there = CompletableFuture.supplyAsync(() -> {
            try {
                return RecentUrls.of(RecentUrls.WININET, false, "127.0.0.1", 9000, "/t");
            } catch (Win32Failure e) {
                throw new IllegalStateException(e);
            }
        }).get(10, TimeUnit.SECONDS);
        assertEquals(here, there);
        assertNotSame(here, there);
    }
}

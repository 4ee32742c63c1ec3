package io.github.winnet4j.api;

import io.github.winnet4j.raw.WIN32_FIND_DATAW;
import com.sun.jna.platform.win32.WinError;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The entries of a remote directory (FtpFindFirstFileW, then InternetFindNextFileW), read one at a
 * time as they are iterated.
 *
 * <pre>{@code
 * try (FtpListing listing = ftp.list("/pub")) {
 *     for (FtpEntry e : listing) {
 *         System.out.println(e.name() + " " + e.size());
 *     }
 * }
 * }</pre>
 *
 * <p>The find handle is a child of the session and holds it: while a listing is open, other calls
 * on the session (another listing, a transfer) fail with ERROR_FTP_TRANSFER_IN_PROGRESS, as
 * WinINet decides. The handle is released when the last entry has been read, or by
 * {@link #close()}, whichever comes first. A listing can be iterated once. A failure while reading
 * the next entry is thrown from the iterator as an {@link UncheckedIOException} around the
 * {@link WinInetException}; iterating on after the listing (or its session) was closed before its
 * last entry throws {@link IllegalStateException}, so a cut-off listing never passes for a whole one.
 */
public final class FtpListing implements AutoCloseable, Iterable<FtpEntry> {
    /** Limit of {@link #toList()}: a listing longer than this is a broken or hostile server. */
    public static final int MAX_ENTRIES = 1_000_000;

    private final FtpFind find;
    private FtpEntry pending;
    private boolean iterated;
    private boolean exhausted;

    /** @param find the open enumeration, {@code null} for an empty directory; @param first its first entry */
    FtpListing(FtpFind find, FtpEntry first) {
        this.find = find;
        this.pending = first;
        this.exhausted = find == null;
    }

    /** Whether the find handle has been released (all entries read, or closed). */
    public boolean isClosed() {
        return find == null || find.isClosed();
    }

    /** Releases the find handle; idempotent. */
    @Override
    public void close() throws WinInetException {
        if (find != null) {
            find.close();
        }
    }

    /** The entries not read yet, in the server's order; the handle is released afterwards. */
    public List<FtpEntry> toList() throws WinInetException {
        List<FtpEntry> list = new ArrayList<>();
        Iterator<FtpEntry> it = iterator();
        try {
            while (it.hasNext()) {
                if (list.size() >= MAX_ENTRIES) {
                    throw new IllegalStateException("the listing has more than " + MAX_ENTRIES + " entries");
                }
                list.add(it.next());
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof WinInetException w) {
                throw w;
            }
            throw e;
        }
        return list;
    }

    /** The entries as a stream; closing the stream closes the listing. */
    public Stream<FtpEntry> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::closeUnchecked);
    }

    private void closeUnchecked() {
        try {
            close();
        } catch (WinInetException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one iterator of this listing. */
    @Override
    public synchronized Iterator<FtpEntry> iterator() {
        if (iterated) {
            throw new IllegalStateException("a listing can be iterated once; list again for another pass");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (exhausted) {
                    return false;
                }
                if (find.isClosed()) {
                    // Closed before its end (by close(), or with the session): the rest is unknown,
                    // and an early end must not pass for a complete listing.
                    throw new IllegalStateException(find + ": the listing was closed before its last entry");
                }
                if (pending == null) {
                    pending = next0();
                }
                return pending != null;
            }

            @Override
            public FtpEntry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                FtpEntry e = pending;
                pending = null;
                return e;
            }
        };
    }

    /** The next entry from InternetFindNextFileW, or {@code null} at ERROR_NO_MORE_FILES. */
    private FtpEntry next0() {
        WIN32_FIND_DATAW data = new WIN32_FIND_DATAW();
        data.write();
        WinInetException failure;
        try (HandleUse u = find.use()) {
            if (find.backend().wininet().InternetFindNextFileW(u.value(), data.getPointer())) {
                data.read();
                return FtpFindData.entry(data);
            }
            failure = FtpFailure.capture(find.backend(), "InternetFindNextFileW", find.toString());
        }
        WinInetException closeFailure = null;
        try {
            find.close();
        } catch (WinInetException e) {
            closeFailure = e;
        }
        if (failure.errorCode() == WinError.ERROR_NO_MORE_FILES) {
            exhausted = true;
            if (closeFailure != null) {
                // The end was reached, but releasing the enumeration failed: that must not be lost.
                throw new UncheckedIOException(closeFailure);
            }
            return null;
        }
        if (closeFailure != null) {
            failure.addSuppressed(closeFailure);
        }
        throw new UncheckedIOException(failure);
    }
}

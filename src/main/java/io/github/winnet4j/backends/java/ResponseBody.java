package io.github.winnet4j.backends.java;

import com.sun.jna.Pointer;
import io.github.winnet4j.raw.WinInetErrors;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The body of a response, read by InternetReadFile (and WinHttpReadData).
 *
 * <p>The reader takes bytes straight from the JDK's response stream into the caller's buffer
 * whenever the stream reports them as {@code available()}: such a read does not block. Only a read
 * that would wait for the network goes to a pump thread (from a pool), which performs that one
 * blocking read into a 64 KiB chunk while the reader waits on this object's monitor. The
 * indirection is what makes InternetCloseHandle from another thread cancel a blocked read at once:
 * the JDK's stream cannot be closed while a read is blocked in it (its close waits for the read),
 * but the reader here waits on the monitor, which {@link #cancel()} wakes. A pumped read ends when
 * its blocked read returns (data, end, or the receive timeout); after a cancel, whoever last used
 * the stream then drops the connection. A bulk transfer whose bytes keep arriving thus costs no
 * hand-over between threads and no copy beyond the JDK's own; memory is bounded by one chunk. A
 * small body of declared length that has fully arrived is taken whole at the first read.
 *
 * <p>A body that ends before its Content-Length fails with ERROR_INTERNET_CONNECTION_RESET
 * (the JDK's stream just reports the end).
 */
public final class ResponseBody {
    public static final int CHUNK_BYTES = 64 * 1024;

    /**
     * Pump threads are reused (one per body that has to wait for the network; idle ones end after
     * a minute): starting a thread for every response cost more than a small response itself.
     */
    private static final ExecutorService PUMPS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "winnet4j-body-idle");
        t.setDaemon(true);
        return t;
    });

    private static final int DATA = 0;
    private static final int END = 1;
    private static final int FAILED = 2;

    /** A buffer travelling between the pump and the reader. */
    private static final class Chunk {
        final byte[] bytes;
        int length;
        int kind;
        int error;

        Chunk(int capacity) {
            bytes = new byte[capacity];
        }

        /** A chunk that ends the body: it carries no bytes, so it needs no buffer. */
        static Chunk terminal(int kind, int error) {
            Chunk c = new Chunk(0);
            c.kind = kind;
            c.error = error;
            return c;
        }
    }

    private final InputStream in;
    private final long expected;
    private final Runnable abort;
    private final String threadName;

    // Guarded by this object's monitor.
    private final ArrayDeque<Chunk> ready = new ArrayDeque<>();
    private boolean cancelled;
    private boolean started;
    /** The stream has reached its end or failed: nobody reads it again. */
    private boolean finished;
    /** The reader is in a non-blocking read of the stream. */
    private boolean readingDirectly;
    /** The pump has been asked for a read, or is in it. */
    private boolean fetching;
    private boolean pumpRunning;
    private boolean aborted;

    /** The pump's buffer, and the scratch array for reads into native memory; made on first use. */
    private Chunk chunk;

    // Reader side (one reading thread at a time).
    private Chunk current;
    private int position;
    /** Bytes taken from the stream so far (by the reader or the pump, never both at once). */
    private long count;
    /**
     * Bytes the stream reported {@code available()} that the reader has not read yet: nobody else
     * reads meanwhile, so they are there without asking the stream (a system call) again.
     */
    private int knownAvailable;

    /**
     * @param in        the response stream, or {@code null} for an empty body
     * @param expected  the Content-Length, or -1
     * @param abort     drops the connection (after a failure or cancel)
     */
    public ResponseBody(InputStream in, long expected, Runnable abort, String threadName) {
        this.in = in;
        this.expected = expected;
        this.abort = abort;
        this.threadName = threadName;
    }

    /**
     * Reads up to {@code length} bytes into native memory at {@code dst + offset}, blocking until
     * that many are read or the body ends; returns the count (0 at the end).
     */
    public int read(Pointer dst, long offset, int length) throws Win32Failure {
        return read(TransferBuffer.of(dst.share(offset)), length);
    }

    /**
     * Reads up to {@code length} bytes into {@code dst}, blocking until that many are read or the
     * body ends; returns the count (0 at the end).
     */
    public int read(TransferBuffer dst, int length) throws Win32Failure {
        int total = 0;
        while (total < length) {
            if (current != null && current.kind == DATA && position < current.length) {
                int n = Math.min(length - total, current.length - position);
                dst.put(total, current.bytes, position, n);
                position += n;
                total += n;
                continue;
            }
            Chunk c = nextChunk();
            if (c == null) {
                int n = readDirectly(dst, total, length - total);
                if (n > 0) {
                    total += n;
                }
                continue;
            }
            if (c.kind == END) {
                break;
            }
            if (c.kind == FAILED) {
                if (total > 0) {
                    break;
                }
                throw new Win32Failure(c.error);
            }
        }
        return total;
    }

    /** Bytes readable without waiting for the network, waiting for the first ones if none; 0 at the end. */
    public int available() throws Win32Failure {
        while (true) {
            if (current != null && current.kind == DATA && position < current.length) {
                return current.length - position;
            }
            Chunk c = nextChunk();
            if (c == null) {
                int n = availableDirectly();
                if (n != 0) {
                    return n;
                }
                continue; // nothing has arrived: the next turn waits for the pump's read
            }
            if (c.kind == FAILED) {
                throw new Win32Failure(c.error);
            }
            if (c.kind == END) {
                return 0;
            }
        }
    }

    /** Wakes a blocked reader with ERROR_INTERNET_OPERATION_CANCELLED and stops the pump. */
    public void cancel() {
        boolean idle;
        synchronized (this) {
            cancelled = true;
            // a body that ended gave its connection back; one without a stream still holds it
            idle = !readingDirectly && !fetching && (in == null || !finished);
            notifyAll();
        }
        if (idle) {
            abortOnce();
        }
    }

    /**
     * The reader's next step: a chunk from the pump (data or the terminal one), or {@code null}
     * when the stream is idle and the reader may take {@code available()} bytes from it itself
     * (it then owns the stream until {@link #doneDirectly}). Waits while the pump reads.
     */
    private Chunk nextChunk() throws Win32Failure {
        synchronized (this) {
            if (cancelled) {
                throw new Win32Failure(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED);
            }
            if (!started) {
                start();
            }
            current = null;
            while (ready.isEmpty() && fetching && !cancelled) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Win32Failure(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED);
                }
            }
            if (cancelled) {
                throw new Win32Failure(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED);
            }
            Chunk c = ready.peek();
            if (c != null) {
                if (c.kind == DATA) {
                    ready.poll();
                    current = c;
                    position = 0;
                }
                return c; // a terminal chunk stays: every later read sees it too
            }
            readingDirectly = true;
            return null;
        }
    }

    /**
     * Reads what the stream holds without blocking, up to {@code length} bytes, into {@code dst} at
     * {@code at}; when it holds nothing, asks the pump for one blocking read instead and returns 0.
     */
    private int readDirectly(TransferBuffer dst, int at, int length) throws Win32Failure {
        int n = 0;
        Chunk terminal = null;
        try {
            int available = knownAvailable > 0 ? knownAvailable : in.available();
            knownAvailable = 0;
            if (available > 0) {
                n = dst.readFrom(in, at, Math.min(length, available), dst.isArray() ? null : scratch());
                if (n < 0) {
                    terminal = end();
                } else {
                    count += n;
                    knownAvailable = available - n;
                }
            }
        } catch (IOException | RuntimeException e) {
            terminal = failure(e);
        }
        doneDirectly(terminal, n <= 0 && terminal == null);
        return Math.max(n, 0);
    }

    /** {@code in.available()} for {@link #available()}; 0 after asking the pump for a blocking read. */
    private int availableDirectly() throws Win32Failure {
        int n = 0;
        Chunk terminal = null;
        try {
            n = knownAvailable > 0 ? knownAvailable : in.available();
            knownAvailable = Math.max(n, 0);
        } catch (IOException | RuntimeException e) {
            terminal = failure(e);
        }
        doneDirectly(terminal, n <= 0 && terminal == null);
        return Math.max(n, 0);
    }

    /**
     * Gives the stream back after a direct read: publishes a terminal chunk, or asks the pump for
     * a blocking read; drops the connection when the body was cancelled meanwhile.
     */
    private void doneDirectly(Chunk terminal, boolean fetch) throws Win32Failure {
        boolean abortNow;
        synchronized (this) {
            readingDirectly = false;
            if (terminal != null) {
                finished = true;
                ready.add(terminal);
            } else if (fetch && !cancelled) {
                fetching = true;
                if (!pumpRunning) {
                    pumpRunning = true;
                    PUMPS.execute(this::pumpTask);
                } else {
                    notifyAll();
                }
            }
            abortNow = cancelled;
        }
        if (terminal != null) {
            finish(terminal.kind == END && !abortNow);
        } else if (abortNow) {
            abortOnce();
        }
        if (abortNow) {
            throw new Win32Failure(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED);
        }
    }

    /** The chunk that ends the body when the stream ends after {@link #count} bytes. */
    private Chunk end() {
        if (expected >= 0 && count < expected) {
            return Chunk.terminal(FAILED, WinInetErrors.ERROR_INTERNET_CONNECTION_RESET);
        }
        return Chunk.terminal(END, 0);
    }

    private static Chunk failure(Exception e) {
        return Chunk.terminal(FAILED, e instanceof IOException io ? FailureMapping.forStream(io)
                : WinInetErrors.ERROR_INTERNET_CONNECTION_ABORTED);
    }

    /** The pump's chunk, also the scratch array of direct reads into native memory (never both at once). */
    private byte[] scratch() {
        synchronized (this) {
            if (chunk == null) {
                chunk = new Chunk(CHUNK_BYTES);
            }
            return chunk.bytes;
        }
    }

    private void start() {
        started = true;
        if (in == null) {
            finished = true;
            ready.add(Chunk.terminal(END, 0));
            return;
        }
        takeBuffered();
    }

    /**
     * Takes a small body of declared length that has already arrived whole, without a pump thread:
     * reading bytes the stream reports as {@code available()} does not block, so cancellation
     * loses nothing, and a small response costs no thread start and no hand-over between
     * threads. Returns false (nothing read) when the body is larger, undeclared or not all here.
     */
    private boolean takeBuffered() {
        if (expected < 0 || expected > CHUNK_BYTES) {
            return false;
        }
        int size = (int) expected;
        finished = true; // unless it returns false below
        try {
            if (in.available() < size) {
                finished = false;
                return false;
            }
            Chunk c = new Chunk(size);
            int got = 0;
            while (got < size) {
                int n = in.read(c.bytes, got, size - got);
                if (n < 0) {
                    break;
                }
                got += n;
            }
            if (got < size) {
                abortOnce();
                ready.add(Chunk.terminal(FAILED, WinInetErrors.ERROR_INTERNET_CONNECTION_RESET));
                return true;
            }
            c.kind = DATA;
            c.length = size;
            if (size > 0) {
                ready.add(c);
            }
            finish(true); // the whole declared body is read: the connection goes back to the pool
            ready.add(Chunk.terminal(END, 0));
        } catch (IOException | RuntimeException e) {
            abortOnce();
            ready.add(failure(e));
        }
        return true;
    }

    /**
     * The pump: performs each blocking read the reader asks for, one at a time, until the body ends,
     * fails or is cancelled. It waits for the next request on the monitor, touching no stream.
     */
    private void pumpTask() {
        Thread self = Thread.currentThread();
        self.setName(threadName);
        try {
            while (awaitFetch()) {
                if (!pumpOnce()) {
                    return;
                }
            }
        } finally {
            self.setName("winnet4j-body-idle");
        }
    }

    /** Whether there is a read to do; false once the body is cancelled (the pump then ends). */
    private boolean awaitFetch() {
        synchronized (this) {
            while (!fetching && !cancelled) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    cancelled = true;
                    notifyAll();
                }
            }
            if (!cancelled) {
                return true;
            }
            pumpRunning = false;
            if (!fetching) {
                return false; // cancel() found the stream idle and dropped the connection itself
            }
            fetching = false;
            notifyAll();
        }
        abortOnce(); // asked for a read, then cancelled before it began: nobody else drops the connection
        return false;
    }

    /** One blocking read into the chunk, published to the reader; false when the body is over. */
    private boolean pumpOnce() {
        Chunk c;
        synchronized (this) {
            if (chunk == null) {
                chunk = new Chunk(CHUNK_BYTES);
            }
            c = chunk;
        }
        Chunk published;
        try {
            int n = in.read(c.bytes, 0, CHUNK_BYTES);
            if (n < 0) {
                published = end();
            } else {
                count += n;
                c.kind = DATA;
                c.length = n;
                published = c;
            }
        } catch (IOException | RuntimeException e) {
            published = failure(e);
        }
        boolean over = published.kind != DATA;
        boolean wasCancelled;
        synchronized (this) {
            fetching = false;
            wasCancelled = cancelled;
            if (!wasCancelled) {
                ready.add(published);
                if (over) {
                    finished = true;
                }
            }
            if (over || wasCancelled) {
                pumpRunning = false;
            }
            notifyAll();
        }
        if (wasCancelled) {
            abortOnce();
            return false;
        }
        if (over) {
            finish(published.kind == END);
        }
        return !over;
    }

    private void finish(boolean clean) {
        if (clean) {
            try {
                in.close(); // a fully read body gives its connection back to the keep-alive pool
                return;
            } catch (IOException e) {
                // fall through: drop the connection
            }
        }
        abortOnce();
    }

    private void abortOnce() {
        synchronized (this) {
            if (aborted) {
                return;
            }
            aborted = true;
        }
        abort.run();
    }
}

package io.github.winnet4j.backends.java;

import com.sun.jna.Pointer;
import io.github.winnet4j.raw.WinInetErrors;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The body of a response, read by InternetReadFile.
 *
 * <p>A daemon thread (from a pool) pumps the JDK's response stream into a few reusable 64 KiB
 * chunks. The indirection is what makes InternetCloseHandle from another thread cancel a blocked
 * read at once: the JDK's stream cannot be closed while a read is blocked in it (its close waits
 * for the read), but the reader here waits on this object's monitor, which {@link #cancel()} wakes. The
 * pump itself ends when its blocked read returns (data, end, or the receive timeout) and then
 * drops the connection. Memory is bounded: at most {@value #CHUNKS} chunks are in flight. A small
 * body of declared length that has fully arrived is taken without the pump.
 *
 * <p>A body that ends before its Content-Length fails with ERROR_INTERNET_CONNECTION_RESET
 * (the JDK's stream just reports the end).
 */
public final class ResponseBody {
    public static final int CHUNK_BYTES = 64 * 1024;
    static final int CHUNKS = 4;

    /**
     * Pump threads are reused (one per body being pumped, as before; idle ones end after a
     * minute): starting a thread for every response cost more than a small response itself.
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

        Chunk() {
            this(CHUNK_BYTES);
        }

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

    private final ArrayDeque<Chunk> ready = new ArrayDeque<>();
    private final ArrayDeque<Chunk> free = new ArrayDeque<>();
    private int allocated;
    private boolean cancelled;
    private boolean started;

    // Reader side (one reading thread at a time).
    private Chunk current;
    private int position;

    /**
     * @param in        the response stream, or {@code null} for an empty body
     * @param expected  the Content-Length, or -1
     * @param abort     drops the connection (called by the pump after a failure or cancel)
     */
    public ResponseBody(InputStream in, long expected, Runnable abort, String threadName) {
        this.in = in;
        this.expected = expected;
        this.abort = abort;
        this.threadName = threadName;
    }

    /**
     * Reads up to {@code length} bytes into {@code dst} at {@code offset}, blocking until that many
     * are read or the body ends; returns the count (0 at the end).
     */
    public int read(Pointer dst, long offset, int length) throws Win32Failure {
        int total = 0;
        while (total < length) {
            Chunk c = currentChunk(true);
            if (c.kind == END) {
                break;
            }
            if (c.kind == FAILED) {
                if (total > 0) {
                    break;
                }
                throw new Win32Failure(c.error);
            }
            int n = Math.min(length - total, c.length - position);
            dst.write(offset + total, c.bytes, position, n);
            position += n;
            total += n;
        }
        return total;
    }

    /** Bytes readable without waiting for the network, waiting for the first ones if none; 0 at the end. */
    public int available() throws Win32Failure {
        Chunk c = currentChunk(true);
        if (c.kind == FAILED) {
            throw new Win32Failure(c.error);
        }
        if (c.kind == END) {
            return 0;
        }
        int n = c.length - position;
        synchronized (this) {
            for (Chunk queued : ready) {
                if (queued.kind == DATA) {
                    n += queued.length;
                }
            }
        }
        return n;
    }

    /** Wakes a blocked reader with ERROR_INTERNET_OPERATION_CANCELLED and stops the pump. */
    public void cancel() {
        boolean pumping;
        synchronized (this) {
            cancelled = true;
            pumping = started && in != null;
            notifyAll();
        }
        if (!pumping) {
            abort.run();
        }
    }

    /**
     * The chunk with unread data or the terminal chunk; {@code null} only when none is ready and
     * {@code wait} is false.
     */
    private Chunk currentChunk(boolean wait) throws Win32Failure {
        if (current != null && (current.kind != DATA || position < current.length)) {
            return current;
        }
        synchronized (this) {
            if (cancelled) {
                throw new Win32Failure(WinInetErrors.ERROR_INTERNET_OPERATION_CANCELLED);
            }
            if (!started) {
                start();
            }
            if (current != null) {
                free.add(current);
                notifyAll();
                current = null;
            }
            while (ready.isEmpty() && !cancelled) {
                if (!wait) {
                    return null;
                }
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
            current = ready.poll();
            position = 0;
            return current;
        }
    }

    private void start() {
        started = true;
        if (in == null) {
            ready.add(Chunk.terminal(END, 0));
            return;
        }
        if (takeBuffered()) {
            return;
        }
        PUMPS.execute(() -> {
            Thread self = Thread.currentThread();
            self.setName(threadName);
            try {
                pump();
            } finally {
                self.setName("winnet4j-body-idle");
            }
        });
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
        try {
            if (in.available() < size) {
                return false;
            }
            Chunk c = new Chunk(size);
            int count = 0;
            while (count < size) {
                int n = in.read(c.bytes, count, size - count);
                if (n < 0) {
                    break;
                }
                count += n;
            }
            if (count < size) {
                abort.run();
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
            abort.run();
            ready.add(Chunk.terminal(FAILED, e instanceof IOException io ? FailureMapping.forStream(io)
                    : WinInetErrors.ERROR_INTERNET_CONNECTION_ABORTED));
        }
        return true;
    }

    private void pump() {
        long count = 0;
        boolean clean = false;
        try {
            while (true) {
                Chunk c = obtain();
                if (c == null) {
                    return;
                }
                int n = in.read(c.bytes, 0, CHUNK_BYTES);
                if (n < 0) {
                    if (expected >= 0 && count < expected) {
                        c.kind = FAILED;
                        c.error = WinInetErrors.ERROR_INTERNET_CONNECTION_RESET;
                    } else {
                        c.kind = END;
                        clean = true;
                    }
                    publish(c);
                    return;
                }
                count += n;
                c.kind = DATA;
                c.length = n;
                if (!publish(c)) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            publish(Chunk.terminal(FAILED, e instanceof IOException io ? FailureMapping.forStream(io)
                    : WinInetErrors.ERROR_INTERNET_CONNECTION_ABORTED));
        } finally {
            finish(clean);
        }
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
        abort.run();
    }

    private synchronized Chunk obtain() {
        while (!cancelled) {
            if (!free.isEmpty()) {
                return free.poll();
            }
            if (allocated < CHUNKS) {
                allocated++;
                return new Chunk();
            }
            try {
                wait();
            } catch (InterruptedException e) {
                return null;
            }
        }
        return null;
    }

    private synchronized boolean publish(Chunk c) {
        if (cancelled) {
            return false;
        }
        ready.add(c);
        notifyAll();
        return true;
    }
}

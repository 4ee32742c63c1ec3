package io.github.winnet4j.marshal;

import java.io.IOException;
import java.io.InputStream;

/**
 * An {@link InputStream} whose single-byte {@link #read()} goes through its array read, for the
 * streams over native read calls, which only ever read into a buffer.
 */
public abstract class BlockInputStream extends InputStream {
    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public abstract int read(byte[] b, int off, int len) throws IOException;
}

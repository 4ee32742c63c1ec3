package io.github.winnet4j.marshal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An {@link OutputStream} whose single-byte {@link #write(int)} goes through its array write, for
 * the streams over native write calls, which only ever write from a buffer.
 */
public abstract class BlockOutputStream extends OutputStream {
    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public abstract void write(byte[] b, int off, int len) throws IOException;
}

package io.github.winnet4j.raw;

import com.sun.jna.Pointer;
import com.sun.jna.PointerType;

/**
 * {@code HINTERNET}: an opaque handle returned by wininet.dll (and winhttp.dll).
 *
 * <p>A {@code NULL} HINTERNET is represented by a Java {@code null}, which is what JNA returns for
 * a {@code NULL} pointer result. Handle values are recycled by Windows once closed, so wrappers must
 * never keep using a value after {@code InternetCloseHandle}.
 *
 * @see <a href="https://learn.microsoft.com/en-us/windows/win32/wininet/appendix-a-hinternet-handles">HINTERNET Handles</a>
 */
public final class HINTERNET extends PointerType {
    /** For JNA: a handle read back from native code. */
    public HINTERNET() {
    }

    /** A handle with the given address value. */
    public HINTERNET(Pointer value) {
        super(value);
    }

    /** A handle with the given numeric value (the java backend allocates these). */
    public static HINTERNET of(long value) {
        return new HINTERNET(new Pointer(value));
    }

    /** The numeric value of this handle. */
    public long value() {
        return Pointer.nativeValue(getPointer());
    }

    @Override
    public String toString() {
        return "HINTERNET@0x" + Long.toHexString(value());
    }
}

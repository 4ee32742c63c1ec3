package io.github.winnet4j.backends.java;

import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.HeapTransfer;
import io.github.winnet4j.backends.java.winhttp.JavaWinHttp;
import io.github.winnet4j.raw.HINTERNET;

/**
 * The java backend's {@link HeapTransfer}: the same code paths as its raw read and write calls,
 * given the caller's array instead of native memory.
 */
final class JavaHeapTransfer implements HeapTransfer {
    private final JavaWinInet wininet;
    private final JavaWinHttp winhttp;

    JavaHeapTransfer(JavaWinInet wininet, JavaWinHttp winhttp) {
        this.wininet = wininet;
        this.winhttp = winhttp;
    }

    @Override
    public boolean InternetReadFile(HINTERNET hFile, byte[] buffer, int offset, int length,
                                    IntByReference numberOfBytesRead) {
        return wininet.readFile(hFile, TransferBuffer.of(buffer, offset), length, numberOfBytesRead);
    }

    @Override
    public boolean InternetWriteFile(HINTERNET hFile, byte[] buffer, int offset, int length,
                                     IntByReference numberOfBytesWritten) {
        return wininet.writeFile(hFile, TransferBuffer.of(buffer, offset), length, numberOfBytesWritten);
    }

    @Override
    public boolean WinHttpReadData(HINTERNET hRequest, byte[] buffer, int offset, int length, IntByReference read) {
        return winhttp.readData(hRequest, TransferBuffer.of(buffer, offset), length, read);
    }

    @Override
    public boolean WinHttpWriteData(HINTERNET hRequest, byte[] buffer, int offset, int length,
                                    IntByReference written) {
        return winhttp.writeData(hRequest, TransferBuffer.of(buffer, offset), length, written);
    }
}

package io.github.winnet4j.api;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import io.github.winnet4j.backends.HeapTransfer;

import java.util.Optional;

/**
 * An open FTP data transfer (FtpOpenFileW, or FtpCommandW with a data connection): a child of its
 * {@link FtpSession}. While it is open the session is busy: other Ftp* calls on it fail with
 * ERROR_FTP_TRANSFER_IN_PROGRESS.
 */
final class FtpFile extends InternetHandle {
    FtpFile(HandleState state) {
        super(state);
    }

    /** The backend's array calls, when it offers them (see {@link HeapTransfer}). */
    Optional<HeapTransfer> heapTransfer() {
        return state.backend.heapTransfer();
    }

    /** InternetReadFile into the caller's array through {@code calls}; 0 at the end of the data. */
    int read(HeapTransfer calls, IntByReference read, byte[] b, int off, int len) throws WinInetException {
        try (HandleUse u = use()) {
            if (!calls.InternetReadFile(u.value(), b, off, len, read)) {
                throw FtpFailure.capture(state.backend, "InternetReadFile", state.description);
            }
        }
        return read.getValue();
    }

    /** InternetWriteFile from the caller's array through {@code calls}; returns the bytes written. */
    int write(HeapTransfer calls, IntByReference written, byte[] b, int off, int len) throws WinInetException {
        try (HandleUse u = use()) {
            if (!calls.InternetWriteFile(u.value(), b, off, len, written)) {
                throw FtpFailure.capture(state.backend, "InternetWriteFile", state.description);
            }
        }
        return written.getValue();
    }

    /** InternetReadFile; 0 at the end of the data. */
    int read(Pointer buffer, int length) throws WinInetException {
        IntByReference read = new IntByReference();
        try (HandleUse u = use()) {
            if (!state.backend.wininet().InternetReadFile(u.value(), buffer, length, read)) {
                throw FtpFailure.capture(state.backend, "InternetReadFile", state.description);
            }
        }
        return read.getValue();
    }

    /** InternetWriteFile; returns the bytes written. */
    int write(Pointer buffer, int length) throws WinInetException {
        IntByReference written = new IntByReference();
        try (HandleUse u = use()) {
            if (!state.backend.wininet().InternetWriteFile(u.value(), buffer, length, written)) {
                throw FtpFailure.capture(state.backend, "InternetWriteFile", state.description);
            }
        }
        return written.getValue();
    }
}

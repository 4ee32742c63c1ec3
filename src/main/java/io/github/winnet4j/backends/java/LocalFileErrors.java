package io.github.winnet4j.backends.java;

import com.sun.jna.platform.win32.WinError;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Local file failures as the Win32 codes CreateFile/ReadFile/WriteFile give, never
 * ERROR_INTERNET_EXTENDED_ERROR, so that a caller can tell a local failure from a server's refusal.
 */
final class LocalFileErrors {
    private LocalFileErrors() {
    }

    /** A failure opening or creating {@code path}. */
    static Win32Failure opening(Path path, IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return new Win32Failure(WinError.ERROR_FILE_EXISTS, e);
        }
        if (e instanceof AccessDeniedException) {
            return new Win32Failure(WinError.ERROR_ACCESS_DENIED, e);
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException || e instanceof FileNotFoundException) {
            Path parent = path.toAbsolutePath().getParent();
            boolean parentThere = parent == null || Files.isDirectory(parent);
            if (parentThere && Files.isDirectory(path)) {
                return new Win32Failure(WinError.ERROR_ACCESS_DENIED, e);
            }
            return new Win32Failure(parentThere ? WinError.ERROR_FILE_NOT_FOUND : WinError.ERROR_PATH_NOT_FOUND, e);
        }
        return transfer(e, true);
    }

    /** A failure reading ({@code writing} false) or writing a local file. */
    static Win32Failure transfer(IOException e, boolean writing) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("no space left") || message.contains("disk quota") || message.contains("not enough space")) {
            return new Win32Failure(WinError.ERROR_DISK_FULL, e);
        }
        if (e instanceof AccessDeniedException || message.contains("permission denied") || message.contains("access is denied")) {
            return new Win32Failure(WinError.ERROR_ACCESS_DENIED, e);
        }
        return new Win32Failure(writing ? WinError.ERROR_WRITE_FAULT : WinError.ERROR_READ_FAULT, e);
    }
}

package io.github.winnet4j.backends.java;

/** The generic Win32 error codes (winerror.h) the java backend sets besides WinINet's own. */
public final class Win32Codes {
    public static final int ERROR_SUCCESS = 0;
    public static final int ERROR_FILE_NOT_FOUND = 2;
    public static final int ERROR_PATH_NOT_FOUND = 3;
    public static final int ERROR_ACCESS_DENIED = 5;
    public static final int ERROR_INVALID_HANDLE = 6;
    public static final int ERROR_NOT_ENOUGH_MEMORY = 8;
    public static final int ERROR_NO_MORE_FILES = 18;
    public static final int ERROR_WRITE_FAULT = 29;
    public static final int ERROR_READ_FAULT = 30;
    public static final int ERROR_NOT_SUPPORTED = 50;
    public static final int ERROR_FILE_EXISTS = 80;
    public static final int ERROR_INVALID_PARAMETER = 87;
    public static final int ERROR_DISK_FULL = 112;
    public static final int ERROR_CALL_NOT_IMPLEMENTED = 120;
    public static final int ERROR_INSUFFICIENT_BUFFER = 122;
    public static final int ERROR_NO_MORE_ITEMS = 259;
    public static final int ERROR_NOT_FOUND = 1168;
    public static final int ERROR_CANCELLED = 1223;
    public static final int ERROR_NOT_CONNECTED = 2250;
    public static final int ERROR_INVALID_OPERATION = 4317;

    private Win32Codes() {
    }
}

package io.github.winnet4j.api;

import io.github.winnet4j.raw.WinInetConstants;

/**
 * How an FTP transfer treats the file's bytes (TYPE A or TYPE I on the wire).
 *
 * <p>{@link #BINARY} keeps every byte; {@link #ASCII} lets both ends convert line endings, which
 * changes the size of a file that is not text. When in doubt, use {@link #BINARY}.
 */
public enum TransferType {
    /** Text: line endings may be converted (FTP_TRANSFER_TYPE_ASCII). */
    ASCII(WinInetConstants.FTP_TRANSFER_TYPE_ASCII),
    /** Bytes as they are (FTP_TRANSFER_TYPE_BINARY). */
    BINARY(WinInetConstants.FTP_TRANSFER_TYPE_BINARY);

    /** The FTP_TRANSFER_TYPE_* flag. */
    final int flag;

    TransferType(int flag) {
        this.flag = flag;
    }
}

package io.github.winnet4j.backends.java;

import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPFileEntryParser;
import org.apache.commons.net.ftp.FTPListParseEngine;
import org.apache.commons.net.ftp.parser.CompositeFileEntryParser;
import org.apache.commons.net.ftp.parser.MLSxEntryParser;
import org.apache.commons.net.ftp.parser.NTFTPEntryParser;
import org.apache.commons.net.ftp.parser.UnixFTPEntryParser;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The listing behind FtpFindFirstFileW. WinINet sends {@code LIST pattern} and lets the server
 * match; here, when the server offers MLST (RFC 3659), the machine-readable MLSD/MLST are used
 * instead, because LIST output has no standard format: a pattern whose last segment has {@code *}
 * or {@code ?} lists its directory with MLSD and matches names locally; a plain name is looked up
 * with MLST and, when it is a directory, listed with MLSD (as LIST would). Without MLST, LIST is
 * sent as WinINet does and parsed as Unix or Windows (IIS) output. "." and ".." are left out;
 * {@code *.*} matches every name, as on Windows. Listed names are reported as the server sent
 * them, as WinINet reports them, even when they hold a path ({@code ../x}, {@code /etc/x}).
 */
final class FtpListing {
    private FtpListing() {
    }

    /** The entries matching {@code pattern} ({@code null} or empty: the current directory). */
    static List<FTPFile> list(FtpSessionObject s, String pattern) throws IOException, Win32Failure {
        String p = pattern == null ? "" : pattern;
        if (!s.mlst) {
            return entries(read(s, "LIST", p.isEmpty() ? null : p, unixOrWindows()), null);
        }
        int slash = p.lastIndexOf('/');
        String last = p.substring(slash + 1);
        if (last.equals("*.*")) {
            last = "*";
        }
        if (last.indexOf('*') >= 0 || last.indexOf('?') >= 0) {
            String dir = slash < 0 ? null : (slash == 0 ? "/" : p.substring(0, slash));
            return entries(read(s, "MLSD", dir, MLSxEntryParser.getInstance()), glob(last));
        }
        if (p.isEmpty()) {
            return entries(read(s, "MLSD", null, MLSxEntryParser.getInstance()), null);
        }
        FTPFile single = s.client.mlistFile(p);
        if (single == null) {
            throw FtpReplies.negative(s.client);
        }
        if (single.isDirectory()) {
            return entries(read(s, "MLSD", p, MLSxEntryParser.getInstance()), null);
        }
        // MLST echoes the path it was asked about; the entry is named by its last segment, as a
        // LIST of that path names it.
        single.setName(baseName(single.getName()));
        return List.of(single);
    }

    private static FTPFile[] read(FtpSessionObject s, String command, String arg, FTPFileEntryParser parser)
            throws IOException, Win32Failure {
        Socket socket = FtpTransfers.openData(s.client, command, arg);
        s.setActiveData(socket);
        FTPListParseEngine engine = new FTPListParseEngine(parser);
        try (InputStream in = socket.getInputStream()) {
            engine.readServerList(in, StandardCharsets.UTF_8.name());
        } finally {
            s.setActiveData(null);
            FtpSessionObject.closeQuietly(socket);
        }
        FtpReplies.requireCompletionAfter(s.client);
        return engine.getFiles();
    }

    private static List<FTPFile> entries(FTPFile[] files, Pattern match) {
        List<FTPFile> out = new ArrayList<>();
        for (FTPFile f : files) {
            if (f == null || f.getName() == null) {
                continue;
            }
            // The name as the server sent it, as WinINet reports it: a listed "../x" or "/etc/x"
            // is the server's claim, for the caller to judge (FtpSession.downloadAll refuses it).
            String name = f.getName();
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                continue;
            }
            if (match == null || match.matcher(name).matches()) {
                out.add(f);
            }
        }
        return out;
    }

    private static FTPFileEntryParser unixOrWindows() {
        return new CompositeFileEntryParser(new FTPFileEntryParser[] {new UnixFTPEntryParser(), new NTFTPEntryParser()});
    }

    /** A shell pattern ({@code *}, {@code ?}) as a regular expression matching whole names. */
    static Pattern glob(String pattern) {
        StringBuilder re = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '*' || ch == '?') {
                if (literal.length() > 0) {
                    re.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                re.append(ch == '*' ? ".*" : ".");
            } else {
                literal.append(ch);
            }
        }
        if (literal.length() > 0) {
            re.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    private static String baseName(String name) {
        String trimmed = name.endsWith("/") && name.length() > 1 ? name.substring(0, name.length() - 1) : name;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}

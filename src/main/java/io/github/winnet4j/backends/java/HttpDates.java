package io.github.winnet4j.backends.java;

import com.sun.jna.platform.win32.WinBase.SYSTEMTIME;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * HTTP dates and SYSTEMTIME: RFC 1123 output (InternetTimeFromSystemTimeW), and the lenient
 * reading of RFC 1123, RFC 850 and asctime dates that InternetTimeToSystemTimeW and
 * HTTP_QUERY_FLAG_SYSTEMTIME do. Times are GMT.
 */
public final class HttpDates {
    private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};

    private HttpDates() {
    }

    /**
     * {@code Sun, 06 Nov 1994 08:49:37 GMT} for a SYSTEMTIME; the day name comes from wDayOfWeek as
     * Windows takes it, or from the date when that field is out of range.
     *
     * @return {@code null} when the month is out of range
     */
    public static String rfc1123(SYSTEMTIME t) {
        if (t.wMonth < 1 || t.wMonth > 12) {
            return null;
        }
        int dow = t.wDayOfWeek;
        if (dow < 0 || dow > 6) {
            try {
                dow = LocalDate.of(t.wYear, t.wMonth, t.wDay).getDayOfWeek().getValue() % 7;
            } catch (DateTimeException e) {
                return null;
            }
        }
        return String.format(Locale.ROOT, "%s, %02d %s %04d %02d:%02d:%02d GMT", DAYS[dow], (int) t.wDay,
                MONTHS[t.wMonth - 1], (int) t.wYear, (int) t.wHour, (int) t.wMinute, (int) t.wSecond);
    }

    /**
     * Reads an HTTP date in any of the three formats (tokens in any order: day name ignored, day,
     * month name, year of 2 or 4 digits, hh:mm:ss).
     *
     * @return {@code null} when no day, month and year are found
     */
    public static LocalDateTime parse(String text) {
        int day = -1;
        int month = -1;
        int year = -1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        for (String token : text.trim().split("[\\s,\\-]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.contains(":")) {
                String[] hms = token.split(":");
                try {
                    hour = Integer.parseInt(hms[0]);
                    minute = hms.length > 1 ? Integer.parseInt(hms[1]) : 0;
                    second = hms.length > 2 ? Integer.parseInt(hms[2]) : 0;
                } catch (NumberFormatException e) {
                    return null;
                }
                continue;
            }
            if (Character.isDigit(token.charAt(0))) {
                int value;
                try {
                    value = Integer.parseInt(token);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (day < 0 && token.length() <= 2 && value >= 1 && value <= 31 && (month < 0 || year < 0)) {
                    day = value;
                } else if (year < 0) {
                    year = token.length() <= 2 ? (value < 70 ? 2000 + value : 1900 + value) : value;
                }
                continue;
            }
            int m = monthIndex(token);
            if (m >= 0 && month < 0) {
                month = m + 1;
            }
        }
        if (day < 0 || month < 0 || year < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Fills a SYSTEMTIME's fields (wMilliseconds 0). */
    public static void fill(SYSTEMTIME t, LocalDateTime time) {
        t.wYear = (short) time.getYear();
        t.wMonth = (short) time.getMonthValue();
        t.wDayOfWeek = (short) (time.getDayOfWeek().getValue() % 7);
        t.wDay = (short) time.getDayOfMonth();
        t.wHour = (short) time.getHour();
        t.wMinute = (short) time.getMinute();
        t.wSecond = (short) time.getSecond();
        t.wMilliseconds = 0;
    }

    private static int monthIndex(String token) {
        if (token.length() < 3) {
            return -1;
        }
        String prefix = token.substring(0, 3);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equalsIgnoreCase(prefix)) {
                return i;
            }
        }
        return -1;
    }
}

/*
 * The C side of bench/run's Wine figure: the WinINet calls winnet4j's native backend makes for a
 * GET (InternetOpenW, InternetConnectW, HttpOpenRequestW, HttpSendRequestW, HttpQueryInfoW for
 * the status, InternetReadFile into one 64 KiB buffer, InternetCloseHandle), COUNT times over one
 * session and connection, the requests timed with QueryPerformanceCounter.
 *
 * usage: wininet_get.exe PORT PATH COUNT EXPECTED_BYTES
 * prints: "<elapsed nanoseconds> <bytes read>"; exit status 1 on any failure.
 */
#include <windows.h>
#include <wininet.h>
#include <stdio.h>
#include <stdlib.h>

#define BUFFER_BYTES (64 * 1024)

static int fail(const char *call)
{
    fprintf(stderr, "%s failed: %lu\n", call, GetLastError());
    return 1;
}

int wmain(int argc, wchar_t **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: wininet_get PORT PATH COUNT EXPECTED_BYTES\n");
        return 2;
    }
    INTERNET_PORT port = (INTERNET_PORT)_wtoi(argv[1]);
    const wchar_t *path = argv[2];
    int count = _wtoi(argv[3]);
    long long expected = _wtoi64(argv[4]);
    static char buffer[BUFFER_BYTES];
    long long total = 0;
    LARGE_INTEGER frequency, start, end;
    QueryPerformanceFrequency(&frequency);

    HINTERNET session = InternetOpenW(L"winnet4j-bench", INTERNET_OPEN_TYPE_DIRECT, NULL, NULL, 0);
    if (!session) return fail("InternetOpenW");
    HINTERNET connection = InternetConnectW(session, L"127.0.0.1", port, NULL, NULL,
                                            INTERNET_SERVICE_HTTP, 0, 0);
    if (!connection) return fail("InternetConnectW");
    QueryPerformanceCounter(&start); /* the Java side's session is open too: time the requests only */
    for (int i = 0; i < count; i++) {
        HINTERNET request = HttpOpenRequestW(connection, L"GET", path, NULL, NULL, NULL, 0, 0);
        if (!request) return fail("HttpOpenRequestW");
        if (!HttpSendRequestW(request, NULL, 0, NULL, 0)) return fail("HttpSendRequestW");
        DWORD status = 0, size = sizeof status;
        if (!HttpQueryInfoW(request, HTTP_QUERY_STATUS_CODE | HTTP_QUERY_FLAG_NUMBER, &status, &size, NULL))
            return fail("HttpQueryInfoW");
        if (status != 200) {
            fprintf(stderr, "status %lu\n", status);
            return 1;
        }
        long long body = 0;
        for (;;) {
            DWORD read = 0;
            if (!InternetReadFile(request, buffer, BUFFER_BYTES, &read)) return fail("InternetReadFile");
            if (read == 0) break;
            body += read;
        }
        if (body != expected) {
            fprintf(stderr, "read %lld bytes, expected %lld\n", body, expected);
            return 1;
        }
        total += body;
        InternetCloseHandle(request);
    }
    QueryPerformanceCounter(&end);
    InternetCloseHandle(connection);
    InternetCloseHandle(session);
    long long nanos = (long long)((end.QuadPart - start.QuadPart) * (1e9 / frequency.QuadPart));
    printf("%lld %lld\n", nanos, total);
    return 0;
}

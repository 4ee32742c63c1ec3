package io.github.winnet4j.integration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bypass lists as Windows reads them, case by case. */
class ProxyBypassTest {

    @ParameterizedTest(name = "[{0}] {1}://{2}:{3} -> {4}")
    @CsvSource(delimiter = '|', value = {
        "<local>                     | http  | intranet            | 80   | true",
        "<local>                     | http  | wiki.corp.example   | 80   | false",
        "<local>                     | http  | 127.0.0.1           | 80   | false",
        "*.corp.example              | http  | wiki.corp.example   | 80   | true",
        "*.corp.example              | http  | WIKI.Corp.Example   | 80   | true",
        "*.corp.example              | http  | corp.example        | 80   | false",
        "*.corp.example              | http  | evilcorp.example    | 80   | false",
        "10.*                        | http  | 10.1.2.3            | 80   | true",
        "10.*                        | http  | 110.1.2.3           | 80   | false",
        "127.0.0.1                   | https | 127.0.0.1           | 443  | true",
        "127.0.0.1:8080              | http  | 127.0.0.1           | 8080 | true",
        "127.0.0.1:8080              | http  | 127.0.0.1           | 8081 | false",
        "https://secure.test         | https | secure.test         | 443  | true",
        "https://secure.test         | http  | secure.test         | 80   | false",
        "a.test; b.test , c.test     | http  | c.test              | 80   | true",
        "a.test  b.test              | http  | b.test              | 80   | true",
        "*                           | http  | anything.test       | 80   | true",
        "<-loopback>                 | http  | localhost           | 80   | false",
        "''                          | http  | intranet            | 80   | false",
        "host*.test                  | http  | host42.test         | 80   | true",
        "[::1]                       | http  | [::1]               | 80   | true",
    })
    void matchesAsWindowsDoes(String list, String scheme, String host, int port, boolean bypassed) {
        assertEquals(bypassed, ProxyBypass.parse(list).matches(scheme, host, port));
    }
}

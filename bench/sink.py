#!/usr/bin/env python3
"""HTTP upload sink for bench/run: reads every byte of each request body, discards it, answers 204.

nginx's `return 204` answers before the body arrives and discards it afterwards, so a client could
finish before the server has read its upload; this sink answers only after the last byte.
usage: sink.py PORT
"""
import socket
import socketserver
import sys

BUFFER = bytearray(1 << 20)


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        sock = self.request
        sock.settimeout(300)
        pending = b""
        view = memoryview(BUFFER)
        while True:
            while b"\r\n\r\n" not in pending:
                chunk = sock.recv(65536)
                if not chunk:
                    return
                pending += chunk
                if len(pending) > 65536:
                    return
            head, _, pending = pending.partition(b"\r\n\r\n")
            headers = {}
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get(b"content-length", b"0"))
            if headers.get(b"expect", b"").lower() == b"100-continue":
                sock.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
            left = length - len(pending)
            pending = b"" if left >= 0 else pending[length:]
            while left > 0:
                n = sock.recv_into(view, min(left, len(BUFFER)))
                if n == 0:
                    return
                left -= n
            sock.sendall(b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    with Server(("127.0.0.1", int(sys.argv[1])), Handler) as server:
        server.serve_forever()

#!/usr/bin/env python3
"""A port-9100 ZPL printer on 127.0.0.1 for the acceptance walks: answers ~HS as ready and the
label counter query (! U1 getvar), and appends every ^XA...^XZ job it receives to OUT, one a line.

    python3 docs/acceptance/zpl-printer.py PORT OUT
"""
import socket
import sys
import threading

port, out = int(sys.argv[1]), sys.argv[2]
HS = b"\x02030,0,0,0320,000,0,0,0,000,0,0,0\x03\r\n\x02001,0,0,0,0,2,6,0,00000000,1,000\x03\r\n\x021234,0\x03\r\n"
count = [0]
lock = threading.Lock()
open(out, "wb").close()


def serve(c):
    buf = b""
    while True:
        d = c.recv(65536)
        if not d:
            break
        buf += d
        while True:
            buf = buf.lstrip(b" \t\r\n")  # a printer skips the whitespace between commands
            if buf.startswith(b"~HS"):
                c.sendall(HS)
                buf = buf[3:]
                continue
            if buf.startswith(b"! U1"):
                nl = buf.find(b"\n")
                if nl < 0:
                    break
                c.sendall(b'"%d"\r\n' % count[0])
                buf = buf[nl + 1:]
                continue
            start = buf.find(b"^XA")
            if start < 0:
                buf = buf[-2:]
                break
            end = buf.find(b"^XZ", start)
            if end < 0:
                buf = buf[start:]
                break
            with lock:
                count[0] += 1
                with open(out, "ab") as f:
                    f.write(buf[start:end + 3] + b"\n")
            buf = buf[end + 3:]


s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", port))
s.listen(8)
while True:
    threading.Thread(target=serve, args=(s.accept()[0],), daemon=True).start()

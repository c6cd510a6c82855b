#!/usr/bin/env python3
"""N long-form Честный ЗНАК marking codes, one per line, GS as ASCII 29: the input of the marks print
benchmark (docs/benchmarks.md). Seeded, so every run writes the same codes. GTIN 04607310980273 is
the demo catalog's PB-7-002; serials are 13 characters of GS1's character set 82, all distinct."""
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
r = random.Random(1000)
set82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
an = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
gs = "\x1d"
seen = set()
out = sys.stdout
while len(seen) < n:
    serial = "".join(r.choice(set82) for _ in range(13))
    if serial in seen:
        continue
    seen.add(serial)
    key = "".join(r.choice(an) for _ in range(4))
    tail = "".join(r.choice(b64) for _ in range(44))
    out.write("0104607310980273" + "21" + serial + gs + "91" + key + gs + "92" + tail + "\n")

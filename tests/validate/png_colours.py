#!/usr/bin/python3
"""png_colours.py FILE X0 X1 RRGGBB...: how many pixels of each colour lie in
columns X0..X1-1 of a PNG screenshot (8-bit RGB/RGBA, not interlaced, as
Chromium writes them).  Prints "RRGGBB COUNT" per colour.  Used by
tests/t_publish.sh to see what a real browser shows (the CSS severity filter)."""
import struct
import sys
import zlib


def rows(path):
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and ctype in (2, 6) and interlace == 0, "unsupported PNG"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    prev = bytearray(stride)
    for y in range(height):
        ftype, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        yield [bytes(line[x * bpp:x * bpp + 3]).hex() for x in range(width)]
        prev = line


def main(argv):
    path, x0, x1, colours = argv[1], int(argv[2]), int(argv[3]), [c.lower() for c in argv[4:]]
    counts = dict.fromkeys(colours, 0)
    for row in rows(path):
        for px in row[x0:x1]:
            if px in counts:
                counts[px] += 1
    for c in colours:
        print(c, counts[c])


if __name__ == "__main__":
    main(sys.argv)

#!/usr/bin/env python3
"""Writes draw.io's two editable export formats from a .drawio file, the way
draw.io writes them, for tmc's tests (tests/drawio-exports/README.md):

  NAME.drawio.svg  an SVG whose root <svg> carries the diagram in its
                   `content` attribute: the <mxfile> XML, escaped as an
                   attribute value, each page compressed as draw.io's
                   "Compressed" option does (base64 of raw deflate of the
                   URL-encoded page XML);
  NAME.drawio.png  a PNG (a small grey picture) with a tEXt chunk keyed
                   `mxfile` holding the URL-encoded <mxfile> XML, pages left
                   uncompressed (draw.io's default since 2020);
  NAME.ztxt.drawio.png  the same diagram as older exports wrote it: a zTXt
                   chunk keyed `mxGraphModel` holding the page's URL-encoded
                   <mxGraphModel>, zlib-compressed.

usage: make.py IN.drawio OUTDIR
"""
import base64, re, struct, sys, zlib
from urllib.parse import quote
from xml.sax.saxutils import quoteattr


def compress_page(xml):
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = raw.compress(quote(xml, safe="~()*!.'").encode()) + raw.flush()
    return base64.b64encode(data).decode()


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def png(text_chunk):
    w, h = 8, 4
    rows = b"".join(b"\0" + b"\x88" * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + text_chunk
            + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def main():
    src, out = sys.argv[1], sys.argv[2]
    name = re.sub(r"\.drawio$", "", src.split("/")[-1])
    text = open(src, encoding="utf-8").read()
    mxfile = re.search(r"<mxfile.*</mxfile>", text, re.S).group(0)
    # Compressed pages, as in the SVG exports of draw.io before 2020.
    def squeeze(m):
        return m.group(1) + compress_page(m.group(2).strip()) + "</diagram>"
    compressed = re.sub(r"(<diagram[^>]*>)(.*?)</diagram>", squeeze, mxfile, flags=re.S)
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
           '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
           '<svg xmlns="http://www.w3.org/2000/svg" '
           'xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="401px" '
           'height="201px" viewBox="-0.5 -0.5 401 201" content=%s>'
           '<defs/><g><rect x="0" y="0" width="400" height="200" fill="#ffffff" '
           'stroke="#000000" pointer-events="all"/></g></svg>\n' % quoteattr(compressed))
    open(f"{out}/{name}.drawio.svg", "w", encoding="utf-8").write(svg)
    text_chunk = chunk(b"tEXt", b"mxfile\0" + quote(mxfile, safe="~()*!.'").encode())
    open(f"{out}/{name}.drawio.png", "wb").write(png(text_chunk))
    model = re.search(r"<mxGraphModel.*</mxGraphModel>", mxfile, re.S).group(0)
    z = chunk(b"zTXt", b"mxGraphModel\0\0" + zlib.compress(quote(model, safe="~()*!.'").encode()))
    open(f"{out}/{name}.ztxt.drawio.png", "wb").write(png(z))


main()

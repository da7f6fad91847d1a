#!/usr/bin/env python3
# Copies the .txt reports of a corpus folder into OUT as UTF-8, decoding the
# ones listed in the folder's charsets.tsv (id, codec) from their charset, so
# that score.py --text OUT can check spans as SPEC.md defines them.
import os
import sys


def main():
    src, out = sys.argv[1], sys.argv[2]
    charsets = {}
    listing = os.path.join(src, "charsets.tsv")
    if os.path.exists(listing):
        with open(listing, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    doc, codec = line.split()
                    charsets[doc] = codec
    os.makedirs(out, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(src, name), "rb") as f:
            data = f.read()
        text = data.decode(charsets.get(name[:-4], "utf-8"))
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()

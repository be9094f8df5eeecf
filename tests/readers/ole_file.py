"""A minimal OLE compound file (version 3: 512-byte sectors, one FAT sector, one directory
sector, streams of 4096 bytes or more so that no mini stream is needed): what a Word 97–2003
`.doc` is a container of. olefile reads these; the tests check that it does."""

from __future__ import annotations

import struct

SECTOR = 512
END_OF_CHAIN = 0xFFFFFFFE
FREE = 0xFFFFFFFF
FAT_SECTOR = 0xFFFFFFFD
NO_STREAM = 0xFFFFFFFF


def _entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", NO_STREAM, right, child) + b"\x00" * 16 + b"\x00" * 4
            + b"\x00" * 16 + struct.pack("<IQ", start, size))


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A compound file with `streams` (at most three, each padded to 4096 bytes)."""
    assert 0 < len(streams) <= 3
    data = [content.ljust(4096, b"\x00") for content in streams.values()]
    fat = [FAT_SECTOR, END_OF_CHAIN]
    starts = []
    for content in data:
        first = len(fat)
        count = -(-len(content) // SECTOR)
        starts.append(first)
        fat += [*range(first + 1, first + count), END_OF_CHAIN]
    fat += [FREE] * (SECTOR // 4 - len(fat))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\x00" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END_OF_CHAIN, 0, END_OF_CHAIN, 0)
              + struct.pack("<I", 0) + struct.pack("<I", FREE) * 108)
    names = list(streams)
    # Siblings as a chain of right pointers (the tree need not be balanced to be read).
    entries = [_entry("Root Entry", 5, 1, NO_STREAM, END_OF_CHAIN, 0)]
    for index, name in enumerate(names):
        right = index + 2 if index + 1 < len(names) else NO_STREAM
        entries.append(_entry(name, 2, NO_STREAM, right, starts[index], len(data[index])))
    entries += [b"\x00" * 64 + struct.pack("<HBB", 0, 0, 0)
                + struct.pack("<III", NO_STREAM, NO_STREAM, NO_STREAM) + b"\x00" * 48]
    entries = entries[:4] + [entries[-1]] * (4 - len(entries[:4]))
    directory = b"".join(entries)
    return (header + struct.pack(f"<{SECTOR // 4}I", *fat) + directory
            + b"".join(data))

#!/usr/bin/env python3
"""Prints the RMS of the difference of two float32 WAV files relative to the RMS of the first (over the common length).

Usage: wavdiff.py A.wav B.wav. Reads the files in chunks; handles only 32-bit float data (what both tools write here).
"""
import array
import math
import struct
import sys


def data_chunk(path):
    f = open(path, 'rb')
    riff = f.read(12)
    if riff[:4] not in (b'RIFF', b'RF64') or riff[8:12] != b'WAVE':
        sys.exit(f'{path}: not a WAV file')
    while True:
        head = f.read(8)
        if len(head) < 8:
            sys.exit(f'{path}: no data chunk')
        cid, size = head[:4], struct.unpack('<I', head[4:])[0]
        if cid == b'fmt ':
            fmt = f.read(size + (size & 1))
            channels, bits = struct.unpack('<H', fmt[2:4])[0], struct.unpack('<H', fmt[14:16])[0]
            if bits != 32:
                sys.exit(f'{path}: expected 32-bit float samples, found {bits}-bit')
        elif cid == b'data':
            return f, channels
        else:
            f.seek(size + (size & 1), 1)


def main():
    fa, ca = data_chunk(sys.argv[1])
    fb, cb = data_chunk(sys.argv[2])
    if ca != cb:
        sys.exit('channel counts differ')
    sum_diff = 0.0
    sum_ref = 0.0
    chunk = 1 << 20
    while True:
        a = array.array('f', fa.read(chunk * 4))
        b = array.array('f', fb.read(chunk * 4))
        n = min(len(a), len(b))
        if n == 0:
            break
        sum_diff += math.fsum((a[i] - b[i]) ** 2 for i in range(n))
        sum_ref += math.fsum(a[i] * a[i] for i in range(n))
        if len(a) != len(b):
            break
    print(f'{math.sqrt(sum_diff / max(sum_ref, 1e-30)):.3e}')


if __name__ == '__main__':
    main()

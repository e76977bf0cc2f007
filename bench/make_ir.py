#!/usr/bin/env python3
"""Writes a deterministic stereo impulse response (decaying noise with a direct peak) as a 32-bit float WAV.

Usage: make_ir.py OUT.wav [SECONDS] [RATE]. Our own synthetic test IR for benchmarks; not a device model.
"""
import array
import math
import random
import struct
import sys


def main():
    out = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    rate = int(sys.argv[3]) if len(sys.argv) > 3 else 48000
    frames = int(round(seconds * rate))
    rng = random.Random(20261125)
    data = array.array('f')
    for i in range(frames):
        t = i / rate
        env = math.exp(-6.9 * t / seconds)  # 60 dB decay over the IR
        left = (0.6 if i == 0 else 0.0) + 0.05 * env * rng.gauss(0, 1)
        right = (0.6 if i == 24 else 0.0) + 0.05 * env * rng.gauss(0, 1)
        data.append(left)
        data.append(right)
    if sys.byteorder != 'little':
        data.byteswap()
    payload = data.tobytes()
    fmt = struct.pack('<HHIIHH', 3, 2, rate, rate * 8, 8, 32)
    with open(out, 'wb') as f:
        f.write(b'RIFF' + struct.pack('<I', 4 + 8 + len(fmt) + 8 + len(payload)) + b'WAVE')
        f.write(b'fmt ' + struct.pack('<I', len(fmt)) + fmt)
        f.write(b'data' + struct.pack('<I', len(payload)) + payload)


if __name__ == '__main__':
    main()

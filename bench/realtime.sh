#!/usr/bin/env bash
# CPU cost of the real-time playback engine: runs it on the null output (no sound card, as fast as the processor
# allows) over a seeded synthetic 48 kHz stereo programme and prints, per scenario, the real-time factor (seconds of
# audio per wall-clock second; it falls when other processes take the cores) and the audio thread's CPU time per
# second of audio (its share of one core when playing in real time; the issue's target is under 5 % for one 1 s
# true-stereo IR at a 256-frame block, under 10 % while crossfading). The first 3 s of audio warm up the JIT and are
# not counted. There is no peer tool that plays through a set of device chains in real time, so these are Earshot's
# own figures, not ratios.
# Usage: bench/realtime.sh [SECONDS] [BLOCK_FRAMES]   (default: 20 s of audio, 256-frame blocks)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-20}"
block="${2:-256}"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

require_tools java

"$root/earshot" --version >/dev/null   # builds the jar if needed, outside the timed runs
jar="$root/target/earshot.jar"

cd "$root"   # the profiles scenario reads playback-profiles/ and impulse-responses/ from here
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for scenario in ir ir-switching profiles profiles-suspended; do
    java -cp "$jar" dev.earshot.playback.RealtimeBench "$scenario" "$seconds" "$block"
done

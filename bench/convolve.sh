#!/usr/bin/env bash
# Times `earshot convolve` (whole process, JVM start included) against ffmpeg's afir filter on the same input in the
# same run: a 4-minute 48 kHz 24-bit stereo master (the demo master looped) and a 1-second stereo float IR.
# Prints the median of RUNS runs of each, the ratio earshot/ffmpeg and the peak resident memory of each.
# Usage: bench/convolve.sh [MASTER.wav] [RUNS]   (default: generated master, 5 runs)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/bench/work"
runs="${2:-5}"
mkdir -p "$work"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

require_tools ffmpeg python3

"$root/earshot" --version >/dev/null   # builds the jar if needed, outside the timed runs
jar="$root/target/earshot.jar"

master="${1:-}"
if [ -z "$master" ]; then
    master="$work/master-4min.wav"
    [ -f "$master" ] || echo "bench: generating a 4-minute 24-bit master from the demo master..." >&2
    four_minute_master "$jar" "$work"
fi
ir="$work/ir-1s-stereo.wav"
[ -f "$ir" ] || python3 "$root/bench/make_ir.py" "$ir" 1.0 48000

run_earshot() { java -jar "$jar" convolve "$master" "$ir" -o "$work/out-earshot.wav" >/dev/null; }
run_ffmpeg() {
    ffmpeg -v error -y -i "$master" -i "$ir" \
        -filter_complex "[0:a]apad=pad_dur=1[a];[a][1:a]afir=gtype=none:irgain=0.5[o]" \
        -map "[o]" -c:a pcm_f32le "$work/out-ffmpeg.wav"
}

# Check the two tools compute the same thing before timing them.
run_earshot
run_ffmpeg
diff=$(python3 "$root/bench/wavdiff.py" "$work/out-earshot.wav" "$work/out-ffmpeg.wav")
echo "relative RMS difference earshot vs ffmpeg: $diff (must be below 1e-4)"
python3 -c "import sys; sys.exit(0 if float('$diff') < 1e-4 else 1)" || {
    echo "bench: the outputs disagree; not timing" >&2
    exit 1
}


export -f run_earshot run_ffmpeg
export master ir work jar
e_times=(); f_times=(); e_rss=0; f_rss=0
for ((i = 1; i <= runs; i++)); do
    read -r t m < <(measure bash -c run_earshot); e_times+=("$t"); ((m > e_rss)) && e_rss=$m
    read -r t m < <(measure bash -c run_ffmpeg); f_times+=("$t"); ((m > f_rss)) && f_rss=$m
done
e_med=$(printf '%s\n' "${e_times[@]}" | median)
f_med=$(printf '%s\n' "${f_times[@]}" | median)
echo "input: $(basename "$master"), IR: 1 s stereo float, $runs runs each, $(nproc) cores"
printf 'earshot convolve : median %6.2f s   peak RSS %5d MB\n' "$e_med" $((e_rss / 1024))
printf 'ffmpeg afir      : median %6.2f s   peak RSS %5d MB\n' "$f_med" $((f_rss / 1024))
python3 -c "print(f'ratio earshot/ffmpeg: {$e_med/$f_med:.2f} (target <= 1.0)')"

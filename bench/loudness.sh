#!/usr/bin/env bash
# Cross-checks `earshot loudness` against ffmpeg's ebur128 filter (peak=true) on the demo master and generated
# signals (pink noise, a 5.1 file, a 44.1 kHz file), then times both on a 4-minute 48 kHz 24-bit stereo file in the
# same run (median of RUNS whole-process runs each, JVM start included) and prints the ratio earshot/ffmpeg.
# Usage: bench/loudness.sh [RUNS]   (default 5)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/bench/work"
runs="${1:-5}"
mkdir -p "$work"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

require_tools ffmpeg python3

"$root/earshot" --version >/dev/null   # builds the jar if needed, outside the timed runs
jar="$root/target/earshot.jar"

demo="$work/demo-master.wav"
demo_master "$jar" "$work"
pink="$work/pink-noise.wav"
[ -f "$pink" ] || ffmpeg -v error -y -f lavfi -i "anoisesrc=color=pink:amplitude=0.25:seed=7:sample_rate=48000:duration=60" \
    -af "aformat=channel_layouts=stereo" -c:a pcm_s24le "$pink"
surround="$work/surround-5.1.wav"
[ -f "$surround" ] || ffmpeg -v error -y \
    -f lavfi -i "sine=frequency=440:sample_rate=48000:duration=30" \
    -f lavfi -i "sine=frequency=660:sample_rate=48000:duration=30" \
    -f lavfi -i "anoisesrc=color=pink:amplitude=0.2:seed=3:sample_rate=48000:duration=30" \
    -f lavfi -i "sine=frequency=50:sample_rate=48000:duration=30" \
    -f lavfi -i "anoisesrc=color=white:amplitude=0.1:seed=4:sample_rate=48000:duration=30" \
    -f lavfi -i "anoisesrc=color=brown:amplitude=0.3:seed=5:sample_rate=48000:duration=30" \
    -filter_complex "[0:a][1:a][2:a][3:a][4:a][5:a]join=inputs=6:channel_layout=5.1[o]" -map "[o]" \
    -c:a pcm_s24le "$surround"
cd44="$work/demo-44k1.wav"
[ -f "$cd44" ] || ffmpeg -v error -y -i "$demo" -af "aresample=44100:resampler=soxr:precision=28" \
    -c:a pcm_s24le "$cd44"
long="$work/master-4min.wav"
[ -f "$long" ] || ffmpeg -v error -y -stream_loop 6 -i "$demo" -t 240 -c:a pcm_s24le "$long"

echo "Cross-check (tolerances: I 0.1 LU, LRA 0.1 LU, true peak 0.2 dB)"
printf '%-18s %9s %9s %9s   %9s %9s %9s   %s\n' file "I" "LRA" "TP" "ff I" "ff LRA" "ff TP" verdict
all_ok=1
for f in "$demo" "$pink" "$surround" "$cd44"; do
    ours=$(java -jar "$jar" loudness --json "$f" | python3 -c "
import json, sys
r = json.load(sys.stdin)[0]
print(r['integratedLufs'], r['loudnessRangeLu'], r['truePeakDbtp'])")
    theirs=$(ffmpeg -nostats -hide_banner -i "$f" -af ebur128=peak=true -f null - 2>&1 | python3 -c "
import re, sys
text = sys.stdin.read()
summary = text[text.rfind('Summary:'):]
i = re.search(r'I:\s+(-?[\d.]+) LUFS', summary).group(1)
lra = re.search(r'LRA:\s+(-?[\d.]+) LU', summary).group(1)
tp = re.search(r'True peak:\s+Peak:\s+(-?[\d.]+|-inf) dBFS', summary).group(1)
print(i, lra, tp)")
    verdict=$(python3 -c "
o = [float(x) for x in '$ours'.split()]; t = [float(x) for x in '$theirs'.split()]
ok = abs(o[0]-t[0]) <= 0.1 and abs(o[1]-t[1]) <= 0.1 and abs(o[2]-t[2]) <= 0.2
print('agree' if ok else 'DISAGREE')")
    [ "$verdict" = agree ] || all_ok=0
    read -r a b c <<<"$ours"; read -r d e g <<<"$theirs"
    printf '%-18s %9s %9s %9s   %9s %9s %9s   %s\n' "$(basename "$f")" "$a" "$b" "$c" "$d" "$e" "$g" "$verdict"
done


e_times=(); f_times=(); e_rss=0; f_rss=0
for ((i = 1; i <= runs; i++)); do
    read -r t m < <(measure java -jar "$jar" loudness "$long"); e_times+=("$t"); ((m > e_rss)) && e_rss=$m
    read -r t m < <(measure ffmpeg -nostats -i "$long" -af ebur128=peak=true -f null -); f_times+=("$t")
    ((m > f_rss)) && f_rss=$m
done
e_med=$(printf '%s\n' "${e_times[@]}" | median)
f_med=$(printf '%s\n' "${f_times[@]}" | median)
echo
echo "Timing on $(basename "$long") (4 min, 48 kHz, 24-bit stereo), $runs runs each, $(nproc) cores"
printf 'earshot loudness        : median %6.2f s   peak RSS %5d MB\n' "$e_med" $((e_rss / 1024))
printf 'ffmpeg ebur128=peak=true: median %6.2f s   peak RSS %5d MB\n' "$f_med" $((f_rss / 1024))
python3 -c "print(f'ratio earshot/ffmpeg: {$e_med/$f_med:.2f} (target <= 0.6)')"
[ "$all_ok" -eq 1 ] || { echo "bench: the cross-check disagrees beyond tolerance" >&2; exit 1; }

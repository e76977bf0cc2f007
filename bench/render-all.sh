#!/usr/bin/env bash
# Times `earshot render --all` (every shipped profile: impulse response plus each device's non-linear stages, road
# noise and listening level) against what a user would script with ffmpeg: one ffmpeg process per profile doing the
# same impulse-response convolution with afir (true-stereo IRs as four afir paths summed). Same 4-minute 48 kHz
# 24-bit stereo master, same run; median of RUNS whole-command runs each; prints the ratio and peak memory.
# ffmpeg does less work here (no device stages, no level matching), so the ratio is conservative for Earshot. A
# second Earshot line renders with --no-level-match: one pass per profile, as ffmpeg does, instead of a measuring pass
# kept in memory or a temporary file and a second pass that writes the level-matched file.
# Usage: bench/render-all.sh [RUNS]   (default 3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/bench/work"
runs="${1:-3}"
mkdir -p "$work"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

profile_bench_setup "$root" "$work"

ffmpeg_all() {
    local irs
    mapfile -t irs < "$work/irs.list"
    local out="$work/ffmpeg-renders"
    mkdir -p "$out"
    local i=0
    for ir in "${irs[@]}"; do
        ffmpeg -v error -y -i "$master" -i "$ir" -filter_complex "$(afir_graph "$ir")" -map "[o]" -c:a pcm_s24le \
            "$out/$i.wav"
        i=$((i + 1))
    done
}
earshot_all() { java -jar "$jar" render "$master" --all -o "$work/earshot-renders" >/dev/null; }
earshot_raw() { java -jar "$jar" render "$master" --all --no-level-match -o "$work/earshot-renders" >/dev/null; }


export -f earshot_all earshot_raw ffmpeg_all afir_graph
export master work jar
e_times=(); r_times=(); f_times=(); e_rss=0; r_rss=0; f_rss=0
for ((i = 1; i <= runs; i++)); do
    read -r t m < <(measure bash -c earshot_all); e_times+=("$t"); ((m > e_rss)) && e_rss=$m
    read -r t m < <(measure bash -c earshot_raw); r_times+=("$t"); ((m > r_rss)) && r_rss=$m
    read -r t m < <(measure bash -c ffmpeg_all); f_times+=("$t"); ((m > f_rss)) && f_rss=$m
done
e_med=$(printf '%s\n' "${e_times[@]}" | median)
r_med=$(printf '%s\n' "${r_times[@]}" | median)
f_med=$(printf '%s\n' "${f_times[@]}" | median)
echo "input: 4-minute 48 kHz 24-bit stereo master, $profile_count profiles, $runs runs each, $(nproc) cores"
echo "runs: earshot ${e_times[*]} s; --no-level-match ${r_times[*]} s; ffmpeg ${f_times[*]} s"
printf 'earshot render --all     : median %6.2f s   peak RSS %5d MB\n' "$e_med" $((e_rss / 1024))
printf '  ... --no-level-match   : median %6.2f s   peak RSS %5d MB\n' "$r_med" $((r_rss / 1024))
printf 'ffmpeg afir, one per IR  : median %6.2f s   peak RSS %5d MB (largest single process)\n' "$f_med" \
    $((f_rss / 1024))
python3 -c "print(f'ratio earshot/ffmpeg: {$e_med/$f_med:.2f} (target <= 0.5); without level matching {$r_med/$f_med:.2f}')"

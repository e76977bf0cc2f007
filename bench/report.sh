#!/usr/bin/env bash
# Times a full `earshot report` (every shipped profile; HTML, PDF and JSON; release and MP3 codec previews) against
# what a user would script with ffmpeg for only part of it: one ffmpeg process per profile doing the same
# impulse-response convolution (afir; true-stereo IRs as four afir paths summed, as bench/render-all.sh does) and
# measuring the result with ebur128 (integrated, range, true peak), plus one ebur128 pass on the master. Same 4-minute
# 48 kHz 24-bit stereo master as render-all.sh; median of RUNS whole-command runs each; prints the ratio and peak memory.
# ffmpeg does much less here (no spectra, no device stages, no charts, no codec preview), so the ratio is
# conservative for Earshot.
# Usage: bench/report.sh [RUNS]   (default 3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/bench/work"
runs="${1:-3}"
mkdir -p "$work"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

profile_bench_setup "$root" "$work"

ffmpeg_report() {
    local irs
    mapfile -t irs < "$work/irs.list"
    ffmpeg -v info -nostats -i "$master" -af ebur128=peak=true -f null - 2>&1 | grep -A12 'Summary:' >/dev/null
    for ir in "${irs[@]}"; do
        local graph
        graph=$(afir_graph "$ir" "ebur128=peak=true")
        ffmpeg -v info -nostats -i "$master" -i "$ir" -filter_complex "$graph" -map "[o]" -f null - 2>&1 \
            | grep -A12 'Summary:' >/dev/null
    done
}
earshot_report() {
    rm -rf "$work/earshot-report"
    java -jar "$jar" report "$master" -o "$work/earshot-report" >/dev/null
}

export -f earshot_report ffmpeg_report afir_graph
export master work jar
e_times=(); f_times=(); e_rss=0; f_rss=0
for ((i = 1; i <= runs; i++)); do
    read -r t m < <(measure bash -c earshot_report); e_times+=("$t"); ((m > e_rss)) && e_rss=$m
    read -r t m < <(measure bash -c ffmpeg_report); f_times+=("$t"); ((m > f_rss)) && f_rss=$m
done
e_med=$(printf '%s\n' "${e_times[@]}" | median)
f_med=$(printf '%s\n' "${f_times[@]}" | median)
echo "input: 4-minute 48 kHz 24-bit stereo master, $profile_count profiles, $runs runs each, $(nproc) cores"
echo "runs: earshot ${e_times[*]} s; ffmpeg ${f_times[*]} s"
printf 'earshot report (html,pdf,json) : median %6.2f s   peak RSS %5d MB\n' "$e_med" $((e_rss / 1024))
printf 'ffmpeg afir+ebur128, per IR    : median %6.2f s   peak RSS %5d MB (largest single process)\n' "$f_med" \
    $((f_rss / 1024))
python3 -c "print(f'ratio earshot/ffmpeg: {$e_med/$f_med:.2f} (target <= 0.5)')"

# Shared by the bench/ scripts: tool checks, whole-process timing and the median.

# require_tools TOOL...: stop with an install hint if a tool or /usr/bin/time is missing.
require_tools() {
    local tool
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "bench: '$tool' is missing; install it (Debian/Ubuntu: sudo apt-get install ffmpeg python3)" >&2
            exit 2
        fi
    done
    if [ ! -x /usr/bin/time ]; then
        echo "bench: /usr/bin/time is missing; install it (Debian/Ubuntu: sudo apt-get install time)" >&2
        exit 2
    fi
}

# measure COMMAND...: run it once under /usr/bin/time and print "wall_seconds peak_rss_kb".
# Shell functions can be measured as `measure bash -c NAME` after `export -f NAME` and exporting their variables.
measure() {
    local tmp wall rss
    tmp=$(mktemp)
    /usr/bin/time -v -o "$tmp" "$@" >/dev/null 2>&1
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp")
    rm -f "$tmp"
    python3 -c "
w='$wall'.split(':'); s=sum(float(x)*60**i for i,x in enumerate(reversed(w))); print(f'{s:.3f} $rss')"
}

# median: the median of the numbers on stdin, one per line.
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# demo_master JAR WORK: writes WORK/demo-master.wav once (the master only: its report is not needed here).
demo_master() {
    [ -f "$2/demo-master.wav" ] || java -jar "$1" demo -o "$2" --no-report >/dev/null
}

# four_minute_master JAR WORK: writes WORK/master-4min.wav once (the demo master looped to 4 minutes, 24-bit).
four_minute_master() {
    if [ ! -f "$2/master-4min.wav" ]; then
        demo_master "$1" "$2"
        ffmpeg -v error -y -stream_loop 6 -i "$2/demo-master.wav" -t 240 -c:a pcm_s24le "$2/master-4min.wav"
    fi
}

# profile_irs ROOT: the impulse-response file of every shipped profile, one path per line.
profile_irs() {
    local p
    for p in "$1"/playback-profiles/*.json; do
        echo "$1/impulse-responses/$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['impulseResponse'])" "$p")"
    done
}

# afir_graph IR [FILTER]: an ffmpeg filter graph convolving input 0 with IR (input 1) into [o], then FILTER if given;
# a 4-channel (true-stereo) IR runs as four afir paths summed, as Earshot routes it.
afir_graph() {
    local ch tail graph
    ch=$(ffprobe -v error -select_streams a:0 -show_entries stream=channels -of csv=p=0 "$1")
    tail=${2:+,$2}
    if [ "$ch" = 4 ]; then
        graph="[0:a]channelsplit=channel_layout=stereo[L][R];[L]asplit[L1][L2];[R]asplit[R1][R2];"
        graph+="[1:a]channelsplit=channel_layout=4.0[LL][LR][RL][RR];"
        graph+="[L1][LL]afir=gtype=none[a];[L2][LR]afir=gtype=none[b];"
        graph+="[R1][RL]afir=gtype=none[c];[R2][RR]afir=gtype=none[d];"
        graph+="[a][c]amix=inputs=2:normalize=0[oL];[b][d]amix=inputs=2:normalize=0[oR];"
        graph+="[oL][oR]join=inputs=2:channel_layout=stereo${tail}[o]"
    else
        graph="[0:a][1:a]afir=gtype=none${tail}[o]"
    fi
    echo "$graph"
}

# profile_bench_setup ROOT WORK: the common set-up of the benchmarks over every shipped profile. Checks the tools,
# builds the jar outside the timed runs, writes the 4-minute master and WORK/irs.list, and sets jar, master and
# profile_count.
profile_bench_setup() {
    require_tools ffmpeg ffprobe python3
    "$1/earshot" --version >/dev/null   # builds the jar if needed, outside the timed runs
    jar="$1/target/earshot.jar"
    master="$2/master-4min.wav"
    four_minute_master "$jar" "$2"
    local profiles=("$1"/playback-profiles/*.json)
    profile_count=${#profiles[@]}
    profile_irs "$1" > "$2/irs.list"
}

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

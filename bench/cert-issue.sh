#!/usr/bin/env bash
# Measures the wall time of `njalla cert issue` (whole process, JVM start included) against
# a local Pebble (PEBBLE_VA_NOSLEEP=1, no nonce rejection, no authorization reuse) and the
# Njalla emulator, for 1, 3 (apex, wildcard, www) and 50 names, with no and with a 5 s
# emulator propagation delay. Also counts the Njalla API calls per certificate through a
# counting proxy. Prints a Markdown report on standard output.
#
# Environment: RUNS (timed runs per case, default 5), DELAYS (default "0 5"),
# SIZES (default "1 3 50"), INTERVAL (propagation poll interval, default 250ms).
set -euo pipefail

project_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$project_dir"
# shellcheck source=../scripts/lib/pebble-env.sh
source scripts/lib/pebble-env.sh
# shellcheck source=../scripts/lib/emulator-env.sh
source scripts/lib/emulator-env.sh

RUNS=${RUNS:-5}
DELAYS=${DELAYS:-"0 5"}
SIZES=${SIZES:-"1 3 50"}
INTERVAL=${INTERVAL:-250ms}
NJALLA="$project_dir/scripts/njalla"
export NJALLA

work=$(mktemp -d)
proxy_pid=
cleanup() {
    [[ -n "$proxy_pid" ]] && kill "$proxy_pid" 2>/dev/null || true
    pebble_stop
    emulator_stop
    rm -rf "$work"
}
trap cleanup EXIT

names() {
    case $1 in
        1) echo "-d example.com" ;;
        3) echo "-d example.com -d *.example.com -d www.example.com" ;;
        *) local args="-d example.com" i
           for (( i = 1; i < $1; i++ )); do args+=" -d host$i.example.com"; done
           echo "$args" ;;
    esac
}

issue() {
    local api=$1 size=$2
    # shellcheck disable=SC2046 # names() returns separate words on purpose.
    set -f
    $NJALLA cert issue $(names "$size") \
        --server "$PEBBLE_DIRECTORY_URL" --ca-cert "$PEBBLE_CA_CERT" \
        --agree-tos --email bench@example.com \
        --api-url "$api" --token-file "$EMULATOR_TOKEN_FILE" \
        --nameserver "$EMULATOR_DNS" --propagation-interval "$INTERVAL" \
        --state-dir "$work/state" --out "$work/out" > "$work/issue.log" 2>&1 \
        || { set +f; cat "$work/issue.log" >&2; return 1; }
    set +f
}

seconds_now() {
    date +%s.%N
}

# Prints median, min and max of the arguments with two decimals.
stats() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%.2f | %.2f | %.2f", m, v[1], v[NR] }'
}

start_servers() {
    emulator_start "$work/emulator" --domains example.com --propagation-delay "$1s"
    pebble_start "$work/pebble" "$EMULATOR_DNS" PEBBLE_WFE_NONCEREJECT=0 PEBBLE_AUTHZREUSE=0
    rm -rf "$work/state" "$work/out"
    issue "$EMULATOR_API_URL" 1 # warm-up: registers the account and creates the ACME token
}

stop_servers() {
    pebble_stop
    emulator_stop
}

"$NJALLA" --version > /dev/null # builds the jar if needed
start=$(seconds_now); "$NJALLA" cert show --help > /dev/null; end=$(seconds_now)
jvm_start=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')

# Prints one table row: the statistics of RUNS timed issuances of SIZE names.
timed_row() {
    local size=$1 label=$2 times=() run start end
    for (( run = 0; run < RUNS; run++ )); do
        start=$(seconds_now)
        issue "$EMULATOR_API_URL" "$size"
        end=$(seconds_now)
        times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')")
    done
    echo "| $size | $label | $(stats "${times[@]}") | $RUNS |"
}

echo "| names | propagation delay | median s | min s | max s | runs |"
echo "|---|---|---|---|---|---|"
for delay in $DELAYS; do
    start_servers "$delay"
    for size in $SIZES; do
        timed_row "$size" "${delay} s"
    done
    stop_servers
done

# The same with a dynamic class-data sharing archive made by one training run, to show
# how much of the time is JVM class loading. scripts/njalla passes NJALLA_JVM_OPTS on.
default_opts="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"
start_servers 0
NJALLA_JVM_OPTS="$default_opts -XX:ArchiveClassesAtExit=$work/cert.jsa" issue "$EMULATOR_API_URL" 3
export NJALLA_JVM_OPTS="$default_opts -XX:SharedArchiveFile=$work/cert.jsa"
for size in $SIZES; do
    timed_row "$size" "0 s, CDS archive"
done
unset NJALLA_JVM_OPTS
stop_servers

echo
echo "| names | Njalla API calls per certificate (warm state) |"
echo "|---|---|"
start_servers 0
proxy_port=$(pebble_free_port)
python3 bench/cert-count-proxy.py "$proxy_port" "$EMULATOR_API_URL" "$work/calls" &
proxy_pid=$!
sleep 0.5
issue "http://127.0.0.1:$proxy_port/api/1/" 1 # the proxy URL gets its own stored token
for size in $SIZES; do
    : > "$work/calls"
    issue "http://127.0.0.1:$proxy_port/api/1/" "$size"
    summary=$(sort "$work/calls" | uniq -c | awk '{ printf "%s%s %s", sep, $2, $1; sep = ", " }')
    echo "| $size | $(wc -l < "$work/calls") ($summary) |"
done
echo
echo "JVM start and command parsing alone (\`njalla cert show --help\`): ${jvm_start} s"

# shellcheck shell=bash
# Starts the Njalla emulator (`njalla emulator`) in the background for scripts/demo and
# bench. Source this file, then:
#
#   emulator_start WORKDIR [EMULATOR OPTION...]   # such as --domains example.com
#   ...use EMULATOR_API_URL, EMULATOR_DNS (HOST:PORT), EMULATOR_TOKEN_FILE (mode 0600)...
#   emulator_stop
#
# NJALLA, when set, is the command that runs njalla (default: scripts/njalla).

emulator_start() {
    local dir=$1
    shift
    local njalla=${NJALLA:-"$(dirname "${BASH_SOURCE[0]}")/../njalla"}
    mkdir -p "$dir"
    rm -f "$dir/emulator.ready"
    # The log contains the ready line, and with it the full-access token.
    local old_umask
    old_umask=$(umask)
    umask 077
    $njalla emulator --ready-file "$dir/emulator.ready" "$@" > "$dir/emulator.log" 2>&1 &
    EMULATOR_PID=$!
    umask "$old_umask"
    local i
    for (( i = 0; i < 600; i++ )); do
        if [[ -s "$dir/emulator.ready" ]]; then
            break
        fi
        if ! kill -0 "$EMULATOR_PID" 2>/dev/null; then
            echo "the emulator exited; its log:" >&2
            cat "$dir/emulator.log" >&2
            return 1
        fi
        sleep 0.1
    done
    local ready
    ready=$(cat "$dir/emulator.ready")
    EMULATOR_API_URL=$(emulator_json_field "$ready" api_url)
    EMULATOR_DNS=$(emulator_json_field "$ready" dns)
    EMULATOR_TOKEN_FILE="$dir/token"
    (umask 077 && emulator_json_field "$ready" token > "$EMULATOR_TOKEN_FILE")
    export EMULATOR_PID EMULATOR_API_URL EMULATOR_DNS EMULATOR_TOKEN_FILE
}

# Prints one string field of a one-line JSON object.
emulator_json_field() {
    sed -n 's/.*"'"$2"'":"\([^"]*\)".*/\1/p' <<< "$1"
}

# Stops the emulator that emulator_start started, if it still runs.
emulator_stop() {
    if [[ -n "${EMULATOR_PID:-}" ]] && kill -0 "$EMULATOR_PID" 2>/dev/null; then
        kill "$EMULATOR_PID" 2>/dev/null || true
        wait "$EMULATOR_PID" 2>/dev/null || true
    fi
    EMULATOR_PID=
}

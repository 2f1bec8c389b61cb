# shellcheck shell=bash
# Starts a local Pebble ACME server (Debian's pebble 2.4.0 package) on loopback for
# scripts/demo and bench. Source this file, then:
#
#   pebble_start WORKDIR DNS_HOST:PORT [NAME=VALUE...]   # extra Pebble environment
#   ...use PEBBLE_DIRECTORY_URL, PEBBLE_CA_CERT, PEBBLE_MANAGEMENT_URL...
#   pebble_stop
#
# Debian's pebble ships no certificate for its own HTTPS listener, so pebble_start
# generates a throw-away CA and a certificate for localhost and 127.0.0.1 with openssl.
# Pebble resolves every name through DNS_HOST:PORT only; PEBBLE_VA_NOSLEEP=1 is set.

# Prints a TCP port on 127.0.0.1 that nothing listens on at the moment.
pebble_free_port() {
    local port
    while :; do
        port=$(( 20000 + RANDOM % 40000 ))
        if ! ss -Htln "sport = :$port" | grep -q .; then
            echo "$port"
            return 0
        fi
    done
}

# Writes tls-ca.pem, tls-cert.pem and tls-key.pem into DIR.
pebble_generate_tls() {
    local dir=$1
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -keyout "$dir/tls-ca.key" -out "$dir/tls-ca.pem" -days 30 \
        -subj "/CN=njalla4j test CA $RANDOM" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
        -keyout "$dir/tls-key.pem" -out "$dir/tls.csr" -subj "/CN=localhost" 2>/dev/null
    printf '%s\n' "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1" \
        "basicConstraints=critical,CA:FALSE" "extendedKeyUsage=serverAuth" \
        > "$dir/tls-ext.cnf"
    openssl x509 -req -in "$dir/tls.csr" -CA "$dir/tls-ca.pem" -CAkey "$dir/tls-ca.key" \
        -CAcreateserial -days 30 -extfile "$dir/tls-ext.cnf" \
        -out "$dir/tls-cert.pem" 2>/dev/null
    chmod 600 "$dir/tls-ca.key" "$dir/tls-key.pem"
}

# Starts Pebble in the background and waits until its directory responds.
pebble_start() {
    local dir=$1 dns=$2
    shift 2
    mkdir -p "$dir"
    pebble_generate_tls "$dir"
    local port mport
    port=$(pebble_free_port)
    mport=$(pebble_free_port)
    cat > "$dir/pebble-config.json" <<JSON
{
  "pebble": {
    "listenAddress": "127.0.0.1:$port",
    "managementListenAddress": "127.0.0.1:$mport",
    "certificate": "$dir/tls-cert.pem",
    "privateKey": "$dir/tls-key.pem",
    "httpPort": $(pebble_free_port),
    "tlsPort": $(pebble_free_port),
    "ocspResponderURL": "",
    "externalAccountBindingRequired": false
  }
}
JSON
    PEBBLE_LOG="$dir/pebble.log"
    env PEBBLE_VA_NOSLEEP=1 "$@" pebble -config "$dir/pebble-config.json" \
        -dnsserver "$dns" -strict=false > "$PEBBLE_LOG" 2>&1 &
    PEBBLE_PID=$!
    PEBBLE_DIRECTORY_URL="https://127.0.0.1:$port/dir"
    PEBBLE_MANAGEMENT_URL="https://127.0.0.1:$mport"
    PEBBLE_CA_CERT="$dir/tls-ca.pem"
    export PEBBLE_PID PEBBLE_LOG PEBBLE_DIRECTORY_URL PEBBLE_MANAGEMENT_URL PEBBLE_CA_CERT
    pebble_await_directory
}

# Waits up to 30 s for the directory; on failure prints Pebble's log and returns 1.
pebble_await_directory() {
    local i
    for (( i = 0; i < 300; i++ )); do
        if curl -sf --cacert "$PEBBLE_CA_CERT" -o /dev/null "$PEBBLE_DIRECTORY_URL"; then
            return 0
        fi
        if ! kill -0 "$PEBBLE_PID" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    echo "pebble did not start at $PEBBLE_DIRECTORY_URL; its log:" >&2
    cat "$PEBBLE_LOG" >&2
    pebble_stop
    return 1
}

# Stops the Pebble process that pebble_start started, if it still runs.
pebble_stop() {
    if [[ -n "${PEBBLE_PID:-}" ]] && kill -0 "$PEBBLE_PID" 2>/dev/null; then
        kill "$PEBBLE_PID" 2>/dev/null || true
        wait "$PEBBLE_PID" 2>/dev/null || true
    fi
    PEBBLE_PID=
}

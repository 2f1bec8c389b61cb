#!/usr/bin/env python3
"""Forwards JSON-RPC POSTs to the Njalla emulator and appends each method name to a file.

Usage: cert-count-proxy.py LISTEN_PORT UPSTREAM_URL COUNT_FILE

bench/cert-issue.sh runs it on 127.0.0.1 to count the API calls of one certificate. The
timed runs do not use it, because the extra hop adds latency.
"""
import json
import sys
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, UPSTREAM, COUNT_FILE = int(sys.argv[1]), sys.argv[2], sys.argv[3]


class Forward(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            method = json.loads(body).get("method", "?")
        except ValueError:
            method = "?"
        with open(COUNT_FILE, "a", encoding="utf-8") as counts:
            counts.write(method + "\n")
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() in ("authorization", "content-type")}
        request = urllib.request.Request(UPSTREAM, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                status, payload = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, payload = error.code, error.read()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Forward).serve_forever()

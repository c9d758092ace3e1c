#!/usr/bin/env bash
# Runs a command with WebKitWebDriver (WebKitGTK's MiniBrowser) available on
# 127.0.0.1:$WEBKIT_DRIVER_PORT, on a virtual X display, and stops both after.
# Usage: scripts/webkit-driver.sh <command...>
set -euo pipefail
port="${WEBKIT_DRIVER_PORT:-4444}"
display=":${WEBKIT_DISPLAY:-99}"

Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
DISPLAY="$display" WebKitWebDriver --port="$port" >/dev/null 2>&1 &
driver_pid=$!
trap 'kill "$driver_pid" "$xvfb_pid" 2>/dev/null || true' EXIT

for _ in $(seq 1 50); do
  if curl -sf "http://127.0.0.1:$port/status" >/dev/null; then break; fi
  sleep 0.2
done
curl -sf "http://127.0.0.1:$port/status" >/dev/null || { echo "WebKitWebDriver did not start on port $port" >&2; exit 1; }

DISPLAY="$display" WEBKIT_DRIVER_PORT="$port" "$@"

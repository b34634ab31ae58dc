#!/bin/sh
# Installs the WASI runtimes that `keel run --runtime ...` and test/runtimes/ use beyond Node:
#   wazero   - go install, pinned, into $(go env GOBIN) or $(go env GOPATH)/bin
#   wasmtime - the Python package (an engine src/run/wasmtime_runner.py drives), pinned
# Idempotent: a runtime already at the pinned version is left alone. Needs only the Go module
# proxy and PyPI (plus go and python3 themselves: apt-get install golang-go python3-pip).
# wasmer is optional and not installed here (curl https://get.wasmer.io -sSfL | sh).
# Keep the versions in step with PINNED in src/run/runtimes.ts.
# Usage: scripts/install-runtimes.sh        (KEEL_PYTHON=/path/to/python3 to pick the python)
set -eu

WAZERO_VERSION=v1.12.0
WASMTIME_PY_VERSION=50.0.1
PYTHON=${KEEL_PYTHON:-python3}
status=0

# ---- wazero ----
if command -v go >/dev/null 2>&1; then
  bindir=$(go env GOBIN)
  [ -n "$bindir" ] || bindir="$(go env GOPATH | cut -d: -f1)/bin"
  have=""
  [ -x "$bindir/wazero" ] && have=$("$bindir/wazero" version 2>/dev/null || true)
  if [ "$have" = "$WAZERO_VERSION" ]; then
    echo "install-runtimes: wazero $WAZERO_VERSION already in $bindir"
  else
    echo "install-runtimes: go install github.com/tetratelabs/wazero/cmd/wazero@$WAZERO_VERSION (was: ${have:-none})"
    go install "github.com/tetratelabs/wazero/cmd/wazero@$WAZERO_VERSION"
    echo "install-runtimes: wazero $("$bindir/wazero" version) installed in $bindir"
  fi
  case ":$PATH:" in
    *":$bindir:"*) ;;
    *) echo "install-runtimes: note: $bindir is not on PATH (Keel finds wazero there anyway; add it for your shell: export PATH=\"\$PATH:$bindir\")" ;;
  esac
else
  echo "install-runtimes: go not found: cannot install wazero (apt-get install golang-go, or https://go.dev/dl/)" >&2
  status=1
fi

# ---- wasmtime (Python package) ----
wasmtime_version() {
  "$PYTHON" -c 'import importlib.metadata as m; print(m.version("wasmtime"))' 2>/dev/null || true
}
if command -v "$PYTHON" >/dev/null 2>&1; then
  have=$(wasmtime_version)
  if [ "$have" = "$WASMTIME_PY_VERSION" ]; then
    echo "install-runtimes: wasmtime $WASMTIME_PY_VERSION (Python package) already installed for $PYTHON"
  else
    echo "install-runtimes: $PYTHON -m pip install wasmtime==$WASMTIME_PY_VERSION (was: ${have:-none})"
    # A Debian system python refuses plain pip installs (PEP 668); fall back to a user install.
    "$PYTHON" -m pip install --quiet "wasmtime==$WASMTIME_PY_VERSION" ||
      "$PYTHON" -m pip install --quiet --user --break-system-packages "wasmtime==$WASMTIME_PY_VERSION"
    have=$(wasmtime_version)
    if [ "$have" = "$WASMTIME_PY_VERSION" ]; then
      echo "install-runtimes: wasmtime $have (Python package) installed for $PYTHON"
    else
      echo "install-runtimes: wasmtime did not install for $PYTHON" >&2
      status=1
    fi
  fi
else
  echo "install-runtimes: $PYTHON not found: cannot install wasmtime (apt-get install python3-pip)" >&2
  status=1
fi

exit $status

#!/usr/bin/env bash
# Build the Dockerfile and check the image it makes, on a machine that can reach PyPI but
# neither Docker Hub nor PyTorch's index (the sandbox Santun is developed in). Needs root, a
# running Docker daemon and debootstrap. What stands in for what is unreachable:
#   python:3.11-slim  -> a Debian bookworm rootfs with its python3.11 in a venv on PATH
#                        (the slim image is bookworm with CPython 3.11 too)
#   PyTorch's index   -> WHEELS, a folder holding torch-2.13.0+cpu, served on loopback
# and the sandbox's proxy certificate authority is added to that stand-in base only.
# Then: the image answers /healthz, /readyz, /v1/check and the page; every process runs as
# the non-root user; the HEALTHCHECK turns healthy; requests in flight when `docker stop`
# sends SIGTERM still get 200 and the container exits 0; the logs hold no reply text.
set -euo pipefail
WHEELS=${WHEELS:-/opt/wheels}
PORT=${PORT:-8000}
WORK=$(mktemp -d)
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cleanup() { docker rm -f santun-image-check >/dev/null 2>&1 || true
            [[ -n ${SERVER:-} ]] && kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

if ! docker image inspect santun-standin/python:3.11-slim >/dev/null 2>&1; then
    debootstrap --variant=minbase --include=python3.11,python3-venv,ca-certificates \
        bookworm "$WORK/rootfs" http://deb.debian.org/debian >"$WORK/debootstrap.log"
    tar -C "$WORK/rootfs" -c . | docker import - santun-standin/bookworm >/dev/null
    mkdir "$WORK/base" && cp /etc/ssl/certs/ca-certificates.crt "$WORK/base/"
    cat >"$WORK/base/Dockerfile" <<'BASE'
FROM santun-standin/bookworm
ENV LANG=C.UTF-8 PATH=/usr/local/py/bin:$PATH PIP_CERT=/etc/ssl/certs/ca-certificates.crt
RUN python3.11 -m venv /usr/local/py && ln -s /usr/local/py/bin/python /usr/local/bin/python
COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
BASE
    docker build -q -t santun-standin/python:3.11-slim "$WORK/base" >/dev/null
fi

python3 -m http.server 8765 --bind 127.0.0.1 --directory "$WHEELS" >/dev/null 2>&1 &
SERVER=$!
docker build --network=host -t santun:check \
    --build-arg PYTHON_IMAGE=santun-standin/python:3.11-slim \
    --build-arg TORCH_SOURCE="--find-links http://127.0.0.1:8765/" "$ROOT"

docker run -d --name santun-image-check --network=host santun:check >/dev/null
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/healthz"; echo
curl -sf "http://127.0.0.1:$PORT/readyz"; echo
curl -sf -o /dev/null -w "page %{http_code}\n" "http://127.0.0.1:$PORT/"
curl -sf -X POST "http://127.0.0.1:$PORT/v1/check" -H 'content-type: application/json' \
    -d '{"text":"Makanya baca dulu pengumumannya!!! Air mati sampai jam 4 sore."}' \
    | python3 -c 'import json,sys; r=json.load(sys.stdin); print("check", r["label"], r["suggestion"]["passes"])'
uids=$(docker exec santun-image-check sh -c 'grep -h "^Uid:" /proc/[0-9]*/status' | cut -f2 | sort -u)
echo "process uids: $uids"; [[ $uids == 10001 ]]
for _ in $(seq 60); do
    health=$(docker inspect --format '{{.State.Health.Status}}' santun-image-check)
    [[ $health != starting ]] && break; sleep 2
done
echo "health: $health"; [[ $health == healthy ]]

python3 - "$WORK/batch.json" <<'PY'
import json, sys
items = [{"text": f"Makanya baca dulu sblm komplain!!! Air mati sampai jam {i % 12 + 1}."}
         for i in range(100)]
json.dump({"items": items}, open(sys.argv[1], "w"))
PY
pids=()
for k in 1 2 3 4; do
    curl -s -o "$WORK/out$k.json" -w "%{http_code}\n" -X POST \
        "http://127.0.0.1:$PORT/v1/check/batch" -H 'content-type: application/json' \
        -d @"$WORK/batch.json" >"$WORK/code$k" &
    pids+=($!)
done
sleep 0.15
docker stop santun-image-check >/dev/null
wait "${pids[@]}"
cat "$WORK"/code*
[[ $(cat "$WORK"/code* | sort -u) == 200 ]]
echo "exit code: $(docker inspect --format '{{.State.ExitCode}}' santun-image-check)"
[[ $(docker inspect --format '{{.State.ExitCode}}' santun-image-check) == 0 ]]
! docker logs santun-image-check 2>&1 | grep -q -i "makanya"
echo "image check passed"

#!/usr/bin/env python3
"""java -jar <jar> (no extra JVM flags) to the mock's first real answer: starts the jar, polls every 10 ms a TCP connect +
HTTP GET of a status read until the documented 404 "Job not found" comes back (not WireMock's answer before the LTX routes
are in), stops it. With several jars the runs alternate between them (jar A, jar B, jar A, ...) so that a machine whose
load changes over time is shared fairly. Loopback only; stops what it starts.
Usage: python3 benchmarks/first-answer.py [--runs N (default 5)] [--port P (default 18111)] <jar> [<jar> ...]"""
import argparse, socket, statistics, subprocess, sys, time

ap = argparse.ArgumentParser()
ap.add_argument("--runs", type=int, default=5)
ap.add_argument("--port", type=int, default=18111)
ap.add_argument("jars", nargs="+")
args = ap.parse_args()
req = (b"GET /v1/ltxstudio/assets/x HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer user:12345-mock\r\n"
       b"Connection: close\r\n\r\n")

def answered(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
            s.sendall(req)
            data = b""
            while True:
                chunk = s.recv(4096)
                if not chunk:
                    break
                data += chunk
            return data.startswith(b"HTTP/1.1 404") and b"Job not found" in data
    except OSError:
        return False

def run(jar, port):
    t0 = time.monotonic()
    p = subprocess.Popen(["java", "-jar", jar, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not answered(port):
            if p.poll() is not None:
                sys.exit("server exited with %d" % p.returncode)
            time.sleep(0.01)
        return (time.monotonic() - t0) * 1000
    finally:
        p.terminate()
        p.wait()

times = {jar: [] for jar in args.jars}
for i in range(args.runs):
    order = args.jars if i % 2 == 0 else list(reversed(args.jars))
    for jar in order:
        ms = run(jar, args.port)
        times[jar].append(ms)
        print("run=%d jar=%s first_answer_ms=%.0f" % (i + 1, jar, ms), flush=True)
for jar, t in times.items():
    print("jar=%s median_ms=%.0f min_ms=%.0f max_ms=%.0f runs=%s" % (jar, statistics.median(t), min(t), max(t),
          ",".join("%.0f" % x for x in t)))

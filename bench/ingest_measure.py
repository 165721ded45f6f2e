"""Run one command; print its wall time and the peak RSS of its largest process as JSON."""
import json
import resource
import subprocess
import sys
import time

if __name__ == "__main__":
    started = time.monotonic()
    proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"seconds": time.monotonic() - started, "peak_mb": peak_kb / 1024,
                      "rc": proc.returncode, "stderr": proc.stderr[:4000]}))

"""Run one command; print as JSON its wall time, the CPU time of all its processes (workers
included) and the peak RSS of its largest process."""
import json
import resource
import subprocess
import sys
import time

if __name__ == "__main__":
    started = time.monotonic()
    proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # every waited-for descendant
    print(json.dumps({"seconds": time.monotonic() - started, "peak_mb": usage.ru_maxrss / 1024,
                      "cpu_seconds": usage.ru_utime + usage.ru_stime,
                      "rc": proc.returncode, "stderr": proc.stderr[:4000]}))

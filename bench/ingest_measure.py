"""Run one command; print as JSON its wall time, the CPU time of all its processes (workers
included) and the peak RSS of its largest process.

Every process of the command's tree is sampled from /proc (psutil) every SAMPLE seconds: its
CPU time so far and its VmHWM (the kernel's own high-water mark of its RSS, so the peak is
exact even between samples). A process that is not a waited-for child (a Dask worker forked by
a forkserver) is counted too, which RUSAGE_CHILDREN would miss; for the waited-for ones the
larger of the two readings is kept, so CPU time after the last sample is not lost either.
"""
import json
import resource
import subprocess
import sys
import tempfile
import time

import psutil

SAMPLE = 0.1


def _sample(root: psutil.Process, cpu: dict, peak: dict) -> None:
    try:
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return
    for p in procs:
        try:
            with p.oneshot():
                t = p.cpu_times()
                key = (p.pid, p.create_time())
                cpu[key] = t.user + t.system
                peak[key] = max(peak.get(key, 0), _hwm_kib(p.pid))
        except (psutil.Error, OSError):
            continue


def _hwm_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


if __name__ == "__main__":
    err = tempfile.TemporaryFile(mode="w+")   # not a pipe: a full pipe would block the run
    started = time.monotonic()
    proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=err, text=True)
    root = psutil.Process(proc.pid)
    cpu: dict = {}
    peak: dict = {}
    while proc.poll() is None:
        _sample(root, cpu, peak)
        time.sleep(SAMPLE)
    seconds = time.monotonic() - started
    err.seek(0)
    stderr = err.read()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # every waited-for descendant
    waited = usage.ru_utime + usage.ru_stime
    print(json.dumps({"seconds": seconds,
                      "peak_mb": max([usage.ru_maxrss, *peak.values()]) / 1024,
                      "cpu_seconds": max(waited, sum(cpu.values())),
                      "rc": proc.returncode, "stderr": stderr[:4000]}))

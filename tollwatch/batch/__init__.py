"""The distributed runner: the same `read_article` on dask.distributed workers.

`run_batch(paths, settings=..., workers=2)` starts a LocalCluster (processes), or joins a
running scheduler by address; results stream back as they complete into the store through one
writer in this process.
"""
from .runner import run_batch

__all__ = ["run_batch"]

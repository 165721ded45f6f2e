"""Union-find over ids: the root of each group is its member of smallest rank."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class UnionFind:
    def __init__(self, rank: Mapping[str, Any]):
        self.parent: dict[str, str] = {k: k for k in rank}
        self.rank = rank

    def find(self, a: str) -> str:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.rank[rb] < self.rank[ra]:
            ra, rb = rb, ra
        self.parent[rb] = ra

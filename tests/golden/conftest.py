"""`--update-golden`: write the program's actual readings to tests/golden/actual/ for review.

It never touches tests/golden/expected/: expectations are written by hand. The flag is seen when
pytest is pointed at this folder (`pytest tests/golden --update-golden`); the environment
variable TOLLWATCH_UPDATE_GOLDEN=1 does the same from anywhere.
"""
from __future__ import annotations


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="write actual golden outputs to tests/golden/actual/ (never the expected files)")

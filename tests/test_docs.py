"""Docs are part of the product: a command or a setting without docs fails here."""
from dataclasses import fields
from pathlib import Path

from tollwatch.cli import main
from tollwatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def _readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_starts_with_the_two_commands():
    text = _readme()
    block = text.split("```", 2)[1].strip().splitlines()
    assert block == ["make demo", "make test"]


def test_every_command_is_in_the_readme_usage():
    usage = _readme().split("## Usage", 1)[1]
    missing = [name for name in main.list_commands(None) if f"tollwatch {name}" not in usage]
    assert not missing, f"commands without docs in README ## Usage: {missing}"


def test_every_setting_is_documented():
    text = _readme()
    missing = [f.name for f in fields(Settings)
               if f"`{f.name}`" not in text or f"TOLLWATCH_{f.name.upper()}" not in text]
    assert not missing, f"settings without docs in README: {missing}"


def test_every_command_has_help():
    assert all((main.get_command(None, name).help or "").strip() for name in main.list_commands(None))

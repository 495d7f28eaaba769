"""Every setting is described in code and listed in the README's settings table."""

from __future__ import annotations

from pathlib import Path

from service.settings import Settings

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_setting_has_a_description() -> None:
    missing = [name for name, f in Settings.model_fields.items() if not f.description]
    assert not missing, missing


def test_every_setting_is_in_the_readme_table() -> None:
    rows = [
        line
        for line in README.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `RAPPORT_")
    ]
    listed = {row.split("`")[1] for row in rows}
    expected = {f"RAPPORT_{name.upper()}" for name in Settings.model_fields}
    assert listed == expected, (sorted(expected - listed), sorted(listed - expected))

"""What a screen reader meets: the kiosk as a real window under Xvfb on the accessibility bus, its
AT-SPI tree read through Debian's pyatspi as Orca reads it (tests/atspi_probe.py), while a
screen-reader user moves through it by AT-SPI actions alone."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.content.model import Content
from kiosk.content.reader import load_content
from kiosk.files.resources import app_root, content_root
from tests.test_real_window import running_xvfb

SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")


def _pyatspi() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    return subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("dbus-run-session") and LAUNCHER.exists() and _pyatspi()),
        reason="Xvfb, dbus, at-spi2-core and python3-pyatspi are needed (make test installs them)",
    ),
]

ACTIONABLE = {"push button", "toggle button", "radio button", "check box", "link", "page tab"}


@pytest.fixture(scope="module")
def steps(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The tree at each step of a screen-reader user's walk (one kiosk for the whole module)."""
    tmp = tmp_path_factory.mktemp("atspi")
    with running_xvfb() as display:
        yield _walk(tmp, display)


def _walk(tmp: Path, display: str) -> dict[str, Any]:
    runtime = tmp / "run"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "DISPLAY": display,
        "HOME": str(tmp),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_STATE_HOME": str(tmp / "state"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
    }
    out = tmp / "steps.json"
    kiosk = [sys.executable, str(app_root() / "main.py"), "--windowed"]
    probe = Path(__file__).with_name("atspi_probe.py")
    result = subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(probe), str(out), "--", *kiosk],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    steps: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return steps


def _nodes(tree: dict[str, Any], path: tuple[dict[str, Any], ...] = ()) -> Iterator[tuple[dict[str, Any], tuple]]:
    yield tree, path
    for child in tree["children"]:
        yield from _nodes(child, (*path, tree))


def _showing(node: dict[str, Any]) -> bool:
    return "showing" in node["states"]


def _panels_showing(tree: dict[str, Any]) -> list[str]:
    return [n["name"] for n, _ in _nodes(tree) if n["role"] == "panel" and _showing(n)]


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(content_root() / "en")


def test_every_control_on_screen_is_named_and_can_be_pressed(steps: dict[str, Any]) -> None:
    for step in ("overview", "neurostimulators", "references", "compare"):
        controls = [n for n, _ in _nodes(steps[step]) if n["role"] in ACTIONABLE and _showing(n)]
        assert len(controls) > 8, step
        for node in controls:
            assert node["name"].strip(), f"{step}: an unnamed {node['role']}"
            assert "Press" in node["actions"], f"{step}: {node['role']} {node['name']!r} cannot be pressed"


def test_glossary_words_and_citations_are_links(steps: dict[str, Any], content: Content) -> None:
    panels = [n for n, _ in _nodes(steps["neurostimulators"]) if n["role"] == "panel"]
    page = next(n for n in panels if n["name"] == "Neurostimulators")
    links = [n for n, _ in _nodes(page) if n["role"] == "link"]
    names = {n["name"] for n in links}
    assert any(name.startswith("Definition: ") for name in names)
    assert any(name.startswith("Source ") for name in names)
    shorts = {ref.short_name for ref in content.references.items}
    for name in names:
        if name.startswith("Source "):
            assert name.split(": ", 1)[1] in shorts, name
    for node in links:
        assert "focusable" in node["states"]


def test_a_definition_opens_as_a_dialog_with_focus_inside(steps: dict[str, Any]) -> None:
    step = steps["definition"]
    dialogs = [n for n, _ in _nodes(step["tree"]) if n["role"] == "dialog" and _showing(n)]
    assert len(dialogs) == 1 and dialogs[0]["name"]
    assert step["term"].lower() in dialogs[0]["description"].lower() or dialogs[0]["description"]
    assert step["focus"] in ("push button:Close", "push button:Listen")


def test_states_are_told(steps: dict[str, Any]) -> None:
    tabs = [n for n, _ in _nodes(steps["neurostimulators"]) if n["role"] == "page tab"]
    assert [n["name"] for n in tabs if "selected" in n["states"]] == ["Neurostimulators"]
    assert all("selectable" in n["states"] for n in tabs)
    faq = steps["faq_open"]
    rows = [n for n, _ in _nodes(faq["tree"]) if "expandable" in n["states"] and _showing(n)]
    assert rows
    assert [n["name"] for n in rows if "expanded" in n["states"]] == [faq["question"]]
    add = [n for n, _ in _nodes(faq["tree"]) if n["name"].startswith("Add to my list: ") and _showing(n)]
    assert add and all("checkable" in n["states"] for n in add)
    assert add[0]["name"] == f"Add to my list: {faq['question']}"
    headings = [n for n, _ in _nodes(steps["overview"]) if n["role"] == "heading" and _showing(n)]
    assert len(headings) >= 2 and all(n["name"] for n in headings)
    # The FAQ's topics are headings a screen reader can jump between, in screen order, and no
    # heading on the page is empty.
    content = load_content(content_root() / "en")
    faq_headings = [
        n["name"]
        for n, path in _nodes(faq["tree"])
        if n["role"] == "heading" and any(p["role"] == "panel" and p["name"] == content.faq.title for p in path)
    ]
    assert faq_headings == [content.faq.title, *(topic.name for topic in content.faq.topics)]


def test_screens_out_of_view_or_covered_are_not_shown(steps: dict[str, Any]) -> None:
    assert _panels_showing(steps["overview"]) == ["When pain medicines are not enough"]
    assert _panels_showing(steps["neurostimulators"]) == ["Neurostimulators"]
    assert _panels_showing(steps["references"]) == ["References"]  # the screen under it is hidden
    for step in ("overview", "neurostimulators", "references"):
        for node, path in _nodes(steps[step]):
            hidden_panel = any(p["role"] == "panel" and not _showing(p) for p in path)
            if hidden_panel:
                assert not _showing(node), f"{step}: {node['role']} {node['name']!r} shows on a hidden screen"


def test_decoration_stays_silent(steps: dict[str, Any]) -> None:
    for step in ("overview", "neurostimulators", "references"):
        for node, _ in _nodes(steps[step]):
            if node["role"] == "image" and _showing(node):
                assert node["name"], f"{step}: a picture on screen has no description: decoration must be ignored"
            if node["role"] in ("filler", "unknown") and _showing(node) and not node["name"]:
                # Only the swipe view's slot of a screen (Qt's item views expose their delegates
                # as they please), and all it holds is that screen's named panel.
                assert all(c["role"] == "panel" and c["name"] for c in node["children"]), (
                    f"{step}: an unnamed container holds content"
                )
                assert "focusable" not in node["states"]


def test_the_locale_follows_the_language(steps: dict[str, Any]) -> None:
    """Every object speaks the screen's language, but the language button speaks its own."""
    overview = steps["overview"]
    english = overview["locale"]
    assert english == "en_US"
    spanish = steps["spanish"]
    assert spanish["app_locale"] == "es_US"
    for tree, language, other, button in (
        (overview, english, "es_US", "Español"),
        (spanish["tree"], spanish["app_locale"], english, "English"),
    ):
        locales = {n["name"] if n["role"] == "push button" else "": n["locale"] for n, _ in _nodes(tree)}
        assert locales.pop(button) == other
        assert set(locales.values()) == {language}
    buttons = {n["name"]: n for n, _ in _nodes(spanish["tree"]) if n["role"] == "push button" and _showing(n)}
    assert buttons["English"]["description"] == "Cambiar el idioma"
    english_button = [n for n, _ in _nodes(overview) if n["name"] == "Español"]
    assert english_button[0]["description"] == "Change the language"
    assert "Press" in english_button[0]["actions"] and "focusable" in english_button[0]["states"]


def test_compare_the_two_is_a_table_with_column_and_row_headers(steps: dict[str, Any], content: Content) -> None:
    """Orca meets a table: its two column headings first, then one row per question, each with
    its row heading and one cell per therapy, named by its column."""
    tree = steps["compare"]
    assert "Compare the two" in _panels_showing(tree)
    [table] = [n for n, _ in _nodes(tree) if n["role"] == "table" and n["name"] == content.compare.title]
    rows = [n for n in table["children"] if n["role"] == "table row"]
    heads = [n["name"] for n, _ in _nodes(rows[0]) if n["role"] == "table column header"]
    assert heads == list(content.compare.columns)
    assert [r["name"] for r in rows[1:]] == [row.heading for row in content.compare.rows]
    for node, row in zip(rows[1:], content.compare.rows, strict=True):
        kinds = [(n["role"], n["name"]) for n, _ in _nodes(node) if n["role"] in ("table row header", "table cell")]
        assert kinds == [("table row header", row.heading), *(("table cell", c) for c in content.compare.columns)]

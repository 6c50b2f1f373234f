"""docs/quickstart.ipynb runs top to bottom in a fresh kernel and gives the outputs it was saved with."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "quickstart.ipynb"


def _texts(nb: nbformat.NotebookNode) -> list[str]:
    """The plain-text outputs of every code cell (streams and results), in order."""
    out = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            out.extend(o.get("text") or o.get("data", {}).get("text/plain", "") for o in cell.outputs)
    return out


def test_quickstart_notebook_executes_and_matches_its_saved_outputs():
    saved = nbformat.read(NOTEBOOK, as_version=4)
    fresh = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(fresh, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent.parent)}}).execute()
    assert _texts(fresh) == _texts(saved)
    html = [o["data"]["text/html"] for c in fresh.cells if c.cell_type == "code" for o in c.outputs
            if "text/html" in o.get("data", {})]
    assert any('<mark class="dn-person" title="person: Петер Сийярто' in h for h in html)
    printed = "\n".join(_texts(fresh))
    assert "meeting {'participants': ['Петер Сийярто', 'Мурат Нуртлеу'], 'date': '2026-08-27'" in printed
    assert "Хакан Фидан" in printed and "министр иностранных дел Турции" in printed

"""Render a fixture's ``Document._repr_html_()`` in headless Chromium, in a page themed as JupyterLab's light
or dark theme (its ``--jp-*`` variables and ``data-jp-theme-light``), and save a PNG under docs/img/.

    .venv/bin/python scripts/screenshot.py fixtures/doc_13_astana_visit.txt docs/img/doc_13.png
    .venv/bin/python scripts/screenshot.py fixtures/doc_13_astana_visit.txt docs/img/doc_13_dark.png --theme dark

Needs a Chromium binary (Debian: ``apt-get install chromium``); it runs offline, with a fresh profile.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import diplonlp

THEMES = {
    "light": ("true", "#ffffff", "--jp-content-font-color1:rgba(0,0,0,.87);--jp-content-font-color2:rgba(0,0,0,.54);"
              "--jp-border-color2:#e0e0e0;--jp-layout-color2:#eeeeee"),
    "dark": ("false", "#111111", "--jp-content-font-color1:rgba(255,255,255,1);--jp-content-font-color2:"
             "rgba(255,255,255,.7);--jp-border-color2:#424242;--jp-layout-color2:#424242"),
}
"""JupyterLab's theme variables the view reads: (data-jp-theme-light, page background, variables)."""
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("text", type=Path, help="a UTF-8 text file")
    parser.add_argument("png", type=Path, help="where to save the screenshot")
    parser.add_argument("--size", default="1000,1600", help="window width,height in pixels")
    parser.add_argument("--theme", choices=sorted(THEMES), default="light", help="JupyterLab theme to imitate")
    parser.add_argument("--browser", default=shutil.which("chromium") or shutil.which("chromium-browser"))
    args = parser.parse_args()
    if not args.browser:
        print("no chromium found: install it or pass --browser", file=sys.stderr)
        return 2
    doc = diplonlp.extract(args.text.read_text(encoding="utf-8"))
    light, background, variables = THEMES[args.theme]
    page = (f'<!doctype html><html><head><meta charset="utf-8"></head><body data-jp-theme-light="{light}" '
            f'style="background:{background};{variables};margin:16px">{doc._repr_html_()}</body></html>')
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp, "doc.html")
        html.write_text(page, encoding="utf-8")
        args.png.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([args.browser, *FLAGS, f"--user-data-dir={tmp}/profile", f"--window-size={args.size}",
                        f"--screenshot={args.png.resolve()}", html.as_uri()], check=True, capture_output=True,
                       timeout=120)
    print(f"{args.png}: {len(doc.persons)} persons, {len(doc.relations)} relations")
    return 0


if __name__ == "__main__":
    sys.exit(main())

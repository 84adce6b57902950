"""A real SDC form renderer for the tests: LHC-Forms from the npm registry, served with the
Questionnaire from a local HTTP server and driven in Debian's Chromium by Playwright.

Only the package's prebuilt `dist/` is needed, so the tarball is fetched once (`npm pack`,
or straight from the registry when npm is missing), checked against its published
integrity, and unpacked into a cache folder outside the checkout; nothing is committed.
"""

import base64
import functools
import hashlib
import http.server
import os
import shutil
import subprocess
import tarfile
import tempfile
import threading
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

VERSION = "40.1.3"
INTEGRITY = (
    "sha512-WLruTm+BcVnafC0rSAQ3/cNqhxvclBUxyBG68aub/"
    "uha2NaK9H8ZZcEXTTuORuGzzCt0wa7fvhuieZtcDIdPzQ=="
)
"""The registry's published `dist.integrity` of that version: a changed tarball is refused."""
TARBALL = f"https://registry.npmjs.org/lforms/-/lforms-{VERSION}.tgz"
CHROMIUM_FLAGS = (
    # As root Chromium needs --no-sandbox; the rest keep it off a closed network.
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>intake</title>
<link href="lforms/webcomponent/styles.css" rel="stylesheet"></head>
<body><div id="form"></div>
<script src="lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="lforms/webcomponent/lhc-forms.js"></script>
<script src="lforms/fhir/R4/lformsFHIR.min.js"></script>
</body></html>
"""


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clinic-intake-tests" / f"lforms-{VERSION}"


def _fetch(into: Path) -> Path:
    npm = shutil.which("npm")
    if npm is not None:
        subprocess.run(
            [npm, "pack", f"lforms@{VERSION}", "--silent", "--pack-destination", str(into)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        return into / f"lforms-{VERSION}.tgz"
    target = into / f"lforms-{VERSION}.tgz"
    with urllib.request.urlopen(TARBALL, timeout=300) as answer:
        target.write_bytes(answer.read())
    return target


def lforms_dist() -> Path:
    """The unpacked `dist/lforms` folder, fetched and checked on first use."""
    folder = cache_dir()
    done = folder / "lforms"
    if (done / "webcomponent" / "lhc-forms.js").is_file():
        return done
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with tempfile.TemporaryDirectory(dir=folder) as scratch:
        tarball = _fetch(Path(scratch))
        digest = base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
        if f"sha512-{digest}" != INTEGRITY:
            raise RuntimeError(f"lforms {VERSION}: the tarball's integrity does not match")
        with tarfile.open(tarball) as archive:
            wanted = [m for m in archive.getmembers() if m.name.startswith("package/dist/lforms/")]
            archive.extractall(scratch, members=wanted, filter="data")
        unpacked = Path(scratch) / "package" / "dist" / "lforms"
        if done.exists():
            shutil.rmtree(done)
        unpacked.rename(done)
    return done


@contextmanager
def served_site(questionnaire_json: str) -> Iterator[str]:
    """A local site with the page, LHC-Forms and the Questionnaire; yields its base URL."""
    with tempfile.TemporaryDirectory() as root:
        site = Path(root)
        (site / "lforms").symlink_to(lforms_dist(), target_is_directory=True)
        (site / "index.html").write_text(PAGE, encoding="utf-8")
        (site / "questionnaire.json").write_text(questionnaire_json, encoding="utf-8")

        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                """The tests' output stays readable: requests are not logged."""

        handler = functools.partial(Quiet, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)

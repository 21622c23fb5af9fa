"""Help > About: the version, the licences (the app's, its parts' and each installed model's),
where the app keeps its files, and how to reach IT (from the organisation's policy).

:func:`model_licences` and :func:`about_html` build the text without Qt widgets so they can
be tested; :class:`AboutDialog` shows it in a scrollable, selectable box.
"""

from __future__ import annotations

import html
import logging
import platform
from collections.abc import Sequence
from importlib import metadata
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop import APP_NAME, __version__
from desktop.ui.i18n import QT_TRANSLATE_NOOP, qtr

log = logging.getLogger("desktop.ui.about")

#: the parts the app ships with and their licences (what a licence audit asks for)
COMPONENTS = (
    (
        QT_TRANSLATE_NOOP("about", "Qt for Python (PySide6)"),
        "PySide6_Essentials|PySide6",
        "LGPL-3.0",
    ),
    (QT_TRANSLATE_NOOP("about", "llama.cpp engine (llama-cpp-python)"), "llama_cpp_python", "MIT"),
    (QT_TRANSLATE_NOOP("about", "ctransformers engine"), "ctransformers", "MIT"),
    (QT_TRANSLATE_NOOP("about", "Hugging Face Hub client"), "huggingface_hub", "Apache-2.0"),
    ("psutil", "psutil", "BSD-3-Clause"),
    ("platformdirs", "platformdirs", "MIT"),
)

UNKNOWN_LICENCE = QT_TRANSLATE_NOOP(
    "about", "not known (added from a file): check where it came from before office use"
)


def _version(dists: str) -> str | None:
    """The installed version of the first of ``"a|b"`` that is installed."""
    for dist in dists.split("|"):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return None


def model_licences(installed: Sequence[Any], catalog: Any) -> list[tuple[str, str, str]]:
    """(model name, licence name, licence address or "") for every installed model.

    The licence comes from the curated catalog: by the catalog entry the model was
    downloaded from, else by its Hub repository, else (the built-in starter) the local
    entry. A file added by hand has no known licence, and says so.
    """
    entries = list(catalog.entries) if catalog is not None else []
    by_id = {e.id: e for e in entries}
    by_repo = {e.repo_id: e for e in entries if e.repo_id}
    local = next((e for e in entries if e.is_local), None)
    out: list[tuple[str, str, str]] = []
    for m in installed:
        entry = by_id.get(getattr(m, "catalog_id", None) or "")
        if entry is None and getattr(m, "repo_id", None):
            entry = by_repo.get(m.repo_id)
        if entry is None and getattr(m, "source", "") == "starter":
            entry = local
        if entry is None:
            out.append((m.display_name, qtr("about", UNKNOWN_LICENCE), ""))
        else:
            out.append((m.display_name, entry.license_name, entry.license_url or ""))
    return out


def _folders(services: Any) -> list[tuple[str, str]]:
    from desktop.core import paths

    rows = [
        (qtr("about", "Settings"), str(paths.config_dir())),
        (qtr("about", "Comparison history"), str(services.history_path or paths.data_dir())),
        (qtr("about", "Log files (for IT when something goes wrong)"), str(paths.logs_dir())),
        (qtr("about", "Cache"), str(paths.cache_dir())),
    ]
    try:
        folders = services.settings.models_folders()
    except Exception:  # noqa: BLE001 - the box must open even with odd settings
        folders = []
    for f in reversed(folders):
        rows.insert(1, (qtr("about", "Models"), str(f)))
    return rows


def about_html(services: Any) -> str:
    """The About text as simple HTML (every value escaped)."""
    e = html.escape
    parts = [
        f"<h2>{e(APP_NAME)}</h2>",
        qtr("about", "<p>Version {e} · Python {e2} · {e3}</p>").format(
            e=e(__version__), e2=e(platform.python_version()), e3=e(platform.system())
        ),
        qtr(
            "about",
            "<p>Try small AI language models on this computer, privately: nothing you type "
            "is sent anywhere.</p>",
        ),
    ]
    policy = getattr(services, "policy", None)
    message = getattr(policy, "message", None)
    parts.append(qtr("about", "<h3>Help from your IT team</h3>"))
    if message:
        parts.append(f"<p>{e(message)}</p>")
    else:
        parts.append(
            qtr(
                "about",
                "<p>Your organisation has not added a contact here. Ask whoever set up this "
                "computer; IT can add a contact line with the <i>message</i> field of the "
                "app's policy file.</p>"
            )
        )
    parts.append(qtr("about", "<h3>Where the app keeps its files</h3><table cellpadding='2'>"))
    for label, where in _folders(services):
        parts.append(f"<tr><td><i>{e(label)}</i></td><td>{e(where)}</td></tr>")
    parts.append("</table>")
    parts.append(
        qtr(
            "about",
            "<h3>Licences</h3><p>{e}: Apache-2.0. It uses:</p><ul>"
        ).format(e=e(APP_NAME))
    )
    for label, dist, lic in COMPONENTS:
        version = _version(dist)
        if version is None:
            continue
        parts.append(f"<li>{e(qtr('about', label))} {e(version)}: {e(lic)}</li>")
    parts.append(
        qtr("about", "</ul><p>Models on this computer (each model has its own licence):</p><ul>")
    )
    try:
        from desktop.core.library.catalog import load_catalog

        catalog = load_catalog()
    except Exception:  # noqa: BLE001 - licences of catalog models then read "not known"
        log.info("catalog unavailable for About", exc_info=True)
        catalog = None
    try:
        installed = services.library.list()
    except Exception:  # noqa: BLE001
        log.info("library unavailable for About", exc_info=True)
        installed = []
    for name, lic, url in model_licences(installed, catalog):
        shown = f'<a href="{e(url)}">{e(lic)}</a>' if url else e(lic)
        parts.append(f"<li>{e(name)}: {shown}</li>")
    if not installed:
        parts.append(qtr("about", "<li>No model is installed yet.</li>"))
    parts.append("</ul>")
    return "".join(parts)


class AboutDialog(QDialog):
    """The About box (scrollable; the text can be selected and copied for IT)."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(qtr("AboutDialog", "About {APP_NAME}").format(APP_NAME=APP_NAME))
        self.resize(560, 520)
        lay = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(about_html(services))
        self.text.setAccessibleName(
            qtr("AboutDialog", "About {APP_NAME}").format(APP_NAME=APP_NAME)
        )
        lay.addWidget(self.text, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        close = box.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(qtr("AboutDialog", "Close"))
        lay.addWidget(box)

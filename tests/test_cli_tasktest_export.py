"""``slm-playground test --out RESULTS.docx``: a real run of a small pack on the starter model,
its Word report read back with python-docx (the recommendation, a failing check's reason)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docx

from desktop.core.tasktests.pack import pack_from_dict, save_pack


def test_cli_saves_a_word_report(tmp_path: Path) -> None:
    pack = save_pack(pack_from_dict({
        "name": "Word check", "instructions": "Answer briefly.", "max_tokens": 8,
        "tasks": [
            {"id": "capital", "title": "Capital",
             "prompt": "What is the capital of France? Answer with one word.",
             "checks": [{"kind": "contains", "phrases": ["Paris"]}]},
            {"id": "never", "title": "Impossible phrase", "prompt": "Say hello.",
             "checks": [{"kind": "contains", "phrases": ["zqxv-never-said"]}]},
        ],
    }), tmp_path / "word.json")
    out = tmp_path / "results.docx"
    r = subprocess.run([sys.executable, "-m", "desktop", "test", str(pack), "--model", "starter",
                        "--ctx", "512", "--json", "--out", str(out)],
                       capture_output=True, text=True, timeout=240, env=os.environ.copy())
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Task test: Word check" in text
    assert data["recommendation"] in text
    (result,) = data["results"]
    never = next(t for t in result["tasks"] if t["id"] == "never")
    assert never["passed"] is False
    assert f"Failed: {never['checks'][0]['detail']}" in text
    assert document.tables[0].rows[1].cells[0].text == result["model"]

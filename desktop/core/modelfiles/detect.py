"""Look at a model file and decide which engine can run it, from its content, not its name.

:func:`inspect_model_file` reads the first bytes (the magic) and the header:

* ``GGUF`` -> the llama.cpp engine, if llama.cpp knows ``general.architecture`` (the list comes
  from the ``gguf`` package's ``MODEL_ARCH_NAMES``, which tracks llama.cpp);
* ``ggml``/``ggmf``/``ggjt``/``ggcc`` -> the ctransformers engine, for the model types it runs
  (inferred by :mod:`desktop.core.modelfiles.ggml`);
* anything else gets a plain-language error naming the file and what to do, including friendly
  words for common mix-ups (a ``.safetensors`` or PyTorch checkpoint, a zip, a web page saved
  instead of the download, a Git LFS pointer, a text file).

It never crashes the caller: every problem is a :class:`~desktop.core.errors.ModelFileError`
(or its subclass :class:`~desktop.core.errors.UnsupportedModelError` for real models no engine
here can run).
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import gguf as _gguf

from desktop.core.errors import ModelFileError, SlmError, UnsupportedModelError
from desktop.core.files import NotAFileError, open_regular_file
from desktop.core.i18n import _
from desktop.core.modelfiles.ggml import GGML_MAGICS, MODEL_TYPES, GGMLHeader, read_ggml_header
from desktop.core.modelfiles.gguf import GGUF_MAGIC, read_gguf_header
from desktop.core.modelfiles.gguf_header import GGUFHeader

__all__ = [
    "CTRANSFORMERS_MODEL_TYPES",
    "LLAMA_CPP_ARCHITECTURES",
    "ModelFileInfo",
    "detect_format",
    "inspect_model_file",
]

#: GGUF architectures that are not runnable language models on their own (e.g. image encoders
#: shipped as a separate "mmproj" file).
_NOT_TEXT_MODELS = frozenset({"clip", "mmproj"})

#: Architectures llama.cpp can run (from the gguf package, which is released with llama.cpp).
LLAMA_CPP_ARCHITECTURES: frozenset[str] = frozenset(
    name for name in _gguf.MODEL_ARCH_NAMES.values() if name not in _NOT_TEXT_MODELS
)
#: Model types the ctransformers engine runs from legacy GGML files.
CTRANSFORMERS_MODEL_TYPES: frozenset[str] = frozenset(MODEL_TYPES)

Format = Literal["gguf", "ggml"]
Backend = Literal["llama.cpp", "ctransformers"]


@dataclass(frozen=True)
class ModelFileInfo:
    """What a model file is and which engine runs it.

    Attributes:
        path: the file.
        format: ``"gguf"`` or ``"ggml"`` (legacy).
        backend: ``"llama.cpp"`` or ``"ctransformers"``.
        architecture: GGUF ``general.architecture`` or the GGML model type.
        size_bytes: file size.
        quantization: e.g. ``Q4_K_M`` (None when unknown).
        gguf: the GGUF header (GGUF files only).
        ggml: the GGML header (legacy files only).
    """

    path: Path
    format: Format
    backend: Backend
    architecture: str
    size_bytes: int
    quantization: str | None
    gguf: GGUFHeader | None = None
    ggml: GGMLHeader | None = None

    @property
    def display_name(self) -> str:
        """A name for people: ``general.name`` when the file has one, else the file name."""
        if self.gguf is not None and self.gguf.name:
            return self.gguf.name
        return self.path.name


def detect_format(head: bytes) -> str:
    """Name the kind of file from its first bytes (at least 16 help).

    Returns:
        ``"gguf"``, ``"ggml"``, or a description of something else: ``"safetensors"``,
        ``"zip"``, ``"pickle"``, ``"html"``, ``"lfs-pointer"``, ``"text"``, ``"unknown"``.
    """
    if head[:4] == GGUF_MAGIC:
        return "gguf"
    if len(head) >= 4 and struct.unpack("<I", head[:4])[0] in GGML_MAGICS:
        return "ggml"
    if head[:4] == b"PK\x03\x04":
        return "zip"
    if len(head) >= 10 and head[8:10] == b'{"':
        (n,) = struct.unpack("<Q", head[:8])
        if 2 <= n <= 100 * 1024 * 1024:
            return "safetensors"
    if head[:1] == b"\x80" and head[1:2] in (b"\x02", b"\x03", b"\x04", b"\x05"):
        return "pickle"
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head")):
        return "html"
    if head.startswith(b"version https://git-lfs"):
        return "lfs-pointer"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return "unknown"
    if all(c.isprintable() or c in "\r\n\t" for c in text):
        return "text"
    return "unknown"


_OTHER_FORMATS: dict[str, tuple[str, str]] = {
    "safetensors": (
        "is a .safetensors model, which this app cannot run directly.",
        "Download the GGUF version of this model instead (look for files ending in .gguf).",
    ),
    "zip": (
        "is a zip archive or a PyTorch checkpoint, not a model this app can run.",
        "If it is a zip, unpack it first. PyTorch models need a GGUF version: "
        "look for files ending in .gguf on the model's page.",
    ),
    "pickle": (
        "is a PyTorch checkpoint, which this app cannot run.",
        "Download the GGUF version of this model instead (look for files ending in .gguf).",
    ),
    "html": (
        "is a web page, not a model. The download probably saved a sign-in or error page.",
        "Download the model again, from the file's download link.",
    ),
    "lfs-pointer": (
        "is only a Git LFS pointer (a small placeholder), not the model itself.",
        "Download the real file from the model's page.",
    ),
    "text": (
        "is a text file, not a model.",
        "Pick the model file itself; model files usually end in .gguf.",
    ),
    "unknown": (
        "is not a model file this app recognises.",
        "Pick a GGUF model file (name ending in .gguf) or an older GGML .bin model.",
    ),
}


def inspect_model_file(path: str | os.PathLike[str]) -> ModelFileInfo:
    """Identify a model file and the engine that runs it.

    Args:
        path: the file.

    Returns:
        Format, engine, architecture, size, quantization and the parsed header.

    Raises:
        UnsupportedModelError: a real model that none of the installed engines can run.
        ModelFileError: missing, empty, truncated, damaged or not a model file. The message names
            the file and says what to do.
    """
    path = Path(path)
    try:
        return _inspect(path)
    except SlmError:
        raise
    except Exception as exc:  # never crash the caller; keep the detail for the log
        raise ModelFileError(
            _("The file “{name}” could not be read as a model.").format(name=path.name),
            hint=_("The file may be damaged. Download it again, or pick another file."),
            detail=f"{type(exc).__name__}: {exc}",
        ) from exc


def _inspect(path: Path) -> ModelFileInfo:
    name = path.name
    try:
        if path.is_dir():
            raise ModelFileError(
                _("“{name}” is a folder, not a model file.").format(name=name),
                hint=_("Open the folder and pick the model file inside (name ending in .gguf)."),
                detail=str(path),
            )
        with open_regular_file(path) as fh:  # a named pipe is refused, never waited on
            size = os.fstat(fh.fileno()).st_size
            head = fh.read(64)
    except NotAFileError as exc:
        raise ModelFileError(exc.message, hint=exc.hint, detail=exc.detail) from exc
    except FileNotFoundError as exc:
        raise ModelFileError(
            _("The model file “{name}” was not found.").format(name=name),
            hint=_("It may have been moved or deleted. Pick it again, or download it again."),
            detail=str(exc),
        ) from exc
    except OSError as exc:
        raise ModelFileError(
            _("The model file “{name}” could not be opened.").format(name=name),
            hint=_("Check that you may read the file and that its drive is connected."),
            detail=str(exc),
        ) from exc
    if size == 0:
        raise ModelFileError(
            _("The model file “{name}” is empty (0 bytes).").format(name=name),
            hint=_("It was probably not downloaded or copied completely. Download it again."),
            detail=str(path),
        )

    kind = detect_format(head)
    if kind == "gguf":
        header = read_gguf_header(path)
        arch = header.architecture
        if arch not in LLAMA_CPP_ARCHITECTURES:
            what = f"“{arch}”" if arch else "an unnamed"
            raise UnsupportedModelError(
                _(
                    "“{name}” is a GGUF model of {what} kind that the installed engine cannot run."
                ).format(name=name, what=what),
                detail=f"general.architecture={arch!r}; not in gguf.MODEL_ARCH_NAMES (text)",
            )
        return ModelFileInfo(
            path=path,
            format="gguf",
            backend="llama.cpp",
            architecture=arch,
            size_bytes=size,
            quantization=header.quantization,
            gguf=header,
        )
    if kind == "ggml":
        ggml_header = read_ggml_header(path)
        if ggml_header.model_type is None:
            raise UnsupportedModelError(
                _("“{name}” is an older GGML model of a kind this app does not recognise.").format(
                    name=name
                ),
                hint=_("Look for a GGUF version of this model (files ending in .gguf)."),
                detail=f"magic {ggml_header.magic}, version {ggml_header.version}",
            )
        return ModelFileInfo(
            path=path,
            format="ggml",
            backend="ctransformers",
            architecture=ggml_header.model_type,
            size_bytes=size,
            quantization=ggml_header.quantization,
            ggml=ggml_header,
        )
    what, hint = _OTHER_FORMATS[kind]
    raise ModelFileError(
        _("The file “{name}” {what}").format(name=name, what=what),
        hint=hint,
        detail=f"detected {kind}",
    )

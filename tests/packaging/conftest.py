"""Packaging test fixtures and the ``bundle`` marker."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.packaging.helpers import load_packaging_module


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``bundle`` marker (tests that build the PyInstaller bundle)."""
    config.addinivalue_line(
        "markers", "bundle: builds the PyInstaller bundle (set SLM_BUILD_BUNDLE=1 to run)"
    )


@pytest.fixture(scope="session")
def build_py() -> ModuleType:
    """``packaging/build.py`` as a module."""
    return load_packaging_module("build")

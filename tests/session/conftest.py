"""Session fixtures: one pool of real runners on the starter model per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.session.pool import ModelPool


@pytest.fixture(scope="module")
def pool() -> Iterator[ModelPool]:
    """A pool shared by a module's tests (warm runners make them fast); closed at the end."""
    p = ModelPool(max_idle=4)
    yield p
    p.close_all()

"""Searching the Hub for GGUF models (:func:`search_models`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

import httpx2
from huggingface_hub import HfApi

from desktop.core.hub.client import HubConfig, install_hub_session, make_client
from desktop.core.hub.errors import map_error

SortKey = Literal["downloads", "likes", "recent"]


@dataclass(frozen=True)
class HubModel:
    """One model repo found on the Hub.

    Attributes:
        repo_id: ``owner/name``.
        author: the owner.
        downloads: downloads in the last month.
        likes: likes.
        last_modified: last change.
        gated: the repo asks to accept a license first.
        tags: the Hub's tags.
        architecture: ``general.architecture`` from the Hub's GGUF summary, if known.
        parameters: total parameter count from the Hub's GGUF summary, if known.
        context_length: native context length from the Hub's GGUF summary, if known.
        url: the model's page.
    """

    repo_id: str
    author: str | None
    downloads: int
    likes: int
    last_modified: datetime | None
    gated: bool
    tags: tuple[str, ...]
    architecture: str | None
    parameters: int | None
    context_length: int | None
    url: str


_SORTS: Mapping[str, str] = {"downloads": "downloads", "likes": "likes", "recent": "last_modified"}
_EXPAND = [
    "author",
    "downloads",
    "likes",
    "lastModified",
    "createdAt",
    "gated",
    "gguf",
    "tags",
]


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _reachable_or_raise(config: HubConfig) -> None:
    """Fail fast when the Hub cannot be reached at all.

    ``HfApi.list_models`` retries a refused connection five times with back-off (about 20
    seconds); one quick request first turns "no network" into an immediate plain error.
    Only connection failures count here; HTTP answers are left to the real call.
    """
    try:
        with make_client(config) as client:
            client.head(f"{config.resolved_endpoint}/api/models", params={"limit": 1})
    except (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.ProxyError) as exc:
        raise map_error(exc, config=config) from exc
    except httpx2.HTTPError:
        pass


def search_models(
    words: str = "",
    *,
    sort: SortKey = "downloads",
    limit: int = 30,
    config: HubConfig | None = None,
) -> list[HubModel]:
    """Search the Hub for repos with GGUF files.

    Args:
        words: text that must appear in the repo name (empty: the most popular).
        sort: ``"downloads"``, ``"likes"`` or ``"recent"`` (most first).
        limit: the most results to return.
        config: how to reach the Hub.

    Returns:
        The models, best first.

    Raises:
        OfflineError: offline mode is on (at once) or there is no connection.
        NetworkError: any other network or Hub problem, in plain words.
    """
    config = config or HubConfig()
    config.check_online()
    if sort not in _SORTS:
        raise ValueError(f"sort must be one of {sorted(_SORTS)}")
    install_hub_session(config)
    _reachable_or_raise(config)
    api = HfApi(endpoint=config.resolved_endpoint, token=config.token)
    try:
        found = list(
            api.list_models(
                filter="gguf",
                search=words.strip() or None,
                sort=_SORTS[sort],  # type: ignore[arg-type]
                limit=limit,
                expand=_EXPAND,  # type: ignore[arg-type]
            )
        )
    except Exception as exc:  # noqa: BLE001 - every failure becomes a plain-language error
        raise map_error(exc, config=config) from exc
    out: list[HubModel] = []
    for m in found:
        gguf = m.gguf if isinstance(m.gguf, dict) else {}
        out.append(
            HubModel(
                repo_id=m.id,
                author=m.author,
                downloads=int(m.downloads or 0),
                likes=int(m.likes or 0),
                last_modified=m.last_modified,
                gated=bool(m.gated),
                tags=tuple(m.tags or ()),
                architecture=gguf.get("architecture"),
                parameters=_int_or_none(gguf.get("total")),
                context_length=_int_or_none(gguf.get("context_length")),
                url=f"{config.resolved_endpoint}/{m.id}",
            )
        )
    return out

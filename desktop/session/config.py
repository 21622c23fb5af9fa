"""The app's view of settings: the person's own, the policy, and the effective mix.

Glue over :mod:`desktop.core.config.settings` and :mod:`desktop.core.config.policy` shared
by the window and the CLI (see :mod:`desktop.session.services`); never raises, so the
window always opens (problems are kept to show once).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from desktop.core.config.policy import Policy, effective_settings, load_policy
from desktop.core.config.settings import Settings, read_settings
from desktop.core.errors import SettingsError

log = logging.getLogger("desktop.session.config")


@dataclass(frozen=True)
class Config:
    """What the app needs to know about settings.

    Attributes:
        own: the person's settings as saved (what the Settings dialog edits).
        effective: ``own`` with the organisation's policy laid over it (what the app uses).
        locked: names of :class:`Settings` fields the policy fixes.
        policy: the policy itself (message, allow-list ...).
        problems: plain-language problems found while reading.
    """

    own: Settings = field(default_factory=Settings)
    effective: Settings = field(default_factory=Settings)
    locked: frozenset[str] = frozenset()
    policy: Policy = field(default_factory=Policy)
    problems: tuple[SettingsError, ...] = ()


def load_config() -> Config:
    """Read settings and policy (never raises)."""
    try:
        loaded = read_settings()
        policy = load_policy()
        effective, locked = effective_settings(loaded.settings, policy)
        return Config(
            own=loaded.settings,
            effective=effective,
            locked=locked,
            policy=policy,
            problems=tuple(loaded.problems) + tuple(policy.problems),
        )
    except Exception:  # noqa: BLE001 - the window must open with defaults
        log.exception("could not read settings")
        return Config()

"""The Model servers dialog: add and remove servers, keys in the keyring, the policy's rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.config.policy import load_policy
from desktop.core.servers.registry import list_servers, servers_path
from desktop.ui.servers_dialog import ServersDialog
from tests.keyrings import MemoryKeyring


def test_add_and_remove_a_server(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = ServersDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0 and dialog.add_button.isEnabled()
    dialog.name.setText("office")
    dialog.url.setText("http://127.0.0.1:9")
    dialog.key.setText("s3cret")
    dialog.add_button.click()
    assert dialog.changed and dialog.list.count() == 1
    assert "office: http://127.0.0.1:9/v1" in dialog.list.item(0).text()
    assert memory_keyring.store == {("slm-playground", "server-key:office"): "s3cret"}
    assert "s3cret" not in servers_path().read_text(encoding="utf-8")
    dialog.name.setText("bad name")
    dialog.url.setText("http://127.0.0.1:9")
    dialog.add_button.click()
    assert dialog.error.isVisibleTo(dialog) and "cannot be a server's name" in dialog.error.text()
    dialog.list.setCurrentRow(0)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert dialog.list.count() == 0 and memory_keyring.store == {}
    assert list_servers(None) == []


def test_the_policy_rules_the_dialog(qtbot: QtBot, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text('[servers]\nallow_adding = false\n[[servers.office]]\n'
                           'name = "office"\nurl = "https://gpu.example.org"\n', encoding="utf-8")
    monkeypatch.setenv("SLM_PLAYGROUND_POLICY", str(policy_file))
    dialog = ServersDialog(load_policy())
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "your organisation's" in dialog.list.item(0).text()
    assert not dialog.add_button.isEnabled() and not dialog.name.isEnabled()
    assert "allows only its own servers" in dialog.rule.text()
    dialog.list.setCurrentRow(0)
    assert not dialog.remove_button.isEnabled()  # only IT removes the office's server
    policy_file.write_text("[servers]\nenabled = false\n", encoding="utf-8")
    off = ServersDialog(load_policy())
    qtbot.addWidget(off)
    assert off.list.count() == 0 and not off.add_button.isEnabled()
    assert "does not allow models on servers" in off.rule.text()

"""``slm-playground server``: the model servers (OpenAI-compatible APIs) this app may use.

    slm-playground server add NAME URL [--api-key-env VAR]
    slm-playground server list [--json]
    slm-playground server remove NAME

A server's models are then used like installed ones: ``--model server:NAME/MODEL_ID`` in
``run``, ``compare`` and ``test``. The key never goes on the command line or into a
settings file: ``--api-key-env VAR`` reads it from the variable and keeps it in the system
keyring (without a keyring, the variable is read each time instead). The organisation's
policy may define servers, forbid adding others, or turn server models off.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.cli._common import print_json
from desktop.core.i18n import _
from desktop.core.servers.registry import add_server, remove_server
from desktop.core.text import printable
from desktop.session.servers import list_server_models

if TYPE_CHECKING:
    from desktop.session.services import Services

NAME = "server"
HELP = "add, list or remove model servers (their models can be compared with yours)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add this command's options."""
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a server (or change one of yours)")
    add.add_argument("name", help="a short name people see, e.g. office")
    add.add_argument("url", help="the API's address, e.g. https://gpu.example.org/v1")
    add.add_argument("--api-key-env", metavar="VAR",
                     help="environment variable holding the server's API key")
    add.add_argument("--no-check", action="store_true",
                     help="do not ask the server for its models now")
    listing = sub.add_parser("list", help="the servers and the models each offers")
    listing.add_argument("--json", action="store_true", help="print one JSON object")
    remove = sub.add_parser("remove", help="remove one of your servers")
    remove.add_argument("name")


def run(args: argparse.Namespace, services: Services) -> int:
    """Run the command."""
    policy = services.policy
    proxy = services.settings.proxy
    if args.action == "add":
        server = add_server(args.name, args.url, policy=policy, api_key_env=args.api_key_env)
        added = {
            "keyring": _("Added the server {name} at {url} (its key is in the system keyring)."),
            "env": _("Added the server {name} at {url} (its key is read from {variable} each "
                     "time: no system keyring here)."),
        }.get(server.key_source, _("Added the server {name} at {url}."))
        print(added.format(name=printable(server.name), url=printable(server.url),
                           variable=server.key_env))
        if not args.no_check:
            listing = list_server_models(policy, proxy=proxy, servers=[server],
                                         offline=services.settings.offline).listings[0]
            if listing.error is not None:
                print(_("Note: {message} {hint}").format(message=listing.error.message,
                                                        hint=listing.error.hint),
                      file=sys.stderr)
            else:
                ids = ", ".join(printable(m.model_id) for m in listing.models) or _("none")
                print(_("It offers: {models}").format(models=ids))
                if listing.models:
                    print(_("Use one with: --model {model}").format(
                        model=printable(listing.models[0].path)))
        return 0
    if args.action == "remove":
        server = remove_server(args.name, policy=policy)
        print(_("Removed the server {name}.").format(name=printable(server.name)))
        return 0
    catalog = list_server_models(policy, proxy=proxy, offline=services.settings.offline)
    if args.json:
        print_json({
            "enabled": catalog.enabled,
            "allow_adding": catalog.allow_adding,
            "servers": [listing.to_dict() for listing in catalog.listings],
        })
        return 0
    if not catalog.enabled:
        print(_("Your organisation does not allow models on servers: only models on this "
                "computer can be used."))
        return 0
    if not catalog.listings:
        print(_("No servers yet. Add one with: slm-playground server add NAME URL"))
        return 0
    for listing in catalog.listings:
        s = listing.server
        if s.office:
            print(_("{name} (your organisation's): {url}").format(name=printable(s.name),
                                                                  url=printable(s.url)))
        else:
            print(f"{printable(s.name)}: {printable(s.url)}")
        if listing.error is not None:
            print("  " + _("cannot be used now: {message}").format(
                message=listing.error.message))
            continue
        for m in listing.models:
            print(f"  {printable(m.path)}")
        if not listing.models:
            print("  " + _("(offers no models)"))
    if not catalog.allow_adding:
        print("\n" + _("Your organisation allows only these servers."))
    return 0

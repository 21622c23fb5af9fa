#!/bin/sh
# Install SLM Playground from the unpacked .tar.gz.
#
#   ./install.sh                      per user: ~/.local/opt/slm-playground, launcher in
#                                     ~/.local/share/applications, command in ~/.local/bin
#   sudo ./install.sh --system        everyone: /opt/slm-playground, /usr/share/applications,
#                                     /usr/local/bin/slm-playground
#   sudo ./install.sh --system --policy /path/policy.toml
#                                     also installs the admin policy to /etc/slm-playground/
#   ./install.sh --uninstall [--system]   remove the program (models and settings are kept)
#   --skip-check                      install even when the window could not open here
#
# Before installing, the program checks that its window can open on this computer (the system
# libraries Qt needs, e.g. libxcb-cursor0) and, when some are missing, prints the command that
# installs them for this distribution (apt, dnf, zypper or pacman) and stops.
#
# Models and settings live in the user's folders (~/.local/share/slm-playground) and are never
# touched by this script.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
APP=slm-playground
MODE=user
ACTION=install
POLICY=""
CHECK=yes

while [ $# -gt 0 ]; do
    case "$1" in
        --system) MODE=system ;;
        --user) MODE=user ;;
        --uninstall) ACTION=uninstall ;;
        --skip-check) CHECK=no ;;
        --policy) shift; POLICY="${1:-}"; [ -n "$POLICY" ] || { echo "--policy needs a file" >&2; exit 2; } ;;
        --policy=*) POLICY="${1#--policy=}" ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

if [ "$MODE" = system ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "--system needs administrator rights: sudo $0 --system" >&2
        exit 1
    fi
    PREFIX=/opt/$APP
    BINDIR=/usr/local/bin
    APPS=/usr/share/applications
    ICONS=/usr/share/icons/hicolor/256x256/apps
    POLICY_DIR=/etc/$APP
else
    DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
    PREFIX=$HOME/.local/opt/$APP
    BINDIR=$HOME/.local/bin
    APPS=$DATA_HOME/applications
    ICONS=$DATA_HOME/icons/hicolor/256x256/apps
    POLICY_DIR=""
fi

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$(dirname "$(dirname "$ICONS")")" 2>/dev/null || true
}

if [ "$ACTION" = uninstall ]; then
    rm -rf "$PREFIX"
    rm -f "$BINDIR/$APP" "$APPS/$APP.desktop" "$ICONS/$APP.png"
    refresh_menus
    echo "SLM Playground removed from $PREFIX. Models and settings were kept."
    exit 0
fi

[ -x "$HERE/$APP/$APP" ] || { echo "run this from the unpacked archive ($HERE/$APP/$APP missing)" >&2; exit 1; }
if [ -n "$POLICY" ]; then
    [ "$MODE" = system ] || { echo "--policy needs --system (it applies to every user)" >&2; exit 2; }
    [ -f "$POLICY" ] || { echo "policy file not found: $POLICY" >&2; exit 1; }
fi

# Can the window open here? The bundle cannot carry the system's X11 libraries, so ask the
# program itself (QT_QPA_PLATFORM unset: the real platform, not an administrator's offscreen).
if [ "$CHECK" = yes ]; then
    set +e
    CHECK_OUTPUT=$(env -u QT_QPA_PLATFORM "$HERE/$APP/$APP" selftest --display-only 2>&1)
    CHECK_CODE=$?
    set -e
    if [ "$CHECK_CODE" -ne 0 ]; then
        printf '%s\n\n' "$CHECK_OUTPUT" >&2
        if [ "$CHECK_CODE" -eq 1 ]; then
            echo "SLM Playground was not installed: its window could not open on this computer." >&2
            echo "Install the packages named above, then run this script again" >&2
        else
            echo "SLM Playground was not installed: it could not run its check on this computer (exit $CHECK_CODE)." >&2
            echo "Send the text above to the people who gave you SLM Playground" >&2
        fi
        echo "(or add --skip-check to install anyway, e.g. before installing the packages)." >&2
        exit 1
    fi
fi

mkdir -p "$(dirname "$PREFIX")" "$BINDIR" "$APPS" "$ICONS"
rm -rf "$PREFIX.new"
cp -a "$HERE/$APP" "$PREFIX.new"
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"
ln -sf "$PREFIX/$APP" "$BINDIR/$APP"
cp "$HERE/$APP.png" "$ICONS/$APP.png"
sed "s|^Exec=.*|Exec=$PREFIX/$APP|" "$HERE/$APP.desktop" > "$APPS/$APP.desktop"
chmod 644 "$APPS/$APP.desktop" "$ICONS/$APP.png"
if [ -n "$POLICY" ]; then
    mkdir -p "$POLICY_DIR"
    install -m 644 "$POLICY" "$POLICY_DIR/policy.toml"
    echo "Admin policy installed: $POLICY_DIR/policy.toml"
fi
refresh_menus

echo "SLM Playground installed in $PREFIX."
echo "Start it from the applications menu, or run: $BINDIR/$APP"
echo "Check this computer: $BINDIR/$APP selftest"

#!/usr/bin/env bash
# Build "SLM Playground.app" (PyInstaller BUNDLE) and a .dmg on macOS.
#
#   packaging/macos/build_dmg.sh                 build, smoke-test, make dist/slm-playground-<v>-macos-<arch>.dmg
#   SIGN_IDENTITY="Developer ID Application: Example Org (TEAMID)" \
#   NOTARY_PROFILE=slm-notary packaging/macos/build_dmg.sh
#                                                also sign (hardened runtime) and notarize
#
# Needs: macOS 12+, Xcode command line tools (hdiutil, codesign, xcrun), the project venv with
# PyInstaller (.venv/bin/pip install pyinstaller). Build on the oldest macOS you support and
# once per architecture (arm64 on Apple silicon, x86_64 on Intel) - PyInstaller does not
# cross-compile. NOTARY_PROFILE is a keychain profile made once with:
#   xcrun notarytool store-credentials slm-notary --apple-id ... --team-id ... --password ...
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
APP_NAME="SLM Playground"
DIST=$ROOT/dist
APP="$DIST/$APP_NAME.app"
ENTITLEMENTS=$ROOT/packaging/macos/entitlements.plist

if [ "$(uname -s)" != Darwin ]; then
    echo "build_dmg.sh runs on macOS only (hdiutil, codesign)." >&2
    exit 1
fi

VERSION=$("$PY" -c 'import re,pathlib; print(re.search(r"__version__\s*=\s*\"([^\"]+)\"", pathlib.Path("'"$ROOT"'/desktop/__init__.py").read_text()).group(1))')
ARCH=$(uname -m)
DMG="$DIST/slm-playground-$VERSION-macos-$ARCH.dmg"

# 1. Build the .app and smoke-test it (selftest --json, a real generation on the starter).
"$PY" "$ROOT/packaging/build.py" --no-package "$@"
[ -d "$APP" ] || { echo "missing $APP" >&2; exit 1; }

# 2. Sign (optional): every native library first, then the app, with the hardened runtime.
if [ -n "${SIGN_IDENTITY:-}" ]; then
    find "$APP/Contents" -type f \( -name '*.dylib' -o -name '*.so' \) -print0 |
        xargs -0 codesign --force --timestamp --options runtime --sign "$SIGN_IDENTITY"
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
        --sign "$SIGN_IDENTITY" "$APP/Contents/MacOS/slm-playground"
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
        --sign "$SIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

# 3. The disk image: the app plus a link to /Applications to drag it onto.
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "$APP_NAME $VERSION" -srcfolder "$STAGE" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$DMG"

# 4. Sign and notarize the image (optional), then staple the ticket for offline Gatekeeper.
if [ -n "${SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$SIGN_IDENTITY" "$DMG"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose "$DMG"
    fi
fi

# 5. Check the image opens and the app inside still runs its self-test.
MOUNT=$(mktemp -d)
hdiutil attach -nobrowse -readonly -mountpoint "$MOUNT" "$DMG" >/dev/null
trap 'hdiutil detach "$MOUNT" >/dev/null 2>&1 || true; rm -rf "$STAGE"' EXIT
SLM_PLAYGROUND_HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen \
    "$MOUNT/$APP_NAME.app/Contents/MacOS/slm-playground" --version
echo "Built $DMG"

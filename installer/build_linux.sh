#!/usr/bin/env bash
# Build the Linux bundle of Kelurahan Desk and smoke-test it:
#
#   installer/build_linux.sh [--no-measure]
#
# 1. the project's .venv (made by ./dev when missing), with PyInstaller installed into it
#    when missing (it is not a dependency of the program);
# 2. translations compiled (resources/i18n/*.ts -> .qm);
# 3. PyInstaller with installer/kelurahan_desk.spec -> dist/kelurahan-desk/ (one folder:
#    kelurahan-desk, kelurahan-central, _internal/);
# 4. the smoke test of the built folder (headless, QT_QPA_PLATFORM=offscreen; see
#    smoke_test below): exits non-zero on the first failure;
# 5. unless --no-measure: bundle size and start-up of the bundle against the venv, in one
#    run (installer/measure_bundle.py); the figures go to docs/PERFORMANCE.md by hand.
#
# Takes minutes, so it is not part of .ci/run; it is the documented command for a release.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV=.venv
DIST=dist
WORK=build/pyinstaller
BUNDLE=$DIST/kelurahan-desk
PYINSTALLER_SPEC='pyinstaller>=6,<7'
MEASURE=1
for arg in "$@"; do
    case $arg in
        --no-measure) MEASURE=0 ;;
        -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
        *) echo "build_linux.sh: unknown argument $arg" >&2; exit 64 ;;
    esac
done

say() { printf '==> %s\n' "$*" >&2; }
fail() { printf 'build_linux.sh: SMOKE TEST FAILED: %s\n' "$*" >&2; exit 1; }
T0=$SECONDS

# --- 1. the virtual environment and PyInstaller ---------------------------------------------
if [[ ! -x $VENV/bin/kelurahan-desk ]]; then
    say "no $VENV yet: ./dev makes it (Python >= 3.12, the project installed)"
    ./dev run --version
fi
if ! "$VENV/bin/python" -c 'import PyInstaller' 2>/dev/null; then
    say "installing PyInstaller into $VENV"
    "$VENV/bin/python" -m pip install "$PYINSTALLER_SPEC"
fi
say "PyInstaller $("$VENV/bin/python" -m PyInstaller --version), Python $("$VENV/bin/python" -c 'import sys; print(sys.version.split()[0])')"

# --- 2. translations --------------------------------------------------------------------------
for ts in resources/i18n/*.ts; do
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done

# --- 3. the bundle ----------------------------------------------------------------------------
say "building $BUNDLE"
rm -rf "$BUNDLE"
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" installer/kelurahan_desk.spec
say "built in $((SECONDS - T0)) s"

# --- 4. the smoke test ------------------------------------------------------------------------
# Pictures --screenshots must make (a few of each kind: sign-in, every role's pages, the
# forms, the card documents rendered through QtPdf, the public windows, the sidak report).
EXPECTED_PNGS=(
    sign-in.png lock-screen.png first-run-1.png
    operator-antrean.png operator-akta_kelahiran.png operator-ktp_el.png
    operator-kartu_rusak.png supervisor-laporan.png admin-pengaturan.png
    inspector-sidak.png akta_kelahiran_form.png akta_request_detail.png
    kiosk.png display-board.png sidak_console.png sidak_report_page_1.png
)
MIN_PNGS=60

smoke_test() {
    local tmp shots data n png
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/kd-bundle-smoke.XXXXXX")
    trap 'rm -rf "$tmp"' RETURN
    shots=$tmp/shots
    data=$tmp/data
    export QT_QPA_PLATFORM=offscreen
    # Qt warns when XDG_RUNTIME_DIR is unset (root); harmless, but keep the output clean.
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$tmp/runtime}
    mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
    # Run from elsewhere, with nothing of the checkout or the venv reachable.
    cd "$tmp"
    local desk=$ROOT/$BUNDLE/kelurahan-desk central=$ROOT/$BUNDLE/kelurahan-central
    local clean_env=(env -i HOME="$tmp" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen
                     XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR" LANG=C.UTF-8)

    say "smoke: kelurahan-desk --version"
    "${clean_env[@]}" "$desk" --version || fail "kelurahan-desk --version"

    say "smoke: kelurahan-desk --screenshots (headless; every role, page and window)"
    local start=$SECONDS
    "${clean_env[@]}" "$desk" --screenshots "$shots" --data-dir "$data" \
        || fail "kelurahan-desk --screenshots exited $?"
    n=$(find "$shots" -name '*.png' -size +1k | wc -l)
    ((n >= MIN_PNGS)) || fail "only $n pictures (expected at least $MIN_PNGS)"
    for png in "${EXPECTED_PNGS[@]}"; do
        [[ -s $shots/$png ]] || fail "$png is missing"
        [[ $(head -c 8 "$shots/$png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] \
            || fail "$png is not a PNG"
    done
    [[ -s $data/logs/screenshots.log ]] || fail "no log file in the data folder"
    if grep -q "Traceback" "$data/logs/screenshots.log"; then
        grep -n -A20 "Traceback" "$data/logs/screenshots.log" | head -60 >&2
        fail "an exception in the log"
    fi
    say "smoke: $n pictures in $((SECONDS - start)) s"

    say "smoke: English translation and a command (verify with no store answers 1, in English)"
    local out rc=0
    out=$("${clean_env[@]}" "$desk" verify --lang en --data-dir "$tmp/none" 2>&1) || rc=$?
    [[ $rc == 1 && $out == *"No store in"* ]] || fail "verify --lang en: rc=$rc: $out"

    say "smoke: a desk store made, backed up, checked and bundled for the help desk"
    "${clean_env[@]}" "$desk" --demo --data-dir "$tmp/demo" --bench-ready | grep -q KD-READY \
        || fail "the desk did not start on a demo office"
    "${clean_env[@]}" "$desk" backup --data-dir "$tmp/demo" || fail "backup"
    "${clean_env[@]}" "$desk" verify --data-dir "$tmp/demo" || fail "verify"
    "${clean_env[@]}" "$desk" diagnostics "$tmp/diag.zip" --data-dir "$tmp/demo" \
        || fail "diagnostics"
    [[ -s $tmp/diag.zip ]] || fail "no diagnostics zip"

    say "smoke: kelurahan-central --help, and its database made by its migrations"
    "${clean_env[@]}" "$central" --help >/dev/null || fail "kelurahan-central --help"
    "${clean_env[@]}" "$central" init --database-url "sqlite:///$tmp/central.sqlite" \
        || fail "kelurahan-central init"
    "${clean_env[@]}" "$central" office add 3574011007 "Pohsangit Kidul" \
        --database-url "sqlite:///$tmp/central.sqlite" >/dev/null 2>&1 \
        || fail "kelurahan-central office add"
    cd "$ROOT"
}
smoke_test
say "smoke test passed"

# --- 5. figures -------------------------------------------------------------------------------
du -sh "$BUNDLE"
if ((MEASURE)); then
    say "measuring start-up: bundle against $VENV (alternating runs)"
    "$VENV/bin/python" installer/measure_bundle.py "$BUNDLE"
fi
say "done in $((SECONDS - T0)) s: $BUNDLE"

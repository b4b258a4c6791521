#!/bin/sh
# Sets up a Debian 12 machine for Grove, builds it, and then either starts
# the app on a demo database (`run`) or runs the whole test suite (`test`).
#
#   build-aux/dev.sh run    install what is missing, build, start Grove
#   build-aux/dev.sh test   install what is missing, build, run every test
#                           (and each fuzz target for 30 s, where clang is)
#   build-aux/dev.sh fuzz S each fuzz target for S seconds, where clang is
set -eu

cd "$(dirname "$0")/.."

PACKAGES="
  gcc pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-dev-bin libsqlite3-dev libxml2-dev libxml2-utils
  libcairo2-dev libpango1.0-dev libgtk-4-dev libadwaita-1-dev librsvg2-common
  desktop-file-utils appstream python3
  xvfb xauth dbus dbus-x11 fonts-cantarell fonts-dejavu-core gsettings-desktop-schemas
  poppler-utils
"

install_missing () {
  missing=""
  for package in $PACKAGES; do
    if ! dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $package"
    fi
  done
  [ -z "$missing" ] && return 0

  echo "Installing:$missing"
  as_root=""
  [ "$(id -u)" -ne 0 ] && as_root="sudo"
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  # shellcheck disable=SC2086 # the list is meant to split into words
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
}

build () {
  if [ -f _build/build.ninja ]; then
    meson setup --reconfigure _build >/dev/null
  else
    meson setup _build
  fi
  ninja -C _build
}

# Runs each libFuzzer target for $1 seconds, where clang is installed (it is
# not one of the packages above: fuzzing is for those who have it).
fuzz () {
  if ! command -v clang >/dev/null; then
    echo "No clang: the fuzz targets are not built."
    return 0
  fi
  if [ ! -f _build-fuzz/build.ninja ]; then
    CC=clang meson setup _build-fuzz -Dfuzzing=true -Dapp=false
  fi
  ninja -C _build-fuzz
  for target in fuzz-framework fuzz-csv fuzz-ratings-import fuzz-people-import fuzz-org-xml; do
    tests/fuzz/run.sh "$target" "$1"
  done
}

case "${1:-}" in
  run)
    install_missing
    build
    demo_db="_build/demo/grove.db"
    if [ ! -f "$demo_db" ]; then
      mkdir -p "$(dirname "$demo_db")"
      ./_build/src/cli/grove-cli --db "$demo_db" demo
    fi
    # A compiled schema in the build tree stands in for an installed one.
    GSETTINGS_SCHEMA_DIR="$PWD/_build/data" exec ./_build/src/app/grove --db "$demo_db"
    ;;
  test)
    install_missing
    build
    meson test -C _build --print-errorlogs
    # Where clang is installed, each fuzz target briefly, on top.
    fuzz 30
    ;;
  fuzz)
    fuzz "${2:-30}"
    ;;
  *)
    echo "usage: $0 run|test|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac

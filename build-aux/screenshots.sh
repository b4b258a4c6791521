#!/bin/sh
# Takes the screenshots in data/screenshots/: each page of the app on the
# demo database, in English and Welsh, light and dark, under Xvfb.
#
#   build-aux/screenshots.sh [PAGE...]     default: every page
#
# Needs what `build-aux/dev.sh test` installs, plus imagemagick (`import`)
# and xdotool (to move the pointer out of the way of tooltips).
# The app is installed into a private prefix inside the build tree, so that
# it finds its settings schema and its Welsh catalogue as it would when
# installed; the settings live in a keyfile of their own, so the user's are
# never touched.
set -eu

cd "$(dirname "$0")/.."
root=$PWD
build=_build-screenshots
prefix=$root/$build/prefix
out=$root/data/screenshots
width=1280
height=800

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" --prefix="$prefix" >/dev/null
fi
ninja -C "$build" >/dev/null
meson install -C "$build" --quiet >/dev/null
glib-compile-schemas "$prefix/share/glib-2.0/schemas"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/grove.db
"$prefix/bin/grove-cli" --db "$db" demo >/dev/null
# The head of the organisation manages the most people: the page of
# conversations is shown as they would see it.
manager=$("$prefix/bin/grove-cli" --db "$db" ipdr list --all 2>/dev/null | awk -F '\t' 'NR == 2 { print $1 }' || true)

mkdir -p "$out"
pages=${*:-culture framework people conversations coaching}

shoot () {
  page=$1 language=$2 scheme=$3
  name="$page-$language-${scheme#prefer-}.png"
  env -i PATH="$PATH" HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR="$prefix/share/glib-2.0/schemas" \
    sh -c "
      gsettings set io.github.grove.Grove window-size '($width, $height)'
      gsettings set io.github.grove.Grove last-page '$page'
      if [ -n '$manager' ] && gsettings list-keys io.github.grove.Grove | grep -qx signed-in-person; then
        gsettings set io.github.grove.Grove signed-in-person '$manager'
      fi"
  env -i PATH="$PATH" HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR="$prefix/share/glib-2.0/schemas" \
    LANGUAGE="$language" LC_ALL=C.UTF-8 ADW_DEBUG_COLOR_SCHEME="$scheme" GDK_BACKEND=x11 \
    xvfb-run -a -s "-screen 0 ${width}x${height}x24" dbus-run-session -- sh -c "
      '$prefix/bin/grove' --db '$db' &
      sleep 4
      # Xvfb starts the pointer in the middle, where it would raise a tooltip.
      xdotool mousemove $((width - 1)) $((height - 1)) 2>/dev/null || true
      sleep 1
      import -window root '$out/$name'
      kill \$! 2>/dev/null || true" >/dev/null 2>&1
  echo "$out/$name"
}

for page in $pages; do
  for language in en cy; do
    for scheme in prefer-light prefer-dark; do
      shoot "$page" "$language" "$scheme"
    done
  done
done

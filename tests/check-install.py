#!/usr/bin/env python3
"""Installs the build into a temporary prefix and checks what landed there.

Usage: check-install.py BUILD_DIR PREFIX APP_ID

`meson install --destdir` stages the files exactly as a package or the
Flatpak would, without touching the machine, so a file missing from an
install() rule shows up here rather than on a user's desktop.
"""
import configparser
import gettext
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

build_dir, prefix, app_id = sys.argv[1:4]
problems = []


def expect(condition, message):
    if not condition:
        problems.append(message)


with tempfile.TemporaryDirectory() as destdir:
    result = subprocess.run(
        ["meson", "install", "-C", build_dir, "--destdir", destdir,
         "--no-rebuild", "--quiet"],
        capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout, result.stderr, sep="\n")
        sys.exit(f"meson install failed with {result.returncode}")

    root = destdir + prefix

    def path(*parts):
        return os.path.join(root, *parts)

    for binary in ("grove", "grove-cli"):
        p = path("bin", binary)
        expect(os.path.isfile(p) and os.access(p, os.X_OK),
               f"{p} is missing or not executable")

    desktop = path("share", "applications", app_id + ".desktop")
    expect(os.path.isfile(desktop), f"{desktop} is missing")
    if os.path.isfile(desktop):
        entry = configparser.ConfigParser(interpolation=None)
        entry.optionxform = str
        entry.read(desktop, encoding="utf-8")
        section = entry["Desktop Entry"]
        expect(section.get("Exec", "").split()[0] == "grove",
               "the desktop file does not start grove")
        expect(section.get("Icon") == app_id, "the desktop file names another icon")
        expect("Name[cy]" in section, "the desktop file has no Welsh name")

    metainfo = path("share", "metainfo", app_id + ".metainfo.xml")
    expect(os.path.isfile(metainfo), f"{metainfo} is missing")
    if os.path.isfile(metainfo):
        component = ET.parse(metainfo).getroot()
        expect(component.findtext("id") == app_id, "the metainfo names another id")
        expect(component.find("releases/release") is not None,
               "the metainfo lists no release")

    expect(os.path.isfile(path("share", "glib-2.0", "schemas", app_id + ".gschema.xml")),
           "the GSettings schema is not installed")
    expect(os.path.isfile(path("share", "icons", "hicolor", "scalable", "apps", app_id + ".svg")),
           "the full-colour icon is not installed")
    expect(os.path.isfile(path("share", "icons", "hicolor", "symbolic", "apps",
                               app_id + "-symbolic.svg")),
           "the symbolic icon is not installed")

    mo = path("share", "locale", "cy", "LC_MESSAGES", "grove.mo")
    expect(os.path.isfile(mo), "the Welsh translation is not installed")
    if os.path.isfile(mo):
        with open(mo, "rb") as f:
            welsh = gettext.GNUTranslations(f)
        expect(welsh.gettext("Framework") != "Framework",
               "the installed Welsh catalogue does not translate “Framework”")

    # Nothing but the app's own files: no headers or static libraries.
    for dirpath, _, files in os.walk(root):
        for name in files:
            expect(not name.endswith((".a", ".h")),
                   f"{os.path.join(dirpath, name)} should not be installed")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("install: all files in place")

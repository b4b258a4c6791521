#!/usr/bin/env python3
"""Checks that the Flatpak manifest parses and says what Grove needs."""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    manifest = json.load(f)

problems = []


def expect(condition, message):
    if not condition:
        problems.append(message)


expect(manifest.get("id") == "io.github.grove.Grove", "id is not io.github.grove.Grove")
expect(manifest.get("runtime") == "org.gnome.Platform", "runtime is not org.gnome.Platform")
expect(str(manifest.get("runtime-version", "")).isdigit(), "runtime-version is not a numbered release")
expect(manifest.get("sdk") == "org.gnome.Sdk", "sdk is not org.gnome.Sdk")
expect(manifest.get("command") == "grove", "command is not grove")
args = manifest.get("finish-args", [])
for needed in ("--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"):
    expect(needed in args, f"finish-args lacks {needed}")
# The database lives in the app's own data folder: no host access needed.
expect(not any(a.startswith("--filesystem=") for a in args), "finish-args grants filesystem access")
expect(not any(a.startswith("--share=network") for a in args), "finish-args grants network access")
modules = manifest.get("modules", [])
expect(len(modules) > 0, "no modules")
if modules:
    last = modules[-1]
    expect(last.get("name") == "grove", "the last module is not grove")
    expect(last.get("buildsystem") == "meson", "grove is not built with meson")

if problems:
    for problem in problems:
        print(f"{sys.argv[1]}: {problem}", file=sys.stderr)
    sys.exit(1)
print("manifest ok")

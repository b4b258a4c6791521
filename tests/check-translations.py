#!/usr/bin/env python3
"""Checks the translation files: POTFILES names every source file with
translatable strings, and each language's .po is complete and valid."""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

root = pathlib.Path(sys.argv[1])
po_dir = root / "po"
problems = []

listed = {line.strip() for line in (po_dir / "POTFILES").read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")}
for name in sorted(listed):
    if not (root / name).exists():
        problems.append(f"po/POTFILES lists {name}, which does not exist")

marker = re.compile(r'\b(?:N?_|C_|NC_|ngettext)\s*\(\s*"|translatable="yes"')
for path in sorted(root.glob("src/**/*.c")) + sorted(root.glob("ui/*.ui")):
    relative = path.relative_to(root).as_posix()
    if marker.search(path.read_text(encoding="utf-8")) and relative not in listed:
        problems.append(f"{relative} has translatable strings but is not in po/POTFILES")
for path in sorted(root.glob("data/*.in")):
    relative = path.relative_to(root).as_posix()
    if relative not in listed:
        problems.append(f"{relative} is translated on install but is not in po/POTFILES")

# Measure each .po against the strings the sources have now, not against
# whatever template it was last merged with.
work = pathlib.Path(tempfile.mkdtemp(prefix="grove-po-"))
template = work / "grove.pot"
subprocess.run(["xgettext", "--from-code=UTF-8", "--add-comments", "--package-name=grove",
                "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
                "--keyword=g_dngettext:2,3", "--keyword=ngettext:1,2",
                "--directory", str(root), "--files-from", str(po_dir / "POTFILES"),
                "--output", str(template)], check=True)

for language in (po_dir / "LINGUAS").read_text(encoding="utf-8").split():
    po = po_dir / f"{language}.po"
    merged = work / f"{language}.po"
    subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "--output-file", str(merged),
                    str(po), str(template)], check=True)
    check = subprocess.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(merged)],
                           capture_output=True, text=True)
    if check.returncode != 0:
        problems.append(f"po/{language}.po: msgfmt --check failed:\n{check.stderr}")
        continue
    stats = check.stderr.strip()
    if "untranslated" in stats or "fuzzy" in stats:
        problems.append(f"po/{language}.po is incomplete: {stats}")

shutil.rmtree(work)

if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
print("translations ok")

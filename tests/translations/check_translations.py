#!/usr/bin/env python3
"""The translation gate (ctest translations_complete).

Runs lupdate - the same program, sources and options as the
update_translations target - into a temporary copy of every translations/*.ts
file and fails when
  - the code has a tr()/QT_TRANSLATE_NOOP string the committed file lacks, or
    the committed file has an entry the code no longer has;
  - an entry is marked obsolete or vanished;
  - an entry is unfinished, or a plural entry lacks one of its forms (Russian
    3, English 2). The source-language file (English) may leave entries marked
    unfinished - it shows the source text - but its plural entries must be
    finished with every form filled.
The committed files are never written.

Usage: check_translations.py LUPDATE PROJECT_JSON TS_FILE... -- LUPDATE_OPTION...
"""

import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms per language (as Qt's numerus rules count them).
PLURAL_FORMS = {"en": 2, "ru": 3}
FIX_HINT = ("To fix: run `cmake --build build --target update_translations` (it adds "
            "the new strings and drops the ones no longer in the code), then translate "
            "the unfinished entries in translations/simfleet_ru.ts and fill both plural "
            "forms of the plural entries in translations/simfleet_en.ts.")


def text(element):
    return (element.text or "") if element is not None else ""


def read_ts(path):
    """Returns (language, source language, [(key, message element)])."""
    root = ET.parse(path).getroot()
    entries = []
    for context in root.iter("context"):
        name = text(context.find("name"))
        for message in context.iter("message"):
            key = (name, text(message.find("source")), text(message.find("comment")))
            entries.append((key, message))
    return root.get("language", ""), root.get("sourcelanguage", "en"), entries


def describe(key):
    context, source, comment = key
    source = source.replace("\n", "\\n")
    if len(source) > 140:
        source = source[:137] + "..."
    line = f"[{context}] \"{source}\""
    if comment:
        line += f" (comment \"{comment}\")"
    return line


def check_entries(path, language, source_language, entries):
    """Problems of the committed file itself."""
    problems = []
    lang = language.split("_")[0]
    is_source_language = lang == source_language.split("_")[0]
    forms_needed = PLURAL_FORMS.get(lang)
    if forms_needed is None:
        return [f"language \"{language}\" of {path} is unknown to the gate; "
                f"add its number of plural forms to PLURAL_FORMS in {__file__}"]
    for key, message in entries:
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            problems.append(f"{kind}: {describe(key)}")
            continue
        if message.get("numerus") == "yes":
            forms = [text(f) for f in translation.iter("numerusform")] if translation is not None else []
            filled = sum(1 for f in forms if f.strip())
            # Plurals need their forms in every language, English included.
            unfinished = kind == "unfinished"
            if unfinished or filled != forms_needed or len(forms) != forms_needed:
                problems.append(f"plural forms {filled} of {forms_needed}"
                                f"{' (unfinished)' if unfinished else ''}: {describe(key)}")
        elif not is_source_language and (kind == "unfinished" or not text(translation).strip()):
            problems.append(f"unfinished: {describe(key)}")
    return problems


def main(argv):
    if "--" not in argv or len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    split = argv.index("--")
    lupdate, project, ts_files = argv[1], argv[2], argv[3:split]
    options = argv[split + 1:]

    failures = 0
    with tempfile.TemporaryDirectory(prefix="simfleet-ts-gate-") as scratch:
        for ts in ts_files:
            copy = os.path.join(scratch, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            run = subprocess.run([lupdate, "-project", project, *options, "-ts", copy],
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 text=True, cwd=scratch)
            if run.returncode != 0:
                print(f"FAIL {ts}: lupdate failed ({run.returncode}):\n{run.stdout}")
                failures += 1
                continue

            language, source_language, committed = read_ts(ts)
            _, _, updated = read_ts(copy)
            committed_keys = {key for key, _ in committed}
            updated_keys = {key for key, _ in updated}

            problems = [f"not in the .ts file (new in the code): {describe(k)}"
                        for k in sorted(updated_keys - committed_keys)]
            problems += [f"no longer in the code: {describe(k)}"
                         for k in sorted(committed_keys - updated_keys)]
            problems += check_entries(ts, language, source_language, committed)
            if problems:
                failures += 1
                print(f"FAIL {ts}: {len(problems)} entr{'y' if len(problems) == 1 else 'ies'} to fix:")
                for problem in problems:
                    print(f"  {problem}")
            else:
                print(f"ok   {ts}: {len(committed)} entries, complete")
    if failures:
        print(FIX_HINT)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

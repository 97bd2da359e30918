#!/usr/bin/env python3
"""Fails when a token or password the test suite used is found in what it wrote.

Reads every file under the given folders (the tests' kept temporary folders,
their homes, the screenshot test's folder) and ctest's log of the run (what
every test binary printed), and looks for each secret of the secrets file as
UTF-8, UTF-16 (both byte orders: QDataStream, QSettings' @Variant) and
percent-encoded (URLs), inside ZIP members (XLSX exports) and deflated PDF
streams too. Usage:

  check_secrets_not_written.py --secrets FILE --sources DIR... --scan DIR...
                               [--ctest-log FILE]
  check_secrets_not_written.py --self-test
"""

import argparse
import io
import os
import re
import sys
import tempfile
import urllib.parse
import zipfile
import zlib

SOURCE_SUFFIXES = (".cpp", ".h")


def read_secrets(path):
    literals, patterns = [], []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("re:"):
                patterns.append(re.compile(line[3:].encode("ascii")))
            else:
                literals.append(line)
    return literals, patterns


def unused_literals(literals, source_dirs):
    """Secrets no test or emulator source uses any more: the list must not rot."""
    text = []
    for root in source_dirs:
        for folder, _, files in os.walk(root):
            for name in files:
                if name.endswith(SOURCE_SUFFIXES):
                    with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                        text.append(f.read())
    everything = "\n".join(text)
    return [s for s in literals if s not in everything]


def encodings(secret):
    forms = {secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")}
    quoted = urllib.parse.quote(secret, safe="")
    if quoted != secret:
        forms.add(quoted.encode("ascii"))
        forms.add(quoted.lower().encode("ascii"))
    return forms


def expanded(data):
    """The bytes themselves, plus what ZIP members and deflated streams hold."""
    yield "", data
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for member in archive.namelist():
                    yield "!" + member, archive.read(member)
        except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as error:
            yield "!(unreadable zip: %s)" % error, b""
    if b"FlateDecode" in data:
        for number, match in enumerate(re.finditer(rb"stream\r?\n", data)):
            try:
                yield "!stream%d" % number, zlib.decompressobj().decompress(data[match.end():])
            except zlib.error:
                continue


def scan(paths, literals, patterns):
    needles = [(secret, form) for secret in literals for form in encodings(secret)]
    hits, files, size = [], 0, 0
    for path in paths:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            continue  # a socket, or gone since the walk
        files += 1
        size += len(data)
        for where, content in expanded(data):
            for secret, form in needles:
                at = content.find(form)
                if at >= 0:
                    hits.append((path + where, "a secret", content[max(0, at - 60):at],
                                 content[at + len(form):at + len(form) + 20]))
            # UTF-16 text is read by taking every other byte (both alignments):
            # merely dropping NUL bytes would join the fields of binary data
            # (little-endian numbers) into look-alike tokens.
            for pattern in patterns:
                for text in (content, content[0::2], content[1::2]):
                    match = pattern.search(text)
                    if match:
                        hits.append((path + where, "a made-up token",
                                     text[max(0, match.start() - 60):match.start()],
                                     text[match.end():match.end() + 20]))
                        break
    return hits, files, size


def files_under(folders):
    for folder in folders:
        for root, _, names in os.walk(folder):
            for name in names:
                path = os.path.join(root, name)
                if os.path.isfile(path) and not os.path.islink(path):
                    yield path


def printable(data):
    return data.decode("utf-8", errors="replace").replace("\x00", "")


def self_test():
    """Plants every secret form the scan claims to find; all must be found."""
    secret = "Plant-Secret-4242"
    token = "7|0123456789abcdef"
    pattern = re.compile(rb"(?<![0-9A-Za-z])[0-9]{1,4}\|[0-9a-f]{16}(?![0-9a-f])")
    with tempfile.TemporaryDirectory() as root:
        def plant(name, data):
            with open(os.path.join(root, name), "wb") as f:
                f.write(data)

        plant("log.txt", b"signed in with " + secret.encode())
        plant("stream.bin", b"\x00\x00" + secret.encode("utf-16-be"))
        plant("settings.ini", b"@Variant(" + secret.encode("utf-16-le") + b")")
        plant("url.txt", b"GET /bill?token=" + urllib.parse.quote(token, safe="").encode())
        zipped = io.BytesIO()
        with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("xl/sharedStrings.xml", "<t>" + secret + "</t>")
        plant("export.xlsx", zipped.getvalue())
        plant("doc.pdf", b"<< /Filter /FlateDecode >>\nstream\n" + zlib.compress(secret.encode())
              + b"\nendstream")
        plant("v2.json", b'{"token":"' + token.encode() + b'"}')
        plant("v2-utf16.ini", b"@Variant(" + token.encode("utf-16-le") + b")")
        plant("clean.txt", b"nothing to see: 0123456789abcdef, Plant-Secret, 7|01234")
        plant("binary.bin", b"1\x00\x00\x00|\x00\x00\x000123456789abcdef\x00")
        hits, files, _ = scan(sorted(files_under([root])), [secret, token], [pattern])
    found = {os.path.basename(path.split("!")[0]) for path, _, _, _ in hits}
    expected = {"log.txt", "stream.bin", "settings.ini", "url.txt", "export.xlsx", "doc.pdf",
                "v2.json", "v2-utf16.ini"}
    if found != expected or files != 10:
        print("self-test failed: found in %s, expected %s" % (sorted(found), sorted(expected)))
        return 1
    print("self-test: every planted form found (%d files), the clean files not flagged" % files)
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--secrets")
    parser.add_argument("--sources", nargs="*", default=[])
    parser.add_argument("--scan", nargs="*", default=[])
    parser.add_argument("--ctest-log")
    args = parser.parse_args()
    if args.self_test:
        return self_test()

    literals, patterns = read_secrets(args.secrets)
    unused = unused_literals(literals, args.sources)
    if unused:
        print("secrets.txt lists secrets no test uses any more: %s" % ", ".join(unused))
        return 1
    paths = sorted(files_under([d for d in args.scan if os.path.isdir(d)]))
    if args.ctest_log:
        # ctest writes the running test run's log as LastTest.log.tmp and renames
        # it when the run ends: the .tmp is this run's, LastTest.log the last one.
        if not os.path.isfile(args.ctest_log):
            print("ctest's log %s is missing: run the tests with ctest" % args.ctest_log)
            return 1
        paths.append(args.ctest_log)
        with open(args.ctest_log, "rb") as log:
            finished = log.read().count(b"Test time =")
        print("ctest's log holds the output of %d finished tests" % finished)
        if finished == 0:
            print("ctest's log holds no test's output")
            return 1
    hits, files, size = scan(paths, literals, patterns)
    print("scanned %d files, %.1f MB, for %d secrets and %d patterns" %
          (files, size / 1e6, len(literals), len(patterns)))
    if files == 0:
        print("nothing to scan: the tests wrote nothing where expected")
        return 1
    for path, what, before, after in hits:  # the secret itself is not printed again
        print("FOUND %s in %s: ...%s<secret>%s..." % (what, path, printable(before),
                                                       printable(after)))
    print("%d hits" % len(hits))
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())

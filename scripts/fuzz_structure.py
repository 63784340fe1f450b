#!/usr/bin/env python3
"""Structure fuzzers for `consolidate import`, with Python's own parsers as the oracle.

csv:  random files of valid rows whose fields are quoted in every legal and several illegal
      ways (doubled quotes, embedded separators and line breaks, CRLF, text after a closing
      quote, a quote left open). Python's `csv` module (strict) reads the same bytes. When it
      reads N data rows, the import must report exactly N rows; when it refuses the file, the
      import must fail with at least one located row error. So: rows imported + rows reported
      in errors = data rows, and nothing is swallowed in silence.
json: random arrays of application objects (escapes, surrogate pairs, numbers), some of them
      mutated byte by byte. Python's `json` is the oracle: invalid JSON must be refused (trailing
      commas aside, which Foundation accepts), a well-formed array of N applications must import
      N rows, and nothing may crash.

Usage: fuzz_structure.py csv|json SECONDS BINARY [SEED]
A failing input is kept in Tests/Fixtures/fuzz-crashes/ and the script exits 1.
"""
import csv
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = ["Sistem", "Informasi", "Kepegawaian", "absensi", "e-Office", "Rp 1.000", "catatan", "baru",
         "SIMPEG", "naïve", "😀", "\u200f", "=cmd", "-1"]
# Cells holding the other delimiters the importer detects; FUZZ_CELLS=plain leaves them out to
# exercise quoting alone.
if os.environ.get("FUZZ_CELLS") != "plain":
    WORDS += ["A;B", "x\ty"]


def csv_field(rng, kind):
    """A field and whether Python-strict and the RFC accept it."""
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4)))
    if kind == "plain":
        return text
    inner = text
    if rng.random() < 0.5:
        inner += rng.choice([",", "\n", "\r\n", '""', ' ""kutip"" ', ", lalu"])
    quoted = '"' + inner + '"'
    if kind == "quoted":
        return quoted
    if kind == "junk-after-quote":
        return quoted + rng.choice([" tambahan", "x", '"', " "])
    if kind == "open":
        return '"' + inner
    raise ValueError(kind)


def make_csv(rng):
    rows = rng.randint(1, 60)
    newline = rng.choice(["\n", "\r\n"])
    lines = ["id,name,description,catatan"]
    # About one file in three holds one defect: text after a closing quote, or a quote left open at the end.
    defect = rng.choice(["junk-after-quote", "open"]) if rng.random() < 0.35 else None
    defect_row = rows - 1 if defect == "open" else rng.randrange(rows)
    for index in range(rows):
        kinds = ["plain" if rng.random() < 0.45 else "quoted" for _ in range(2)]
        if defect and index == defect_row:
            kinds[1 if defect == "open" else rng.randrange(2)] = defect
        fields = [f"R{index + 1}", f"App {index + 1}"] + [csv_field(rng, k) for k in kinds]
        lines.append(",".join(fields))
    text = newline.join(lines) + (newline if rng.random() < 0.8 else "")
    return text.encode("utf-8")


def csv_oracle(data):
    """Data rows by Python's strict csv reader, or None when it refuses the file."""
    try:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline=""), strict=True))
    except csv.Error:
        return None
    body = [r for r in rows[1:] if r]
    return len(body) if all(len(r) == len(rows[0]) for r in body) else None


def make_json(rng):
    apps = []
    for index in range(rng.randint(1, 30)):
        app = {"id": f"J{index + 1}", "name": rng.choice(WORDS) + f" {index + 1}"}
        if rng.random() < 0.7:
            app["description"] = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 6)))
        if rng.random() < 0.4:
            app["users"] = rng.randint(0, 100000)
        if rng.random() < 0.3:
            app["features"] = [rng.choice(WORDS) for _ in range(rng.randint(0, 3))]
        apps.append(app)
    text = json.dumps(apps, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
    data = bytearray(text.encode("utf-8"))
    for _ in range(rng.choice([0, 0, 1, 2, 3])):
        position = rng.randrange(len(data))
        action = rng.random()
        if action < 0.4:
            del data[position]
        elif action < 0.8:
            data.insert(position, rng.choice(b'{}[]",:\\0123456789eE-+. \nnulltrue'))
        else:
            data[position] = rng.randrange(256)
    return bytes(data)


def json_oracle(data, lenient=False):
    """("invalid", None), ("rows", N) for a clean array of applications, or ("other", None).

    `lenient` first drops trailing commas (`[1, 2,]`), which Foundation's parser accepts.
    """
    try:
        text = data.decode("utf-8")
        if lenient:
            text = re.sub(r",(\s*[}\]])", r"\1", text)
        value = json.loads(text, parse_constant=lambda name: float("nan"))
    except (ValueError, UnicodeDecodeError):
        return "invalid", None
    def clean_scalar(v):
        return v is None or isinstance(v, str) or (isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) < 1e9)
    if not isinstance(value, list) or not value or not all(isinstance(a, dict) for a in value):
        return "other", None
    try:
        # A lone surrogate (\ud83d without its pair) is no Unicode text: refusing it is fine.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return "other", None
    ids = [a.get("id") for a in value]
    for app in value:
        if set(app) - {"id", "name", "description", "users", "features"}:
            return "other", None
        if not isinstance(app.get("name"), str) or not app["name"].strip() or not isinstance(app.get("id"), str) or not app["id"].strip():
            return "other", None
        if not isinstance(app.get("description", ""), str) or not clean_scalar(app.get("users")):
            return "other", None
        if "users" in app and not (isinstance(app["users"], int) and not isinstance(app["users"], bool) and app["users"] >= 0):
            return "other", None
        if not isinstance(app.get("features", []), list) or not all(isinstance(f, str) for f in app.get("features", [])):
            return "other", None
    if len(set(i.strip() for i in ids)) != len(ids):
        return "other", None
    return "rows", len(value)


def run_import(binary, path, database):
    result = subprocess.run([binary, "import", path, "--db", database, "--dry-run"], capture_output=True, timeout=120)
    return result.returncode, result.stdout.decode("utf-8", "replace") + result.stderr.decode("utf-8", "replace")


def imported_rows(output):
    match = re.search(r"would import .*?: (?:[^,\n]*? read, )?(\d+) rows", output)
    return int(match.group(1)) if match else None


def located_rows(output, name):
    return {int(m.group(1)) for m in re.finditer(re.escape(name) + r":(\d+)", output)}


def main():
    kind, seconds, binary = sys.argv[1], float(sys.argv[2]), os.path.abspath(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else int(time.time())
    rng = random.Random(seed)
    work = tempfile.mkdtemp(prefix=f"fuzz-{kind}-")
    database = os.path.join(work, "base.sqlite")
    base = os.path.join(work, "base.csv")
    with open(base, "w") as handle:
        handle.write("id,name\nBASE-1,SIPD\n")
    subprocess.run([binary, "import", base, "--db", database], check=True, capture_output=True)
    name = "input." + kind
    path = os.path.join(work, name)
    started, cases, refused = time.time(), 0, 0
    while time.time() - started < seconds:
        data = make_csv(rng) if kind == "csv" else make_json(rng)
        with open(path, "wb") as handle:
            handle.write(data)
        code, output = run_import(binary, path, database)
        cases += 1
        problem = None
        if code not in (0, 1, 64):
            problem = f"exit status {code} (crash?)"
        elif kind == "csv":
            expected = csv_oracle(data)
            if expected is None:
                refused += 1
                if code == 0:
                    problem = f"Python's csv refuses the file but the import accepted {imported_rows(output)} rows"
                elif not located_rows(output, name):
                    problem = "refused without naming a row"
            elif code != 0:
                problem = f"Python's csv reads {expected} rows but the import failed"
            elif imported_rows(output) != expected:
                problem = f"Python's csv reads {expected} rows but the import reported {imported_rows(output)}"
        else:
            verdict, expected = json_oracle(data)
            if verdict == "invalid":
                refused += 1
                lenient, count = json_oracle(data, lenient=True)
                if code == 0 and not (lenient == "rows" and imported_rows(output) == count):
                    problem = "invalid JSON (by Python's json, even allowing trailing commas) was accepted"
            elif verdict == "rows" and (code != 0 or imported_rows(output) != expected):
                problem = f"{expected} clean applications, but the import gave: {output.strip()[:300]}"
        if problem:
            keep = os.path.join(ROOT, "Tests/Fixtures/fuzz-crashes", f"{kind}-structure-{seed}-{cases}.{kind}")
            os.makedirs(os.path.dirname(keep), exist_ok=True)
            with open(keep, "wb") as handle:
                handle.write(data)
            print(f"FAIL after {cases} cases (seed {seed}): {problem}\n  input kept as {keep}\n  output: {output.strip()[:500]}")
            sys.exit(1)
    elapsed = time.time() - started
    print(f"{kind} structure fuzzing: {cases} files in {elapsed:.0f} s ({cases / elapsed:.1f}/s), "
          f"{refused} refused by the oracle, 0 failures (seed {seed})")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The build's layering holds: a module's source compiles with the headers of the modules below
it, and not with a later module's or another module's private headers.

Each check compiles one line, with the exact command the build uses for a real source of the
module (from compile_commands.json), and says whether it compiled as it must.

usage: check_layering.py BUILD_DIR
"""
import json
import pathlib
import shlex
import subprocess
import sys
import tempfile

# (a source of the module, the line to compile, whether it must compile)
CHECKS = [
    ("engine/src/kpi/rag.cpp", '#include "scdash/template/catalogue.hpp"', True),
    ("engine/src/kpi/rag.cpp", '#include "scdash/render/report_json.hpp"', False),
    ("engine/src/kpi/rag.cpp", '#include "scdash/run/job.hpp"', False),
    ("engine/src/validate/type_rules.cpp", '#include "scdash/kpi/model.hpp"', False),
    ("engine/src/mapping/glob.cpp", '#include "scdash/io/workbook.hpp"', True),
    ("engine/src/mapping/glob.cpp", '#include "io/xml_scanner.hpp"', False),
    ("engine/src/io/cell.cpp", '#include "scdash/mapping/mapping.hpp"', False),
    ("engine/src/render/report_json.cpp", '#include "scdash/platform/terminal.hpp"', False),
    ("src/run_job.cpp", '#include "run/returns.hpp"', False),
]


def command_for(commands, source):
    for entry in commands:
        if entry["file"].endswith(source):
            return entry
    sys.exit(f"check_layering: {source} is not in compile_commands.json")


def compiles(entry, line):
    words = shlex.split(entry["command"])
    # Keep the compiler and its flags; drop the output and the source.
    kept = []
    skip = False
    for word in words[:-1]:
        if skip:
            skip = False
            continue
        if word in ("-o", "-c", "-MF", "-MT"):
            skip = True
            continue
        if word in ("-MD",):
            continue
        kept.append(word)
    with tempfile.NamedTemporaryFile("w", suffix=".cpp", delete=False) as probe:
        probe.write(line + "\nint main() {}\n")
    try:
        run = subprocess.run(kept + ["-fsyntax-only", probe.name], cwd=entry["directory"],
                             capture_output=True, text=True)
    finally:
        pathlib.Path(probe.name).unlink()
    return run.returncode == 0, run.stderr


def header_not_found(errors):
    return "No such file or directory" in errors or "file not found" in errors


def main():
    build = pathlib.Path(sys.argv[1])
    commands = json.loads((build / "compile_commands.json").read_text())
    failures = 0
    for source, line, must in CHECKS:
        ok, errors = compiles(command_for(commands, source), line)
        # Refused must mean the header is out of reach, not some other error.
        if ok != must or (not ok and not header_not_found(errors)):
            failures += 1
            print(f"{source}: '{line}' {'does not compile' if must else 'compiles'}, "
                  f"but it must {'' if must else 'not '}\n{errors}")
        else:
            print(f"{source}: '{line}' {'compiles' if ok else 'is refused'}, as it must")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

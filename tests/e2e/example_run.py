"""Runs scdash on the repository's example returns, for the checks that read its outputs back."""
import subprocess
from pathlib import Path


def run_example(scdash, source, out, options):
    """`scdash run` on SOURCE's example returns, mappings and template, writing OUT (the
    dashboard's path) and the outputs beside it; the error text when it fails, else None."""
    source = Path(source)
    run = subprocess.run([scdash, "run", str(source / "examples/returns"), "--mappings",
                          str(source / "mappings"), "--template",
                          str(source / "workbook-templates/safer-communities"), "--out",
                          str(out), *options], capture_output=True, text=True)
    if run.returncode > 1:
        return f"scdash run {' '.join(options)} failed ({run.returncode}):\n{run.stderr}"
    return None

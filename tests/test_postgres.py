"""The same CLI on PostgreSQL: a throwaway server on loopback, started and stopped by the test.

`make test` installs the server (scripts/system-deps.sh); outside CI the test is skipped when the
server binaries are missing.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPORT
from media_helpers import image

from marsad.cli import cli


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    path = found[-1] if found else shutil.which("initdb")
    return Path(path).parent if path else None


def _as_server_user(args: list[str]) -> list[str]:
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@pytest.fixture(scope="module")
def postgres_url():
    bindir = _bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries are missing: scripts/system-deps.sh should have installed them")
        pytest.skip("PostgreSQL server binaries are not installed (make system-deps)")
    data = Path(tempfile.mkdtemp(prefix="marsad-pg-"))  # pytest's own folders are closed to the server's user
    if os.geteuid() == 0:
        shutil.chown(data, "postgres")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = _as_server_user([str(bindir / args[0]), *args[1:]])
        return subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)

    run("initdb", "-D", str(data / "db"), "-A", "trust", "-U", "marsad")
    options = f"-k {data} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off"
    run("pg_ctl", "-D", str(data / "db"), "-o", options, "-l", str(data / "log"), "-w", "start")
    try:
        run("createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "marsad", "marsad")
        yield f"postgresql+psycopg://marsad@127.0.0.1:{port}/marsad"
    finally:
        run("pg_ctl", "-D", str(data / "db"), "-m", "fast", "-w", "stop")
        shutil.rmtree(data, ignore_errors=True)


def test_the_cli_runs_unchanged_on_postgresql(postgres_url, tmp_path, write):
    env = {"MARSAD_DB": postgres_url, "MARSAD_BLOBS": str(tmp_path / "blobs")}
    runner = CliRunner(env=env)

    def marsad(*args: str, expect: int = 0) -> str:
        result = runner.invoke(cli, list(args), catch_exceptions=False)
        assert result.exit_code == expect, result.stdout + result.stderr
        return result.stdout

    marsad("init")
    text = REPORT + "\nBoko Haram was blamed for the abduction, local officials said.\n"
    marsad("ingest", str(write("a.txt", text)), "--published", "2024-06-05", "--outlet", "Sahel Dispatch")
    marsad("ingest", str(write("copy.txt", text)))
    marsad("extract")
    assert "abduction" in marsad("incidents") and "Gwoza" in marsad("incidents")
    marsad("media", "add", str(image(tmp_path, "release.png", 3)), "--bank", "known")
    assert '"bank": "known"' in marsad("match", str(image(tmp_path, "copy.jpg", 3, "crop_10")), "--json")
    assert "OK" in marsad("custody", "verify")

    import psycopg

    with psycopg.connect(postgres_url.replace("postgresql+psycopg", "postgresql")) as conn:
        conn.execute("UPDATE documents SET text = text || ' (edited)'")
    assert "row altered" in marsad("custody", "verify", expect=1)

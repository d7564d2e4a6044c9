"""The Dockerfile cannot be built in CI (no Docker there; deploy/check_image.sh builds and
runs it where there is): these checks keep what the README promises of it."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _instructions() -> list[tuple[str, str]]:
    joined = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    lines = [line.strip() for line in joined.splitlines()]
    return [tuple(line.split(maxsplit=1)) for line in lines if line and not line.startswith("#")]


def test_the_image_runs_as_a_non_root_user_after_installing_cpu_torch_first():
    steps = _instructions()
    kinds = [kind for kind, _ in steps]
    user = steps[kinds.index("USER")][1]
    assert user not in ("root", "0")
    torch_step = next(i for i, (kind, arg) in enumerate(steps)
                      if kind == "RUN" and "torch==" in arg)
    install_step = next(i for i, (kind, arg) in enumerate(steps)
                        if kind == "RUN" and "pip install -e ." in arg)
    assert torch_step < install_step < kinds.index("USER")
    assert 'TORCH_SOURCE="--index-url https://download.pytorch.org/whl/cpu"' in [
        arg for kind, arg in steps if kind == "ARG"]
    assert "/readyz" in steps[kinds.index("HEALTHCHECK")][1]
    assert "serve" in steps[kinds.index("CMD")][1]


def test_the_build_context_leaves_out_the_venv_and_local_artifacts():
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".venv/", ".git/", "models/artifacts/"} <= set(ignored)

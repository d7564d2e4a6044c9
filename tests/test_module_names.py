"""Each module-level name is bound once: a second binding silently replaces the first.

The rewriter holds hundreds of word sets and patterns side by side; twice a new one took a
name already in use, which changed an older rule without any error (ruff does not flag a
constant bound twice)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(p for folder in ("models", "service", "training")
                 for p in (ROOT / folder).rglob("*.py"))


def _bound_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
    return names


def test_the_sources_are_found():
    assert any(p.name == "rewriter.py" for p in SOURCES)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(path):
    names = _bound_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in Counter(names).items() if count > 1] == []


def test_a_name_bound_twice_is_found():
    tree = ast.parse("_JOINING = 1\ndef f(): pass\n_JOINING = frozenset()\n")
    assert Counter(_bound_names(tree))["_JOINING"] == 2

"""No module binds one top-level name twice: the second binding replaces the first for every function that reads
it, with no error (a check's pattern once took the name of an older pattern in qa/roles.py, and both checks read
with the later one)."""

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("index", "qa", "ui", "eval", "training", "cli", "scripts", "tests")  # a test named twice never runs


def names_bound_twice(source: str) -> list[str]:
    """The top-level names a module binds more than once (an ``@overload`` is a declaration, not a binding)."""
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            overload = any(getattr(d, "id", getattr(d, "attr", "")) == "overload" for d in node.decorator_list)
            names = [] if overload else [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(name)
            seen.add(name)
    return twice


def test_no_module_binds_a_top_level_name_twice():
    found = {
        str(f.relative_to(REPO)): twice
        for package in PACKAGES
        for f in sorted((REPO / package).rglob("*.py"))
        if (twice := names_bound_twice(f.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_check_sees_a_pattern_named_again():
    source = '_WHOM = re.compile("a")\n\n\ndef f():\n    return _WHOM\n\n\n_WHOM = re.compile("b")\n'
    assert names_bound_twice(source) == ["_WHOM"]
    assert names_bound_twice('_WHOM = re.compile("a")\n_OTHER = 1\n') == []

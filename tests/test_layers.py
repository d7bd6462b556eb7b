"""Imports only go down the layers: cli -> ui, eval, training -> qa -> index (and nothing imports cli)."""

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RANK = {"index": 0, "qa": 1, "ui": 2, "eval": 2, "training": 2, "cli": 3}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):  # lazy imports inside functions count too
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def upward_imports(root: Path = REPO) -> list[str]:
    found = []
    for package, rank in RANK.items():
        for f in sorted((root / package).rglob("*.py")):
            for name in imported_packages(f):
                if name in RANK and name != package and RANK[name] >= rank:
                    found.append(f"{f.relative_to(root)} imports {name}")
    return found


def test_no_module_imports_a_layer_above_it():
    assert upward_imports() == []


def test_the_check_sees_lazy_upward_imports(tmp_path):
    bad = tmp_path / "qa"
    bad.mkdir()
    (bad / "m.py").write_text("def f():\n    from ui.app import build_app\n")
    assert upward_imports(tmp_path) == ["qa/m.py imports ui"]

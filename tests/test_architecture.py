"""Dependencies point inward (DESIGN.md): the domain knows nothing of the outside."""

import ast
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "onward"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_domain_imports_only_stdlib_and_itself() -> None:
    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    for path in sorted((SRC / "domain").rglob("*.py")):
        for name in imports_of(path):
            top = name.split(".")[0]
            assert top in stdlib or name.startswith("onward.domain"), f"{path.name}: {name}"


def test_inner_layers_do_not_import_delivery() -> None:
    for layer in ("domain", "store", "services", "coaching", "guard", "voices", "notify"):
        for path in sorted((SRC / layer).rglob("*.py")):
            for name in imports_of(path):
                assert not name.startswith(("onward.cli", "onward.web")), f"{path}: {name}"


def test_nothing_reads_settings_at_import_time() -> None:
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign | ast.AnnAssign | ast.Expr):
                source = ast.unparse(node)
                assert "load_settings(" not in source, f"{path}: {source}"
                assert "os.environ[" not in source, f"{path}: {source}"

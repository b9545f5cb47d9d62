"""The package's modules themselves: a constant defined twice in one module silently replaces the first."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "bot"


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_module_level_name_is_assigned_twice(module: Path) -> None:
    names = Counter(target.id for node in ast.parse(module.read_text()).body
                    if isinstance(node, ast.Assign | ast.AnnAssign)
                    for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
                    if isinstance(target, ast.Name))
    assert [name for name, times in names.items() if times > 1] == []

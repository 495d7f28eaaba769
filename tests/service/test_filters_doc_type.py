"""HTTP filter values: the generic type 'rapport' can be asked for like VB and VP."""

from __future__ import annotations

import pytest

from service.api.filters import make_filters
from service.errors import BadRequest


def test_doc_type_values_map_to_the_stored_forms() -> None:
    filters = make_filters(doc_type=["vb", "Rapport"])
    assert filters is not None and filters.doc_types == ("VB", "rapport")
    with pytest.raises(BadRequest, match="VB, VP or rapport"):
        make_filters(doc_type="årsredovisning")

"""Relations, session 28 (g): the kin-title merge ("Mum" is a named woman) never picks someone the
relations already tie to the owner as a cousin, sibling or partner, nor the cousin or sibling of the
owner's brother, sister or other parent. Invented sentences; upstream layers built by hand."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build


def test_mums_stand_in_is_not_the_narrators_cousin(nlp):
    text = ('Mum put the kettle on at six. "Morning, Mum," I said. Aunt Wenna walked in from the garden with '
            'her sister Roisin. My cousin Roisin sat by the stove. Mum made us all toast.')
    a, ids = build(text, nlp, {"Mum": "she", "Wenna": "she", "Roisin": "she", "Tilde": "she"},
                   narrator="Tilde", quotes=[("Morning, Mum,", "Tilde", "Mum")])
    # the sibling of the narrator's aunt would be Mum, but the text makes her the narrator's cousin
    assert "parent" in every_state(a, ids["Mum"], ids["Tilde"])
    assert "parent" not in every_state(a, ids["Roisin"], ids["Tilde"])

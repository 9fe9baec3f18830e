"""Session 16, second round, cast: a firm or a shop named after its owner ("Okonjo Motors", "Pell's
Market") and a ward or a station a number names ("Ward Eleven", "Station Four", also as a radio call
sign) are no characters; the owner still is. Every text here is invented."""

from __future__ import annotations

from cast_helpers import cast_names as _cast
from cast_helpers import who as _who


def test_a_garage_named_after_its_owner_is_no_character(nlp):
    text = ("Dad said Okonjo Motors was the only garage he trusted. Okonjo Motors had fixed his van twice, "
            "and he said Okonjo Motors never cheated anyone.\n\n"
            "Wilhelmina Okonjo wiped her hands on a rag. \"Bring it round the back,\" Wilhelmina said.\n\n"
            "Casimir drove the van round and waited.")
    cast = _cast(text, nlp)
    assert _who(cast, "Okonjo Motors") is None
    assert _who(cast, "Wilhelmina") is not None


def test_a_shop_after_a_possessive_is_no_character(nlp):
    text = ("We all worked at Pell's Market that summer. Pell's Market smelled of oranges, and Pell's Market "
            "stayed open till ten because she said so.\n\n"
            "Ysolde Pell ran the till. \"Two loaves,\" Ysolde said, and Bartholomew paid.")
    cast = _cast(text, nlp)
    assert _who(cast, "Market") is None
    assert _who(cast, "Ysolde") is not None


def test_a_numbered_ward_or_station_is_no_character(nlp):
    text = ("The night shift on Ward Eleven starts at eight. Oriel was already at the desk.\n\n"
            "\"Station Four, Station Four, chimney fire on Heron Lane,\" the radio said.\n\n"
            "\"Station Four received,\" Oriel said, and Station Four rolled out into the dark. "
            "Station Four was back by midnight.\n\n"
            "\"Try Ward C,\" Oriel told the porter. \"Ward C has the spare beds.\"")
    cast = _cast(text, nlp)
    assert _who(cast, "Ward Eleven") is None
    assert _who(cast, "Station Four") is None
    assert _who(cast, "Ward C") is None
    assert _who(cast, "Oriel") is not None

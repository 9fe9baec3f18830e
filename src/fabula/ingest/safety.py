"""XML safety checks shared by the HTML and EPUB readers.

Our parsers never expand entities or load DTDs, so these checks are about refusing, with a clear
message, documents that try (billion laughs, XXE), instead of quietly reading them as text.
"""

from __future__ import annotations

import re
from pathlib import Path

from fabula.errors import HostileInput

_DOCTYPE_RE = re.compile(r"<!DOCTYPE\b(?P<body>[^\[>]*)(?P<subset>\[)?", re.IGNORECASE)
_SAFE_DTD_HOSTS = ("http://www.w3.org/", "https://www.w3.org/", "http://www.daisy.org/", "http://www.idpf.org/")


def _dtd_is_harmless(body: str) -> bool:
    """``html``, ``html PUBLIC "…" "http://www.w3.org/…"``, ``html SYSTEM "about:legacy-compat"``:
    yes. A system identifier pointing anywhere else (``file:``, another host, a path): no. We never
    load DTDs, but a document that asks for one elsewhere is not a book."""
    literals = re.findall(r"\"([^\"]*)\"|'([^']*)'", body)
    ids = [a or b for a, b in literals]
    if not re.search(r"\b(?:SYSTEM|PUBLIC)\b", body, re.IGNORECASE):
        return not ids
    public = re.search(r"\bPUBLIC\b", body, re.IGNORECASE) is not None
    system = ids[1] if public and len(ids) > 1 else (ids[0] if not public and ids else None)
    if system is None:
        return True
    return system == "about:legacy-compat" or system.startswith(_SAFE_DTD_HOSTS) or \
        bool(re.fullmatch(r"[\w.\-]+\.dtd", system))


def check_xml_safety(text: str, name: str | None, path: Path | str | None, dtd_ids: bool = True) -> None:
    """Refuse entity declarations (billion laughs, XXE), internal DTD subsets and (``dtd_ids``)
    DTDs that live anywhere but the W3C's (and the EPUB bodies') own addresses."""
    who = f"'{name}'" if name else "the document"
    if "<!ENTITY" in text.upper():
        raise HostileInput(f"{who} declares XML entities (entity expansion or external entity attack); "
                           "refusing it", path)
    m = _DOCTYPE_RE.search(text[:65536])
    if m:
        if m.group("subset"):
            raise HostileInput(f"{who} has an internal DTD subset; refusing it", path)
        if dtd_ids and not _dtd_is_harmless(m.group("body")):
            raise HostileInput(f"{who} refers to an external DTD ({m.group('body').strip()[:60]}); refusing it",
                               path)

"""Parse each gold text once: a disk cache of spaCy parses for evaluation and training.

Evaluation re-reads the same novels many times while rules are tuned; re-parsing them is most of
the cost. The cache key is the source bytes' hash plus the spaCy model label, so a changed text
or model never returns a stale parse. Location: ``$FABULA_CACHE`` or ``~/.cache/fabula``.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from fabula.model import Story


def cache_dir() -> Path:
    d = Path(os.environ.get("FABULA_CACHE", Path.home() / ".cache" / "fabula")) / "parsed"
    d.mkdir(parents=True, exist_ok=True)
    return d


def load_parsed(path: str | Path, model: str | None = None) -> tuple[Story, object]:
    """Ingest ``path`` and return (story, doc), reusing a cached parse when there is one."""
    from spacy.tokens import DocBin

    from fabula import ingest
    from fabula import nlp as nlp_mod
    from fabula.io import write_atomic

    story = ingest.load(path)
    nlp = nlp_mod.load(model)
    label = nlp_mod.model_label(nlp)
    key = hashlib.sha256((story.metadata.content_hash or "") .encode() + label.encode()
                         + story.text.encode("utf-8")).hexdigest()[:32]
    f = cache_dir() / f"{key}.spacy"
    if f.exists():
        try:
            docs = list(DocBin().from_bytes(f.read_bytes()).get_docs(nlp.vocab))
            if docs and docs[0].text == story.text:
                return story, docs[0]
        except Exception:  # noqa: BLE001 - a corrupt cache entry is re-made
            pass
    doc = nlp_mod.parse(story, nlp)
    db = DocBin(store_user_data=False)
    db.add(doc)
    write_atomic(f, db.to_bytes())
    return story, doc

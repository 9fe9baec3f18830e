"""Archive scale: many works → one queryable Parquet/DuckDB store (``fabula corpus``).

* :mod:`fabula.corpus.discover` — inputs (files, folders, zip archives) → work items keyed by
  content hash;
* :mod:`fabula.corpus.work` — the per-work function (ingest + analyze → table rows, or a failure);
* :mod:`fabula.corpus.rows` — Analysis → rows, derived from the pydantic models so new fields grow
  new columns;
* :mod:`fabula.corpus.store` — the Parquet store: atomic per-batch commits, manifests, recovery;
* :mod:`fabula.corpus.engines` — the local process pool and the Ray Data engine;
* :mod:`fabula.corpus.query` — DuckDB views and the ready-made ``find`` questions;
* :mod:`fabula.corpus.cli` — the ``fabula corpus`` commands.
"""

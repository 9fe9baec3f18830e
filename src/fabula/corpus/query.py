"""DuckDB over a store: each table is a view of its name; plus the ready-made `find` questions.

Views read exactly the Parquet parts that manifests name (never a half-written batch of a run that
is still going or was killed), plus each table's ``_empty.parquet`` so every documented column
exists even before any row has it. ``union_by_name`` lets parts written before a field was added
to the model sit beside newer ones.

``failures`` shows each work's latest failed attempt, hiding works that later succeeded (after
``--retry-failed``); ``failure_log`` keeps every attempt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fabula.corpus.store import EMPTY_PART, FAILURES, StoreError, is_store, store_state, table_names


def _sql_str(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def connect(store: str | Path, threads: int | None = None):
    """An in-memory DuckDB connection with one view per table of ``store``."""
    import duckdb

    root = Path(store)
    if not is_store(root):
        raise StoreError(f"{root} is not a fabula corpus store (no _schema.json)")
    con = duckdb.connect(":memory:")
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    files = store_state(root).files
    for table in table_names(root):
        paths = [str(p) for p in files.get(table, [])]
        empty = root / table / EMPTY_PART
        if empty.exists():
            paths.insert(0, str(empty))
        if not paths:
            continue
        lst = "[" + ", ".join(_sql_str(p) for p in paths) + "]"
        name = "failure_log" if table == FAILURES else table
        con.execute(f"CREATE VIEW {_ident(name)} AS SELECT * FROM read_parquet({lst}, union_by_name = true)")
    con.execute(
        "CREATE VIEW failures AS SELECT * FROM failure_log f "
        "WHERE f.work_id NOT IN (SELECT work_id FROM works) "
        "QUALIFY row_number() OVER (PARTITION BY f.work_id ORDER BY f.failed_at DESC) = 1")
    return con


def run_sql(store: str | Path, sql: str, params: list[Any] | None = None) -> tuple[list[str], list[tuple]]:
    """Run one query; return (column names, rows)."""
    con = connect(store)
    try:
        cur = con.execute(sql, params or [])
        cols = [d[0] for d in (cur.description or [])]
        return cols, cur.fetchall()
    finally:
        con.close()


# --------------------------------------------------------------------------------------------
# Ready-made questions (`fabula corpus find ...`)
# --------------------------------------------------------------------------------------------

# Relationship states and event types that mean a pair split up. The relations layer names its
# own vocabulary; these patterns cover the usual spellings ("broken up", "breakup", "ex"...).
BREAKUP_PATTERNS = ["%break%up%", "%broke%up%", "%broken%", "%split%", "%separat%", "%divorc%", "ex",
                    "exes", "ex-%", "%ended%", "%estranged%"]

_NAME_MATCH = """EXISTS (SELECT 1 FROM aliases al WHERE al.work_id = {t}.work_id
                 AND al.character_id = {t}.{col} AND lower(al.alias) = lower(?))"""


def _pair_filter(table: str, names: list[str]) -> tuple[str, list[str]]:
    """SQL restricting a (source, target) table to pairs whose names (or aliases) match."""
    if not names:
        return "", []
    if len(names) == 1:
        cond = (f"({_NAME_MATCH.format(t=table, col='source')} OR "
                f"{_NAME_MATCH.format(t=table, col='target')})")
        return " AND " + cond, [names[0], names[0]]
    a, b = names[0], names[1]
    fwd = f"({_NAME_MATCH.format(t=table, col='source')} AND {_NAME_MATCH.format(t=table, col='target')})"
    return f" AND ({fwd} OR {fwd})", [a, b, b, a]


def _fandom_filter(alias: str, fandom: str | None) -> tuple[str, list[str]]:
    if not fandom:
        return "", []
    return (f" AND {alias}.work_id IN (SELECT work_id FROM works w2, unnest(w2.fandoms) AS f(name) "
            "WHERE lower(f.name) LIKE lower(?))"), [f"%{fandom}%"]


def find_relationships(rel_type: str | None = None, names: list[str] | None = None,
                       fandom: str | None = None, limit: int = 50) -> tuple[str, list[Any]]:
    """Works with a relationship of a type (substring, case-insensitive) and/or between names."""
    where, params = "WHERE 1=1", []
    if rel_type:
        where += " AND lower(r.type) LIKE lower(?)"
        params.append(f"%{rel_type}%")
    pf, pp = _pair_filter("r", names or [])
    ff, fp = _fandom_filter("r", fandom)
    sql = (f"SELECT w.title, r.source_name, r.target_name, r.type, r.last_state, "
           f"round(r.confidence, 2) AS confidence, r.work_id FROM relationships r "
           f"JOIN works w USING (work_id) {where}{pf}{ff} "
           f"ORDER BY r.confidence DESC, w.title, r.work_id LIMIT {int(limit)}")
    return sql, params + pp + fp


def find_breakups(names: list[str] | None = None, fandom: str | None = None,
                  limit: int = 50) -> tuple[str, list[Any]]:
    """Works where a pair breaks up: a relationship state, or an event, that reads as a split."""
    pats = BREAKUP_PATTERNS
    like = " OR ".join(["lower(s.state) LIKE ?"] * len(pats))
    pf, pp = _pair_filter("s", names or [])
    ff, fp = _fandom_filter("s", fandom)
    ev_like = " OR ".join(["lower(e.type) LIKE ?"] * len(pats))
    ef, efp = _fandom_filter("e", fandom)
    ev_names = ""
    ev_params: list[str] = []
    for n in (names or [])[:2]:
        ev_names += (" AND EXISTS (SELECT 1 FROM aliases al, unnest(e.participants) AS p(cid) "
                     "WHERE al.work_id = e.work_id AND al.character_id = p.cid AND lower(al.alias) = lower(?))")
        ev_params.append(n)
    sql = (f"SELECT w.title, x.source_name, x.target_name, x.how, x.what, x.work_id FROM ("
           f"SELECT s.work_id, s.source_name, s.target_name, 'state' AS how, s.state AS what, s.seq AS ord "
           f"FROM relationship_states s WHERE ({like}){pf}{ff} "
           f"UNION ALL "
           f"SELECT e.work_id, NULL, NULL, 'event', e.type, 0 FROM events e WHERE ({ev_like}){ev_names}{ef}"
           f") x JOIN works w USING (work_id) ORDER BY w.title, x.work_id, x.ord LIMIT {int(limit)}")
    return sql, pats + pp + fp + pats + ev_params + efp


def find_central(fandom: str | None = None, limit: int = 20) -> tuple[str, list[Any]]:
    """The most central characters (of a fandom): by share of their work's character mentions,
    summed over works, so a character central in many works ranks above one central in one."""
    ff, fp = _fandom_filter("c", fandom)
    sql = (
        "WITH c AS (SELECT c.work_id, c.id, c.name, c.n_mentions, "
        "c.n_mentions / NULLIF(sum(c.n_mentions) OVER (PARTITION BY c.work_id), 0) AS share "
        f"FROM characters c WHERE 1=1{ff}) "
        "SELECT name, count(DISTINCT work_id) AS works, sum(n_mentions) AS mentions, "
        "round(sum(share), 3) AS centrality FROM c GROUP BY name "
        f"ORDER BY centrality DESC NULLS LAST, mentions DESC, name LIMIT {int(limit)}")
    return sql, fp


def find_quote_counts(fandom: str | None = None, work: str | None = None,
                      limit: int = 30) -> tuple[str, list[Any]]:
    """Quote counts per speaking character (by name, across works or in one work)."""
    ff, fp = _fandom_filter("q", fandom)
    wf, wp = ("", [])
    if work:
        wf, wp = " AND (q.work_id LIKE ? OR q.work_id IN (SELECT work_id FROM works WHERE title = ?))", \
            [f"{work}%", work]
    sql = (
        "SELECT coalesce(c.name, '(unattributed)') AS speaker, count(*) AS quotes, "
        "count(DISTINCT q.work_id) AS works, sum(q.words) AS words FROM quotes q "
        "LEFT JOIN characters c ON c.work_id = q.work_id AND c.id = q.speaker "
        f"WHERE 1=1{ff}{wf} GROUP BY 1 ORDER BY quotes DESC, speaker LIMIT {int(limit)}")
    return sql, fp + wp

"""The interaction network: who talks to, shares a scene with, or speaks about whom, per scene.

Weights are kept per scene (``Analysis.interactions``) so a reader can rebuild the graph at any
point of story time; the whole-story graph's metrics (weighted degree, degree and betweenness
centrality, eigenvector centrality, Louvain communities) come from networkx.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx

from fabula.model import Interaction, Network, NetworkEdge, NetworkNode
from fabula.relations.resolve import Resolver
from fabula.relations.upstream import SceneInfo, StoryView

MAX_NODES = 50
KIND_WEIGHT = {"conversation": 1.0, "co_presence": 0.5, "mention": 0.5}


def scene_cast(view: StoryView, sc: SceneInfo) -> list[str]:
    """Who is in a scene: the structure layer's list, else everyone mentioned or speaking in it,
    plus a first-person narrator."""
    if sc.characters:
        return list(sc.characters)
    present: dict[str, int] = defaultdict(int)
    for _, _, cid in view.mentions_in(sc.span):
        present[cid] += 1
    for q in view.quotes:
        if sc.span[0] <= q.span[0] < sc.span[1] and q.speaker:
            present[q.speaker] += 2
    narr = view.narrator_at(sc.span[0]) or view.narrator_at(max(sc.span[0], sc.span[1] - 1))
    if narr:
        present[narr] += 2
    return [c for c, n in present.items() if n >= 1]


def interactions(view: StoryView, resolver: Resolver) -> list[Interaction]:
    acc: dict[tuple[str, str, str, str], float] = defaultdict(float)
    order = {sc.id: sc.order for sc in view.scenes}
    for sc in view.scenes:
        for a, b in combinations(sorted(scene_cast(view, sc)), 2):
            acc[(a, b, "co_presence", sc.id)] += 1.0
    for q in view.quotes:
        if not q.speaker:
            continue
        sc = view.scene_at(q.span[0])
        targets = q.addressees or ([resolver.addressee(q.span[0])] if q.kind == "speech" else [])
        for t in targets:
            if t and t != q.speaker:
                acc[(q.speaker, t, "conversation", sc.id)] += 1.0
        for s, e in q.pieces:
            for _, _, cid in view.mentions_in((s, e)):
                if cid != q.speaker and cid not in targets:
                    acc[(q.speaker, cid, "mention", sc.id)] += 1.0
    out = [Interaction(source=a, target=b, kind=k, scene=s, story_order=order.get(s), weight=w,
                       directed=k != "co_presence")
           for (a, b, k, s), w in acc.items()]
    out.sort(key=lambda i: (i.story_order or 0.0, i.scene or "", i.kind, i.source, i.target))
    return out


def network(inter: list[Interaction]) -> Network:
    g = nx.Graph()
    edges: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for it in inter:
        key = tuple(sorted((it.source, it.target)))
        edges[key][it.kind] += it.weight
    for (a, b), kinds in edges.items():
        w = sum(KIND_WEIGHT[k] * v for k, v in kinds.items())
        g.add_edge(a, b, weight=w, distance=1.0 / w)
    if g.number_of_nodes() == 0:
        return Network()
    if g.number_of_nodes() > MAX_NODES:
        # metrics on the main cast only: the long tail of walk-ons costs time and says little
        keep = sorted(g.nodes, key=lambda n: -g.degree(n, weight="weight"))[:MAX_NODES]
        g = g.subgraph(keep).copy()
        edges = {k: v for k, v in edges.items() if k[0] in g and k[1] in g}
    deg = nx.degree_centrality(g)
    # exact on small casts; sampled sources (fixed seed) on big ones, where it is O(n·m)
    k = None if g.number_of_nodes() <= 25 else 25
    btw = nx.betweenness_centrality(g, k=k, weight="distance", seed=0)
    try:
        # power iteration (pure Python): the numpy variant pulls in scipy, seconds of import time
        eig = nx.eigenvector_centrality(g, weight="weight", max_iter=300, tol=1e-6) if g.number_of_nodes() > 2 else {}
    except Exception:  # noqa: BLE001 - disconnected or degenerate graphs: leave it at 0
        eig = {}
    comms = nx.community.louvain_communities(g, weight="weight", seed=0)
    comms = sorted((sorted(c) for c in comms), key=lambda c: (-len(c), c))
    comm_of = {n: i for i, c in enumerate(comms) for n in c}
    nodes = [NetworkNode(character=n, weighted_degree=round(g.degree(n, weight="weight"), 3),
                         degree_centrality=round(deg.get(n, 0.0), 4), betweenness=round(btw.get(n, 0.0), 4),
                         eigenvector=round(float(eig.get(n, 0.0)), 4), community=comm_of.get(n))
             for n in g.nodes]
    nodes.sort(key=lambda n: -n.weighted_degree)
    out_edges = [NetworkEdge(source=a, target=b, weight=round(g[a][b]["weight"], 3),
                             conversation=kinds.get("conversation", 0.0), co_presence=kinds.get("co_presence", 0.0),
                             mention=kinds.get("mention", 0.0))
                 for (a, b), kinds in edges.items()]
    out_edges.sort(key=lambda e: -e.weight)
    return Network(nodes=nodes, edges=out_edges, communities=comms)


def network_until(inter: list[Interaction], story_order: float) -> Network:
    """The interaction network as it stands at a point of story time: only the scenes whose story
    rank is at or before ``story_order`` (so a flashback's contacts count before the present's)."""
    return network([i for i in inter if i.story_order is None or i.story_order <= story_order])

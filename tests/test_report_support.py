"""Test support for the report tests (no tests here): an original story written for these tests
and a builder that fills every Analysis layer the pipeline has not produced yet, so the report's
interactive parts can be exercised while the stages land one by one.

The filled layers are derived from the text with plain rules (names found by regex, quotes
between double quotes, the speaker the name nearest a quote), never hand-written results.
"""

from __future__ import annotations

import re

from fabula.model import (
    Analysis,
    Arc,
    Character,
    Event,
    Evidence,
    Flashback,
    Mention,
    Quote,
    Relationship,
    RelationshipState,
    Scene,
    Tag,
    TimelineEntry,
)

# An original story for these tests (written for fabula; no third-party text).
STORY = """Chapter One

Mira locked the lighthouse door behind her and climbed the stairs two at a time. Jonah was already at the top, polishing the great lens with his sleeve.

"You're late," Jonah said. "The ferry left without you again?"

"The ferry left without everybody," Mira said. "Felix bought the last ticket and then stood in the doorway so nobody else could get on."

Jonah laughed. "Felix would sell the sea if he could find a buyer."

'He will not ruin tonight,' Mira thought, and set the basket of oranges down beside the lamp.

* * *

Five years ago, on the morning of the regatta, Mira had stood on the pier with her sister Ada and watched Felix cut their rope.

"Leave him," Ada had said, gripping her wrist. "Winning against a cheat is not worth a single tear."

"I am not crying," Mira had said, and she was.

End of flashback.

* * *

By midnight the storm had reached the cape. Ada came up the stairs soaked to the knees, with a lantern and a letter.

"It's from Felix," Ada said, holding it out to Jonah. "He says he is sorry. He says he wants to race again."

"Then we race," Jonah said, and he took Mira's hand. "Together this time."

Mira looked at Ada, then at the letter, and finally smiled. "Together," she said."""

NAMES = {"Mira": "she", "Jonah": "he", "Ada": "she", "Felix": "he"}


def _spans_of(text: str, word: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(word)}\b", text)]


def enrich(analysis: Analysis) -> Analysis:
    """Fill the layers that are still empty with rule-derived values for :data:`STORY`-like text."""
    text = analysis.story.text
    names = {n: g for n, g in NAMES.items() if re.search(rf"\b{n}\b", text)}
    if not analysis.characters:
        for i, (name, gender) in enumerate(names.items()):
            spans = _spans_of(text, name)
            analysis.characters.append(Character(
                id=f"char{i}", name=name, gender=gender,  # type: ignore[arg-type]
                aliases=[name.upper()] if i == 0 else [],
                mentions=[Mention(span=s, text=name) for s in spans],
                importance={"mentions": len(spans)}, confidence=0.9))
    by_name = {c.name: c.id for c in analysis.characters}
    if not analysis.quotes:
        for i, m in enumerate(re.finditer(r'"[^"\n]+"|\'[^\'\n]{6,}\'', text)):
            start = text.rfind("\n\n", 0, m.start()) + 2 if text.rfind("\n\n", 0, m.start()) >= 0 else 0
            end = text.find("\n\n", m.end())
            end = len(text) if end < 0 else end
            para = text[start:end]
            outside = para.replace(m.group(0), " " * len(m.group(0)))
            found = [(abs(x.start() + start - m.start()), x) for n in by_name
                     for x in re.finditer(rf"\b{n}\b", outside)]
            speaker, cue = None, None
            if found:
                _, best = min(found, key=lambda t: t[0])
                speaker = by_name[best.group(0)]
                cue = (start + best.start(), start + best.end())
            others = [c for c in by_name.values() if c != speaker]
            analysis.quotes.append(Quote(
                id=f"q{i}", spans=[(m.start(), m.end())], text=m.group(0),
                kind="thought" if m.group(0).startswith("'") else "speech", speaker=speaker,
                addressees=others[:1] if speaker else [], attribution="explicit" if speaker else None,
                confidence=0.8 if speaker else 0.0, cue=cue))
    if not analysis.scenes:
        cuts = [0] + [m.end() for m in re.finditer(r"\* \* \*", text)] + [len(text)]
        for i, (s, e) in enumerate(zip(cuts, cuts[1:], strict=False)):
            fb = "fb0" if "years ago" in text[s:e] else None
            present = [c.id for c in analysis.characters if any(s <= m.span[0] < e for m in c.mentions)]
            analysis.scenes.append(Scene(
                id=f"s{i}", span=(s, e), index=i, flashback=fb, characters=present,
                synopsis=text[s:e].strip().split(".")[0][:80], story_time=-1825.0 if fb else float(i),
                confidence=0.7))
        fb_scene = next((sc for sc in analysis.scenes if sc.flashback), None)
        if fb_scene and not analysis.flashbacks:
            analysis.flashbacks.append(Flashback(
                id="fb0", span=fb_scene.span, scenes=[fb_scene.id], explicit=True, cue="marker",
                story_time=-1825.0, confidence=0.8))
        order = sorted(analysis.scenes, key=lambda sc: sc.story_time or 0.0)
        for rank, sc in enumerate(order):
            sc.story_order = rank
            analysis.timeline.append(TimelineEntry(scene=sc.id, discourse_index=sc.index, story_index=rank,
                                                   story_time=sc.story_time))
    ids = list(by_name.values())
    if not analysis.relationships and len(ids) >= 4:
        def ev(word: str) -> Evidence:
            i = text.find(word)
            return Evidence(spans=[(i, i + len(word))] if i >= 0 else [], confidence=0.7)

        scenes = {sc.id: sc for sc in analysis.scenes}
        first, last = (analysis.scenes[0].id, analysis.scenes[-1].id) if scenes else (None, None)
        fb = next((sc.id for sc in analysis.scenes if sc.flashback), None)
        analysis.relationships = [
            Relationship(id="r0", source=ids[0], target=ids[1], type="friends", confidence=0.7, states=[
                RelationshipState(state="friends", scene=first, evidence=[ev("Jonah laughed")], confidence=0.7),
                RelationshipState(state="together", scene=last, evidence=[ev("he took Mira's hand")],
                                  confidence=0.6)]),
            Relationship(id="r1", source=ids[0], target=ids[2], type="family", confidence=0.9, states=[
                RelationshipState(state="sisters", scene=fb, evidence=[ev("her sister Ada")], confidence=0.9)]),
            Relationship(id="r2", source=ids[0], target=ids[3], type="rivals", confidence=0.6, states=[
                RelationshipState(state="rivals", scene=fb, evidence=[ev("watched Felix cut their rope")],
                                  confidence=0.6),
                RelationshipState(state="reconciling", scene=last, evidence=[ev("He says he is sorry")],
                                  confidence=0.4)]),
        ]
    if not analysis.events and analysis.scenes:
        i = text.find("took Mira's hand")
        analysis.events.append(Event(id="e0", type="confession", participants=ids[:2],
                                     scene=analysis.scenes[-1].id, evidence=[Evidence(spans=[(i, i + 16)])]))
    if not analysis.arcs and analysis.scenes:
        for cid, vals in zip(ids[:2], [(0.1, -0.6, 0.7), (0.4, 0.0, 0.8)], strict=False):
            analysis.arcs.append(Arc(character=cid, points=[
                {"scene": sc.id, "valence": v} for sc, v in zip(analysis.scenes, vals, strict=False)]))
    if not analysis.tags:
        i = text.find("Five years ago")
        analysis.tags = [Tag(type="freeform", name="Flashbacks", confidence=0.8,
                             evidence=[Evidence(spans=[(i, i + 14)])]),
                         Tag(type="freeform", name="Rivals to Friends", confidence=0.5),
                         Tag(type="relationship", name=f"{names and list(names)[0]}/{list(names)[1]}",
                             confidence=0.6)]
    return analysis

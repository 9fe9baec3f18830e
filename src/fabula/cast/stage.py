"""The cast stage: names → characters → narrator → gender → pronouns, into the Analysis.

Contract with later stages (``ctx.scratch["cast"]`` is a :class:`CastScratch`):

- ``quotes``: the :class:`~fabula.cast.quotes.QuoteMap` used here (quoted regions by paragraph);
- ``token_char``: token index → (character id, confidence, kind) for every token of a resolved
  mention: kind is ``name`` | ``pronoun`` | ``narrator`` (first-person narration outside quotes;
  its character id is None when the narrator cannot be named);
- ``sections``: the :class:`~fabula.cast.narrator.Section` list (span, person, narrator name);
- ``narrator_at(offset)``: the narrator's character id at a story offset (None in third person);
- ``resolve_name(text)``: a name string ("Mr. Darcy", "Mari") → character id or None;
- ``resolve_token(i)``: a token index (a pronoun or a name) → (character id, confidence) or None;
- ``nominals``: :class:`~fabula.cast.nominals.Nominal` person phrases ("the old man");
  ``nominal_heads`` groups them into unnamed entities ("n:<k>", not characters) and
  ``nominal_links`` holds the pronouns resolved to those entities rather than to a character.

The same lookups without the scratch: :func:`resolve_name` (from an Analysis) and
``CharacterIndex(analysis).at(span)``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from fabula.cast import aliases as alias_mod
from fabula.cast import coref, firstnames, names, narrator, nominal_links, nominals
from fabula.cast.index import CharacterIndex, norm_name
from fabula.cast.quotes import QuoteMap
from fabula.model import Analysis, Character, Evidence, Mention, NarratorSection, Span
from fabula.pipeline import Context, stage

SECOND_PERSON = {"you", "your", "yours", "yourself"}


@dataclass
class CastScratch:
    quotes: QuoteMap
    token_char: dict[int, tuple[str, float, str]] = field(default_factory=dict)
    sections: list[narrator.Section] = field(default_factory=list)
    section_narrator: list[str | None] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # normalized alias → character id
    firsts: dict[str, str] = field(default_factory=dict)  # first words / short forms → id
    nominals: list = field(default_factory=list)  # nominals.Nominal: "the old man"
    nominal_heads: dict[int, str] = field(default_factory=dict)  # head token → nominal entity "n:<k>"
    nominal_links: dict[int, str] = field(default_factory=dict)  # pronoun token → nominal entity

    def narrator_at(self, offset: int) -> str | None:
        starts = [s.span[0] for s in self.sections]
        k = bisect.bisect_right(starts, offset) - 1
        if k < 0:
            return None
        return self.section_narrator[k] if self.sections[k].person == 1 else None

    def resolve_name(self, text: str) -> str | None:
        key = norm_name(text)
        if key.endswith("'s"):
            key = key[:-2]
        if key in self.names:
            return self.names[key]
        parts = key.split()
        if parts and parts[0].rstrip(".") in names.TITLES and len(parts) > 1:
            parts = parts[1:]
        if len(parts) == 1:
            return self.firsts.get(parts[0])
        return self.names.get(" ".join(parts))

    def resolve_token(self, i: int) -> tuple[str, float] | None:
        hit = self.token_char.get(i)
        return (hit[0], hit[1]) if hit else None


def resolve_name(analysis: Analysis, text: str) -> str | None:
    """A name string → character id, from a finished Analysis (exact alias, then bare word)."""
    idx = CharacterIndex(analysis)
    hit = idx.by_name(text)
    if hit:
        return hit
    words = norm_name(text).split()
    if words and words[0].rstrip(".") in names.TITLES:
        words = words[1:]
    for ch in analysis.characters:
        for a in [ch.name, *ch.aliases]:
            if words and words == norm_name(a).split()[-len(words):]:
                return ch.id
    return None


def _chapter_of(analysis: Analysis, offset: int) -> int:
    for ch in analysis.story.chapters:
        if ch.span[0] <= offset < ch.span[1]:
            return ch.index
    return 0


def _accept_tagged_full_names(cands: dict, tags) -> None:
    """A full name the work's own character tags list ("Characters: ..., Merry Lane") is a person when the
    text writes it, though both its words are common words ("merry", "lane") and the NER calls it a place:
    the tag is the writer's statement of who the characters are. (Not a name the scorer ruled out outright,
    a deity, a feast, a saint's church.)"""
    pairs = set(alias_mod.tag_full_names(list(tags or ())))
    if not pairs:
        return
    for c in cands.values():
        if c.accepted or c.title or len(c.words) < 2 or (c.words[0], c.words[-1]) not in pairs or c.score <= -50:
            continue
        c.accepted = True
        c.reasons["character_tag"] += 1


def build_cast(ctx: Context, analysis: Analysis) -> Analysis:
    story, doc = ctx.story, ctx.doc
    qmap = QuoteMap.from_story(story)
    names.repair_adverb_names(doc)  # "Snelly tugged at the rope": the tagger's adverb is the subject
    scratch = CastScratch(quotes=qmap)
    ctx.scratch["cast"] = scratch

    # 1. names and which of them are people
    labels = names.chat_label_spans(story)
    occs = names.extract_occurrences(doc, qmap, labels)
    names.mark_chat_labels(occs, labels)
    cands = names.score_candidates(occs, names.lowercase_counts(doc))
    _accept_tagged_full_names(cands, story.metadata.characters)
    accepted = names.accepted_names(cands)
    rejected = [c for c in cands.values() if not c.accepted]
    clusters = alias_mod.cluster(accepted, rejected, story.metadata.characters)

    # 2. sections and who tells them
    secs = narrator.sections(story)
    narrator.count_persons(doc, secs, qmap, story.emphasis)
    blanks = placeholder_spans(story.text)
    for s in secs:
        s.blank = any(s.span[0] <= a < s.span[1] for a, _b in blanks)
        narrator.decide_person(s)
        if s.diary_name and not s.pov_name and (s.person == 1 or s.first >= 1):
            # "HATTIE — Saturday": Hattie's entry, told by her even where she writes more of others
            # than of herself ("Hattie is here. She brought ... Mum says I have to be nice")
            s.person = 1
            s.pov_name, s.pov_span = s.diary_name, s.diary_span
    groups: dict[str, set[tuple]] = {}
    for cl in clusters:
        keys = {(c.title, c.words) for c in cl.candidates}
        for c in cl.candidates:
            groups.setdefault(" ".join(c.words), set()).update(keys)
    called_by_me: dict[int, set[str]] = {}
    votes = narrator.vocative_votes(story, occs, qmap, secs, groups, called_by_me, doc)
    # a tie between a person's name and a word that only looks like one ('"Seven!"', '"Peculiar --
    # that is the word"') goes to the person: a word the cast rejected, used only once, loses its
    # vote wherever an accepted name has one (a nickname called twice, "Kid", keeps it)
    known = {" ".join(c.words) for c in accepted}
    # one-word calls that open their sentence every time ('"Soup, Jolyon?"'): a word there may be no call
    opening_calls = {" ".join(o.words) for o in occs if o.in_quote and o.role == "vocative" and o.sent_initial}
    opening_calls -= {" ".join(o.words) for o in occs if o.in_quote and o.role == "vocative" and not o.sent_initial}
    words = narrator.word_calls(doc, occs, known)  # '"Sprain," he said': a word, not the narrator's name
    for k, v in votes.items():
        for w in words & set(v):
            del v[w]
        any_known = any(n in known for n in v)
        votes[k] = Counter({n: c for n, c in v.items() if n in known or c >= 2 or _forms_called(n, v) >= 2
                            or not (any_known or (n in opening_calls and _common_word(n)))})
    votes = {k: v for k, v in votes.items() if v}
    kin_calls = {k: {n for n in v if _is_kin_word(n)} for k, v in votes.items() if secs[k].person == 1}
    # before the forms of one name are pooled: pooled under a titled surname ("Miss Quillon" with "Mena"
    # and "Philomena Quillon"), a given name's calls would go when the titled surname's vote is dropped
    titled_calls = _titled_surname_calls(votes, secs, cands, story.text, qmap)
    votes = {k: v for k, v in votes.items() if v}
    votes = {**{k: v for k, v in votes.items() if secs[k].person != 1},
             **_pool_votes({k: v for k, v in votes.items() if secs[k].person == 1}, groups, known)}
    all_votes: Counter = Counter()
    for v in votes.values():
        all_votes.update(v)
    meta_names = narrator.metadata_pov_names(story)

    clusters = _split_titles_the_narrator_calls(clusters, votes, called_by_me, secs)
    clusters.sort(key=lambda cl: (-cl.count, min(o.start for c in cl.candidates for o in c.occurrences)))
    chars: list[Character] = []
    cl_of_key: dict[tuple[str, ...], str] = {}
    for k, cl in enumerate(clusters):
        cid = f"c{k}"
        gh = cl.gender_hint
        ch = Character(id=cid, name=cl.canonical, aliases=[a for a in cl.aliases() if a != cl.canonical],
                       gender=gh if gh in ("he", "she") else "unknown",
                       evidence=[Evidence(spans=[sp] if sp else [], note=r, confidence=0.9)
                                 for r, sp in cl.reasons[:6]])
        chars.append(ch)
        for c in cl.candidates:
            cl_of_key[c.key] = cid

    by_id = {c.id: c for c in chars}

    def name_lookup() -> None:
        scratch.names.clear()
        scratch.firsts.clear()
        for c in chars:
            for a in [c.name, *c.aliases]:
                scratch.names.setdefault(norm_name(a).removesuffix("'s"), c.id)
        for cl, c in zip(clusters, chars, strict=False):
            for w in cl.firsts | cl.singles | cl.lasts:
                scratch.firsts.setdefault(w.lower(), c.id)
    name_lookup()

    def find_or_make(name: str, span: Span | None, reason: str) -> str:
        cid = scratch.resolve_name(name)
        if cid:
            return cid
        n = len(chars)
        while f"c{n}" in by_id:  # ids stay unique after characters are folded into others
            n += 1
        cid = f"c{n}"
        ch = Character(id=cid, name=name, evidence=[Evidence(spans=[span] if span else [], note=reason,
                                                             confidence=0.7)])
        chars.append(ch)
        by_id[cid] = ch
        scratch.names[norm_name(name)] = cid
        scratch.firsts.setdefault(norm_name(name).split()[0], cid)
        return cid

    # 3. name the narrator of first-person sections
    n_before = len(analysis.narrator)
    sec_narr: list[str | None] = []
    # a first-person section that is a letter is told by the one who signs it ("Your loving sister,
    # / Catherine Aldous")
    sec_starts0 = [s.span[0] for s in secs]
    signers: dict[int, dict[str, Span]] = {}
    for o in occs:
        if o.letter == "signature" and not o.in_quote:
            k = bisect.bisect_right(sec_starts0, o.start) - 1
            if k >= 0:
                signers.setdefault(k, {}).setdefault(o.text, (o.start, o.end))
    # a reader-insert that writes the reader's name as a blank ("Y/N" twice or more) names its "you" by
    # that blank, not by the names said to "you": those are other people's names or kin words
    blank_reader = len(placeholder_spans(story.text)) >= 2
    for k, s in enumerate(secs):
        nid = None
        ev: list[Evidence] = []
        signed = signers.get(k, {})
        if s.pov_name:
            nid = find_or_make(s.pov_name, s.pov_span, "named by a POV header")
            ev.append(Evidence(spans=[s.pov_span] if s.pov_span else [], note="POV header", confidence=0.95))
            conf = 0.95
        elif s.person == 1 and len(signed) == 1:
            (name, span), = signed.items()
            nid = find_or_make(name, span, "signs the letter this section is")
            conf = 0.85
            ev.append(Evidence(spans=[span], note=f"a letter signed '{name}'", confidence=conf))
        elif s.person == 1 or (s.person == 2 and not blank_reader):  # "I", or a "you" called by name
            local = votes.get(k, Counter())
            pool = local if local else all_votes
            best = pool.most_common(2)
            tied = [n for n, c in pool.items() if best and c == best[0][1]]
            if len(tied) > 1 and len([n for n in tied if n in known]) == 1:
                # '"Sherry, Tamsin?"' twice: a tie between an accepted name and words the cast
                # rejected goes to the name
                best = [next((n, c) for n, c in pool.items() if n in tied and n in known)]
            meta = [m for m in meta_names]
            if best and (len(best) == 1 or best[0][1] > best[1][1]):
                nid = scratch.resolve_name(best[0][0]) or _short_form_owner(best[0][0], chars, clusters) or \
                    find_or_make(best[0][0], None, "addressed by name in dialogue spoken to the narrator")
                conf = min(0.9, 0.5 + 0.1 * best[0][1]) * (1.0 if local else 0.8)
                ev.append(Evidence(note=f"vocative '{best[0][0]}' in quotes addressed to the narrator "
                                        f"({best[0][1]}x)", confidence=conf))
            elif meta:
                nid = find_or_make(meta[0], None, "named as POV in the work's metadata")
                conf = 0.7
                ev.append(Evidence(note="metadata names the point of view", confidence=conf))
            else:
                conf = s.confidence
        else:
            conf = s.confidence
        sec_narr.append(nid if s.person in (1, 2) or s.pov_name else None)
        person = s.person if s.person else (1 if s.pov_name else None)
        ev.append(Evidence(spans=[s.span], note=f"{s.first} first-person vs {s.third} third-person "
                                                f"pronouns in narration", confidence=s.confidence))
        analysis.narrator.append(NarratorSection(span=s.span, chapter=s.chapter, person=person,
                                                 character=sec_narr[-1] if person in (1, 2) else None,
                                                 confidence=round(min(conf, s.confidence or conf), 3),
                                                 evidence=ev))
    _unnamed_sections_to_narrator(secs, sec_narr, analysis.narrator[n_before:], chars,
                                  by_id)
    reader = _reader(story.text, secs, sec_narr, analysis.narrator[n_before:], chars, by_id)
    if reader is not None:
        scratch.names[norm_name("Y/N")] = reader
    scratch.sections = secs
    scratch.section_narrator = sec_narr

    # 3b. a nickname only ever used to address the narrator ("Teddy" said to Theo) is the narrator's
    solo = {cl.candidates[0].key for cl in clusters if len(cl.candidates) == 1}
    lone = {" ".join(c.words): c for c in cands.values() if len(c.words) == 1 and not c.title
            and (not c.accepted or (c.key in solo and cl_of_key.get(c.key) not in sec_narr))}
    nicks = narrator.narrator_nicknames(story, doc, {n: c.occurrences for n, c in lone.items()}, qmap,
                                        secs, sec_narr)
    # '"Dad, you look tired," she says' to Eamon, whom other calls name: a kin word called to one named
    # narrator, and said only in others' speech, is what the speaker calls the narrator
    kin_targets: dict[str, set[str]] = {}
    for k, kins in kin_calls.items():
        for n in kins:
            if sec_narr[k] and by_id[sec_narr[k]].name != UNNAMED_NARRATOR and n in lone and n not in nicks \
                    and n not in votes.get(k, {}):
                kin_targets.setdefault(n, set()).add(sec_narr[k])
    for n, targets in kin_targets.items():
        occs_n = lone[n].occurrences
        if len(targets) == 1 and _kin_gender_clash(n, by_id[next(iter(targets))]):
            continue  # '"Grandad, the soup"' near Marisela: a grandfather is no woman's kin title for herself
        if len(targets) == 1 and all(o.in_quote for o in occs_n):
            nicks[n] = (next(iter(targets)), (occs_n[0].start, occs_n[0].end))
    # '"Can you mend it, Mr Dowrick?"' to the "I" that other calls name Ansel: his own surname
    for k, key in titled_calls:
        nid, old = sec_narr[k], cl_of_key.get(key)
        if not nid or not old or old == nid or old not in by_id or by_id[nid].name == UNNAMED_NARRATOR:
            continue
        k_old = chars.index(by_id[old])
        if any(c.title not in names.SURNAME_TITLES or len(c.words) != 1 or c.words != key[1:]
               for c in clusters[k_old].candidates):
            continue  # a cluster with a full name or another form is someone the text names otherwise
        ch = by_id[nid]
        for a in [by_id[old].name, *by_id[old].aliases]:
            if a not in ch.aliases and a != ch.name:
                ch.aliases.append(a)
        o0 = clusters[k_old].candidates[0].occurrences[0]
        ch.evidence.append(Evidence(spans=[(o0.start, o0.end)], note=f"'{by_id[old].name}' is called to the "
                                    "narrator whom other calls name by a given name", confidence=0.7))
        for c in clusters[k_old].candidates:
            cl_of_key[c.key] = nid
        # a section told by the titled surname alone (a later chapter's "I" only ever called "Mr
        # Dowrick") is told by the narrator it folds into: nothing may point at the removed id
        for j, x in enumerate(sec_narr):
            if x == old:
                sec_narr[j] = nid
        for ns in analysis.narrator[n_before:]:
            if ns.character == old:
                ns.character = nid
        for n, (target, span) in list(nicks.items()):
            if target == old:
                nicks[n] = (nid, span)
        if reader == old:
            reader = nid
        del chars[k_old]
        del clusters[k_old]  # chars[i] was built from clusters[i]: keep the two lists aligned
        by_id.pop(old)
        name_lookup()
    for nick, (nid, span) in nicks.items():
        ch = by_id[nid]
        if nick not in ch.aliases and nick != ch.name:
            ch.aliases.append(nick)
        ch.evidence.append(Evidence(spans=[span], note=f"'{nick}' is only used to address the narrator",
                                    confidence=0.7))
        old = cl_of_key.get(lone[nick].key)
        if old and old != nid:  # the nickname had become a character of its own: fold it in
            k = chars.index(by_id.pop(old))
            del chars[k]
            del clusters[k]  # chars[i] was built from clusters[i]: keep the two lists aligned
        cl_of_key[lone[nick].key] = nid
    if nicks:
        name_lookup()

    # 4. name mentions
    name_tokens: dict[int, str] = {}
    for c in cands.values():
        cid = cl_of_key.get(c.key)
        if cid is None:
            continue
        for o in c.occurrences:
            by_id[cid].mentions.append(Mention(span=(o.start, o.end), text=o.text, kind="name",
                                               confidence=round(min(0.99, 0.6 + 0.05 * c.score), 3)))
            for ti in range(o.tok_start, o.tok_end):
                name_tokens[ti] = cid
                scratch.token_char[ti] = (cid, 0.9, "name")

    # 4b. the reader of a reader-insert: "Y/N" wherever it stands, and "you" in second-person narration
    if reader is not None:
        # told to "you", the reader is never "he" or "she": its "Y/N"s are no antecedents for pronouns
        told_to = reader in sec_narr
        for a, b in placeholder_spans(story.text):
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is None or any(t.i in name_tokens for t in span):
                continue
            by_id[reader].mentions.append(Mention(span=(a, b), text=story.text[a:b], kind="name", confidence=0.95))
            for t in span:
                if not told_to:
                    name_tokens[t.i] = reader
                scratch.token_char[t.i] = (reader, 0.95, "name")

    # 5. first-person narration mentions, gender, pronouns
    sec_starts = [s.span[0] for s in secs]
    fp_narr: dict[int, str | None] = {}
    for t in doc:
        k = bisect.bisect_right(sec_starts, t.idx) - 1
        if k >= 0 and secs[k].person == 2 and sec_narr[k] and t.lower_ in narrator.SECOND \
                and not qmap.inside(t.idx):
            by_id[sec_narr[k]].mentions.append(Mention(span=(t.idx, t.idx + len(t.text)), text=t.text,
                                                       kind="narrator", confidence=0.9))
            scratch.token_char[t.i] = (sec_narr[k], 0.9, "narrator")
            continue
        if k < 0 or secs[k].person != 1:
            continue
        nid = sec_narr[k]
        fp_narr[t.i] = nid
        if t.lower_ in narrator.FIRST and (t.lower_ != "i" or t.text == "I") and not qmap.inside(t.idx):
            if nid:
                by_id[nid].mentions.append(Mention(span=(t.idx, t.idx + len(t.text)), text=t.text,
                                                   kind="narrator", confidence=0.9))
            scratch.token_char[t.i] = (nid, 0.9, "narrator")  # nid None: an unnamed narrator
    hints = {cl_of_key[c.key]: alias_mod_gender(clusters, chars, cl_of_key[c.key])
             for c in accepted if c.key in cl_of_key}
    # the given name's usual gender is a prior a reader brings ("Greta sat by his bed" is not
    # evidence that Greta is a man)
    priors = {c.id: firstnames.first_name_gender(c.name) for c in chars}
    genders = coref.infer_genders(doc, name_tokens, qmap, hints, priors)
    genders.update(_kin_word_genders(chars))
    for src, dst in alias_mod.titled_surname_merges(clusters, [c.id for c in chars], genders):
        _fold_character(by_id[src], by_id[dst], chars, clusters, name_tokens, scratch, cl_of_key)
        by_id.pop(src)
        genders.pop(src, None)
    # a letter's recipient who answers it is the one who signs the reply ("My dearest Kitty, ...
    # Harriet" then "My dear Harry, ... Catherine Aldous": Kitty is Catherine Aldous)
    for src, dst, note in _letter_ties(doc, cands, cl_of_key, by_id, name_tokens, genders):
        _fold_character(by_id[src], by_id[dst], chars, clusters, name_tokens, scratch, cl_of_key, note=note)
        by_id.pop(src)
        genders.pop(src, None)
    sent_index = _sentence_index(doc)
    counts = Counter(name_tokens.values())
    scratch.nominals = nominals.find_nominals(doc, skip=set(name_tokens))
    nom_heads, nom_genders = nominals.nominal_entities(doc, scratch.nominals, sent_index)
    addressed: dict[tuple[int, int], set[str]] = {}
    for c in cands.values():
        cid = cl_of_key.get(c.key)
        for o in c.occurrences:
            reg = qmap.region(o.start) if cid and o.role == "vocative" else None
            if reg:
                addressed.setdefault(reg, set()).add(cid)
    resolved = coref.resolve_pronouns(doc, name_tokens, qmap, {**genders, **nom_genders}, fp_narr,
                                      sent_index, counts, nominal_heads=nom_heads, addressed=addressed)
    scratch.nominal_heads = nom_heads
    scratch.nominal_links = {r.tok: r.char for r in resolved if r.char.startswith("n:")}
    resolved = [r for r in resolved if not r.char.startswith("n:")]
    for r in resolved:
        t = doc[r.tok]
        by_id[r.char].mentions.append(Mention(span=(t.idx, t.idx + len(t.text)), text=t.text, kind="pronoun",
                                              confidence=r.confidence))
        scratch.token_char[r.tok] = (r.char, r.confidence, "pronoun")
    # "you" in a quote that calls exactly one character by name is that character ("Jo, you came")
    for t in doc:
        if t.lower_ not in SECOND_PERSON or t.i in scratch.token_char:
            continue
        reg = qmap.region(t.idx)
        ids = {c for c in addressed.get(reg, ()) if c} if reg else set()
        if len(ids) == 1:
            cid = ids.pop()
            by_id[cid].mentions.append(Mention(span=(t.idx, t.idx + len(t.text)), text=t.text,
                                               kind="pronoun", confidence=0.6))
            scratch.token_char[t.i] = (cid, 0.6, "pronoun")
    # the speaker's "I" and the addressee's "you" in a quote whose speech tag names them
    links = {**name_tokens, **nom_heads, **{r.tok: r.char for r in resolved}, **scratch.nominal_links,
             **{t: c for t, (c, _conf, k) in scratch.token_char.items() if k == "narrator" and c}}
    for r in coref.quote_pronouns(doc, qmap, links):
        if r.char.startswith("n:"):
            scratch.nominal_links.setdefault(r.tok, r.char)
        elif r.tok not in scratch.token_char:
            t = doc[r.tok]
            by_id[r.char].mentions.append(Mention(span=(t.idx, t.idx + len(t.text)), text=t.text,
                                                  kind="pronoun", confidence=r.confidence))
            scratch.token_char[r.tok] = (r.char, r.confidence, "pronoun")
    # "they" for groups: plural person phrases become unnamed group entities ("n:p<k>")
    plural = coref.plural_entities(doc, scratch.nominals, sent_index)
    scratch.nominal_heads.update(plural)
    for r in coref.resolve_plural(doc, plural, sent_index, skip=set(scratch.token_char) | set(scratch.nominal_links)):
        scratch.nominal_links[r.tok] = r.char
    # a kin-title character the text says is a named one ("Mum" is Helen): one character
    tags = coref.quote_tags(doc, qmap, {**links, **{r.tok: r.char for r in resolved}})
    ties = _kin_ties(doc, qmap, chars, name_tokens, tags, {**genders, **_kin_word_genders(chars)})
    by_title: dict[str, set[str]] = {}
    for cl, ch in zip(clusters, chars, strict=False):
        for t in cl.titles:
            by_title.setdefault(t, set()).add(ch.id)
    titled = {t: next(iter(ids)) for t, ids in by_title.items() if len(ids) == 1}
    ties += _name_ties(doc, name_tokens, genders, {s for s, _d, _n in ties}, titled)
    ties += _title_ties(doc, name_tokens, by_id, genders, {x for s, d, _n in ties for x in (s, d)})
    ties += _who_was_ties(doc, name_tokens, genders, {x for s, d, _n in ties for x in (s, d)})
    ties += _role_ties(doc, name_tokens, scratch.token_char, by_id, genders,
                       {x for s, d, _n in ties for x in (s, d)})
    for src, dst, note in ties:
        _fold_character(by_id[src], by_id[dst], chars, clusters, name_tokens, scratch, cl_of_key,
                        note=f"'{by_id[src].name}' is {by_id[dst].name}: {note}")
        for ti, (cid, conf, kind) in list(scratch.token_char.items()):
            if cid == src:
                scratch.token_char[ti] = (dst, conf, kind)
        resolved = [coref.Resolved(r.tok, dst if r.char == src else r.char, r.confidence) for r in resolved]
        by_id.pop(src)
        genders.pop(src, None)
    # a description joined to its named person ("the old man" is Osric): its uses become theirs
    nominal_links.join(doc, qmap, scratch, by_id, name_tokens, genders, sent_index)
    pron_votes: dict[str, Counter] = {}
    for r in resolved:
        g = coref.PRON_GENDER.get(doc[r.tok].lower_)
        pron_votes.setdefault(r.char, Counter())[g] += r.confidence
    for ch in chars:
        g = genders.get(ch.id)
        if g:
            ch.gender = g
        elif ch.id in pron_votes:
            v = pron_votes[ch.id]
            top, n = v.most_common(1)[0]
            if n >= 1.5 and n >= 0.75 * sum(v.values()):
                ch.gender = top

    # 6. importance
    for ch in chars:
        ch.mentions.sort(key=lambda m: m.span)
        per_ch: Counter = Counter(_chapter_of(analysis, m.span[0]) for m in ch.mentions)
        named = [m for m in ch.mentions if m.kind == "name"]
        ch.importance = {
            "mention_count": len(ch.mentions),
            "name_mentions": len(named),
            "first_offset": ch.mentions[0].span[0] if ch.mentions else None,
            "last_offset": ch.mentions[-1].span[1] if ch.mentions else None,
            "per_chapter": {str(k): v for k, v in sorted(per_ch.items())},
        }
        ch.confidence = round(min(0.99, 0.5 + 0.05 * len(named)), 3)
    analysis.characters = chars
    name_lookup()
    return analysis


def _titled_surname_calls(votes: dict[int, Counter], secs, cands, text: str | None = None,
                          qmap: QuoteMap | None = None) -> list[tuple[int, tuple[str, ...]]]:
    """First-person sections called both by a given name and by a titled surname ('"Ansel, your
    tools are on the bench"' and '"Can you mend it, Mr Dowrick?"'): one person, the "I", named by the
    given name. The titled surname's vote is dropped from ``votes`` (so a customer's two "Mr Dowrick"s
    do not outvote a friend's "Ansel") and (section, its candidate key) returned, to fold that
    character into the narrator. The titled form must be called (a vocative) and never used bare or
    with a first name."""
    out = []
    for k, v in votes.items():
        if secs[k].person != 1:
            continue
        given = [n for n in v if " " not in n and not any(c.title for c in cands.values() if c.words == (n,))
                 and not _is_kin_word(n)]
        if not given:
            continue
        for n in list(v):
            same = [c for c in cands.values() if c.words == (n,)]
            called = [c for c in same if c.title in names.SURNAME_TITLES and c.accepted
                      and any(o.role == "vocative" for o in c.occurrences)]
            # (a called titled form keeps its name out of ``given``: no need to test that)
            if len(called) != 1 or any(not c.title and c.accepted for c in same):
                continue
            del v[n]
            if any(not o.in_quote for o in called[0].occurrences):
                # '"Morning, Mr Dowrick," Lowri calls up the stairs' and later "Mr Dowrick's ladder" in
                # the narration: the "I" tells of him, so he is someone else (session 27)
                continue
            # '"Dr Quenby, so glad you came. Idris never stops talking about you."': a call that
            # speaks of the "I" by name is to someone the "I" is with, not to the "I" (one that asks
            # after "your son" is no such sign: the "I" is often that son's parent)
            if text is not None and qmap is not None and any(_speaks_of_another(text, qmap, o, given)
                                                             for o in called[0].occurrences if o.role == "vocative"):
                continue
            out.append((k, called[0].key))
    return out


def _speaks_of_another(text: str, qmap: QuoteMap, occ, given: list[str]) -> bool:
    """Does the quote holding this call speak of the narrator by their given name?"""
    reg = qmap.region(occ.start)
    if reg is None:
        return False
    quote = text[reg[0]:reg[1]]
    return any(re.search(rf"\b{re.escape(g)}\b(?!,)", quote) for g in given)


_KIN_CLASS_GENDER = {"mother": "she", "grandmother": "she", "father": "he", "grandfather": "he"}


def _kin_gender_clash(word: str, ch: Character) -> bool:
    """Is the kin word ``word`` ("Dad", "Grandad") of the other sex than the character ``ch`` (by the
    cast's gender, else the usual gender of its first name)? Then it cannot be what others call them."""
    kin = _KIN_CLASS_GENDER.get(KIN_CLASS.get(word.lower(), ""))
    if kin is None:
        return False
    own = ch.gender if ch.gender in ("he", "she") else firstnames.first_name_gender(ch.name)
    return own is not None and own != kin


def _common_word(name: str) -> bool:
    """A one-word call that is a common English word and no first name ('"Soup, Jolyon?"')."""
    return " " not in name and names._english_word(name.lower()) and firstnames.first_name_gender(name) is None


def _forms_called(name: str, v: Counter) -> int:
    """The calls of ``name`` with those of the other forms of one given name among ``v``: its full
    name ("Severin" and "Severin Fitzwarren"), a short or pet form ("Dru" and "Drusilla"). Two forms called once
    each are a name twice called, not a word that only looks like a name."""
    first = name.split()[0]
    return sum(c for n, c in v.items()
               if n == name or n.split()[0] == first or (" " not in n and " " not in name
                                                          and alias_mod._pet_form(n, name)))


def _is_kin_word(name: str) -> bool:
    return name.lower() in KIN_CLASS or name.lower() in names.KIN_NAMES


def _split_titles_the_narrator_calls(clusters: list, votes: dict[int, Counter], called: dict[int, set[str]],
                                     secs: list) -> list:
    """'"Yes, Coach," I said' in a story whose "I" others call Ilona: the title the narrator calls
    someone by is not the narrator's own. When a first-person section's most-called name and a
    title the narrator says to someone ("Coach", "Doctor") landed in one cluster (a titled surname,
    "Coach Varga", joined the narrator's full name "Ilona Varga": a parent or other namesake), the
    titled forms leave it for a person of their own."""
    out = list(clusters)
    for k, v in votes.items():
        if secs[k].person != 1 or not v or not called.get(k):
            continue
        best = v.most_common(2)
        if len(best) > 1 and best[0][1] == best[1][1]:
            continue
        me = next((cl for cl in out if any(" ".join(c.words) == best[0][0] for c in cl.candidates)), None)
        if me is None:
            continue
        titles = {w.lower() for w in called[k] if " " not in w and w.lower() in names.TITLES}
        if not titles:
            continue
        moved = [c for c in me.candidates if (c.title and c.title.rstrip(".").lower() in titles)
                 or (not c.title and len(c.words) == 1 and c.words[0].lower() in titles)]
        kept = [c for c in me.candidates if c not in moved]
        if not moved or not kept or any(" ".join(c.words) == best[0][0] for c in moved):
            continue
        a, b = alias_mod.Cluster(), alias_mod.Cluster()
        for c in kept:
            a.add(c)
        for c in moved:
            b.add(c, f"a title the narrator calls someone ('{c.text}'), so not the narrator")
        a.reasons = [r for r in me.reasons if not any(r[1] == (c.occurrences[0].start, c.occurrences[0].end)
                                                      for c in moved)]
        out = [x for x in out if x is not me] + [a, b]
    return out


def _pool_votes(votes: dict[int, Counter], groups: dict[str, set[tuple]], known: set[str]) -> dict[int, Counter]:
    """The calls that name a first-person narrator (per first-person section), with the forms of one
    name pooled and kin words set aside.

    - Two calls that are one person's names (one alias cluster, or a short and a full form of one
      given name: "Jonty" and "Jonathan", or a pet form the lexicon knows: "Maud" and "Matilda")
      are one vote, under the accepted, more called, longer form: '"Jonty," Pell said' and
      '"Jonathan," she said' no longer tie and leave the "I" unnamed.
    - A kin word ("Dad", "Mum", "Grandad") is what the narrator's child or grandchild calls them, not
      their name: it names a narrator only when no other call in the story does ("Dad, you look
      tired" said to Eamon, whom the other sections name)."""
    out: dict[int, Counter] = {}
    kin_only = all(_is_kin_word(n) for v in votes.values() for n in v)
    for k, v in votes.items():
        order = sorted(v, key=lambda n: (n in known, v[n], len(n)), reverse=True)
        pooled: Counter = Counter()
        for n in order:
            if not kin_only and _is_kin_word(n):
                continue
            keys = groups.get(n, set())
            same = next((m for m in pooled if keys & groups.get(m, set()) or (
                " " not in n and " " not in m and alias_mod._pet_form(n, m))
                or ((" " in n) != (" " in m) and n.split()[0] == m.split()[0])),  # "Severin" and "Severin Fitzwarren"
                None)
            pooled[same or n] += v[n]
        if pooled:
            out[k] = pooled
    return out


def _short_form_owner(name: str, chars: list[Character], clusters: list) -> str | None:
    """The character whose given name ``name`` is a short or full form of ("Viv" of Vivienne Lark,
    "Fenella" of Fen): the one such character, or one named at least twice as often as any other
    (a first-person narrator called "Viv" in speech is the "Vivienne Lark" the narration names)."""
    if len(name.split()) != 1:
        return None
    counts = {ch.id: cl.count for ch, cl in zip(chars, clusters, strict=False)}  # chars[i] is from clusters[i]
    hits: list[tuple[int, str]] = []
    for ch in chars:  # those past the clusters are narrators made so far from a call: once each
        firsts = set()
        for a in [ch.name, *ch.aliases]:
            words = [w for w in a.split() if not names.is_title(w)]
            if words:
                firsts.add(words[0])
        if any(alias_mod._short_form_of(name, f) or alias_mod._short_form_of(f, name) for f in firsts):
            hits.append((counts.get(ch.id, 1), ch.id))
    hits.sort(reverse=True)
    if len(hits) == 1 or len(hits) > 1 and hits[0][0] >= 2 * hits[1][0]:
        return hits[0][1]
    return None


def _fold_character(src: Character, dst: Character, chars: list[Character], clusters: list,
                    name_tokens: dict[int, str], scratch: CastScratch, cl_of_key: dict,
                    note: str | None = None) -> None:
    """Move every name mention and alias of ``src`` into ``dst`` and drop ``src`` (kept lists of
    characters and clusters aligned, token links re-pointed)."""
    dst.mentions.extend(src.mentions)
    for a in [src.name, *src.aliases]:
        if a != dst.name and a not in dst.aliases:
            dst.aliases.append(a)
    who = "man" if dst.gender == "he" else "woman" if dst.gender == "she" else "person"
    dst.evidence.append(Evidence(note=note or f"'{src.name}' names the only {who} whose full name has that surname",
                                 confidence=0.7))
    for ti, cid in name_tokens.items():
        if cid == src.id:
            name_tokens[ti] = dst.id
            scratch.token_char[ti] = (dst.id, 0.85, "name")
    for key, cid in list(cl_of_key.items()):
        if cid == src.id:
            cl_of_key[key] = dst.id
    k = next(i for i, c in enumerate(chars) if c.id == src.id)
    del chars[k]
    del clusters[k]


def alias_mod_gender(clusters, chars, cid: str) -> str | None:
    for cl, ch in zip(clusters, chars, strict=False):
        if ch.id == cid:
            return cl.gender_hint
    return None


def _sentence_index(doc) -> list[int]:
    out = []
    s = -1
    for t in doc:
        if t.is_sent_start or s < 0:
            s += 1
        out.append(s)
    return out


@stage("cast", needs=("doc",), produces=("characters", "narrator"))
def cast_stage(ctx: Context, analysis: Analysis) -> Analysis:
    """Find the characters, their aliases, genders and mentions, and who narrates each section."""
    return build_cast(ctx, analysis)


UNNAMED_NARRATOR = "the narrator"


def _unnamed_sections_to_narrator(secs: list[narrator.Section], sec_narr: list[str | None],
                                  entries: list[NarratorSection], chars: list[Character],
                                  by_id: dict[str, Character]) -> None:
    """Give every first-person section a narrator character, so "I said" has a speaker and "my
    wife" a holder even when nobody calls the narrator by name.

    Sections left unnamed go to the story's one named narrator when there is exactly one (the
    flashback told by the same "I"); when no section is named, one unnamed character, "the
    narrator", tells them all. With several named narrators (alternating POVs) an unnamed section
    stays unassigned: guessing which of them it is would be worse than saying nothing. Two more
    cases stay unassigned: when the one narrator is named by POV headers, a section in another
    chapter without a header (the author marks each switch; this one may be someone else); and,
    when nobody is named, first-person sections that are the smaller part of the narration (a
    letter or a diary inside a third-person story is its writer's, not a narrator's)."""
    open_ = [k for k, s in enumerate(secs) if s.person == 1 and sec_narr[k] is None]
    if not open_:
        return
    named = {n for k, n in enumerate(sec_narr) if n and secs[k].person == 1}
    if len(named) > 1:
        return
    if named:
        (nid,) = named
        headed = {secs[k].chapter for k, n in enumerate(sec_narr) if n and secs[k].pov_name}
        if headed:
            open_ = [k for k in open_ if secs[k].chapter in headed]
        note = "told by the story's one named narrator"
    else:
        def length(k: int) -> int:
            return secs[k].span[1] - secs[k].span[0]

        told = sum(length(k) for k, s in enumerate(secs) if s.person in (1, 3))
        if 2 * sum(length(k) for k, s in enumerate(secs) if s.person == 1) < told:
            return
        n = len(chars)
        while f"c{n}" in by_id:
            n += 1
        nid = f"c{n}"
        first = secs[open_[0]].span
        ch = Character(id=nid, name=UNNAMED_NARRATOR, evidence=[Evidence(
            spans=[first], confidence=0.6,
            note="tells the story in the first person; the text never names them")])
        chars.append(ch)
        by_id[nid] = ch
        note = "an unnamed first-person narrator"
    for k in open_:
        sec_narr[k] = nid
        if k < len(entries):
            entries[k].character = nid
            entries[k].evidence.append(Evidence(note=note, confidence=0.6))


READER = "Reader"  # AO3's own character tag for the "you" of a reader-insert
_PLACEHOLDER = re.compile(r"(?<![\w/])Y/N(?![\w/])")  # upper case: "y/n" in a chat is yes-or-no


def placeholder_spans(text: str) -> list[Span]:
    """Where a reader-insert writes the reader's name as "Y/N" ("your name")."""
    return [m.span() for m in _PLACEHOLDER.finditer(text)]


def _reader(text: str, secs: list[narrator.Section], sec_narr: list[str | None],
            entries: list[NarratorSection], chars: list[Character], by_id: dict[str, Character]) -> str | None:
    """The reader of a reader-insert, as one character ("Reader", alias "Y/N"): the "you" that
    second-person sections are told to, and the "Y/N" a reader-insert in any person names. Without
    it "you mutter" would have no speaker and "Jimin waves at you" no one to wave at."""
    second = [k for k, s in enumerate(secs) if s.person == 2 and sec_narr[k] is None]  # "you", not named
    marks = placeholder_spans(text)
    if not second and len(marks) < 2:
        return None
    unnamed = [c for c in chars if c.name == UNNAMED_NARRATOR]
    if not second and unnamed:
        # "My name is Y/N, and I...": the first-person narrator nobody names is the reader
        ch = unnamed[0]
        ch.name, ch.aliases = READER, ["Y/N"]
        ch.evidence.append(Evidence(spans=marks[:3], confidence=0.8,
                                    note="'Y/N' stands for the reader's name; the unnamed 'I' is the reader"))
        return ch.id
    n = len(chars)
    while f"c{n}" in by_id:
        n += 1
    rid = f"c{n}"
    ev = []
    if second:
        ev.append(Evidence(spans=[secs[second[0]].span], confidence=0.7,
                           note=f"told to 'you' ({secs[second[0]].second} times outside quotes in its first section)"))
    if marks:
        ev.append(Evidence(spans=marks[:3], confidence=0.9, note="'Y/N' stands for the reader's name"))
    ch = Character(id=rid, name=READER, aliases=["Y/N"] if marks else [], evidence=ev)
    chars.append(ch)
    by_id[rid] = ch
    for k in second:
        sec_narr[k] = rid
        if k < len(entries):
            entries[k].character = rid
            entries[k].evidence.append(Evidence(note="a second-person reader-insert: told to the reader",
                                                confidence=0.7))
    return rid


def _kin_word_genders(chars: list[Character]) -> dict[str, str]:
    """A character the story calls only by a kin word ("Mum", "Grandad", "Auntie") has that word's
    gender, whatever pronouns happen to follow the word: "Mum said Kofi could stay. He..." is not
    evidence that Mum is a man."""
    out: dict[str, str] = {}
    for ch in chars:
        words = ch.name.lower().split()
        if len(words) == 1 and words[0] in nominals.NOUN_GENDER:
            out[ch.id] = nominals.NOUN_GENDER[words[0]]
    return out


# kin words by the person they name: a kin-title character ("Mum") and a kin noun ("my mother")
KIN_CLASS = {
    **dict.fromkeys(("mum", "mom", "mother", "mam", "mama", "mamma", "mammy", "mummy", "mommy", "ma", "ammi",
                     "maman", "mamá", "mãe"), "mother"),
    **dict.fromkeys(("dad", "father", "daddy", "papa", "papà", "pa", "pop", "da", "abba", "abbu", "papá",
                     "pai"), "father"),
    **dict.fromkeys(("nan", "nana", "nanna", "gran", "granny", "grandma", "grandmother", "nonna", "oma",
                     "abuela", "bubbe", "granma", "avó", "babcia", "yiayia", "nain"), "grandmother"),
    **dict.fromkeys(("grandad", "granddad", "grandpa", "grandfather", "nonno", "opa", "abuelo", "zaide",
                     "avô", "dziadek", "pappou", "taid", "grandda"), "grandfather"),
}
_APPOS_PUNCT = {",", "—", "–", "-", "--", "("}
# what sort of person one is, not a role: "Ed was a quiet man" introduces no one else
_SORT_NOUNS = {"man", "woman", "person", "soul", "creature", "sort", "type", "girl", "boy", "lady", "gentleman"}
# whose kin noun, apposed to a name, says who a kin-titled character is: "my mother, Helen", and
# "his father, Ifor" (a brother's "I hit like Dad" is the same man)
_KIN_APPOS_POSS = ("my", "our", "his", "her", "their")


def _kin_ties(doc, qmap: QuoteMap, chars: list[Character], name_tokens: dict[int, str],
              tags: dict, gender: dict[str, str]) -> list[tuple[str, str, str]]:
    """A kin-title character ("Mum", "Mamma", "Nana") that the text says is a named one: apposed to
    the name ("Mum — Sheila to everyone else", "my mother, Helen", "Helen, my mum"), named by it
    ("Mum's name was Helen"), or called so in a quote addressed to that person ('"Mamma, that's
    insane."' answering Rosa; and the name said to the kin character, '"I'm eighty, Anjali"' answering
    Mum). Returns (kin id, named id, note) when every such clue names one person and the two are
    never told apart (named side by side in a sentence, or talking to each other)."""
    kin = {c.id: KIN_CLASS[c.name.lower()] for c in chars
           if not c.aliases and c.name.lower() in KIN_CLASS}
    if not kin:
        return []
    named = {c.id for c in chars if c.id not in kin and not any(
        w.lower() in KIN_CLASS or w.lower() in names.KIN_NAMES for w in c.name.split())
        and c.name != UNNAMED_NARRATOR and names.title_key(c.name) not in names.TITLES}
    # (a bare title, "Chef", is no name: its holder is joined to it later, by the title ties)
    votes: dict[str, Counter] = {k: Counter() for k in kin}
    notes: dict[tuple[str, str], str] = {}
    stated: set[tuple[str, str]] = set()  # said to be one person outright: turn-taking does not part them

    def vote(k: str, x: str | None, note: str, weight: int = 2, said: bool = False) -> None:
        if k in kin and x in named:
            votes[k][x] += weight
            notes.setdefault((k, x), note)
            if said:  # said outright (apposition, "Mum's name was", "Gran to all of us"), not read
                stated.add((k, x))  # off an address or a name introduced after the kin person acts

    def nxt(i: int) -> int:
        return i + 1 if i + 1 < len(doc) else -1

    # "My mother, Ingrid, took me to the ferry" in the narration is the narrator's mother; a "Mamá" said
    # only in other people's speech is theirs (a host's own mother), so the narration's "my" does not reach it
    told = {c for i, c in name_tokens.items() if c in kin and qmap.region(doc[i].idx) is None}

    def mine(k: str, i: int) -> bool:
        return k in told or qmap.region(doc[i].idx) is not None

    for i, cid in name_tokens.items():
        t = doc[i]
        if cid in kin:
            j = nxt(i)
            if j > 0 and doc[j].text in _APPOS_PUNCT and nxt(j) > 0 and doc[j + 1].i in name_tokens:
                vote(cid, name_tokens[j + 1], f"'{t.text}, {doc[j + 1].text}': apposition", said=True)
            # "Mum's name was Helen", "Mum was called Helen"
            w = [x.lower_ for x in doc[i + 1:i + 5]]
            for off, pat in ((4, ["'s", "name", "was"]), (4, ["'s", "name", "is"]), (3, ["was", "called"]),
                             (3, ["was", "named"])):
                if w[:len(pat)] == pat and i + off < len(doc) and i + off in name_tokens:
                    vote(cid, name_tokens[i + off], f"'{t.text} {' '.join(pat)} {doc[i + off].text}'", said=True)
        if cid in named:
            # "my mother, Helen" / "Helen, my mum": the narrator's kin noun apposed to a name
            # ("his/her/their" only before a lone given name: "her mother, Colonel Brandon, and Elinor" is a list)
            own = doc[i - 3].lower_ in ("my", "our") if i >= 3 else False
            lone = name_tokens.get(i + 1) != cid and name_tokens.get(i - 1) != cid \
                and doc[i].text.rstrip(".").lower() not in names.TITLES
            if i >= 3 and doc[i - 1].text in _APPOS_PUNCT and doc[i - 3].lower_ in _KIN_APPOS_POSS and (own or lone):
                cls = KIN_CLASS.get(doc[i - 2].lower_)
                for k, kc in kin.items():
                    if kc == cls and (not own or mine(k, i)):
                        vote(k, cid, f"'{doc[i - 3].text} {doc[i - 2].text}, {t.text}': apposition", said=True)
            # "my grandad Osric keeps bees": the narrator's kin noun right before a lone given name,
            # in one phrase with it (the name hangs off the kin noun or the kin noun off the name):
            # "I told my dad Osric had kept me late" is Dad told that Osric, a subject of its own, did
            if i >= 2 and doc[i - 2].lower_ in ("my", "our") and doc[i - 1].lower_ in KIN_CLASS and lone \
                    and not (i + 1 < len(doc) and doc[i + 1].tag_ == "POS") \
                    and (t.head.i == i - 1 or doc[i - 1].head.i == i):
                for k, kc in kin.items():
                    if kc == KIN_CLASS[doc[i - 1].lower_] and mine(k, i):
                        vote(k, cid, f"'{doc[i - 2].text} {doc[i - 1].text} {t.text}': apposition", said=True)
            if i + 3 < len(doc) and doc[i + 1].text in _APPOS_PUNCT and doc[i + 2].lower_ in _KIN_APPOS_POSS \
                    and (doc[i + 2].lower_ in ("my", "our") or lone):
                cls = KIN_CLASS.get(doc[i + 3].lower_)
                for k, kc in kin.items():
                    if kc == cls and (doc[i + 2].lower_ not in ("my", "our") or mine(k, i)):
                        vote(k, cid, f"'{t.text}, {doc[i + 2].text} {doc[i + 3].text}': apposition", said=True)
    said_same = _to_ties(doc, qmap, tags, name_tokens, kin, named, vote)
    # "Gran came the next morning on the first bus. Edie Hale had never said one word against ...": a
    # full name first used as the subject of a describing sentence ("is", "had") right after one
    # where the kin-titled one (or "our mother") acts is that kin person, introduced
    first_tok: dict[str, int] = {}
    for i, cid in sorted(name_tokens.items()):
        first_tok.setdefault(cid, i)
    for x, f in first_tok.items():
        if x not in named or not doc[f].is_sent_start or name_tokens.get(f + 1) != x:
            continue
        k_end = f
        while k_end < len(doc) and name_tokens.get(k_end) == x:
            k_end += 1
        last = doc[k_end - 1]
        describes = last.head.lemma_ in ("be", "have") or any(c.dep_ == "aux" and c.lower_ == "had"
                                                              for c in last.head.children)
        if last.dep_ != "nsubj" or not describes or f == 0:
            continue
        # "Jenny Hart was the new nurse and had driven her back": a him/her in the sentence is someone
        # else, most likely the kin person just seen acting, so the newcomer is not that person
        if any(t.lower_ in ("her", "him") and t.dep_ in ("dobj", "pobj", "dative", "iobj")
               for t in doc[f].sent):
            continue
        # "Jenny Hart was the new nurse": a role said of the newcomer ties it to no kin person; only a
        # kin noun there links back ("Edie Hale was our father's mother")
        # ("a shy, bookish girl" says what sort of person, not what role)
        if last.head.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ == "NOUN" and c.lower_ not in KIN_CLASS
                                            and c.lower_ not in _SORT_NOUNS for c in last.head.children):
            continue
        prev = doc[f - 1].sent
        # a paragraph opened by the name looks back over the one before when that is a line of speech
        # and its tag ('"Grandpa's at the door," Ilse said, not looking up.' / 'Crispin Vale was
        # eighty ...'); otherwise over the sentence before only
        para = doc[prev.start:f]
        if "\n" in doc[f - 1].text_with_ws + doc[f - 1].whitespace_ and prev.start > 0:
            back = prev.start
            while back > 0 and "\n" not in doc[back - 1].text_with_ws and f - back < 60:
                back -= 1
            if ("\n" in doc[back - 1].text_with_ws or back == 0) and \
                    any(qmap.region(t.idx) is not None for t in doc[back:f]):
                para = doc[back:f]
        classes = set()
        owners: dict[str, set[str]] = {}
        for t in para:
            # (a quote's "Your grandpa's here" is parsed with the kin noun as a bare "dep")
            if t.dep_ != "nsubj" and not (t.dep_ == "dep" and t.lower_ in KIN_CLASS):
                continue
            if name_tokens.get(t.i) in kin:
                classes.add(kin[name_tokens[t.i]])
            elif t.lower_ in KIN_CLASS and any(c.lower_ in ("my", "our", "your") for c in t.children):
                # "our mother", a quote's "Your grandpa's here"
                classes.add(KIN_CLASS[t.lower_])
            elif t.lower_ in KIN_CLASS:
                # "Wendeline's mother had ...": only the kin title Wendeline herself says (below)
                for c in t.children:
                    if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i in name_tokens:
                        owners.setdefault(KIN_CLASS[t.lower_], set()).add(name_tokens[c.i])
        for cls in classes | set(owners):
            ks = [k for k, kc in kin.items() if kc == cls]
            if len(ks) != 1:
                continue
            if cls not in classes and not any(_says_title(doc, qmap, tags, name_tokens, o, ks[0])
                                              for o in owners[cls]):
                continue  # someone else's father is not the one the story calls "Papa"
            vote(ks[0], x, f"'{doc[f:k_end].text}' introduced right after the {cls} acts")
    # vocatives: the kin word said to a named person, or a name said to the kin character
    for i, cid in name_tokens.items():
        t = doc[i]
        reg = qmap.region(t.idx)
        if reg is None or (i - 1 in name_tokens and name_tokens[i - 1] == cid):
            continue
        before = doc[i - 1].text if i > 0 else ""
        after = doc[i + 1].text if i + 1 < len(doc) else ""
        if not (before in (",", '"', "“", "'", "‘") or doc[i].is_sent_start) or \
                after not in (",", ".", "!", "?", "—"):
            continue
        tag = tags.get(reg)
        if tag is None or tag.addressee is None or tag.addressee == tag.speaker:
            continue
        # '"Mum," Pim said ... / "You came," Roos said': turn-taking makes the next speaker the one
        # spoken to, but someone the text has not named yet was not there to be called so
        if cid in kin and tag.speaker != cid and first_tok.get(tag.addressee, -1) < i:
            vote(cid, tag.addressee, f"'{t.text}' said to them", 1)
        elif cid in named and tag.addressee in kin and tag.speaker != cid:
            vote(tag.addressee, cid, f"'{t.text}' said to the kin-titled one", 1)
    # the name called and the kin-titled one answering it (one vote: a kin title used often needs two)
    for k, x, note in _answered_calls(doc, qmap, name_tokens, tags, first_tok):
        if k in kin and x in named and k != x:
            vote(k, x, note, 1)
    if not any(votes.values()):
        return []
    # told apart: both named in one sentence (not apposed), or talking to each other
    apart: set[tuple[str, str]] = set()
    by_sent: dict[int, list[int]] = {}
    sent_of = _sentence_index(doc)
    for i in name_tokens:
        by_sent.setdefault(sent_of[i], []).append(i)
    for toks in by_sent.values():
        ids = {name_tokens[i] for i in toks}
        for k in ids & set(kin):
            for x in ids & named:
                ki = [i for i in toks if name_tokens[i] == k]
                xi = [i for i in toks if name_tokens[i] == x]
                if not any(abs(a - b) <= 3 for a in ki for b in xi) and (k, x) not in said_same:
                    apart.add((k, x))
    for tag in tags.values():
        if tag.speaker and tag.addressee:
            apart.update(p for p in ((tag.speaker, tag.addressee), (tag.addressee, tag.speaker)) if p not in stated)
    # a kin title used once, as an address, is known only by who answers to it ('"Mum, tell him he's
    # burning it." / "I'm eighty," says Marguerite'): that one address is all the text says of it
    uses = Counter(c for i, c in name_tokens.items() if name_tokens.get(i - 1) != c)  # name runs, not tokens
    out = []
    taken: set[str] = set()
    for k, v in votes.items():
        ranked = v.most_common(2)
        once = uses[k] == 1 and len(ranked) == 1
        if not ranked or ranked[0][1] < (1 if once else 2) or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            continue  # one address by turn-taking alone is too little ("Sorry, Den," to the wrong one)
        x = ranked[0][0]
        gk, gx = gender.get(k), gender.get(x)
        if (k, x) in apart or (gk in ("he", "she") and gx in ("he", "she") and gk != gx) or x in taken:
            continue
        taken.add(x)
        out.append((k, x, notes[(k, x)]))
    return out


_TO_BE = ("was", "is", "became", "becomes")  # not "'s": "Edith's Gran" is Edith's grandmother


def _to_ties(doc, qmap: QuoteMap, tags: dict, name_tokens: dict[int, str], kin: dict[str, str],
             named: set[str], vote) -> set[tuple[str, str]]:
    """What a person is called "to" others: "Edith — Gran to all of us —", "Edith, who was Nan to the
    whole street", "Mam stood there. She was Edith Hale to the rest of the street"; "Walt, that's Pop";
    and "I am Edith ... you can call me Nan" in one quote. Each says a kin title and a name are one
    person. Returns the (kin, named) pairs so tied, which a sentence naming both does not tell apart."""
    same: set[tuple[str, str]] = set()

    def tie(pair: tuple[str, str], note: str) -> None:
        same.add(pair)
        vote(pair[0], pair[1], note, said=True)

    runs: list[tuple[int, int, str]] = []  # name runs: (first token, end, id)
    for i in sorted(name_tokens):
        if runs and runs[-1][1] == i and runs[-1][2] == name_tokens[i]:
            runs[-1] = (runs[-1][0], i + 1, name_tokens[i])
        else:
            runs.append((i, i + 1, name_tokens[i]))
    at = {r[0]: r for r in runs}
    n = len(doc)

    def other(a: str, b: str) -> tuple[str, str] | None:
        if a in kin and b in named:
            return a, b
        if b in kin and a in named:
            return b, a
        return None

    for s, e, cid in runs:
        # "Edith, Gran to us" / "Edith — Gran to all of us" / "Edith was Gran to" / "Edith, who was Gran to"
        j = e
        if j < n and doc[j].text in _APPOS_PUNCT | {","}:
            j += 1
            if j + 1 < n and doc[j].lower_ == "who" and doc[j + 1].lower_ in _TO_BE:
                j += 2
        elif j < n and doc[j].lower_ in _TO_BE:
            j += 1
        else:
            j = -1
        if j > e and j in at:
            r = at[j]
            pair = other(cid, r[2])
            if pair and r[1] < n and doc[r[1]].lower_ == "to":
                tie(pair, f"'{doc[s:r[1] + 1].text}': what one is called to others")
        # "Walt, that's Pop" (not "that's Pop's truck")
        if e + 3 < n and doc[e].text == "," and doc[e + 1].lower_ == "that" \
                and doc[e + 2].lower_ in ("'s", "is", "was") and e + 3 in at \
                and not (at[e + 3][1] < n and doc[at[e + 3][1]].lower_ in ("'s", "'")):
            pair = other(cid, at[e + 3][2])
            if pair:
                tie(pair, f"'{doc[s:at[e + 3][1]].text}': that is the same one")
        # "Mam stood there. She was Edith Hale to the rest of the street": the pronoun is the kin
        # person (or the named one) of the sentence before, when that sentence has only one of them
        if s >= 2 and doc[s - 1].lower_ in _TO_BE and doc[s - 2].lower_ in ("she", "he") and doc[s - 2].is_sent_start \
                and e < n and doc[e].lower_ == "to" and qmap.region(doc[s].idx) is None:
            prev = doc[s - 2].sent
            if prev.start == 0:
                continue
            before = doc[prev.start - 1].sent
            ids = {name_tokens[t.i] for t in before if t.i in name_tokens}
            ids = {x for x in ids if other(cid, x)}
            if len(ids) == 1:
                pair = other(cid, ids.pop())
                tie(pair, f"'{doc[s - 2:e + 1].text}' after '{before.text[:40]}'")
    # "I am Edith ... You can call me Nan": a name the speaker gives as their own and a kin title
    # they ask to be called, in one quote
    for i in range(n - 2):
        if doc[i].lower_ == "call" and doc[i + 1].lower_ == "me" and i + 2 in name_tokens \
                and name_tokens[i + 2] in kin:
            reg = qmap.region(doc[i].idx)
            if reg is None:
                continue
            own = {name_tokens[r[0]] for r in runs if reg[0] <= doc[r[0]].idx < reg[1] and r[2] in named
                   and r[0] >= 2 and (doc[r[0] - 1].lower_ in ("am", "'m") and doc[r[0] - 2].lower_ == "i"
                                      or doc[r[0] - 1].lower_ in ("is", "'s") and doc[r[0] - 2].lower_ == "name"
                                      and r[0] >= 3 and doc[r[0] - 3].lower_ == "my")}
            if len(own) == 1:
                tie((name_tokens[i + 2], own.pop()), f"'call me {doc[i + 2].text}', by one who gave their name")
    return same


def _says_title(doc, qmap: QuoteMap, tags: dict, name_tokens: dict[int, str], who: str, k: str) -> bool:
    """Does ``who`` say the kin title ``k`` in a quote of their own (by its speech tag)?"""
    for i, cid in name_tokens.items():
        if cid != k:
            continue
        reg = qmap.region(doc[i].idx)
        tag = tags.get(reg) if reg is not None else None
        if tag is not None and tag.speaker == who:
            return True
    return False


def _answered_calls(doc, qmap: QuoteMap, name_tokens: dict[int, str], tags: dict,
                    first_tok: dict[str, int]) -> list[tuple[str, str, str]]:
    """A name called in a quote and answered, in the next paragraph's quote, by a kin-titled one:
    '"Your tea's gone cold, Marisol." / "Let it." Gran set the cup down' — the one called answers,
    so the name is the kin-titled person's. Returns (answerer, name's character, note). Not the other
    way round (a kin title called, a named one answering): in a family scene whoever is at hand
    answers, and with a guard for the one called being there it still added false states. The
    answer's speaker is
    its own speech tag or a name opening the narration right after it (not a turn-taking guess);
    the call's speaker, when known, is someone else; the answerer was named before the call (a
    newcomer answering a call to someone else is not who was called)."""
    out: list[tuple[str, str, str]] = []
    regions = qmap.regions
    starts = [t.idx for t in doc]
    text = doc.text

    def answerer(reg) -> str | None:
        tag = tags.get(reg)
        if tag is not None and tag.speaker is not None and not tag.inferred:
            return tag.speaker
        # '"Let it." Gran set the cup down': the name right after the quote, the subject
        j = bisect.bisect_left(starts, reg[1])
        while j < len(doc) and doc[j].is_punct and "\n" not in doc[j].text:
            j += 1
        if j < len(doc) and j in name_tokens and doc[j].dep_ in ("nsubj", "compound") \
                and "\n" not in text[reg[1]:doc[j].idx]:
            k = j
            while name_tokens.get(k + 1) == name_tokens[j]:
                k += 1
            if doc[k].dep_ == "nsubj":
                return name_tokens[j]
        return None

    for n, reg in enumerate(regions[:-1]):
        # the answer is the first quote of the next paragraph ('"Sorry, Bel," he said. "I was rude."'
        # goes on in one paragraph first)
        # (bounded by the turn gap: a text of one long paragraph has no break to stop at)
        m = n + 1
        while m < len(regions) and regions[m][0] - reg[1] <= coref.TURN_GAP \
                and "\n" not in text[reg[1]:regions[m][0]]:
            m += 1
        if m == len(regions) or regions[m][0] - reg[1] > coref.TURN_GAP:
            continue
        nxt_reg = regions[m]
        if len(re.findall(r"\n\s*", text[reg[1]:nxt_reg[0]])) != 1:
            continue  # not the very next paragraph: narration came between
        a = bisect.bisect_left(starts, reg[0])
        b = bisect.bisect_left(starts, reg[1])
        called = set()
        for i in range(a, b):
            cid = name_tokens.get(i)
            if cid is None or name_tokens.get(i - 1) == cid or name_tokens.get(i + 1) == cid:
                continue
            before = doc[i - 1].text if i > 0 else ""
            after = doc[i + 1].text if i + 1 < len(doc) else ""
            if before in (",", '"', "“", "'", "‘") and after in (",", ".", "!", "?", "—"):
                called.add((cid, doc[i].text, i))
        if len({c for c, _w, _i in called}) != 1:
            continue
        x, word, at = min(called, key=lambda c: c[2])
        ans = answerer(nxt_reg)
        tag = tags.get(reg)
        spk = tag.speaker if tag is not None else None
        if ans is None or ans == x or spk in (x, ans) or first_tok.get(ans, len(doc)) >= at:
            continue
        out.append((ans, x, f"'{word}' called and answered by them"))
    return out


_NAME_KINDS = {"christian", "first", "given", "real", "full", "proper", "maiden", "middle", "baptismal"}


def _name_ties(doc, name_tokens: dict[int, str], genders: dict[str, str], taken: set[str],
               titled: dict[str, str]) -> list[tuple[str, str, str]]:
    """"the Captain's Christian name was Frederick", "Kit's real name is Christopher": the second
    name is the first one's. ``titled``: a title word -> the one character who bears it ("the
    Captain"). Returns (id of the name given, id of the one it belongs to, note) when the two are
    different characters whose genders agree."""
    out: list[tuple[str, str, str]] = []
    done = set(taken)
    n = len(doc)
    for p in range(1, n - 3):
        if doc[p].tag_ != "POS":
            continue
        i = p - 1
        a = name_tokens.get(i)
        if a is None and i > 0 and doc[i - 1].lower_ == "the":
            a = titled.get(doc[i].lower_)
        if a is None:
            continue
        j = p + 1
        if doc[j].lower_ in _NAME_KINDS:
            j += 1
        if j + 2 >= n or doc[j].lower_ != "name" or doc[j + 1].lower_ not in ("was", "is"):
            continue
        b = name_tokens.get(j + 2)
        if b is None or b == a or a in done or b in done:
            continue
        if _genders_clash(genders, a, b):
            continue
        done.update((a, b))
        out.append((b, a, f"'{doc[i:j + 3].text}'"))
    return out


def _who_was_ties(doc, name_tokens: dict[int, str], genders: dict[str, str],
                  taken: set[str]) -> list[tuple[str, str, str]]:
    """"Pip, who was Philippa Marsh to the choir", "Philippa Marsh, who was Pip to her brothers": a name
    said to be another name to someone is the same person under that name. Returns (id folded away,
    id kept, note); the kept one is the name used more often."""
    out: list[tuple[str, str, str]] = []
    done = set(taken)
    uses = Counter(c for i, c in name_tokens.items() if name_tokens.get(i - 1) != c)
    n = len(doc)
    for i in range(n - 5):
        a = name_tokens.get(i)
        if a is None or name_tokens.get(i + 1) == a:
            continue  # the last token of a name run
        if doc[i + 1].text != "," or doc[i + 2].lower_ != "who" or doc[i + 3].lower_ not in ("was", "is"):
            continue
        b = name_tokens.get(i + 4)
        k = i + 4
        while k < n and b is not None and name_tokens.get(k) == b:
            k += 1
        if b is None or b == a or a in done or b in done or k >= n or doc[k].lower_ != "to":
            continue
        if _genders_clash(genders, a, b):
            continue
        src, dst = (a, b) if uses[a] < uses[b] else (b, a)
        done.update((a, b))
        out.append((src, dst, f"'{doc[i].text}, who was {doc[i + 4:k].text} to'"))
    return out


def _genders_clash(genders: dict[str, str], a: str, b: str) -> bool:
    """Are two characters known as a "he" and a "she"? Then they are not one person."""
    ga, gb = genders.get(a), genders.get(b)
    return ga in ("he", "she") and gb in ("he", "she") and ga != gb


def _title_ties(doc, name_tokens: dict[int, str], by_id: dict[str, Character], genders: dict[str, str],
                taken: set[str]) -> list[tuple[str, str, str]]:
    """"Chef was Delphine Achterberg, fifty-nine": a character called only by a title ("Chef", "the
    Chief"), said in a sentence of its own to be a named character, is that character. Only where the
    name ends the phrase (not "Chef was Delphine's friend") and the genders agree. Returns (id of the
    title character, id of the named one, note)."""
    out: list[tuple[str, str, str]] = []
    done = set(taken)
    n = len(doc)

    def bare_title(cid: str) -> bool:
        ch = by_id.get(cid)
        if ch is None:
            return False
        ws = [w for a in [ch.name, *ch.aliases] for w in [a.removeprefix("the ").strip()] if " " not in w]
        return bool(ws) and all(names.title_key(w) in names.TITLES and names.title_key(w) not in names.KIN_NAMES
                                for w in ws)
    for i in range(n - 3):
        a = name_tokens.get(i)
        opens = doc[i].is_sent_start or (i > 0 and doc[i - 1].lower_ == "the" and doc[i - 1].is_sent_start)
        if a is None or a in done or not opens:
            continue
        if doc[i + 1].lower_ not in ("was", "is") or not bare_title(a):
            continue
        b = name_tokens.get(i + 2)
        if b is None or b == a or b in done or bare_title(b):
            continue
        k = i + 2
        while k < n and name_tokens.get(k) == b:
            k += 1
        if k < n and not (doc[k].is_punct and doc[k].tag_ != "POS"):
            continue
        if _genders_clash(genders, a, b):
            continue
        done.update((a, b))
        out.append((a, b, f"'{doc[i:k].text}'"))
    return out


# A bare title's noun in its full form ("Cap" is the captain, "Sarge" the sergeant).
_ROLE_NOUNS = {"cap": "captain", "capt": "captain", "sarge": "sergeant", "sgt": "sergeant", "doc": "doctor",
               "prof": "professor", "skip": "skipper", "guv": "governor"}
# Verbs that name a job and nothing else: "had coached", "captained" (not "missed", "counted", "judged").
_JOB_VERBS = {"coach", "captain"}
_NOT_THE_ONE = {"a", "an", "another", "any", "every", "no", "some", "ex", "former", "old", "assistant", "sous"}


def _role_ties(doc, name_tokens: dict[int, str], token_char: dict[int, tuple[str, float, str]],
               by_id: dict[str, Character], genders: dict[str, str],
               taken: set[str]) -> list[tuple[str, str, str]]:
    """A character called only by a bare job title ("Chef", "Coach", "the Chief") and the one named
    person the text gives that job: "for a decade the galley was Pell Amsel's; she was its chef",
    "Pell, the chef,", "the skipper, Dorrit Vane,", "Dorrit Vane captained the side", "the crew
    called her Chef". The verb clue is kept to job verbs no other sense shares (coach, captain; not
    "counted", "missed", "judged", "nursed", "mastered"). Only when every such clue names one person
    (a name or a pronoun resolved to one), the two are never named apart in one sentence, and their
    genders agree: the nearest name is no evidence. Returns (id of the title character, id of the
    named one, note)."""
    holders_of: dict[str, dict[str, str]] = {}
    titled: dict[str, set[str]] = {}
    for cid, ch in by_id.items():
        if cid in taken:
            continue
        ws = [a.removeprefix("the ").removeprefix("The ").strip() for a in [ch.name, *ch.aliases]]
        keys = {names.title_key(w) for w in ws if " " not in w}
        if not ws or len(keys) != 1 or any(" " in w for w in ws):
            continue
        key = next(iter(keys))
        if key in names.KIN_NAMES or (key not in names.TITLES and key not in _ROLE_NOUNS):
            continue
        titled.setdefault(_ROLE_NOUNS.get(key, key), set()).add(cid)
    titled = {k: v for k, v in titled.items() if len(v) == 1}
    if not titled:
        return []

    def who(i: int) -> str | None:
        if i in name_tokens:
            return name_tokens[i]
        tc = token_char.get(i)
        return tc[0] if tc and tc[2] in ("pronoun", "narrator") and tc[0] else None

    def the_one(t) -> bool:
        # "the chef", "our coach", "head chef": not "a chef", "her old coach", "the sous chef"
        return t.tag_ in ("NN", "NNP") and not any(c.lower_ in _NOT_THE_ONE for c in t.children)

    def clue(role: str, x: str | None, note: str) -> None:
        (t_id,) = titled[role]
        if x and x != t_id and x in by_id and x not in taken:
            holders_of.setdefault(t_id, {}).setdefault(x, note)

    for t in doc:
        role = t.lower_
        if role not in titled or t.i in name_tokens and name_tokens[t.i] in titled[role] and t.dep_ != "oprd":
            if not (t.lemma_.lower() in _JOB_VERBS and t.lemma_.lower() in titled and t.pos_ == "VERB"):
                continue
        if t.pos_ == "VERB":  # "Dorrit Vane captained the side"
            role = t.lemma_.lower()
            if role not in _JOB_VERBS or role not in titled:
                continue  # "I miss her", "she counted the tills": no job
            for c in t.children:
                if c.dep_ == "nsubj":
                    clue(role, who(c.i), f"'{c.text} ... {t.text}'")
            continue
        if not the_one(t):
            continue
        head = t.head
        if t.dep_ == "attr" and head.lemma_ == "be":  # "Dorrit was the side's skipper", "by then Pell was chef"
            for c in head.children:
                if c.dep_ == "nsubj":
                    clue(role, who(c.i), f"'{c.text} {head.text} ... {t.text}'")
        elif t.dep_ == "appos" and head.i != t.i:  # "Pell, the chef,"
            clue(role, who(head.i), f"'{head.text}, ... {t.text}'")
        for c in t.children:  # "the skipper, Dorrit Vane,"
            if c.dep_ == "appos":
                clue(role, who(c.i), f"'{t.text}, {c.text}'")
    # "everyone called her Chef": the title said of the one called so
    for i, cid in name_tokens.items():
        t = doc[i]
        for role, ids in titled.items():
            if cid not in ids or t.head.lemma_ != "call" or t.dep_ not in ("oprd", "xcomp", "dobj", "npadvmod"):
                continue
            objs = [c for c in t.head.children if c.dep_ in ("dobj", "dative") and c.i != i]
            if len(objs) == 1:
                clue(role, who(objs[0].i), f"'{t.head.text} {objs[0].text} {t.text}'")
    # told apart: both named in one sentence, not side by side ("Pell handed Coach the whistle");
    # turn-taking is no evidence here (the exchange '"Ready?" asked Pell. / "Aye, Chef," said Bram.' is about one person)
    apart: set[tuple[str, str]] = set()
    sent_of = _sentence_index(doc)
    by_sent: dict[int, list[int]] = {}
    for i in name_tokens:
        by_sent.setdefault(sent_of[i], []).append(i)
    for toks in by_sent.values():
        for a in toks:
            for b in toks:
                if abs(a - b) > 3 and name_tokens[a] != name_tokens[b]:
                    apart.add((name_tokens[a], name_tokens[b]))
    out = []
    for t_id, holders in holders_of.items():
        if len(holders) != 1:
            continue
        (x, note), = holders.items()
        if (t_id, x) in apart or (x, t_id) in apart or _genders_clash(genders, t_id, x) or x in taken:
            continue
        xs = [a.removeprefix("the ").strip() for a in [by_id[x].name, *by_id[x].aliases]]
        if any(names.title_key(w) in names.TITLES or w.lower() in KIN_CLASS for w in xs if " " not in w):
            continue  # another title or a kin word is no named holder
        taken.update((t_id, x))
        out.append((t_id, x, note))
    return out


def _letter_ties(doc, cands, cl_of_key: dict, by_id: dict[str, Character], name_tokens: dict[int, str],
                 genders: dict[str, str]) -> list[tuple[str, str, str]]:
    """Letters in a row, each opened by a salutation and closed by a signature (``names.letter_line``):
    when the second is addressed to the first one's signer, it answers it, and its signer is the
    first one's recipient. Returns (id folded away, id kept, note); the kept one is the fuller name."""
    marks = sorted((o.start, o.letter, cl_of_key[c.key]) for c in cands.values() if c.key in cl_of_key
                   for o in c.occurrences if o.letter)
    letters: list[list[str | None]] = []  # [recipient, signer]
    for _start, kind, cid in marks:
        if kind == "salutation":
            letters.append([cid, None])
        elif kind in ("signature", "note") and letters and letters[-1][1] is None:
            letters[-1][1] = cid
    if len(letters) < 2:
        return []
    together: set[frozenset] = set()
    by_sent: dict[int, set[str]] = {}
    sent_of = _sentence_index(doc)
    for i, cid in name_tokens.items():
        by_sent.setdefault(sent_of[i], set()).add(cid)
    for ids in by_sent.values():
        together.update(frozenset((a, b)) for a in ids for b in ids if a != b)
    out: list[tuple[str, str, str]] = []
    done: set[str] = set()
    for (r1, s1), (r2, s2) in zip(letters, letters[1:], strict=False):
        if None in (r1, s1, r2, s2) or r2 != s1 or r1 == s2 or r1 == s1 or r1 in done or s2 in done:
            continue
        if frozenset((r1, s2)) in together:
            continue
        g1, g2 = genders.get(r1), genders.get(s2)
        if g1 in ("he", "she") and g2 in ("he", "she") and g1 != g2:
            continue
        a, b = by_id[r1], by_id[s2]
        src, dst = (a, b) if len(b.name.split()) >= len(a.name.split()) else (b, a)
        done.update((r1, s2))
        out.append((src.id, dst.id, f"'{a.name}' answers a letter to '{by_id[s1].name}' signed '{b.name}'"))
    return out

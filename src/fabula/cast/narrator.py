"""Who tells each section: first-person detection and naming the narrator.

A section is a chapter cut at scene breaks and POV headers (a POV header usually switches the
teller). Person: first-person singular pronouns *outside quotes* against third-person ones —
dialogue is full of "I" in third-person novels, so quotes must not count. Naming, strongest
first: a POV header ("Jonah's point of view"); vocatives in quotes not spoken by the narrator
("Jonah, I'm so sorry," she said — said to "me"); a POV phrase in the work's metadata.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from fabula.cast.aliases import _pet_form
from fabula.cast.names import TITLES, Occurrence, _english_word, english_words
from fabula.cast.quotes import QuoteMap
from fabula.model import Span, Story

FIRST = {"i", "me", "my", "mine", "myself"}
THIRD = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
SECOND = {"you", "your", "yours", "yourself"}


@dataclass
class Section:
    span: Span
    chapter: int
    first: int = 0  # first-person singular pronouns outside quotes
    third: int = 0
    second: int = 0  # "you" acting outside quotes ("You push open the door"): a reader-insert
    third_subj: int = 0  # he/she as a subject outside quotes
    words: int = 0
    person: int | None = None
    pov_name: str | None = None
    pov_span: Span | None = None
    narrator_name: str | None = None
    evidence: list[tuple[str, Span]] = field(default_factory=list)
    confidence: float = 0.0
    blank: bool = False  # the story writes the reader's name as a blank ("Y/N"): a reader-insert
    diary_name: str | None = None  # "HATTIE — Saturday" heads it: its teller, if it is told in the first person
    diary_span: Span | None = None


# A diary entry's header: the writer's name, a dash, and a date phrase and nothing else ("HATTIE — Saturday",
# "Rowan - Friday night", "MEI – Day 3", "Ada — 3 March"). No colon: "Jonah: Monday still on?" is a text message
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PART = r"(?:morning|afternoon|evening|night)"
_DATE_NUM = r"\d{1,2}(?:st|nd|rd|th)?"
DIARY_HEAD_RE = re.compile(
    r"^\s*(?P<name>[A-Z][A-Za-z'\-]+(?: [A-Z][A-Za-z'\-]+)?)\s*[—–\-|]+\s*"
    rf"(?P<when>{_WEEKDAY}(?:,? (?i:{_PART})|,? {_DATE_NUM}(?: {_MONTH})?|,? {_MONTH} {_DATE_NUM})?(?:,? \d{{4}})?"
    rf"|(?:Day|Entry|Week) \d{{1,4}}|{_MONTH} {_DATE_NUM}(?:,? \d{{4}})?|{_DATE_NUM} {_MONTH}(?:,? \d{{4}})?"
    r"|(?:Morning|Afternoon|Evening|Night)(?: \d{1,4})?)\s*[.:]?\s*$")
_WHEN_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day", "entry",
               "week", "night", "morning", "evening", "january", "february", "march", "april", "may", "june",
               "july", "august", "september", "october", "november", "december"}


def diary_headers(story: Story) -> dict[int, tuple[str, Span]]:
    """Paragraph index -> (writer's name, span) for diary entry headers ("HATTIE — Saturday"). Only
    when the story has two or more of them, only lines that are a name and a date phrase alone, not
    lines the dialogue's chat detector takes for messages, and only names the story also writes in
    its text (not "LONDON — 1943" when London is nowhere else a word of the text)."""
    from fabula.dialogue.extract import chat_lines

    out: dict[int, tuple[str, Span]] = {}
    for i, p in enumerate(story.paragraphs):
        if p.kind != "text":
            continue
        line = story.paragraph_text(p).strip()
        m = DIARY_HEAD_RE.match(line) if len(line) <= 60 and "\n" not in line else None
        if not m:
            continue
        name = " ".join(w.capitalize() if w.isupper() else w for w in m.group("name").split())
        if name.split()[0].lower() in _WHEN_WORDS:
            continue
        out[i] = (name, p.span)
    if len(out) < 2:
        return {}
    text = story.text
    paras = story.paragraphs
    chat = {seg.para for seg in chat_lines(text, paras, [i for i, p in enumerate(paras) if p.kind == "text"])}
    out = {i: v for i, v in out.items() if i not in chat}
    # the name written elsewhere in the text: one search per name, not a copy of the text per header
    return {i: (n, sp) for i, (n, sp) in out.items()
            if any(not (sp[0] <= mm.start() < sp[1]) for mm in re.finditer(rf"\b{re.escape(n)}\b", text))}


def sections(story: Story) -> list[Section]:
    """Chapters cut at scene breaks and POV headers; a POV header opens its section."""
    from fabula.ingest.plain import pov_header_name

    out: list[Section] = []
    paras = story.paragraphs
    if not paras:
        return [Section((0, len(story.text)), 0)]
    cur_start = paras[0].span[0]
    cur_ch = paras[0].chapter
    pov: tuple[str, Span] | None = None
    diary = diary_headers(story)
    head: tuple[str, Span] | None = None
    for i, p in enumerate(paras):
        cut = p.chapter != cur_ch or p.kind in ("scene_break", "pov_header", "heading") or i in diary
        if cut and p.span[0] > cur_start:
            sec = Section((cur_start, p.span[0]), cur_ch)
            if pov:
                sec.pov_name, sec.pov_span = pov
            if head:
                sec.diary_name, sec.diary_span = head
            out.append(sec)
            cur_start = p.span[0]
            if p.chapter != cur_ch:
                pov = None
            head = None
        cur_ch = p.chapter
        if p.kind == "pov_header":
            name = pov_header_name(story.paragraph_text(p))
            pov = (name, p.span) if name else pov
        if i in diary:
            head = diary[i]
    sec = Section((cur_start, len(story.text)), cur_ch)
    if pov:
        sec.pov_name, sec.pov_span = pov
    if head:
        sec.diary_name, sec.diary_span = head
    out.append(sec)
    return out


def count_persons(doc, secs: list[Section], qmap: QuoteMap, emphasis: list[Span] | None = None) -> None:
    """Person counts per section, outside quotes and outside italics: an italic "*I can't open
    it*" is a third-person character's thought, not a first-person narration."""
    import bisect

    starts = [s.span[0] for s in secs]
    em = sorted(tuple(e) for e in (emphasis or []))
    em_starts = [a for a, _ in em]
    for t in doc:
        if t.is_space:
            continue
        k = bisect.bisect_right(starts, t.idx) - 1
        if k < 0 or qmap.inside(t.idx):
            continue
        j = bisect.bisect_right(em_starts, t.idx) - 1
        if j >= 0 and em[j][0] <= t.idx < em[j][1]:
            continue
        sec = secs[k]
        if t.is_alpha:
            sec.words += 1
        lw = t.lower_
        if lw in FIRST and (lw != "i" or t.text == "I"):
            sec.first += 1
        elif lw in THIRD:
            sec.third += 1
            if t.dep_ in ("nsubj", "nsubjpass"):
                sec.third_subj += 1
        elif lw == "you" and _acting_you(t):
            sec.second += 1


def decide_person(sec: Section) -> None:
    """First person when the narration itself says "I" often enough."""
    if sec.words < 20 and sec.first + sec.third == 0:
        sec.person = None
        return
    rate = sec.first / max(1, sec.words)
    share = sec.first / max(1, sec.first + sec.third)
    if sec.first >= 2 and (rate >= 0.012 and share >= 0.25 or share >= 0.5):
        sec.person = 1
        sec.confidence = min(0.99, 0.5 + share / 2)
    elif second_person(sec):
        sec.person = 2
        sec.confidence = min(0.95, 0.5 + sec.second / max(1, sec.second + sec.third) / 2)
    else:
        sec.person = 3
        sec.confidence = min(0.99, 0.5 + (1 - share) / 2)


SECOND_RATE = 0.01
SECOND_OVER_THIRD = 1.5  # the reader acts more than anyone the narration calls he or she
_GENERIC_MARKS = {"if", "when", "whenever", "unless", "once", "until", "before", "because", "as"}


def _acting_you(t) -> bool:
    """A "you" that is the story's protagonist acting ("You push open the door", "you mutter"),
    not the generic "you" of "you could not walk a street without...", "if you wanted rye you had
    to be early": the subject of a verb with no modal and not inside a conditional or time clause."""
    if t.dep_ not in ("nsubj", "nsubjpass") or (t.i > 0 and t.doc[t.i - 1].lower_ in _GENERIC_MARKS):
        return False
    verb = t.head
    if any(c.tag_ == "MD" or c.lower_ in ("'d", "d") for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _GENERIC_MARKS for c in verb.children):
        return False
    return not (verb.lemma_ == "have" and any(c.dep_ == "xcomp" for c in verb.children))  # "you had to"


def second_person(sec: Section) -> bool:
    """Told to "you" (AO3's reader-inserts: "You push open the door. Jimin waves at you."): the
    narration's "you" acts again and again, more than "I" and more than he and she act (the reader
    is the protagonist). A first-person narrator's aside to the reader ("you know how
    it is") and the generic "you" of a third-person story ("you could not walk a street without
    losing your fingers") do not count (:func:`_acting_you`)."""
    # with a "Y/N" blank the genre is settled: "you" need only act a few times, and more than "I"
    # (a dialogue-heavy reader-insert has more "he says" than "you" acting: 6 against 14)
    if sec.blank:
        return sec.second >= 3 and sec.second > sec.first
    over = SECOND_OVER_THIRD
    return (sec.second >= 3 and sec.second > sec.first and sec.second / max(1, sec.words) >= SECOND_RATE
            and sec.second >= over * sec.third_subj)


_OTHER_SPEAKS = re.compile(r"[\"']?[ \t]*(?:he|she|they|[A-Z][a-z]+)[ \t]+(?:\w+ly[ \t]+)?(?:says|said|asks|asked|"
                           r"replies|replied|calls|called|tells|told|adds|added|whispers|whispered|shouts|shouted)\b")
# '"..., Ollie," Sunita tells him': the quote is said to a "him", so its vocative is not the "I"
_TO_THIRD = re.compile(r"[\"']?[ \t]*(?:he|she|they|[A-Z][a-z]+)[ \t]+(?:\w+ly[ \t]+)?(?:tells|told|asks|asked|"
                       r"says to|said to|calls to|called to|whispers to|whispered to)[ \t]+(?:him|her|them)\b")
# the narrator's tag, past or present ('"Hush," I hiss': a present-tense story tags in the present)
_CUE_VERBS = ("say|said|ask|asked|yell|yelled|scream|screamed|whisper|whispered|reply|replied|answer|"
              "answered|cry|cried|call|called|shout|shouted|mutter|muttered|sob|sobbed|tell|told|begin|"
              "began|add|added|continue|continued|murmur|murmured|snap|snapped|laugh|laughed|sigh|sighed|"
              "hiss|hissed|breathe|breathed|mumble|mumbled|croak|croaked|sing|sang|think|thought|"
              "groan|groaned|gasp|gasped|plead|pleaded|beg|begged|repeat|repeated|admit|admitted|"
              "insist|insisted|explain|explained|offer|offered")
_YOU_CUE = re.compile(rf"(?:^|[\s,.!?])[Yy]ou\s+(?:\w+ly\s+)?(?:{_CUE_VERBS})\b")
_I_CUE = re.compile(rf"(?:^|[\s,.!?])I\s+(?:\w+ly\s+)?(?:{_CUE_VERBS})\b")


def vocative_votes(story: Story, occs: list[Occurrence], qmap: QuoteMap, secs: list[Section],
                   groups: dict[str, set[tuple]] | None = None,
                   called_out: dict[int, set[str]] | None = None, doc=None) -> dict[int, Counter]:
    """Per section index: names used as vocatives in quotes that the narrator did not speak.
    ``groups``: a name -> the (title, words) of every name of its character, so a nickname the
    quotes call ("Ollie") loses its vote when the narration tells of the same person by another
    name ("Oliver says").
    ``called_out``, if given, receives per section the names the narrator calls others by."""
    import bisect

    starts = [s.span[0] for s in secs]
    votes: dict[int, Counter] = {}
    told_of = _narration_subjects(occs, starts, secs, doc)
    acts_on_me = _acts_on_narrator(story, occs, starts, secs)
    mine = _narrators_people(doc, occs, starts, secs) if doc is not None else {}
    told: dict[int, Counter] = {}
    turns: _Turns | None = None
    called_by_me: dict[int, set[str]] = called_out if called_out is not None else {}
    for o in occs:
        if not o.in_quote:
            continue
        k = bisect.bisect_right(starts, o.start) - 1
        if k < 0 or secs[k].person not in (1, 2):
            continue  # the "I" of a first-person story, or the "you" of a second-person one
        reg = qmap.region(o.start)
        if reg is None:
            continue
        lead = story.text[reg[0] + 1:o.start]  # past the opening mark: a '- or \u2018-quote is no nested quote
        if secs[k].person == 1 and not o.title and (o.role == "vocative" or _ARE_YOU.search(lead)) \
                and not _NESTED_OPEN.search(lead) and narrator_speaks(story, reg, 1):
            # '"Are you Tobin?" I asked', '"Wait, Tobin," I said': the "I" calls someone else so (not in
            # words the "I" puts in another's mouth: '"My aunts will ask, 'Ysella, no ring yet?'" I said')
            called_by_me.setdefault(k, set()).add(" ".join(o.words))
        if o.role != "vocative":
            # '"You're Rafe," she said' to the "I"; '"I'm Ottilie," I said': the name the quote gives
            # the one it is said to, or the narrator's own, names the narrator
            ident = _identifies(story, reg, o, secs[k].person)
            if ident:
                votes.setdefault(k, Counter())[" ".join(o.words)] += 1
                told.setdefault(k, Counter()).setdefault(" ".join(o.words), 0)  # keep any "told of" count
            continue
        if narrator_speaks(story, reg, secs[k].person) or _TO_THIRD.match(story.text, reg[1]):
            continue  # the narrator speaks this quote, or it is said to a "him": the vocative names someone else
        if turns is None:
            turns = _Turns(story, qmap)
        if turns.narrator_replies(reg, secs[k].person):
            continue  # '"You could come," he said. / "I've just made band six, Felix."': the "I" answers
        if turns.told_in_paragraph(o, occs):
            continue  # 'when Aurel handed her out of the boat she said, "Thank you, Aurel,"': told of, so not "I"
        if _looked_at_other(story, reg):
            continue  # 'Uncle Abe looks at his glass, and at Mum. / "Sorry, Bron," he says': said to the one looked at
        only_name = len(re.findall(r"[\w'-]+", story.text[reg[0]:reg[1]])) <= len(o.words) + (1 if o.title else 0)
        if only_name and _SUBJECT_CUT.match(story.text, reg[1]):
            continue  # '"Philippa," Wynne tells me, "is going to be unbearable"': the subject, cut by a tag
        if only_name and _asks_who(story, reg):
            continue  # '"You haven't forgotten his name." / "Gareth," Mum admitted': an answer, not a call
        name = " ".join(o.words)
        if len(o.words) == 1 and o.words[0].lower() in TITLES:
            continue  # '"Yes, Chef!"': a role, said to whoever holds it, is no name for the "I"
        # '"You look terrible, Bea," he says': a tag giving the quote to someone else makes the
        # vocative the narrator's name twice over (an untagged '"Thank you, Dario."' may be the
        # narrator's own reply)
        # ('"Wren, love," and I said'): so does an "and I" answer right after it
        said_to_me = _OTHER_SPEAKS.match(story.text, reg[1]) or (secs[k].person == 1 and narrator_answers(story, reg))
        votes.setdefault(k, Counter())[name] += 2 if said_to_me else 1
        keys = (groups or {}).get(name) or {(o.title, o.words)}
        if len(o.words) == 1 and not o.title:
            # '"Barnabas."' to the "I" of a story whose narration tells of "Barney": one man's two forms
            keys = keys | {key for key in told_of.get(k, Counter()) if not key[0] and len(key[1]) == 1
                           and _pet_form(key[1][0], o.words[0])}
        told.setdefault(k, Counter())[name] = sum(told_of.get(k, Counter())[key] for key in keys)
        if keys & acts_on_me.get(k, set()):
            told[k][name] += 100  # "Luc got to me first": the narration's subject beside "me" is not "I"
        # (the call's own words, not its cluster's: a titled namesake may have joined that by mistake)
        if any(w == o.words or (len(o.words) == 1 and not o.title and len(w) > 1 and w[-1] == o.words[0])
               for _t, w in mine.get(k, set())):
            # "my brother Leopoldo": someone the "I" has, not the "I"; nor the surname of "my mother,
            # Hortensia Marwick", which would name the mother, whatever the "I" is called
            told[k][name] += 100
    for k, v in votes.items():
        for name in called_by_me.get(k, set()) & set(v):
            del v[name]
        # "said Good", "Good beamed at me": the narration tells of him (twice at least) as often as
        # others call him, so he is someone the "I" sees, not the "I"
        for name in [n for n in v if told[k][n] >= max(2, v[n])]:
            del v[name]
    return {k: v for k, v in votes.items() if v}


def word_calls(doc, occs: list[Occurrence], known: set[str]) -> set[str]:
    """Vocative-shaped words in quotes that are words, not names: a word the cast did not accept,
    that is a common English word and no one-gender first name, and that is every time a whole
    sentence of its own ('"Sprain," he said.', '"Steady."', '"Hm."', '"Monday," he said.') that
    the NER does not call a person ('"Mei," Daniel says' keeps its vote, as does a name called
    inside a sentence: '"Hello, Cat,"')."""
    from fabula.cast.firstnames import first_name_gender

    words = frozenset().union(*english_words().values())
    if not words:
        return set()
    shape: dict[str, bool] = {}
    for o in occs:
        if o.role != "vocative" or not o.in_quote or len(o.words) != 1 or o.title:
            continue
        name = o.words[0]
        prev = doc[o.tok_start - 1] if o.tok_start > 0 else None
        nxt = doc[o.tok_end] if o.tok_end < len(doc) else None
        after = doc[o.tok_end + 1] if o.tok_end + 1 < len(doc) else None
        opens = prev is None or doc[o.tok_start].is_sent_start or prev.is_space or prev.text in ('"', "\u201c", "'")
        ends = nxt is None or nxt.text in (".", "!", "?", "...") or (
            nxt.text == "," and (after is None or after.text in ('"', "\u201d", "'")))
        shape[name] = shape.get(name, True) and opens and ends and not o.ner_person
    return {n for n, whole in shape.items() if whole and n not in known and n.lower() in words
            and first_name_gender(n) is None}


class _Turns:
    """Who speaks an untagged line of a two-sided exchange: lines alternate, so a bare quote in its
    own paragraph answers the line before it. Walking back over bare lines to the nearest tagged
    one ('"You could come," he said.' or '"Good for them," I say.') gives the bare line's speaker
    by parity. Only whole paragraphs of speech count: a paragraph with narration in it may bring
    anyone in."""

    def __init__(self, story: Story, qmap: QuoteMap) -> None:
        self.story, self.qmap = story, qmap
        self.paras = [p.span for p in story.paragraphs if p.kind == "text"]
        self.starts = [a for a, _ in self.paras]

    def _kind(self, pi: int, person: int) -> str | None:
        """"I" (the narrator's tag), "other" (another's tag), "bare" (a paragraph of untagged speech),
        None (narration in it, or no speech)."""
        a, b = self.paras[pi]
        regs = [r for r in self.qmap.regions if a <= r[0] < b]
        if not regs:
            return None
        text = self.story.text
        if any(narrator_speaks(self.story, r, person) for r in regs):
            return "I"
        if any(_OTHER_SPEAKS.match(text, r[1]) for r in regs):
            return "other"
        # outside the quotes only marks and spaces: a bare line
        pos, rest = a, []
        for r in regs:
            rest.append(text[pos:r[0]])
            pos = r[1]
        rest.append(text[pos:b])
        return "bare" if not re.search(r"\w", "".join(rest)) else None

    def told_in_paragraph(self, o: Occurrence, occs: list[Occurrence]) -> bool:
        """Does the narration of the vocative's own paragraph tell of that name in the third person
        ('when Aurel handed her out of the boat she said, "Thank you, Aurel,"')?"""
        import bisect

        pi = bisect.bisect_right(self.starts, o.start) - 1
        if pi < 0:
            return False
        a, b = self.paras[pi]
        return any(a <= x.start < b and not x.in_quote and x.words == o.words
                   and x.role in ("subj", "speech_subj", "obj", "poss") for x in occs)

    def narrator_replies(self, reg: Span, person: int) -> bool:
        import bisect

        pi = bisect.bisect_right(self.starts, reg[0]) - 1
        if pi < 1 or self._kind(pi, person) != "bare":
            return False
        parity = 1  # lines back from this one
        for pj in range(pi - 1, max(-1, pi - 7), -1):
            kind = self._kind(pj, person)
            if kind == "bare":
                parity += 1
                continue
            if kind is None:
                return False
            # an even distance: the same speaker as that line; odd: the other one
            return (kind == "I") == (parity % 2 == 0)
        return False


_ME_WORDS = re.compile(r"\b(?:me|my|myself)\b")


def _acts_on_narrator(story: Story, occs: list[Occurrence], starts: list[int],
                      secs: list[Section]) -> dict[int, set[tuple]]:
    """Per first-person section, the names (with titles) that are the subject of a narration
    sentence that also says "me" or "my" ("Luc got to me first", "Luc Moreau set me down"): someone
    the "I" meets, never the "I"."""
    import bisect

    out: dict[int, set[tuple]] = {}
    text = story.text
    for o in occs:
        if o.in_quote or o.role not in ("subj", "speech_subj"):
            continue
        k = bisect.bisect_right(starts, o.start) - 1
        if k < 0 or secs[k].person != 1:
            continue
        a = max(text.rfind(c, 0, o.start) for c in ".!?\n\"") + 1
        ends = [i for i in (text.find(c, o.end) for c in ".!?\n\"") if i >= 0]
        b = min(ends) if ends else len(text)
        if _ME_WORDS.search(text[a:o.start]) or _ME_WORDS.search(text[o.end:b]):
            out.setdefault(k, set()).add((o.title, o.words))
    return out


_MY = ("my", "our")


def _narrators_people(doc, occs: list[Occurrence], starts: list[int], secs: list[Section]) -> dict[int, set[tuple]]:
    """For each first-person section, the names (with titles) its narration gives as the narrator's own
    kin or people: "my brother Leopoldo", "our father, Wystan", "Zinnia, my oldest friend,": someone the "I"
    has, never the "I"."""
    import bisect

    from fabula.cast.names import INTRO_NOUNS, _person_noun
    from fabula.cast.nominals import NOUN_GENDER

    def person_noun(t) -> bool:  # "my granddad Jolyon": the tagger may call a kin noun a proper noun
        return _person_noun(t) or (t.text.islower() and (t.lower_ in NOUN_GENDER or t.lower_ in INTRO_NOUNS))

    def poss_noun_before(j: int) -> bool:
        if j >= 0 and doc[j].text == ",":
            j -= 1
        if j < 0 or not person_noun(doc[j]):
            return False
        for i in range(j - 1, max(-1, j - 4), -1):
            if doc[i].lower_ in _MY:
                return True
            if not doc[i].is_alpha and doc[i].text != "-":
                return False
        return False

    def poss_noun_after(k: int) -> bool:
        if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in _MY:
            return False
        return any(person_noun(doc[i]) for i in range(k + 2, min(len(doc), k + 5)))

    out: dict[int, set[tuple]] = {}
    for o in occs:
        if o.in_quote:
            continue
        k = bisect.bisect_right(starts, o.start) - 1
        if k < 0 or secs[k].person != 1:
            continue
        if poss_noun_before(o.tok_start - 1) or poss_noun_after(o.tok_end):
            out.setdefault(k, set()).add((o.title, o.words))
    return out


def _narration_subjects(occs: list[Occurrence], starts: list[int], secs: list[Section],
                        doc=None) -> dict[int, Counter]:
    """Per first-person section, how often each name (with its title: "Mr. Harper" is not "Miss
    Harper") is a subject or an object in its narration ("said Good", "Good beamed at me", "I saw
    Osric"): the narration calls its teller "I", so a name it tells of in the third person is
    someone else — unless others call that name more often than the narration tells of it, or the
    narration does so only once (a flashback: "Years ago, Nell had believed...")."""
    import bisect

    out: dict[int, Counter] = {}
    for o in occs:
        if o.in_quote or o.role not in ("subj", "speech_subj", "obj", "conj"):
            continue
        if o.role == "conj" and (doc is None or doc[o.tok_end - 1].head.dep_ not in ("nsubj", "nsubjpass")):
            continue  # "Hortensia and Gwydion quarrelled" tells of both; "they call her Coach Marwick, or Coach" does not
        k = bisect.bisect_right(starts, o.start) - 1
        if k >= 0 and secs[k].person in (1, 2):
            out.setdefault(k, Counter())[(o.title, o.words)] += 1
    return out


# a quote cut by a tag that goes on with the verb of the words before it ('"Philippa," Wynne tells me
# later, "is going to be unbearable"')
_SUBJECT_CUT = re.compile(r"[,\s]+(?:he|she|they|I|[A-Z][\w']+)[^\"\n.!?]{0,60},\s*[\"\u201c](?:is|was|has|had|will|would|"
                          r"can|could|should|might|must|does|did|says|said|thinks|thought|wants|wanted|never|always|"
                          r"just|still)\b")

# '"...," said Orla from the stairs': a tag that gives the quote to someone named, verb first
_SAID_OTHER = re.compile(r"[\"']?[ \t]*,?[ \t]*(?:says|said|asks|asked|replies|replied|calls|called|shouts|shouted|"
                         r"whispers|whispered)[ \t]+(?:the[ \t]+\w+|[A-Z][a-z]+)\b")

# "Uncle Abe looks at his glass, and at Mum.": the narration before a line turns its speaker to someone named
_LOOKS_AT = re.compile(r"\b(?:looks?|looked|glances?|glanced|stares?|stared|turns?|turned)\b[^.!?\"\n]*"
                       r"\b(?:at|to|towards?)[ \t]+[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)*[.!]?[ \t]*$")


def _looked_at_other(story: Story, reg: Span) -> bool:
    """Does the narration right before the quote ``reg`` (its own paragraph's lead-in, or the whole
    paragraph before when the quote opens its own) end by turning the speaker to someone named ("Uncle
    Abe looks at his glass, and at Mum.")? Then the line is said to them, not to the "I"."""
    before = story.text[max(0, reg[0] - 600):reg[0]].rstrip(" \t")
    lines = [ln for ln in before.split("\n") if ln.strip()]
    if not lines or '"' in lines[-1] or "\u201c" in lines[-1]:
        return False
    last = re.split(r"(?<=[.!?])\s+", lines[-1].strip())[-1]
    return bool(_LOOKS_AT.search(last))


_NESTED_OPEN = re.compile(r"(?:^|[\s(\"\u201c])['\u2018]")  # a quote opened inside a quote
# '"Are you Tobin?"': a question to the one the name is, put by whoever speaks
_ARE_YOU = re.compile(r"(?:^|[\s\"\u201c,.!?])(?:[Aa]re|[Aa]ren't)\s+you\s+$")
_YOU_ARE = re.compile(r"(?:^|[\s\"\u201c,.!?])[Yy]ou(?:'re|\s+are|\s+must\s+be|\s+'d\s+be|\s+would\s+be)\s+$")
_I_AM = re.compile(r"(?:^|[\s\"\u201c,.!?])(?:I'm|I\s+am|[Mm]y\s+name's|[Mm]y\s+name\s+is)\s+$")


def _identifies(story: Story, reg: Span, o: Occurrence, person: int) -> bool:
    """Does the quote ``reg`` say who the narrator is with this name: "You're X" / "You must be X"
    said to the "I" by someone else, or "I'm X" / "My name is X" said by the narrator? The name
    must end its clause (no "You're Rafe's sister")."""
    if person != 1 or o.title:
        return False
    text = story.text
    lead = text[reg[0]:o.start]
    if not re.match(r"\s*[,.!?\"\u201d]", text[o.end:o.end + 2]):
        return False
    if _YOU_ARE.search(lead):
        return not narrator_speaks(story, reg, person)
    if _I_AM.search(lead):
        return narrator_speaks(story, reg, person)
    return False


_WHO_ASKED = re.compile(r"\b(?:[Ww]ho|[Ww]hose|name)\b")


def _asks_who(story: Story, reg: Span) -> bool:
    """Is the line before the quote ``reg`` (the paragraph before it, all speech) a question of who,
    or about a name ('"Who was it?"', '"You haven't forgotten his name."')? A quote that is only a
    name then answers it."""
    before = story.text[max(0, reg[0] - 300):reg[0]].rstrip()
    lines = [ln for ln in before.split("\n") if ln.strip()]
    if not lines or not lines[-1].lstrip().startswith(('"', "\u201c")):
        return False
    return bool(_WHO_ASKED.search(lines[-1]))


# '"Ros. What happened?" and I told him': a clause led by "and" after a quote is the next turn
_AND_I = re.compile(r"[ \t]*,?[ \t]*(?:and|so|but|then)[ \t]+I[ \t]+(?:\w+ly[ \t]+)?\w+")


def narrator_answers(story: Story, reg: Span) -> bool:
    """Does an "and I ..." clause right after the quote ``reg`` ('"Wren, love," and I said, "Drive,"';
    '"Ros. What happened?" and I told him') make the "I" the one who answers it, so someone else
    said it?"""
    return bool(_AND_I.match(story.text, reg[1]))


def narrator_speaks(story: Story, reg: Span, person: int = 1) -> bool:
    """Does an "I said"-type cue (for a second-person story: "you say") right before or after the
    quote ``reg`` make the narrator its speaker?"""
    after = story.text[reg[1]: reg[1] + 40].split("\n")[0].split('"')[0]
    after = re.split(r"[.!?;]\s", after)[0]  # '..." Marsh said. I laughed': only the tag's own sentence
    if person == 1 and (narrator_answers(story, reg) or _OTHER_SPEAKS.match(story.text, reg[1])
                        or _SAID_OTHER.match(story.text, reg[1])):
        # '"Wren, love," and I said, "Drive,"', '"...," said Orla, and I told her': the "I" of the tag's
        # sentence speaks the next line or answers, after someone else spoke this one
        after = ""
    before = story.text[max(0, reg[0] - 40): reg[0]].split("\n")[-1].split('"')[-1]
    if person == 2:
        return bool(_YOU_CUE.search(" " + after) or re.search(r"\b[Yy]ou\s+\w+\W*$", before))
    if _I_CUE.search(" " + after) or re.search(r"\bI\s+\w+\W*$", before):
        return True
    # 'I rang my father, who was still up, and said, "Papa, it is me."': a speech verb joined by "and" to a
    # clause whose subject is "I", with nobody else made a subject in between
    lead = re.split(r"[.!?]\s", story.text[max(0, reg[0] - 200): reg[0]].split("\n")[-1].split('"')[-1])[-1]
    lead = _RELATIVE.sub(",", lead)  # 'my father, who was still up, and said': the relative clause is his
    m = _AND_SAID.search(lead)
    i = re.search(r"\bI\b", lead[:m.start()]) if m else None
    if not i:
        return False
    # the "I" opens the sentence (after a few words at most: "That night I"), so it is the main
    # clause's subject: not 'Osgood knocked while I was reading, and said'
    pre, mid = lead[:i.start()].split(), lead[i.end():m.start()]
    return (len(pre) <= 6 and not _OTHER_SUBJECT.search(" ".join(pre)) and not _OTHER_SUBJECT.search(mid)
            and not (pre and pre[-1].lower().strip(",") in _SUBORDINATORS)
            and not any(w[:1].isupper() and (k or not _opener(w)) for k, w in enumerate(pre))
            and not re.search(r"\b[A-Z][a-z]", mid))


# 'Osgood knocked while I was reading, and said': an "I" in a clause of time or cause is not the
# main clause's subject
_SUBORDINATORS = {"while", "when", "as", "because", "after", "before", "until", "since", "if", "though",
                  "although", "where", "whenever", "once"}


def _opener(word: str) -> bool:
    """A capitalised first word that is a common word ("In 1987, ...", "Then I"), not a name."""
    w = word.strip(",;:").lower()
    return w in STOP_WORDS or _english_word(w)


_AND_SAID = re.compile(rf",?\s+and\s+(?:then\s+)?(?:\w+ly\s+)?(?:{_CUE_VERBS})\s*[,:]?\s*$")
_RELATIVE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,]*,")

# a clause with a subject of its own between the "I" and the "and said": 'I watched Eudora, who nodded and said'
# ('I waited ten minutes, and the clerk looked up and said': a noun subject brought in by "and the/a ...")
_OTHER_SUBJECT = re.compile(r"\b(?:he|she|they|we|you|who|which|that)\b|\band\s+[A-Z]"
                            r"|\band\s+(?:the|a|an|my|his|her|their|our|your|its|this|that)\s")


_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_ME = re.compile(r"\b(?:I|me|my|myself)\b")


def _address_shape(doc, o: Occurrence) -> bool:
    """The name stands alone between punctuation or quote edges: "Teddy, ...", "..., Teddy?"."""
    prev = doc[o.tok_start - 1] if o.tok_start > 0 else None
    nxt = doc[o.tok_end] if o.tok_end < len(doc) else None
    return (prev is None or prev.is_punct or prev.is_space) and (nxt is None or nxt.is_punct)


def narrator_nicknames(story: Story, doc, occs_by_name: dict[str, list[Occurrence]], qmap: QuoteMap,
                       secs: list[Section], sec_narr: list[str | None]) -> dict[str, tuple[str, Span]]:
    """Names used only to address the narrator: "What do you want, Teddy?" said to the "me" of a
    first-person section whose narrator is named otherwise ("Theo").

    Conservative — every use must be an address form inside a quote the narrator does not speak,
    in a first-person section with a named narrator (the same one each time), with the narrator
    present (the quote says "you" or the narration around it says "I/me/my"); and the name must be
    used at least twice. Returns name → (narrator character id, first span) for such names.
    """
    import bisect

    starts = [s.span[0] for s in secs]
    paras = [p.span for p in story.paragraphs]
    para_starts = [p[0] for p in paras]
    out: dict[str, tuple[str, Span]] = {}
    for name, occs in occs_by_name.items():
        if len(occs) < 2:
            continue
        target: set[str] = set()
        ok = True
        for o in occs:
            k = bisect.bisect_right(starts, o.start) - 1
            reg = qmap.region(o.start)
            if (k < 0 or secs[k].person != 1 or not sec_narr[k] or reg is None or o.title
                    or o.role not in ("vocative", "other") or not _address_shape(doc, o)
                    or narrator_speaks(story, reg)):
                ok = False
                break
            j = bisect.bisect_right(para_starts, o.start) - 1
            para = paras[j] if j >= 0 and o.start < paras[j][1] else reg
            narration = story.text[para[0]:reg[0]] + story.text[reg[1]:para[1]]
            if not (_YOU.search(story.text[reg[0]:reg[1]]) or _ME.search(narration)):
                ok = False
                break
            target.add(sec_narr[k])
        if ok and len(target) == 1:
            out[name] = (target.pop(), (occs[0].start, occs[0].end))
    return out


METADATA_POV = re.compile(r"\b([A-Z][\w'\-]+)(?:'s|s')\s+(?:point\s+of\s+view|p\.?o\.?v\.?)", re.I)
# AO3 freeform tags: "POV Wren", "Wren POV", "Wren-centric" (case as written: a name is capitalised)
TAG_POV = re.compile(r"^(?:POV[:\s]+([A-Z][\w'\-]+)|([A-Z][\w'\-]+)\s+POV|([A-Z][\w'\-]+)[\s-][Cc]entric)$")
_NOT_A_POV_NAME = {"first", "second", "third", "person", "multiple", "alternating", "narrator", "character",
                   "original", "outsider", "female", "male", "reader", "villain", "omniscient", "switching",
                   "changing", "different", "one", "single", "dual", "past", "present", "canon"}


def metadata_pov_names(story: Story) -> list[str]:
    """Names the work's metadata gives as its point of view: "told from Wren's point of view" in
    the summary or notes, or a freeform tag "POV Wren" / "Wren POV" / "Wren-centric"."""
    m = story.metadata
    texts = [m.title or "", m.summary or "", m.notes or "", *m.additional_tags]
    out = []
    for t in texts:
        out += [x.group(1) for x in METADATA_POV.finditer(t)]
    for tag in m.additional_tags:
        hit = TAG_POV.match(tag.strip())
        if hit:
            out.append(next(g for g in hit.groups() if g))
    return [n for n in out if n.lower() not in _NOT_A_POV_NAME]

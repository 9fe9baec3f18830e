"""What the relations and affect stages read from the layers before them, made safe to use.

Cast, dialogue and structure are built in parallel and may leave their lists empty or rough.
Rather than sprinkle ``if analysis.scenes`` through every rule, this module turns whatever is
there into one :class:`StoryView`: scenes (the whole chapter as one scene when structure has not
run), each scene's place on story time, the quote spans with their speakers and addressees, the
narrator, and a character table. When the cast is empty it falls back to spaCy PERSON entities so
the rules still have names to work with (ids prefixed ``x-``; a warning says so).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from fabula.cast.index import CharacterIndex, norm_name
from fabula.model import Analysis, Scene, Span

FIRST_SG = {"i", "me", "my", "mine", "myself"}
FIRST_PL = {"we", "us", "our", "ours", "ourselves"}
SECOND = {"you", "your", "yours", "yourself", "yourselves", "ya", "u"}
THIRD_M = {"he", "him", "his", "himself"}
THIRD_F = {"she", "her", "hers", "herself"}
THIRD_N = {"they", "them", "their", "theirs", "themself", "themselves"}
NARRATOR_ID = "narrator"


@dataclass
class SceneInfo:
    id: str
    span: Span
    index: int
    order: float  # rank on story time
    story_time: float | None
    pov: str | None
    person: int | None
    tense: str | None
    flashback: str | None
    characters: list[str] = field(default_factory=list)


@dataclass
class QuoteInfo:
    span: Span  # outer span, first to last piece
    pieces: list[Span]
    speaker: str | None
    addressees: list[str]
    kind: str
    id: str | None = None
    # a letter's kin words: ("salute", word, offset) of "Dear Mother,", ("close", word, offset) of "Your son,"
    letter: list[tuple[str, str, int]] | None = None
    # the speech tag's verb and how the dialogue stage found the speaker ("explicit", "anaphoric", ...)
    cue: Span | None = None
    attribution: str | None = None
    notes: str | None = None  # the dialogue stage's notes on how the speaker was found


@dataclass
class CharInfo:
    id: str
    name: str
    gender: str = "unknown"
    aliases: tuple[str, ...] = ()
    nameless: bool = False  # a speaker the story never names, known by a role ("the young man")


NAMELESS_NOTE = "speaks, but the story never names this person"  # (dialogue: a speaker known by a role only)


@dataclass
class StoryView:
    text: str
    scenes: list[SceneInfo]
    quotes: list[QuoteInfo]
    chars: dict[str, CharInfo]
    index: CharacterIndex | None
    narrator_sections: list[tuple[Span, str | None, int | None]]
    fallback_mentions: list[tuple[int, int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    merged: dict[str, str] = field(default_factory=dict)  # a narrator's other cast ids -> the one used
    # the salutations and signatures of notes ("Pell —", "All my love, Mum"): read by ``_letter_kin``, no vocative
    doc_marks: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._scene_starts = [s.span[0] for s in self.scenes]
        self._quote_starts = [q.span[0] for q in self.quotes]
        mentions: list[tuple[int, int, str]] = list(self.fallback_mentions)
        if self.index is not None:
            mentions.extend(self.index.spans)
        if self.merged:
            mentions = [(s, e, self.merged.get(cid, cid)) for s, e, cid in mentions]
            for q in self.quotes:
                q.speaker = self.merged.get(q.speaker, q.speaker) if q.speaker else q.speaker
                q.addressees = list(dict.fromkeys(self.merged.get(a, a) for a in q.addressees))
        self._lookup = CharacterIndex.from_spans(mentions)
        self.mentions = self._lookup.spans
        self._mention_starts = [m[0] for m in self.mentions]

    # ---- lookups -----------------------------------------------------------------------
    def scene_at(self, offset: int) -> SceneInfo:
        i = bisect.bisect_right(self._scene_starts, offset) - 1
        return self.scenes[max(0, i)]

    def quote_at(self, offset: int) -> QuoteInfo | None:
        i = bisect.bisect_right(self._quote_starts, offset) - 1
        if i >= 0:
            q = self.quotes[i]
            for s, e in q.pieces:
                if s <= offset < e:
                    return q
        return None

    def narrator_at(self, offset: int) -> str | None:
        for (s, e), cid, person in self.narrator_sections:
            if s <= offset < e and person == 1:
                return cid or NARRATOR_ID
        return None

    def name(self, cid: str | None) -> str:
        if cid is None:
            return "?"
        if cid in self.chars:
            return self.chars[cid].name
        return "the narrator" if cid == NARRATOR_ID else cid

    def gender(self, cid: str) -> str:
        c = self.chars.get(cid)
        return c.gender if c else "unknown"

    def mention_at(self, span: Span) -> str | None:
        return self._lookup.at(span)

    def mentions_in(self, span: Span) -> list[tuple[int, int, str]]:
        return self._lookup.mentions_in(span)

    def mentions_before(self, offset: int, window: int = 1500) -> list[tuple[int, int, str]]:
        """Mentions ending before ``offset`` (nearest first), within ``window`` characters."""
        i = bisect.bisect_left(self._mention_starts, offset)
        out = []
        while i > 0:
            i -= 1
            s, e, cid = self.mentions[i]
            if s < offset - window:
                break
            if e <= offset:
                out.append(self.mentions[i])
        return out

    def by_name(self, text: str) -> str | None:
        key = norm_name(re.sub(r"'s$", "", text))
        if self.index is not None:
            cid = self.index.by_name(key)
            if cid:
                return cid
        for c in self.chars.values():
            if norm_name(c.name) == key or norm_name(c.name).split(" ")[0] == key:
                return c.id
        return None


# ---- building the view -----------------------------------------------------------------------


def build_view(analysis: Analysis, doc) -> StoryView:
    text = analysis.story.text
    warnings: list[str] = []
    chars = {c.id: CharInfo(c.id, c.name, c.gender, tuple(c.aliases), nameless=any(
        e.note == NAMELESS_NOTE for e in c.evidence)) for c in analysis.characters}
    index = CharacterIndex(analysis) if analysis.characters else None
    fallback: list[tuple[int, int, str]] = []
    if not chars and doc is not None:
        chars, fallback = _fallback_cast(doc)
        if chars:
            warnings.append("relations: the cast layer gave no characters; using spaCy PERSON entities")
    narr = [(tuple(n.span), n.character, n.person) for n in analysis.narrator]
    if not narr and doc is not None and _looks_first_person(text):
        narr = [((0, len(text)), None, 1)]
    merged: dict[str, str] = {}
    if not any(p.kind == "pov_header" for p in analysis.story.paragraphs):
        narr, merged = _merge_narrators(narr)
        merged = {cid: main for cid, main in merged.items() if not _told_as_other(text, chars.get(cid))}
    narr = _one_narrator(narr)
    scenes = _scenes(analysis, text)
    quotes = _quotes(analysis, text)
    if index is not None:
        _self_introduced(text, quotes, index)
    if index is not None and doc is not None:
        fallback = _name_tokens(doc, index, analysis.characters)
    view = StoryView(text, scenes, quotes, chars, index, narr, fallback, warnings, merged)
    if not analysis.quotes:
        _guess_speakers(view, doc)
    _letters(view)
    return view


# ---- letters ------------------------------------------------------------------------------------
# A letter is speech on paper: its "I" is the one who signs it and its "you" the one it is written to.
# "My dear sister, ... Your loving brother, Tom": the salutation names (or calls by kin) the recipient,
# the closing names the writer, and every speech rule then reads the letter as the writer's words.
_SALUTE = re.compile(r"^[\W_]{0,3}(?:(?:my|mine|our)\s+)?(?:(?:very|own|most)\s+)?(?:dear(?:est)?|beloved|darling"
                     r"|hono(?:u)?red|respected)\s+([^\n,:!;.]{1,40}?)\s*[,:!]", re.I)
# a salutation that is a name alone on its line ("Ann," / "Tom —"), when a signed closing follows
_SALUTE_BARE = re.compile(r"^[\W_]{0,3}([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})\s*[,:\u2014-]"
                          r"(?:\s*[^\W\d_A-Z][^\W\d_]{1,14}\s*[,:!\u2014-])?[\W_]{0,3}$")  # ("Mirela, querida,")
_CLOSE = re.compile(r"^[\W_]{0,3}(?:(?:ever|always|forever|still|believe me|i remain|i am|until then|and)[,\s]+)*"
                    r"(?:(?:your|yours|thy|thine)\b|(?:with\s+)?(?:all\s+)?(?:my\s+|much\s+|fond(?:est)?\s+)?love\b"
                    r"|affectionately\b|faithfully\b|sincerely\b"
                    r"|(?:kisses|hugs|besos|bisous|baci|abrazos|xx+|warmly|regards)\s*[,.!]?\s*$)([^\n]{0,60})$", re.I)
# "Your Tamsyn" / "Your Tamsyn, who misses you": the closing and the signed name on one line, no comma
_CLOSE_NAMED = re.compile(r"^\s*([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})\s*(?:[,.!]|$)")
_SIGN_NAME = re.compile(r"^[\W_]{0,3}[-\u2013\u2014]?\s*([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})[\W_]{0,3}$")
# salutation words that are no name: kin and titles (the recipient is then the letter's reader)
_SALUTE_WORDS = {"mother", "father", "mama", "mamma", "papa", "mum", "mom", "dad", "sister", "brother", "son",
                 "daughter", "aunt", "uncle", "cousin", "niece", "nephew", "grandmother", "grandfather",
                 "grandmama", "grandpapa", "husband", "wife", "friend", "madam", "sir", "love", "heart", "one",
                 "girl", "boy", "child", "children", "ones", "all", "miss", "mrs", "mr", "lady", "lord", "papà"}


def _letters(view: StoryView) -> None:
    """Find letters (a salutation at a line's start and a closing with a name within 6000 characters
    after it) and make each a speech of its writer to its recipient: a pseudo-quote over the letter's
    text outside any real quote, and real quotes inside it (a letter given in quotation marks) re-given."""
    text = view.text
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    if len(lines) < 2:
        return
    found: list[tuple[int, int, str, str | None, list[tuple[str, str, int]]]] = _emails(view, lines)
    found += _notes(view, lines, found)
    taken = [(a, b) for a, b, *_ in found]
    k = 0
    while k < len(lines):
        start, line = lines[k]
        m = _SALUTE.match(line) or _SALUTE_BARE.match(line)
        if m is not None and any(a <= start < b for a, b in taken):
            m = None
        if m is None:
            k += 1
            continue
        what = m.group(1).strip()
        end = signer = None
        close_at = None
        j = k
        while j < len(lines) and lines[j][0] - start < 6000 and end is None:
            s2, l2 = lines[j]
            c = _CLOSE.match(l2) if len(l2) < 90 and j > k else None
            if c is not None:
                same = re.search(r",\s*([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})[\W_]{0,3}$", c.group(1))
                if same:
                    end, signer, close_at = s2 + len(l2), same.group(1), (s2, l2[:same.start(0) + len(l2) - len(c.group(1))])
                elif j + 1 < len(lines) and (n := _SIGN_NAME.match(lines[j + 1][1])):
                    end, signer, close_at = lines[j + 1][0] + len(lines[j + 1][1]), n.group(1), (s2, l2)
                elif (n := _CLOSE_NAMED.match(c.group(1))) and _name_of(view, n.group(1)) is not None:
                    end, signer, close_at = s2 + len(l2), n.group(1), (s2, l2[:len(l2) - len(c.group(1))])
            elif j > k + 1 and (_SALUTE.match(l2) or _SALUTE_BARE.match(l2)):
                # the next letter opens with no closing word before it: the line that signs this one is
                # the last before the next letter's dateline ("P." / "Tamsyn"), else the letter is not read
                signed = _bare_signature(view, lines, k, j)
                if signed is not None:
                    end, signer = signed
                break
            j += 1
        if end is None or signer is None:
            k += 1
            continue
        j = next((i for i in range(k, len(lines)) if lines[i][0] + len(lines[i][1]) >= end), j - 1) + 1
        while j < len(lines) and re.match(r"[\W_]{0,3}P\.?\s?P?\.?\s?S\b", lines[j][1]):
            end = lines[j][0] + len(lines[j][1])  # "P.S. Mr. Ashworth begs to be remembered to you."
            j += 1
        writer = _name_of(view, signer)
        words = what.split()
        last = words[-1].lower() if words else ""
        recipient = None if last in _SALUTE_WORDS or not what[:1].isupper() else _name_of(view, what)
        kin: list[tuple[str, str, int]] = []
        if last in _SALUTE_WORDS:
            kin.append(("salute", last, start + m.start(1) + what.rfind(words[-1])))
        if close_at is not None:
            # "Your loving sister," / "Ever your affectionate son": the closing's last word
            cw = re.search(r"(?:your|thy)\s+(?:[\w-]+\s+){0,3}?([\w-]+)\W*$", close_at[1], re.I)
            if cw:
                kin.append(("close", cw.group(1).lower(), close_at[0] + cw.start(1)))
        if writer is not None and (recipient is not None or not what[:1].isupper() or last in _SALUTE_WORDS):
            # (a salutation naming someone the cast does not know leaves the letter's "you" unknown)
            if recipient is None:
                # "Ann broke the seal. // Dear Sister, ...": the one who reads it, named just before
                recipient = next((c for _, _, c in view.mentions_before(start, 600) if c != writer), None)
            if recipient is not None and recipient != writer:
                found.append((start, end, writer, recipient, kin))
        k = j
    if not found:
        return
    quotes = list(view.quotes)
    for start, end, writer, recipient, kin in sorted(found):
        to = [recipient] if recipient is not None else []
        inside = [q for q in quotes if start <= q.span[0] and q.span[1] <= end + 1]
        for q in inside:
            q.speaker, q.addressees = writer, list(to) or q.addressees
            if q.span[0] <= start + 1 and q.span[1] >= end - 1:
                q.letter = kin  # a note given in quotation marks: the quote is the whole letter
        # the letter's own text outside those quotes, in pieces (a quote_at lookup sees one at a time)
        cuts = sorted(p for q in quotes if q.span[1] > start and q.span[0] < end for p in q.pieces)
        pos = start
        for a, b in cuts + [(end, end)]:
            if a > pos and view.text[pos:a].strip():
                quotes.append(QuoteInfo((pos, a), [(pos, a)], writer, list(to), "letter"))
            pos = max(pos, b)
        holder = min((q for q in quotes if start <= q.span[0] <= end and q.speaker == writer), default=None,
                     key=lambda q: q.span[0])
        if holder is not None and not holder.letter:
            holder.letter = kin
    quotes.sort(key=lambda q: q.span[0])
    view.quotes = quotes
    view._quote_starts = [q.span[0] for q in quotes]


# ---- emails and notes: documents whose writer and reader the headers or the note's own ends give ------------
# An email's header block: "From: Ilse Marr" / "To: Gisli Ingram" / "Subject: ..." and its body up to the next
# header block or a rule ("---"); the From line is its writer, the first name on the To line its reader.
_HEADER = re.compile(r"^(from|to|cc|bcc|subject|date|sent|re)\s*:\s*(.*)$", re.I)
_RULE = re.compile(r"^\s*(?:[-*_=~#]\s*){3,}$")


def _header_name(view: StoryView, value: str) -> str | None:
    value = re.sub(r"<[^>]*>|\([^)]*\)|\S+@\S+", " ", value)
    first = re.split(r"[,;]", value)[0].strip(" \"'")
    return _name_of(view, first) if first[:1].isupper() else None


def _emails(view: StoryView, lines: list[tuple[int, str]]) -> list[tuple[int, int, str, str | None, list]]:
    """Each email of a story told in emails as a letter of its From line's writer to its To line's reader."""
    out: list[tuple[int, int, str, str | None, list]] = []
    k = 0
    while k < len(lines):
        h = _HEADER.match(lines[k][1].strip())
        if h is None or h.group(1).lower() != "from":
            k += 1
            continue
        writer = _header_name(view, h.group(2))
        to = None
        full = False  # a Subject/Date/Sent line: an email's header, not a parcel's label ("From: ... / To: ...")
        k += 1
        while k < len(lines) and (h2 := _HEADER.match(lines[k][1].strip())) and h2.group(1).lower() != "from":
            if h2.group(1).lower() == "to" and to is None:
                to = _header_name(view, h2.group(2))
            full = full or h2.group(1).lower() in ("subject", "date", "sent", "re")
            k += 1
        body = k
        while k < len(lines) and not _RULE.match(lines[k][1]) and not (
                (h3 := _HEADER.match(lines[k][1].strip())) and h3.group(1).lower() == "from"):
            k += 1
        last, signed = _email_end(view, lines, body, k)
        if writer is None or body >= k or (to is not None and to == writer):
            continue
        if not (full or signed or _SALUTE.match(lines[body][1]) or _SALUTE_BARE.match(lines[body][1])):
            continue  # (a label read out, "From: ... / To: ...", then the story: no email's first paragraph)
        start, end = lines[body][0], lines[last][0] + len(lines[last][1])
        kin: list[tuple[str, str, int]] = []
        m = _SALUTE.match(lines[body][1])
        if m is not None and (w := m.group(1).split()[-1]).lower() in _SALUTE_WORDS:
            kin.append(("salute", w.lower(), start + m.start(1) + m.group(1).rfind(w)))
        out.append((start, end, writer, to, kin))
    return out


def _email_end(view: StoryView, lines: list[tuple[int, str]], body: int, stop: int) -> tuple[int, bool]:
    """The last line of an email whose body starts at line ``body`` (the next header or rule at ``stop``): its
    signature ("Warmly, / Ilse Marr", "— M.", "Thanks. Ilse"), else its first paragraph (after a salutation
    alone on its line), unless a signature follows within 1,500 characters: the story's narration may follow
    an email with no rule between. Also whether a signature was found."""
    para_end = None
    for j in range(body, stop):
        line = lines[j][1].strip()
        if para_end is not None and lines[j][0] - lines[body][0] > 1500:
            break
        if j == body and (_SALUTE.match(line) or _SALUTE_BARE.match(line)):
            continue  # ("Dear Mr Pell," on its own line)
        if _CLOSE.match(line) and len(line) < 90:
            nxt = lines[j + 1][1] if j + 1 < stop else ""
            return (j + 1 if _SIGN_NAME.match(nxt) and len(nxt) < 60 else j), True
        if (_SIGN_NAME.match(line) and len(line) < 40 and _name_of(view, line.strip(" -\u2014\u2013.")) is not None) \
                or _INITIAL.match(line):
            return j, True
        if (tail := _NOTE_TAIL.search(line)) is not None and (
                tail.group("close") or tail.group("x1") or tail.group("x2") or len(tail.group("name")) == 1
                or tail.group(0).lstrip()[:1] in "-\u2014\u2013"):
            return j, True
        if para_end is None and j + 1 < stop and "\n\n" in view.text[lines[j][0] + len(lines[j][1]):lines[j + 1][0] + 1] \
                and not (j == body and _SALUTE.match(line)):
            para_end = j
    # (a signature within 1,500 characters of the body's start, before the next header, was looked for above)
    return (stop - 1 if para_end is None else para_end), False


# A note that is one paragraph, or one quotation: "Pell — soup in the fridge. All my love, Mum", "Back at
# six. — R.", '"Dear Ivo, the spare key is in the shed. Hanne."': a salutation at its start and a signature at its
# end (a closing word, a name, an initial, kisses). The writer and reader hold for that note only.
_NOTE_HEAD = re.compile(r"^[\W_]{0,2}(?:(?:my\s+)?(?:dear(?:est)?|hi|hiya|hey|hello)\s+)?"
                        r"([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})\s*(?:[\u2014\u2013]|\s-\s|,(?=\s))\s*(?=\S)")
_NOTE_TAIL = re.compile(r"(?:(?<=[.!?)])(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bMt\.)\s+"
                        r"|\s+[\u2014\u2013-]\s*)"
                        r"(?P<close>(?i:(?:(?:lots\s+of\s+|all\s+my\s+|with\s+)?love|thanks|cheers|ta|best|warmly|regards"
                        r"|yours(?:\s+\w+){0,2}|your\s+(?:[\w-]+\s+){0,2}?[\w-]+|hugs|xx+))\s*,?\s+)?(?P<x1>x+\s+)?"
                        r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})\.?(?P<x2>\s+x+)?\s*\.?\s*$")


def _note_parts(view: StoryView, text: str, spoken: bool = False) -> tuple[str | None, re.Match | None]:
    """The salutation's name (or None) and the signature match of a note's text, or (None, None). A line
    said aloud ('"My sister has it. Thanks, Tomas."', '"Come back here — Mara"') is a note only with a
    salutation too and a closing that is no thanks; a name after a dash signs only after a sentence's end
    ("Home by six. — R.", not "the one person I wanted to see — Mum.")."""
    tail = _NOTE_TAIL.search(text)
    if tail is None or tail.start() < 8:
        return None, None
    head = _NOTE_HEAD.match(text)
    to = head.group(1) if head is not None and head.end() < tail.start() else None
    sign = tail.group("name")
    close = (tail.group("close") or "").strip(" ,").lower()
    dash = tail.group(0).lstrip()[:1] in ("-", "\u2014", "\u2013") and not close
    if dash and to is None and not re.search(r"[.!?)]\s*$", text[:tail.start()]):
        return None, None
    if spoken and (to is None or dash or close in ("thanks", "cheers", "ta")):
        return None, None
    strong = bool(close or tail.group("x1") or tail.group("x2") or len(sign.rstrip(".")) == 1 or dash)
    if to is None and not strong:
        return None, None
    return to, tail


def _signer(view: StoryView, sign: str, near: list[str]) -> str | None:
    """The character a signature names: a name or title the cast knows, or an initial ("O", "R.") that only
    one named character (not a kin title) begins with, preferring one just written to or from."""
    sign = sign.strip(". ")
    if len(sign) > 1:
        return _name_of(view, sign)
    for cid in near:
        if cid in view.chars and view.chars[cid].name[:1] == sign and view.chars[cid].name.split()[0].lower() not in _SALUTE_WORDS:
            return cid
    hits = {c.id for c in view.chars.values() if c.name[:1] == sign and not c.nameless and c.id != NARRATOR_ID
            and c.name.split()[0].lower() not in _SALUTE_WORDS and c.name.lower() != "the narrator"}
    return next(iter(hits)) if len(hits) == 1 else None


def _notes(view: StoryView, lines: list[tuple[int, str]], taken: list[tuple]) -> list[tuple[int, int, str, str | None, list]]:
    """Notes of one paragraph, or of one quotation, each a letter of its signer to the one it salutes (else
    to the writer of the note before, when another: a note answers the last)."""
    spans: list[tuple[int, str, QuoteInfo | None]] = []
    quoted = {q.span: q for q in view.quotes if len(q.pieces) == 1}
    for start, line in lines:
        if any(a <= start < b for a, b, *_ in taken):
            continue
        if not re.match("[\\W_]{0,2}[\"\u201c\u201d]", line):
            spans.append((start, line, None))
    for (qs, qe), q in quoted.items():
        body = view.text[qs:qe]
        lead = len(body) - len(body.lstrip("\"\u201c\u2018' "))
        body = body.strip("\"\u201c\u201d\u2018\u2019' ")
        if body and not any(a <= qs < b for a, b, *_ in taken):
            spans.append((qs + lead, body, q))
    out: list[tuple[int, int, str, str | None, list]] = []
    prev: str | None = None
    for start, body, q in sorted(spans, key=lambda x: x[:2]):
        to, tail = _note_parts(view, body, spoken=q is not None and q.kind == "speech")
        if tail is None:
            continue
        near = [c for c in (prev, out[-1][3] if out else None) if c]
        writer = _signer(view, tail.group("name"), near)
        if writer is None or (q is not None and q.kind == "speech" and writer in q.addressees):
            continue  # (a name said to the one spoken to is a hail at the line's end, not its signer)
        # (only a note right after the last: blank lines or a short dateline between, "Tuesday.")
        adjacent = bool(out) and start - out[-1][1] < 300 and all(
            len(x) < 40 for x in view.text[out[-1][1]:start].split("\n"))
        recipient = _signer(view, to, near) if to else (prev if prev != writer and adjacent else None)
        if recipient == writer:
            continue
        kin: list[tuple[str, str, int]] = []
        if to and to.split()[-1].lower() in _SALUTE_WORDS | set(_KIN_SIGN):
            kin.append(("salute", to.split()[-1].lower(), start + body.find(to.split()[-1])))
        sign = tail.group("name").strip(". ")
        close = tail.group("close") or ""
        if cw := re.search(r"(?:your|thy)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\W*$", close, re.I):
            kin.append(("close", cw.group(1).lower(), start + tail.start("close") + cw.start(1)))
        elif sign.lower() in _KIN_SIGN:
            kin.append(("close", sign.lower(), start + tail.start("name")))
        out.append((start, start + len(body), writer, recipient, kin))
        view.doc_marks.append((start + tail.start(), start + tail.end()))
        if to:
            view.doc_marks.append((start, start + body.find(to) + len(to)))
        prev = writer
    return out


# a signature that is a kin title ("All my love, Mum", "x Nan"): the writer is that kin of the one written to
_KIN_SIGN = {"mum", "mom", "mam", "mummy", "mommy", "mama", "dad", "daddy", "papa", "nan", "nana", "gran", "granny",
             "grandma", "grandpa", "grandad", "granddad", "auntie", "aunty"}


# a letter's dateline ("Harrowgate, 3 March 1990", "12th March 1911"): a short line holding a year
_DATELINE = re.compile(r"^[^\n]{0,40}\b(?:1[5-9]\d\d|20\d\d)\b[^\n]{0,10}$")
_INITIAL = re.compile(r"^[\W_]{0,3}[-\u2013\u2014]?\s*([A-Z])\.\s*$")


def _bare_signature(view: StoryView, lines: list[tuple[int, str]], k: int, nxt: int) -> tuple[int, str] | None:
    """The end and the signer of a letter (opened at line ``k``) signed with a bare name or initial on
    its last line, the next letter opening at line ``nxt``: "... the kettle is broken again. / M." or
    "... write soon, and send the seeds. / Tamsyn". Skips the next letter's dateline; an initial counts only
    when exactly one cast name begins with it."""
    back = nxt - 1
    while back > k and len(lines[back][1]) < 50 and _DATELINE.search(lines[back][1]):
        back -= 1
    if back <= k + 1:
        return None
    at, line = lines[back]
    if (n := _SIGN_NAME.match(line)) and len(line) < 40 and _name_of(view, n.group(1)) is not None:
        return at + len(line), n.group(1)
    if (i := _INITIAL.match(line)):
        # in an exchange the next letter is written back to this one's writer ("M." ... "Mirela,"), else
        # the one cast name with that initial
        m = _SALUTE.match(lines[nxt][1]) or _SALUTE_BARE.match(lines[nxt][1])
        back_to = m.group(1).strip() if m else ""
        if back_to[:1] == i.group(1) and _name_of(view, back_to) is not None:
            return at + len(line), back_to
        hits = {c.name for c in view.chars.values() if c.name[:1] == i.group(1)}
        if len(hits) == 1:
            return at + len(line), next(iter(hits))
    return None


def _name_of(view: StoryView, name: str) -> str | None:
    words = [w for w in name.replace("\u2019", "'").split() if w.lower().strip(".") not in _TITLE_WORDS]
    for cand in (name, " ".join(words), words[0] if words else "", words[-1] if words else ""):
        if cand:
            cid = view.by_name(cand)
            if cid:
                return cid
    # "My dearest Augusta" for the cast's "Mrs. Augusta Thorne": the one character whose name holds the word
    key = {w.strip(".,").lower() for w in words}
    hits = {c.id for c in view.chars.values()
            if key and key <= {w.strip(".,").lower() for w in c.name.split() if w.lower().strip(".") not in _TITLE_WORDS}}
    return next(iter(hits)) if len(hits) == 1 else None


# "I'm Rolf." / "I'm her uncle, Rolf," at a sentence's start in a line: the one speaking names themself
_SELF_INTRO = re.compile(r"(?:^|[.!?]\s+)I(?:'m|\u2019m| am)\s+(?:(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+)?"
                         r"([A-Z][\w'\u2019-]+)(?=\s*[,.!;\u2014])(?!['\u2019]s)")


_REPORTED = re.compile(r"\s*,\s*(?:he|she|they|I|we|you|[A-Z][a-z]+)\s+(?:says|said|goes|went|tells|told|asks|asked"
                       r"|announces|announced|shouts|shouted)\b")


def _self_introduced(text: str, quotes: list[QuoteInfo], index: CharacterIndex) -> None:
    """A line in which the speaker names themself ('"I'm his younger brother, Rolf. ..."', a toast or a
    eulogy read out in untagged paragraphs) is that person's, whoever the dialogue layer guessed. Not a line
    with a speech tag the dialogue layer read, nor a name said to the one spoken to after "your" or "the"
    ('"I'm your mother, Maelle."', '"I'm the eldest, Caelan."'), nor one reported ('"I'm Corwin, he says"')."""
    for q in quotes:
        if q.kind == "thought" or len(q.pieces) != 1 or q.attribution == "explicit":
            continue
        lo, hi = q.pieces[0]
        m = _SELF_INTRO.search(text[lo:min(hi, lo + 400)])
        if m is None or _REPORTED.match(text, lo + m.end()):
            continue
        cid = index.by_name(m.group(1))
        if cid and cid != q.speaker:  # (not "unless the one it names is the listener": the dialogue layer's
            # listener is often that very name, read as a hail)
            q.speaker = cid
            q.addressees = [a for a in q.addressees if a != cid]


def _one_narrator(sections: list[tuple[Span, str | None, int | None]]) -> list[tuple[Span, str | None, int | None]]:
    """First-person sections the cast left unnamed belong to the story's one named narrator.

    Otherwise "I" in the flashback ("We were together three years") is an anonymous narrator and
    "your husband" said to the named one in the next scene finds no couple. Only when a single
    narrator is named anywhere: alternating narrators keep their own sections."""
    named = {cid for _, cid, person in sections if person == 1 and cid}
    if len(named) != 1:
        return sections
    (only,) = named
    return [(span, only if person == 1 and cid is None else cid, person) for span, cid, person in sections]


def _merge_narrators(sections: list[tuple[Span, str | None, int | None]]
                     ) -> tuple[list[tuple[Span, str | None, int | None]], dict[str, str]]:
    """One first-person narrator the cast named differently per section ("Ruthie" / "Ruth", "Danny" /
    "Daniel", "Priya" / "Monday") is one person: with no POV headers to say the narrator changes,
    every first-person section gets the id that narrates the most text, and the others map to it.
    Without this the flashback's "we" and the present's "my husband" belong to two people."""
    length: Counter[str] = Counter()
    for (s, e), cid, person in sections:
        if person == 1 and cid:
            length[cid] += e - s
    if len(length) < 2:
        return sections, {}
    main = length.most_common(1)[0][0]
    merged = {cid: main for cid in length if cid != main}
    return [(span, merged.get(cid, cid) if person == 1 and cid else cid, person)
            for span, cid, person in sections], merged


def _told_as_other(text: str, ch: CharInfo | None) -> bool:
    """A character the narration names beside the narrator's own "I"/"me" ("At half past four Helen
    Strand called me into her glass box") is someone else, not the narrator under another name: the
    cast's section narrator was wrong, and that character keeps their own mentions."""
    if ch is None:
        return False
    names = {w for n in (ch.name, *ch.aliases) for w in n.split()[:1] if w[:1].isupper()}
    for name in names:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            lo = max(text.rfind(c, 0, m.start()) for c in '.!?\n"') + 1
            his = [i for i in (text.find(c, m.end()) for c in '.!?\n"') if i >= 0]
            hi = min(his) if his else len(text)
            if text[:m.start()].count('"') % 2:
                continue  # inside a quote
            if re.search(r"\b(I|me|my)\b", text[lo:hi]):
                return True
    return False


def _scenes(analysis: Analysis, text: str) -> list[SceneInfo]:
    """Scenes in discourse order with a story-time rank. Without a structure layer, each chapter
    (or the whole text) is one scene, in reading order."""
    src: list[Scene] = sorted(analysis.scenes, key=lambda s: s.span[0])
    out: list[SceneInfo] = []
    if src:
        orders = [s.story_order for s in src]
        if any(o is None for o in orders):
            orders = list(range(len(src)))
        for i, s in enumerate(src):
            out.append(SceneInfo(s.id, tuple(s.span), i, float(orders[i]), s.story_time, s.pov, s.person,
                                 s.tense, s.flashback, list(s.characters)))
        # the first scene owns everything before it, so every offset has a scene
        first = out[0]
        first.span = (0, first.span[1])
        return out
    chapters = analysis.story.chapters
    if chapters:
        for i, ch in enumerate(chapters):
            start = 0 if i == 0 else ch.span[0]
            out.append(SceneInfo(f"ch{ch.index}", (start, ch.span[1]), i, float(i), None, None, None, None, None))
        return out
    return [SceneInfo("s0", (0, len(text)), 0, 0.0, None, None, None, None, None)]


def _quotes(analysis: Analysis, text: str) -> list[QuoteInfo]:
    out: list[QuoteInfo] = []
    if analysis.quotes:
        for q in analysis.quotes:
            if not q.spans:
                continue
            pieces = sorted(tuple(s) for s in q.spans)
            out.append(QuoteInfo((pieces[0][0], pieces[-1][1]), pieces, q.speaker, list(q.addressees), q.kind, q.id,
                                 cue=tuple(q.cue) if q.cue else None, attribution=q.attribution,
                                 notes=q.evidence[0].note if q.evidence else None))
    else:
        # No dialogue layer: straight double quotes within a paragraph (an unclosed one runs to the
        # paragraph's end, as fan fiction often leaves them).
        for p in analysis.story.paragraphs:
            if p.kind != "text":
                continue
            ptxt = text[p.span[0]:p.span[1]]
            for m in re.finditer(r'"[^"]*(?:"|$)', ptxt):
                s, e = p.span[0] + m.start(), p.span[0] + m.end()
                if e - s > 2:
                    out.append(QuoteInfo((s, e), [(s, e)], None, [], "speech"))
    out.sort(key=lambda q: q.span[0])
    return out


_SPEECH = {"say", "ask", "reply", "yell", "shout", "whisper", "scream", "sob", "cry", "answer", "tell",
           "mutter", "murmur", "snap", "laugh", "add", "continue", "repeat", "call", "exclaim", "sigh"}


def _guess_speakers(view: StoryView, doc) -> None:
    """A last-resort speaker for quotes when there is no dialogue layer: the subject of a speech
    verb right after (or before) the quote. Only used so first/second person inside quotes can be
    mapped; the dialogue stage replaces this entirely when present."""
    if doc is None:
        return
    for q in view.quotes:
        e = q.span[1]
        win = doc.char_span(e, min(len(view.text), e + 60), alignment_mode="expand")
        cands = list(win) if win is not None else []
        s = q.span[0]
        before = doc.char_span(max(0, s - 60), s, alignment_mode="expand")
        cands += list(reversed(list(before))) if before is not None else []
        for t in cands:
            if t.lemma_ in _SPEECH and t.pos_ == "VERB":
                subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj:
                    low = subj[0].lower_
                    if low in FIRST_SG:
                        q.speaker = view.narrator_at(subj[0].idx)
                    else:
                        q.speaker = view.mention_at((subj[0].idx, subj[0].idx + len(subj[0])))
                    break


def _looks_first_person(text: str) -> bool:
    # narration only, roughly: drop quoted stretches, then count pronouns with a regex (fast)
    text = re.sub(r'"[^"\n]*"?', " ", text)
    first = len(re.findall(r"\b(?:I|me|my|myself)\b", text))
    third = len(re.findall(r"\b(?:[Hh]e|[Ss]he|him|her|his|himself|herself)\b", text))
    return first > 0.5 * third and first >= 5


def _fallback_cast(doc) -> tuple[dict[str, CharInfo], list[tuple[int, int, str]]]:
    names: Counter[str] = Counter()
    spans: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        key = re.sub(r"'s$", "", ent.text).split()[0] if ent.text.split() else ""
        if not key or not key[0].isupper():
            continue
        names[key] += 1
        spans.append((ent.start_char, ent.end_char, "x-" + key.lower()))
    chars = {"x-" + k.lower(): CharInfo("x-" + k.lower(), k) for k in names}
    return chars, spans


_TITLE_WORDS = {"mr", "mr.", "mrs", "mrs.", "miss", "ms", "ms.", "dr", "dr.", "sir", "lady", "lord", "captain",
                "aunt", "uncle", "father", "mother", "professor", "prof.", "the"}


def _name_parts(characters) -> dict[str, str]:
    """The first and last words of each full name ("Kwame" and "Asante" of "Kwame Asante"), when only
    one character has that word: the cast sometimes lists a full name without the short form the
    story then uses ("Kwame saw her and had to sit down")."""
    owners: dict[str, set[str]] = {}
    parts: dict[str, str] = {}
    for c in characters:
        words = [w for w in c.name.split() if w.lower() not in _TITLE_WORDS]
        for w in words:  # any name holding the word ("Mr. Hale" and "Gideon Hale" share "Hale")
            owners.setdefault(w, set()).add(c.id)
        if len(words) >= 2:
            parts[words[0]] = parts[words[-1]] = c.id
    return {w: cid for w, cid in parts.items() if owners.get(w) == {cid}}


def _name_tokens(doc, index: CharacterIndex, characters=()) -> list[tuple[int, int, str]]:
    """Proper-noun tokens that name a cast character but that the cast did not list as mentions
    (a name inside dialogue, say), so antecedent search and lookups still see them."""
    out = []
    parts = _name_parts(characters)
    for t in doc:
        # (the tagger takes a name that opens a sentence for an interjection or an adjective:
        # "Pike was putting on his coat", "Dominic and I have known each other")
        if t.pos_ not in ("PROPN", "INTJ", "ADJ", "X", "NOUN") or not t.text[:1].isupper():
            continue
        span = (t.idx, t.idx + len(t))
        if index.at(span) is not None:
            continue
        alone = not any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in (t.i - 1, t.i + 1))
        # (a part only when it stands alone: "Brannock" in "Nell Brannock" is not Hugh Brannock)
        cid = index.by_name(t.text) or (parts.get(t.text) if t.pos_ == "PROPN" and alone else None)
        if cid:
            out.append((span[0], span[1], cid))
    return out

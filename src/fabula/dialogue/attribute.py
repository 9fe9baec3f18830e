"""Who says each quote, and to whom.

Three passes, most certain first, as a reader does:

1. **Tags** (explicit/anaphoric): the speech verb next to a quote ("she said", "said Mr. Bennet",
   "I asked") and its grammatical subject in the spaCy parse. A name resolves through the cast's
   :class:`CharacterIndex`; "I"/"we" resolve to the narrator of that stretch; "he"/"she" resolve
   through the cast's pronoun mentions, or else to the nearest earlier character of that gender.
2. **Grouping**: the quoted stretches of one paragraph that one speaker says become one quote with
   several spans ("Jonah," she said, "I'm sorry.").
3. **Conversation** (implicit): untagged quotes take the subject of the narration sentence next to
   them, then turn-taking (the speaker two turns back, the previous addressee), then a learned
   ranker over the characters nearby when one is shipped. Addressees come from vocatives ("Jonah,
   ..."), then the other participant of the exchange.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from fabula.cast.firstnames import first_name_gender
from fabula.cast.index import CharacterIndex, norm_name
from fabula.cast.names import TITLES
from fabula.cast.nominals import NOUN_GENDER, person_nouns
from fabula.cast.stage import UNNAMED_NARRATOR
from fabula.dialogue import epithets, kin_tags
from fabula.dialogue.extract import Segment, letter_signer
from fabula.model import Analysis, Span, Story

SPEECH_LEMMAS = {
    "say", "ask", "reply", "answer", "cry", "exclaim", "whisper", "shout", "yell", "scream", "murmur",
    "mutter", "add", "continue", "return", "repeat", "sob", "call", "tell", "begin", "laugh", "sigh",
    "snap", "growl", "breathe", "interrupt", "insist", "demand", "inquire", "enquire", "remark",
    "observe", "declare", "explain", "agree", "protest", "retort", "suggest", "stammer", "stutter",
    "whimper", "groan", "hiss", "tease", "think", "wonder", "sing", "write", "read", "mumble", "plead",
    "beg", "admit", "announce", "respond", "joke", "smile", "grin", "nod", "chuckle", "giggle", "gasp",
    "pant", "huff", "sniff", "squeal", "shriek", "roar", "bellow", "bark", "croak", "drawl", "purr",
    "muse", "offer", "correct", "concede", "confess", "promise", "warn", "urge", "speak", "go",
    "put", "break", "chime", "resume", "persist", "reason", "venture", "object", "assent", "rejoin",
    "pursue", "conclude", "state", "assure", "reassure", "utter", "moan", "wail", "sneer",
    "scoff", "snort", "whine", "babble", "blurt", "reflect", "query", "question", "subjoin",
    "ejaculate", "proceed", "echo", "mimic", "falter", "pronounce",
    "inform", "thank", "greet", "address", "cut", "interpose",
    "accost", "scold", "hail", "chide", "rebuke", "implore", "entreat", "exhort", "admonish",
}
THOUGHT_LEMMAS = {"think", "wonder", "muse", "reflect", "realize", "realise", "pray", "imagine"}
SUNG_LEMMAS = {"sing", "chant", "hum", "croon"}
WRITTEN_LEMMAS = {"write", "read", "text", "type", "scrawl", "scribble", "print"}
FIRST = {"i", "me", "we", "us"}
OBJECT_OK = {"tell", "ask", "answer", "reply", "assure", "reassure", "beg", "remind", "warn", "interrupt",
             "call", "question", "urge", "thank", "address", "greet", "inform", "accost", "scold", "hail",
             "chide", "rebuke", "implore", "entreat", "exhort", "admonish"}
CORE = {"say", "ask", "reply", "cry", "exclaim", "whisper", "shout", "yell", "scream", "murmur", "mutter",
        "sob", "think", "wonder", "repeat", "snap", "hiss", "growl", "stammer"}
# verbs that tag a quote only right after a comma; after a finished sentence they are narration
WEAK = {"think", "wonder", "smile", "grin", "nod", "laugh", "sigh", "begin", "read", "write", "offer", "admit",
        "muse", "reflect", "chuckle", "giggle", "gasp", "go", "put", "break", "return", "sniff", "huff",
        "pant", "promise", "agree", "correct", "object", "state", "reason", "question"}
SUBJ_PRON = {"i", "we", "he", "she", "they"}
# weak verbs that are still done with the voice
VOICED_WEAK = {"question", "agree", "object", "correct", "state", "reason", "promise", "admit", "laugh", "chuckle",
               "giggle", "gasp", "sigh", "huff", "sniff", "pant"}
# how far from a tie of a role noun to a name ("Mr. Quill, the ferryman") a tag "said the ferryman" is
# still that person: a scene or two; a poet the narration cites by name in its first pages is not the
# story's poet three hundred pages on
ROLE_TIE_WINDOW = 15000
NEXT_NAME_WINDOW = 10000  # how far a he/she tag with no one of its gender before it looks ahead
THIRD = {"he": "he", "him": "he", "she": "she", "her": "she", "they": "they", "them": "they"}
_INNER_SELF = re.compile(r"\b(?:to|in) (?:my|him|her|them|your)sel(?:f|ves)\b|\bin my head\b"
                         r"|\b(?:told|tell|tells|telling|reminded|reminds|remind|asked|asks|warned|scolded) "
                         r"(?:my|him|her|them|your)sel(?:f|ves)\b", re.I)
# Where the narration after a quote ends: at the next opening quote mark, so that words inside the
# next quoted piece ("...", she said, "don't talk to yourself") never decide this quote's kind.
_NEXT_QUOTE = re.compile(r"\"|(?:^|\s)'(?=\w)")
# a name in a vocative: an optional title, then one or two capitalised words ("Y/N" too)
_VOC_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Lady|Lord|Sir|Aunt|Uncle)\.?\s+)?"
_VOC_WORD = r"[A-Z](?:[\w'\-]|/(?=[A-Z]))+"
_VOC_NAME = rf"{_VOC_TITLE}{_VOC_WORD}(?:\s+{_VOC_WORD})?"
_VOC_START = re.compile(r"^(?:(?i:oh|ah|well|yes|no|dear|my dear|my dearest|dearest|now|but|and|look|listen"
                        r"|hey|hi|hello),?\s+)?"
                        rf"({_VOC_NAME})\s*(?:[,!?]|\.\.\.)")
# a quote that is only a name ("Dana."): a call to that person
_VOC_ONLY = re.compile(rf"^({_VOC_NAME})\s*[.!?…—-]*$")
_VOC_END = re.compile(rf",\s*((?:my dear |dear )?{_VOC_NAME})\s*[.!?]*\W*$")
# a name said as a sentence of its own before one put to "you" or asked: "Bea. Did you lock up?"
_VOC_SENTENCE = re.compile(rf"^({_VOC_NAME})\.\s+(?=[^.!?]*(?:\b(?i:you|your|yours|yourself)\b|\?))")

_VOC_MID = re.compile(rf"(?:[,;:!?.]\s+|—\s*)({_VOC_NAME})\s*(?=[,;!?]|\.(?:\s|$)|—)")
# "Mr. Martin, I suppose, is not ...": a name set off by a parenthetical before its verb is the
# sentence's subject, not the person spoken to.
# a speaker saying who they are: "I'm Joss, this is my garage", "My name's Oskar."
# "I'm Joss", "My name's Joss", a sentence opening "Name's Joss"; not "Her name's Joss" (someone else)
_SELF_NAMED = re.compile(rf"(?:\bI(?:'m|’m| am)|\b[Mm]y name(?:'s|’s| is)|(?:^|(?<=[.!?]\s))Name(?:'s|’s))\s+({_VOC_NAME})"
                         rf"(?=\s*[,.!?;—]|\s*$)")
_NAME_FIRST = re.compile(rf"^\s*({_VOC_NAME})(?:\.\s|[.!]?\s*$)")  # "Ilse. And it's a rental..."
# a caller saying who is calling, on a radio, a phone or an intercom: "Rock, Rock, this is Coastguard
# Oban, over", "Front desk, this is Wren speaking", "Tanaka? It's Gordon on the front desk"
# (a call sign's station word may follow the name: "this is Tarn base", "this is Skerry control")
_CALLER_NAMED = re.compile(rf"(?:^|(?<=[,.!?])\s+)(?:[Tt]his is|[Ii]t's|[Ii]t’s|[Ii]t is)\s+({_VOC_NAME})"
                           rf"(?=\s*(?:[,.!?;—]|speaking\b|here\b|(?:on|at|from|in)\s|$"
                           rf"|(?:base|control|station|tower|command|dispatch|ops)\b))")
_OVER = re.compile(r"\b[Oo]ver\.?\s*$")
_CALL_DEVICE = re.compile(r"\b(?:radio|intercom|grille|phone|handset|walkie-talkie|walkie|receiver|comms|earpiece|"
                          r"tannoy|headset|mobile|speakerphone|loudspeaker|line)s?\b", re.I)
_READS_CALLER = re.compile(r"\b(?:screen|display|caller ID)\b", re.I)
_NAME_IS_SUBJECT = re.compile(r"\s*(?:I|you|we|they|he|she)\s+(?:\w+\s+)?(?:suppose|think|know|believe|fear|hope|say|"
                              r"said|imagine|trust|presume|fancy|understand|see|find|expect|guess|reckon),\s+"
                              r"(?:is|was|are|were|has|had|have|"
                              r"will|would|can|could|does|did|do|must|may|might|shall|should|seems|looks)\b")
_LIST_NEXT = re.compile(r"(?:and|or|nor)\b|[A-Z][\w'\-]+\s*,")


@dataclass
class Utterance:
    """One quote in the making: its segments and what attribution found so far."""

    segs: list[Segment]
    speaker: str | None = None
    attribution: str | None = None
    confidence: float = 0.0
    cue: Span | None = None
    cue_lemma: str | None = None
    addressees: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    kind: str = "speech"
    rule: str | None = None  # tag | narration | turn | ranker: what decided the speaker
    tag_pron: str | None = None  # he/she/they when a pronoun tag names the speaker
    beat_pron: str | None = None  # he/she when the narration beside an untagged quote says "She sat down"
    nominal: str | None = None  # "the policeman" when an unresolved description is the tag's subject
    tag_noun: tuple[str, int] | None = None  # ("doctor", offset) for a tag "said the doctor"
    # the speaker is a walk-on the narration just brought on ("A deckhand went past. '...,' he
    # called"), whose own beat is beside the quote, or whom the tag singles out by a description
    # ("said the gentleman in the white waistcoat"): no turn-taking or ranker guess replaces them
    introduced: bool = False
    kept: bool = False  # a rule the ranker does not second-guess (one side of a phone call)
    evidence_spans: list[Span] = field(default_factory=list)
    # the possessor of an unresolved kin-noun tag ("said her mother": the "her"), who is never
    # the speaker whatever turn-taking, the narration or the ranker would pick
    not_speaker: str | None = None
    # a bare line after one whose speaker acted on the "I" ("Gus tapped my arm") in a group:
    # the teller's answer, which the ranker (trained on third-person novels) does not overrule
    teller_answers: bool = False

    @property
    def para(self) -> int:
        return self.segs[0].para

    @property
    def last_para(self) -> int:
        return self.segs[-1].para

    @property
    def start(self) -> int:
        return self.segs[0].start

    @property
    def end(self) -> int:
        return self.segs[-1].end


@dataclass
class Tag:
    """A speech tag found next to a segment."""

    speaker: str | None
    attribution: str  # explicit | anaphoric
    cue: Span
    lemma: str
    subject: Span
    confidence: float
    pron: str | None = None  # "he"/"she"/"they" when the subject is a third-person pronoun
    nominal: str | None = None  # "the policeman": an unnamed speaker no character stands for
    noun: tuple[str, int] | None = None  # a definite description's head lemma and offset ("the doctor")
    introduced: bool = False  # the subject is a pronoun for a person just brought on with "a"
    described: bool = False  # the subject singles out an unnamed person ("the second gentleman")
    not_speaker: str | None = None  # an unresolved kin noun's possessor ("said her mother": the "her")


TAG_STRANGER_WINDOW = 3000  # how far back "said the boy" looks for the tag that brought on "a freckled boy"
QUOTED_ONLY_WINDOW = 5000  # how far back a tag pronoun's person must be named outside quotes
DEMONSTRATIVE_WINDOW = 1500  # how far back "that gentleman" looks for the person just named
# a novel's walk-on in one scene ("the turnkey" of one prison visit, said a dozen times there): its
# noun is used at most SCENE_ROLE_FAR times farther than SCENE_ROLE_WINDOW characters from its tag,
# and at least SCENE_ROLE_NEAR times (the tag's own use included) within them: a noun used once, in
# the tag, is a one-off description of someone the scene has named ("said the pessimist placidly")
SCENE_ROLE_WINDOW = 4000
SCENE_ROLE_FAR = 1
SCENE_ROLE_NEAR = 2


TRADE_HEADS = {"man", "woman", "lady"}  # heads of a trade named by a noun before them ("the kebab man")


class Attributor:
    """Holds the per-story lookups (token offsets, cast index, narrator sections, quote regions)."""

    def __init__(self, story: Story, doc, analysis: Analysis, segs: Sequence[Segment]):
        self.story = story
        self.text = story.text
        self.doc = doc
        self.analysis = analysis
        self.index = CharacterIndex(analysis)
        self.tok_starts = [t.idx for t in doc] if doc is not None else []
        self.seg_starts = [s.start for s in segs]
        self.segs = list(segs)
        self.genders = {c.id: c.gender for c in analysis.characters}
        self.narr = sorted(analysis.narrator, key=lambda n: n.span[0])
        self.narr_starts = [n.span[0] for n in self.narr]
        # the reader of a second-person story: "you", never the "he" or "she" of a tag
        self.readers = {n.character for n in self.narr if n.person == 2 and n.character}
        # name mentions outside quotes, for gendered pronoun fallback and candidate windows
        ments = []
        for c in analysis.characters:
            for m in c.mentions:
                ments.append((m.span[0], m.span[1], c.id, m.kind))
        ments.sort()
        self.ments = ments
        self.ment_starts = [m[0] for m in ments]
        # the sender labels of chat messages ("**Kestrel:** on my way"): a texter is not in the scene, so a
        # narration "she" does not go back to the label (session 28)
        chat_spans = sorted((story.paragraphs[s.para].span[0], s.start) for s in segs if s.mark == "chat")
        self.label_ments: set[int] = set()
        if chat_spans:
            heads = [a for a, _b in chat_spans]
            for m in ments:
                i = bisect.bisect_right(heads, m[0]) - 1
                if i >= 0 and chat_spans[i][0] <= m[0] < chat_spans[i][1]:
                    self.label_ments.add(m[0])
        self._epithets: dict[str, str] | None = None
        self._role_ties: dict[str, list[tuple[int, str]]] | None = None
        self._noun_pos: dict[str, list] | None = None
        self._name_words: dict[str, str] | None = None
        self._lc_words: set[str] | None = None
        self._pet_forms: dict[str, str] | None = None
        self._para_starts: list[int] | None = None
        self._chat_paras: set[int] | None = None
        self._role_uses: Counter | None = None
        self._strangers: set[int] = set()  # offsets of "the man"/"the woman" already taken as a stranger
        self._tag_strangers: list[tuple[int, str, str]] | None = None  # (offset, head lemma, walk-on name)
        self._person_uses: tuple[set[str], set[str]] | None = None
        self._mention_words: set[str] | None = None
        self._compound_forms: dict[str, set[str]] | None = None
        self._noun_words: set[str] | None = None
        self._first_ment: dict[str, int] | None = None
        self._surnames: dict[str, str] | None = None
        self._title_holders: dict[str, set[str]] | None = None
        self._beats: dict[tuple, str | None] = {}  # (speaker, segment start) -> _beat_before's answer
        self.titles: dict[str, set[str]] = {}  # character id → kin-relevant titles, filled with surnames

    # -- lookups ------------------------------------------------------------------------------
    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.seg_starts, pos) - 1
        return i >= 0 and self.segs[i].start <= pos < self.segs[i].end

    def narrator_at(self, pos: int) -> str | None:
        i = bisect.bisect_right(self.narr_starts, pos) - 1
        if i >= 0 and self.narr[i].span[0] <= pos < self.narr[i].span[1] and self.narr[i].person == 1:
            return self.narr[i].character
        for n in self.narr:  # a story-wide first-person narrator covers gaps
            if n.person == 1 and n.character:
                return n.character
        return None

    def section_narrator(self, pos: int) -> str | None:
        """The "I" of the first-person section around ``pos`` (no story-wide fallback: a frame
        narrator does not tell the third-person story inside it)."""
        i = bisect.bisect_right(self.narr_starts, pos) - 1
        if i >= 0 and self.narr[i].span[0] <= pos < self.narr[i].span[1] and self.narr[i].person == 1:
            return self.narr[i].character
        return None

    def reader_at(self, pos: int) -> str | None:
        """The reader a second-person section is told to ("you mutter"), else None."""
        i = bisect.bisect_right(self.narr_starts, pos) - 1
        if i >= 0 and self.narr[i].span[0] <= pos < self.narr[i].span[1] and self.narr[i].person == 2:
            return self.narr[i].character
        return None

    def tokens(self, start: int, end: int):
        if self.doc is None:
            return []
        i = bisect.bisect_left(self.tok_starts, start)
        j = bisect.bisect_left(self.tok_starts, end)
        return [self.doc[k] for k in range(i, j)]

    def recent_by_gender(self, pos: int, gender: str, exclude: set[str] | None = None,
                         window: int = 3000) -> str | None:
        """The nearest earlier name mention (outside quotes) of a character of ``gender``."""
        i = bisect.bisect_left(self.ment_starts, pos) - 1
        lo = pos - window
        while i >= 0 and self.ments[i][0] >= lo:
            s, _e, cid, kind = self.ments[i]
            if kind in ("name", "nominal") and not self.in_quote(s) and cid not in self.readers \
                    and s not in self.label_ments:
                if (gender == "they" or self.genders.get(cid) in (gender, "unknown")) and (
                        not exclude or cid not in exclude):
                    return cid
            i -= 1
        return None

    def first_named_in(self, cid: str, start: int, end: int) -> bool:
        """Is ``cid`` mentioned for the first time (any mention, in speech or not) in ``[start, end)``?"""
        if self._first_ment is None:
            self._first_ment = {}
            for m in self.ments:  # sorted by offset
                self._first_ment.setdefault(m[2], m[0])
        first = self._first_ment.get(cid)
        return first is not None and start <= first < end

    def last_seen_as_label(self, cid: str, pos: int) -> bool:
        """Is ``cid``'s nearest earlier name mention outside quotes a chat message's sender label?"""
        i = bisect.bisect_left(self.ment_starts, pos) - 1
        while i >= 0:
            s, _e, c, kind = self.ments[i]
            if c == cid and kind in ("name", "nominal") and not self.in_quote(s):
                return s in self.label_ments
            i -= 1
        return False

    def next_by_gender(self, pos: int, gender: str, exclude: set[str] | None = None,
                       window: int = NEXT_NAME_WINDOW) -> str | None:
        """The first later name mention (outside quotes) of a character of ``gender``: a he/she tag
        with no one of its gender named before it points at the person the narration names next
        ("'That's my niece's,' he says. ... Ptolemy takes the umbrella")."""
        i = bisect.bisect_left(self.ment_starts, pos)
        while i < len(self.ments) and self.ments[i][0] <= pos + window:
            s, _e, cid, kind = self.ments[i]
            if kind == "name" and not self.in_quote(s) and cid not in self.readers \
                    and self.genders.get(cid) == gender and (not exclude or cid not in exclude):
                return cid
            i += 1
        return None

    def resolve_subject(self, tok) -> tuple[str | None, str, Span]:
        """(character id, attribution, subject span) for a speech verb's subject token."""
        low = tok.lower_
        span = (tok.idx, tok.idx + len(tok.text))
        if low == "you" and not self.in_quote(tok.idx) and self.reader_at(tok.idx):
            return self.reader_at(tok.idx), "explicit", span  # "You slide into the seat": the reader
        if low in FIRST:
            return self.narrator_at(tok.idx), "explicit", span
        if low in THIRD:
            cid = self.index.at(span)
            if cid is not None and THIRD[low] != "they" and self.genders.get(cid) not in (THIRD[low], "unknown", None):
                cid = None  # the cast's link contradicts the pronoun's gender
            named = self.named_after(tok) if THIRD[low] != "they" else set()
            if THIRD[low] != "they" and not self.in_quote(tok.idx):
                # the narration calls its own teller "I" and its reader "you", never "she": in
                # 'I looked up. "..." She crouched down' she is someone else
                own = {c for c in (self.section_narrator(tok.idx), self.reader_at(tok.idx)) if c}
                if cid in own:
                    cid = None
                named = named | own
            if cid is not None and self.label_ments and not self.in_quote(tok.idx) and self.last_seen_as_label(cid, tok.idx):
                cid = None  # "Kestrel: on my way" / "She shrugged.": the cast's link went to the texter
            if cid in named:
                cid = None  # "he continued, edging closer to Petra": he is not Petra
            elif cid is not None and THIRD[low] != "they" and self.only_quoted(cid, tok.idx):
                cid = None  # '"Have you heard of Miss Tull?" she said': named only in speech
            if cid is not None and THIRD[low] != "they" and not self.in_quote(tok.idx):
                cid = self.stayed_behind(cid, tok.idx, THIRD[low]) or cid
            if cid is None:
                cid = self.recent_by_gender(tok.idx, THIRD[low], exclude=named)
            if cid is None and THIRD[low] != "they" and not self.in_quote(tok.idx) \
                    and self.pronoun_role(tok.idx, THIRD[low], chain=True) == (None, None):
                # no one of its gender before, and no role noun the pronoun goes back to
                cid = self.next_by_gender(tok.idx, THIRD[low], exclude=named)
            return cid, "anaphoric", span
        if tok.lemma_.lower() in UTTERANCE_NOUNS and _voice_of(tok) is not tok:
            return self.resolve_subject(_voice_of(tok))  # "was Mrs. Weston's parting injunction"
        appos = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and 0 < c.i - tok.i <= 3),
                     None)
        if appos is not None and tok.pos_ != "PROPN" and _definite(tok):
            # '"...," said the dashing Mr. Vane': the tagger makes the adjective the subject and
            # the name its apposition; the name speaks
            cid, _how, aspan = self.resolve_subject(appos)
            if cid is not None:
                return cid, "explicit", (tok.doc[tok.left_edge.i].idx, aspan[1])
        # a name or noun phrase: the compound/flat chain around the head
        left = min([t.i for t in tok.subtree if t.dep_ in ("compound", "flat", "det", "amod", "poss")
                    or t.i == tok.i] + [tok.i])
        first = tok.doc[left]
        span = (first.idx, tok.idx + len(tok.text))
        # the mention at the head word first: in "the poet Syme" the description may be the cast's
        # link for another poet; then the phrase without its possessor ("His friend": the "His" is
        # someone else's mention)
        poss_end = max((c.right_edge.idx + len(c.right_edge.text) for c in tok.children if c.dep_ == "poss"),
                       default=span[0])
        cid = self.index.at((tok.idx, tok.idx + len(tok.text))) or (
            self.index.at((poss_end, span[1])) if poss_end < span[1] else None) or self.index.by_name(
            self.text[span[0]:span[1]])
        if cid is None and tok.pos_ == "PROPN":
            cid = self.index.by_name(tok.text) or self.name_words().get(tok.text)
        if tok.pos_ == "NOUN" and self.tag_stranger(tok) is not None:
            # the walk-on a tag with "a" brought on just before, whoever the cast's coreference or
            # the epithet table would make "the girl"
            return None, "anaphoric", span
        kin = self.kin_of(tok)
        if kin is not None:
            return kin, "anaphoric", span
        if cid is None and tok.text[:1].isupper():
            held = self.title_holder(tok)
            if held is not None:
                return held, "explicit", span
        if tok.lemma_.lower() in KIN_NOUNS and any(c.dep_ == "poss" for c in tok.children):
            return None, "anaphoric", span  # "her mother" unresolved: the cast's guess is often the possessor
        if cid is None and _demonstrative(tok):
            # '"Very good," said that gentleman': "this"/"that" points back at the person just named
            gender = NOUN_GENDER.get(tok.lemma_.lower()) or "they"
            return self.recent_by_gender(tok.idx, gender, window=DEMONSTRATIVE_WINDOW), "anaphoric", span
        if cid is None and (desc := _description(tok)) is not None:
            return None, "anaphoric", desc  # "said a tall man", "said the second gentleman": a walk-on
        if low == "other" and _definite(tok) and not any(c.dep_ in ("amod", "compound") for c in tok.children):
            # "'Boats are late,' Hester said to Mara. ... 'Always,' the other said": of the two
            # people last named, the one who is not the narration's last subject (else the one
            # named first)
            pair = self.last_two_named(tok.idx)
            if not pair:
                return None, "anaphoric", span
            last = next((c for t in self.subjects_before(tok.idx)
                         if (c := self.index.at((t.idx, t.idx + len(t.text)))) in pair), None)
            return (pair[0] if last == pair[1] or last is None else pair[1]), "anaphoric", span
        if low in ("latter", "former") and _definite(tok):
            # "said the latter": the second (or first) of the last two people named before it
            pair = self.last_two_named(tok.idx)
            return (pair[1] if low == "latter" else pair[0]) if pair else None, "anaphoric", span
        if cid is None and _definite(tok):
            # "said the girl", "said the Jew": an epithet, resolved like a pronoun (anaphoric)
            cid = self.epithets().get(tok.lemma_.lower())
            if cid is None:
                cid = self.named_role(tok.lemma_.lower(), tok.idx)  # "Mr. Quill, the ferryman" ... "said the ferryman"
            if cid is None and not any(c.dep_ in ("amod", "compound") for c in tok.children):
                cid = self.title_holder(tok)  # "warbled the duchess": the Duchess of the cast
            if cid is None and self.walk_on(tok, speaking=True):
                return None, "anaphoric", span  # someone the story never names: no guess
            if cid is None and NOUN_GENDER.get(tok.lemma_.lower()):
                cid = self.recent_by_gender(tok.idx, NOUN_GENDER[tok.lemma_.lower()], window=1500,
                                            exclude=self.age_clashes(tok))
            if cid is None:
                # "said the old gentleman" with no man named near: the story's old gentleman
                cid = self.epithets().get(age_key(tok) or "")
            return cid, "anaphoric", span
        return cid, "explicit", span

    def stayed_behind(self, cid: str, pos: int, gender: str) -> str | None:
        """When the narration of the tag's paragraph and the one before says ``cid`` left, bare
        ("Ianto went.", "He left."), and then goes on about someone else of the pronoun's gender
        ("Ianto went. Mr Jessop watched him leave. / '...,' he said"), that other one; else None. A
        leaver with somewhere to go ("went off to the barn") may be whom the story follows
        (session 25)."""
        if self._para_starts is None:
            self._para_starts = [p.span[0] for p in self.story.paragraphs]
        starts = self._para_starts
        para = bisect.bisect_right(starts, pos) - 1
        start = starts[max(0, para - 1)] if para >= 0 else 0
        found, left = None, False
        for t in self.tokens(start, pos):
            if t.dep_ != "nsubj" or t.head.dep_ not in ("ROOT", "conj") or self.in_quote(t.idx):
                continue
            other = self.index.at((t.idx, t.idx + len(t.text)))
            if other == cid:
                v = t.head
                left = v.lemma_.lower() == "go" and _went_bare(v) or v.lemma_.lower() == "leave" and not any(
                    c.dep_ in ("dobj", "prep", "prt", "advmod") for c in v.children)
                found = None  # the one who left is talked about again after
            elif left and other is not None and self.genders.get(other) == gender:
                found = other
        return found

    def age_clashes(self, tok) -> set[str]:
        """The characters an age-marked description cannot be: "the girl", "the young lady" is no
        "Mrs." or "Lady" and "the old lady", "the elder lady" no "Miss" (by the cast's titles; men's
        titles say nothing of age); and an old description is not whoever the story's epithet
        table makes "the boy" or "the child", nor a young one whoever it makes "the old gentleman".
        Recency alone gives such a tag to the last person of its gender named, who in a talk
        between an older and a younger person is as often the other one."""
        lemma = tok.lemma_.lower()
        gender = NOUN_GENDER.get(lemma)
        if gender not in ("he", "she"):
            return set()
        mods = {c.lower_ for c in tok.children if c.dep_ == "amod"}
        young = lemma in YOUNG_NOUNS or mods & {"young"}  # ("the little man" is short, not young)
        old = mods & {"old", "elderly", "elder", "aged"}
        if bool(young) == bool(old):
            return set()
        # the one the story calls "the boy" or "the child" throughout is no "old gentleman"
        epi = self.epithets()
        out = {epi[w] for w in YOUNG_NOUNS if w in epi} if old else {
            epi[f"old {w}"] for w in GENERIC_HEADS if f"old {w}" in epi}
        if gender == "she":
            self.surnames()  # fills the titles
            clash = {"mrs", "lady"} if young else {"miss"}
            out |= {cid for cid, titles in self.titles.items() if titles & clash and not titles - clash}
        return out

    def only_quoted(self, cid: str, pos: int, window: int = QUOTED_ONLY_WINDOW) -> bool:
        """Is ``cid`` named (or described) in the ``window`` characters before ``pos`` only inside
        quotes? Someone the talk is about, or the listener it calls by name, is rarely who the
        narration's next "she said" is; the cast's coreference does not know that."""
        i = bisect.bisect_left(self.ment_starts, pos) - 1
        seen = False
        while i >= 0 and self.ments[i][0] >= pos - window:
            s, _e, c, kind = self.ments[i]
            if c == cid and kind in ("name", "nominal"):
                if not self.in_quote(s):
                    return False
                seen = True
            i -= 1
        return seen

    def named_after(self, tok) -> set[str]:
        """Characters named after the pronoun ``tok`` in its own clause, outside quotes ("he said to
        Petra", "she asked, turning to Ines"). A pronoun cannot be someone its clause then names
        (binding Principle C), so these are never who the pronoun is."""
        head = tok.head
        named = set()
        for t in head.subtree:
            if t.idx > tok.idx and t.pos_ == "PROPN" and not self.in_quote(t.idx) and not _own_clause(t, head):
                cid = self.index.at((t.idx, t.idx + len(t.text)))
                if cid is not None:
                    named.add(cid)
        return named

    def title_holder(self, tok) -> str | None:
        """"answered Mademoiselle", "cried the Colonel": a rank or honorific used alone names the
        character who bears it in the cast's names ("Mademoiselle Reisz", "Colonel Brandon"), the
        one named most recently when several do. Plain forms of address ("Mr.", "Miss", "Sir")
        and kin words are too common to stand alone for anyone."""
        low = tok.lower_.rstrip(".")
        if low not in TITLES or low in _COMMON_TITLES:
            return None
        if self._title_holders is None:
            self._title_holders = {}
            for c in self.analysis.characters:
                for n in {c.name, *c.aliases}:
                    words = n.split()
                    if len(words) > 1:
                        self._title_holders.setdefault(words[0].lower().rstrip("."), set()).add(c.id)
        holders = self._title_holders.get(low, set())
        if len(holders) <= 1:
            return next(iter(holders), None)
        i = bisect.bisect_left(self.ment_starts, tok.idx) - 1
        while i >= 0:
            if self.ments[i][2] in holders:
                return self.ments[i][2]
            i -= 1
        return None

    def kin_of(self, tok) -> str | None:
        """The relative a possessed kin noun stands for: by the family surname, else by the other
        evidence of :mod:`fabula.dialogue.kin_tags` (the relative named beside the kin word)."""
        hit = self._kin_by_surname(tok)
        return hit if hit is not None else kin_tags.relative(self, tok)

    def _kin_by_surname(self, tok) -> str | None:
        """"said her brother", "replied his mother": the possessor's relative, found as the one
        character of the kin word's gender who shares the possessor's surname (families share
        names in fiction far more often than not); None when that is not unique."""
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in KIN_NOUNS:
            return None
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if not poss:
            return None
        p = poss[0]
        pspan = (p.idx, p.idx + len(p.text))
        owner = self.index.at(pspan)
        if owner is None and p.lower_ in ("his", "her"):
            owner = self.recent_by_gender(p.idx, "he" if p.lower_ == "his" else "she")
        elif owner is None and p.pos_ == "PROPN":
            owner = _resolve_name(self, p.text)
        if owner is None:
            return None
        want = {"his": "he", "her": "she"}.get(p.lower_)
        if want and self.genders.get(owner) != want:
            return None  # only trust a possessor whose gender the cast knows and the pronoun agrees with
        surname = self.surnames().get(owner)
        if not surname:
            return None
        gender = NOUN_GENDER.get(lemma)
        hits = [cid for cid, sn in self.surnames().items() if sn == surname and cid != owner
                and self.genders.get(cid) == gender
                and _kin_title_ok(lemma, self.titles.get(cid, set()))]
        if len(hits) > 1 and lemma in ("mother", "mamma", "mama", "wife"):
            # "her mother" among the Dashwood women: the one called "Mrs."/"Lady"
            hits = [cid for cid in hits if self.titles.get(cid, set()) & {"mrs", "lady"}]
        return hits[0] if len(hits) == 1 else None

    def surnames(self) -> dict[str, str]:
        """Character id → the surname its names use (last word of a full or titled name)."""
        if self._surnames is None:
            self._surnames = {}
            for c in self.analysis.characters:
                for n in [c.name, *c.aliases]:
                    words = n.replace(".", "").split()
                    if len(words) >= 2 and words[-1][:1].isupper():
                        self._surnames.setdefault(c.id, words[-1])
                        if words[0].lower() in KIN_TITLES:
                            self.titles.setdefault(c.id, set()).add(words[0].lower())
        return self._surnames

    def lower_words(self) -> set[str]:
        """Every word the story writes in lower case (built once)."""
        if self._lc_words is None:
            self._lc_words = {w for w in re.findall(r"\w+", self.text) if w.islower()}
        return self._lc_words

    def name_words(self) -> dict[str, str]:
        """A single word of exactly one character's multi-word names ("Tom" of "Tom Ashby"), for
        vocatives that use a first name the narration never uses alone."""
        if self._name_words is None:
            owners: dict[str, set[str]] = {}
            for c in self.analysis.characters:
                for n in {c.name, *c.aliases}:
                    words = n.split()
                    if len(words) > 1:
                        for w in words:
                            if w[:1].isupper() and not w.endswith("."):
                                owners.setdefault(w, set()).add(c.id)
            words = {w: next(iter(o)) for w, o in owners.items() if len(o) == 1}
            # the work's own character tags ("Characters: Ebba Wickersham"): a surname the text
            # uses only in speech ("Wickersham, pass me the pliers.") is the one tagged first name's
            # (session 25)
            for full in self.story.metadata.characters:
                parts = [w for w in full.split() if w[:1].isupper() and not w.endswith(".")]
                if len(parts) < 2:
                    continue
                known = {cid for w in parts if (cid := self.index.by_name(w)) is not None}
                if len(known) == 1:
                    cid = next(iter(known))
                    for w in parts:
                        if self.index.by_name(w) is None and w not in owners:
                            words.setdefault(w, cid)
            self._name_words = words
        return self._name_words

    def pet_forms(self) -> dict[str, str]:
        """Pet forms of exactly one character's first name, for vocatives ("Sammy" for Sam,
        "Tommy" for Tom, "Nellie" for Nell): the narration rarely uses them, so the cast has not
        seen them as names."""
        if self._pet_forms is None:
            owners: dict[str, set[str]] = {}
            from fabula.cast.names import TITLES

            for c in self.analysis.characters:
                for n in {c.name, *c.aliases}:
                    first = n.split()[0] if n.split() else ""
                    if len(first) < 3 or not first[:1].isupper() or first.endswith(".") \
                            or first.lower() in TITLES or first.lower() in NOUN_GENDER:
                        continue  # "Miss Harlow" gives no "Missy", "Aunt May" no "Auntie"
                    for stem in {first, first + first[-1]}:
                        for suf in ("y", "ie", "ey"):
                            owners.setdefault(stem + suf, set()).add(c.id)
            self._pet_forms = {w: next(iter(o)) for w, o in owners.items()
                               if len(o) == 1 and w.lower() not in ENDEARMENTS}
        return self._pet_forms

    def last_two_named(self, pos: int, window: int = 1500) -> tuple[str, str] | None:
        """The last two different characters named (outside quotes) before ``pos``, in text order."""
        i = bisect.bisect_left(self.ment_starts, pos) - 1
        seen: list[str] = []
        while i >= 0 and self.ments[i][0] >= pos - window and len(seen) < 2:
            s, _e, cid, kind = self.ments[i]
            if kind == "name" and not self.in_quote(s) and cid not in seen:
                seen.append(cid)
            i -= 1
        return (seen[1], seen[0]) if len(seen) == 2 else None

    def epithets(self) -> dict[str, str]:
        """Head noun of a definite description ("the beadle", "the girl", "the Jew") → the named
        character it stands for in this story: the one named in the same sentences (outside
        quotes) far more often than anyone else. Novels re-use such epithets for one person
        hundreds of times; a share and a margin keep ambiguous ones ("the man") unresolved."""
        if self._epithets is not None:
            return self._epithets
        votes: dict[str, Counter] = {}
        if self.doc is not None:
            for t in self.doc:
                if t.pos_ not in ("NOUN", "PROPN") or not _definite(t) or self.in_quote(t.idx):
                    continue
                sent = t.sent
                lo = bisect.bisect_left(self.ment_starts, sent.start_char)
                hi = bisect.bisect_left(self.ment_starts, sent.end_char)
                near = {cid for s, e, cid, kind in self.ments[lo:hi]
                        if kind == "name" and not (s <= t.idx < e) and not self.in_quote(s)}
                c = votes.setdefault(t.lemma_.lower(), Counter())
                c["__n__"] += 1
                for cid in near:
                    c[cid] += 1
        out: dict[str, str] = {}
        for lemma, c in votes.items():
            n = c.pop("__n__")
            top = c.most_common(2)
            if not top or top[0][1] < 3:
                continue
            second = top[1][1] if len(top) > 1 else 0
            gender = NOUN_GENDER.get(lemma)
            cid = top[0][0]
            if gender and self.genders.get(cid) not in (gender, "unknown", None):
                continue
            if top[0][1] >= 0.3 * n and top[0][1] >= 2 * second:
                out[lemma] = cid
        for lemma, cid in self._scene_epithets(out).items():
            out.setdefault(lemma, cid)
        self._epithets = out
        return out

    def named_role(self, lemma: str, pos: int) -> str | None:
        """The one character the text ties to the role noun ``lemma`` in so many words
        (:meth:`_named_roles`) within ``ROLE_TIE_WINDOW`` characters of ``pos``, else None."""
        if self._role_ties is None:
            self._role_ties = self._named_roles()
        near = {cid for p, cid in self._role_ties.get(lemma, ()) if abs(p - pos) <= ROLE_TIE_WINDOW}
        return next(iter(near)) if len(near) == 1 else None

    def _named_roles(self) -> dict[str, list[tuple[int, str]]]:
        """Role nouns the text ties to one named character in so many words: an apposition ("Mr.
        Quill, the ferryman", "the ferryman, Mr. Quill") or a "be" ("Quill is our ferryman", "Ione was
        the cook"; in speech too: "Quill is our ferryman"): role noun -> (offset, character) of each tie.
        Kin, age and gender words and nouns that never stand for one person ("the other", "the
        stranger") are left out, and so is "a" ("Ione, a clever young clerk" describes her). One pass
        over the parse; :meth:`named_role` reads it for a tag "said the ferryman"."""
        ties: dict[str, list[tuple[int, str]]] = {}
        for t in self.doc or ():
            if t.pos_ != "NOUN" or t.tag_ != "NN":
                continue
            lemma = t.lemma_.lower()
            if lemma in epithets.NOT_EPITHETS or lemma in KIN_NOUNS or lemma in PLAIN_PERSON \
                    or not (_role_word(lemma) or _person_noun(lemma) or _agent_suffix(lemma)):
                continue
            dets = {c.lower_ for c in t.children if c.dep_ in ("det", "poss")}
            names = []
            if "the" in dets and not self.in_quote(t.idx):
                # "Mr. Quill, the ferryman", "the ferryman, Quill" ("Ione, a clever young clerk" describes her)
                if t.dep_ == "appos" and t.head.pos_ == "PROPN" and not _asked_as_apposition(t.head, t):
                    names.append(t.head)
                names += [c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                          and not _asked_as_apposition(t, c)]
            elif not dets and not self.in_quote(t.idx) and t.dep_ == "appos" and t.head.pos_ == "PROPN" \
                    and not any(c.dep_ in ("amod", "compound") for c in t.children):
                # "Mr. Bartle Sefton, notary, of Cheapside": a bare job set after a name is that
                # person's trade, as on a card (session 25)
                names.append(t.head)
            if t.dep_ == "attr" and t.head.lemma_ == "be" and dets & {"the", "our", "my", "your", "their"} \
                    and not _be_not_asserted(t.head):
                # "Quill is our ferryman", "Ione was the cook" ("Ione was a great cook" praises her; "Quill
                # isn't our ferryman", "Is Quill the ferryman?" tie no one)
                names += [c for c in t.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
            for nm in names:
                cid = self.index.at((nm.idx, nm.idx + len(nm.text))) or self.index.by_name(nm.text)
                gender = NOUN_GENDER.get(lemma)
                if cid is not None and (not gender or self.genders.get(cid) in (gender, "unknown", None)):
                    ties.setdefault(lemma, []).append((t.idx, cid))
        return ties

    def _scene_epithets(self, known: dict[str, str]) -> dict[str, str]:
        """Person nouns the same-sentence votes leave open, settled by the scenes they are used in
        (:mod:`fabula.dialogue.epithets`). Only definite person nouns outside quotes that speak
        somewhere in the story are asked; kin words stay with the family rules."""
        if self.doc is None:
            return {}
        named = [(s, cid) for s, _e, cid, kind in self.ments if kind == "name" and not self.in_quote(s)]
        speaking = {t.lemma_.lower() for t in self.doc if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "dobj")
                    and t.head.lemma_.lower() in SPEECH_LEMMAS and not self.in_quote(t.idx)}
        uses: dict[str, list[int]] = {}
        for t in self.doc:
            if t.pos_ != "NOUN" or self.in_quote(t.idx) or not _definite(t):
                continue
            lemma = t.lemma_.lower()
            if lemma in speaking and (key := age_key(t)) is not None:
                # "the old gentleman", "the young lady": the plain word stands for anyone, but a
                # novel gives the one old man or young lady of its cast the same words throughout
                uses.setdefault(key, []).append(t.idx)
            if lemma not in speaking or lemma in known or lemma in epithets.NOT_EPITHETS or lemma in KIN_NOUNS:
                continue
            if _person_noun(lemma):
                uses.setdefault(lemma, []).append(t.idx)

        def fits(lemma: str, cid: str) -> bool:
            gender = NOUN_GENDER.get(lemma.split()[-1])
            return not gender or self.genders.get(cid) in (gender, "unknown", None)

        return epithets.scene_epithets(uses, named, len(self.text), fits)

    def role_name(self, tok, lemma: str) -> str:
        """A walk-on's role as the story calls that person: the nouns compounded before it ("the
        night porter"), and for a bare head the story's one compound form of it (the narration's
        "asked the night porter" and then "The porter shrugged" are one person). A head the
        narration compounds two ways ("the night porter", "the hall porter") stays bare."""
        name = _with_compounds(tok, lemma)
        if name != lemma:
            return name
        forms = self.compound_forms().get(lemma, ())
        return next(iter(forms)) if len(forms) == 1 else name

    def noun_words(self) -> set[str]:
        """The lemmas the story uses as nouns somewhere ("a bag of kebabs"): a word before "man"
        the small tagger calls an adjective ("the kebab man") is still a noun when the story
        uses it as one."""
        if self._noun_words is None:
            self._noun_words = {x.lemma_.lower() for x in self.doc or () if x.pos_ == "NOUN"}
        return self._noun_words

    def compound_forms(self) -> dict[str, set[str]]:
        """Each noun lemma of the narration → the compound forms the narration gives it ("porter" →
        {"night porter"}), one pass kept for the story."""
        if self._compound_forms is None:
            forms: dict[str, set[str]] = {}
            for x in self.doc or ():
                if x.pos_ != "NOUN" or self.in_quote(x.idx):
                    continue
                lemma = x.lemma_.lower()
                name = _with_compounds(x, lemma)
                if name != lemma:
                    forms.setdefault(lemma, set()).add(name)
            self._compound_forms = forms
        return self._compound_forms

    def walk_on(self, tok, speaking: bool = False) -> str | None:
        """The role noun of a speaker the story never names ("said the constable"): an
        ungendered role, or a gendered job ("the maid", "the landlady"). It is only asked when no
        character is known by the noun (the epithet table comes first), and then a landlady seen
        on every page is still the landlady, not whoever was named last. None for anything else
        ("the girl" is resolved by recency). ``speaking``: the noun is a speech tag's subject,
        and whoever speaks is a person, so any singular noun that is not a kin, age or gender
        word counts ("retorted the jailer", "asked the cook"), though the person-noun lexicon
        has never seen it."""
        if speaking and (desc := _description(tok)) is not None:
            return self.text[desc[0]:desc[1]].lower()  # "the gentleman in the white waistcoat"
        if speaking and (prior := self.tag_stranger(tok)) is not None:
            return prior  # "said a freckled boy" ... "said the boy": the same walk-on
        if speaking and (kin := _named_kin(tok)) is not None:
            return kin  # "Cal's mother says": a relative the story never names
        if not _common_noun(tok) or not _definite(tok):
            return None
        lemma = tok.lemma_.lower()
        if _role_word(lemma):
            return self.role_name(tok, lemma)
        trade = [c for c in tok.children if c.i < tok.i and (c.dep_ == "compound" and c.pos_ == "NOUN" or c.dep_ in (
            "amod", "compound") and c.lower_ in self.noun_words())] if lemma in TRADE_HEADS else []
        if trade:
            # "the kebab man", "the lollipop lady": a man or woman named by what they sell or do is a
            # trade, like "the porter" (session 28)
            return f"{trade[-1].lower_} {lemma}"
        if speaking and NOUN_GENDER.get(lemma) in ("he", "she") and lemma not in KIN_WORDS \
                and self.all_other_gender(NOUN_GENDER[lemma]):
            # "the duke answered" in a story whose named people are all women: recency has no one to
            # give it to, so the duke is someone the story knows only so (session 27)
            return self.role_name(tok, lemma)
        return self.role_name(tok, lemma) if speaking and _speaking_noun(tok) else None

    def tag_stranger(self, tok) -> str | None:
        """The walk-on a definite tag noun ("said the boy") goes back to: someone a speech tag
        brought on with "a" and the same head noun ("said a freckled boy, jumping down") in the
        ``TAG_STRANGER_WINDOW`` characters before, with no name of the cast tied to the noun
        there. Recency and the epithet table give "the boy" to the named boy of the scene; the
        tag that brought him on said he was someone new (session 28). The walk-on's name, or None."""
        if not _definite(tok) or tok.pos_ != "NOUN" or any(c.dep_ == "poss" for c in tok.children):
            return None
        if self._tag_strangers is None:
            found = []
            for t in self.doc or ():
                if t.pos_ != "NOUN" or self.in_quote(t.idx) or not any(
                        c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                    continue
                v = t.head
                if v.lemma_.lower() not in SPEECH_LEMMAS or v.i > t.i or t.dep_ not in ("nsubj", "dobj"):
                    continue  # only the inverted subject of a speech verb: '"...," said a freckled boy'
                if t.dep_ == "dobj" and _inverted_subject(v, [t], 0) is not t:
                    continue
                desc = _description(t)
                if desc is not None:
                    found.append((t.idx, t.lemma_.lower(), self.text[desc[0]:desc[1]].lower()))
            self._tag_strangers = found
        lemma = tok.lemma_.lower()
        lo = bisect.bisect_left([f[0] for f in self._tag_strangers], tok.idx - TAG_STRANGER_WINDOW)
        hit = None
        for off, lem, name in self._tag_strangers[lo:]:
            if off >= tok.idx:
                break
            if lem == lemma:
                hit = name
        if hit is None or self.named_role(lemma, tok.idx) is not None:
            return None
        return hit

    def all_other_gender(self, gender: str) -> bool:
        """Is every character of the cast known to be of the other sex than ``gender`` (none of it,
        none unknown)? An empty cast is not: there is no one to be of the other sex."""
        other = {"he": "she", "she": "he"}[gender]
        return bool(self.genders) and all(g == other for g in self.genders.values())

    def sole_gender_role(self, pos: int, gender: str) -> str | None:
        """In a story whose named people are all of the other sex, the gendered noun ("the
        prince", not a family word) that was last the subject of the narration before ``pos``:
        'The duke paced by the cold hearth. ... / "...," he asked' — the "he" can be no one else
        (session 27). Only this paragraph and the SOLE_ROLE_PARAS before it are read, and the
        SOLE_ROLE_PARAS before each "he"/"him" of the narration met on the way (no named character
        can be that "he", so it carries the one the role noun brought on), at most SOLE_ROLE_TOKENS
        back: a king who died several paragraphs back and was not spoken of since is not the "he" at
        the gate, and a long text is not read back to its start on every such tag (session 27
        review)."""
        if not self.all_other_gender(gender) or self.doc is None:
            return None
        para = self.story.paragraphs
        if self._para_starts is None:
            self._para_starts = [p.span[0] for p in para]

        def reach(at: int) -> int:
            k = bisect.bisect_right(self._para_starts, at) - 1
            return para[max(0, k - SOLE_ROLE_PARAS)].span[0] if k >= 0 else 0

        carried = _GENDER_PRONOUNS[gender]
        lo = reach(pos)
        i = bisect.bisect_left(self.tok_starts, pos) - 1
        stop = max(-1, i - SOLE_ROLE_TOKENS)
        while i > stop and self.doc[i].idx >= lo:
            t = self.doc[i]
            i -= 1
            if t.lower_ in carried and not self.in_quote(t.idx):
                lo = min(lo, reach(t.idx))
                continue
            if t.dep_ not in ("nsubj", "nsubjpass") or self.in_quote(t.idx) or not _common_noun(t) \
                    or not _definite(t):
                continue
            lemma = t.lemma_.lower()
            if NOUN_GENDER.get(lemma) == gender and lemma not in KIN_WORDS:
                return self.role_name(t, lemma)
        return None

    def pronoun_role(self, pos: int, gender: str, chain: bool = False) -> tuple[str | None, str | None]:
        """(character, unnamed role) a "he"/"she" tag points back to when no character of that
        gender is near: the last subject of the narration before it, in its paragraph or the one
        before, when that subject is a role noun whose gender does not clash — the character the
        story calls by it ("The duchess sighed. '...,' she said"), else a walk-on ("The porter
        eyes us over his counter. ... 'Lifts are out,' he says"). With ``chain``, subjects that
        are the same pronoun are passed over: they stand for the same person ("The carter
        doesn't get down. He keeps the reins ... '...,' he says")."""
        for t in self.subjects_before(pos):
            if chain and THIRD.get(t.lower_) == gender and t.lower_ in SUBJ_PRON:
                continue
            if t.lower_ == "who" and t.head.dep_ == "relcl":
                t = t.head.head  # "beside the stove sat a ferryman, who hummed to himself": the ferryman
            if t.pos_ == "PROPN" or t.lower_ in SUBJ_PRON:
                return None, None  # someone else is the last subject
            lemma = t.lemma_.lower()
            if NOUN_GENDER.get(lemma) not in (None, gender):
                return None, None
            cid = self.epithets().get(lemma) if _definite(t) else None
            if cid is not None:
                return (cid, None) if self.genders.get(cid) in (gender, "unknown", None) else (None, None)
            role = self.walk_on(t)
            if role is not None:
                return None, role
        return None, None

    def subjects_before(self, pos: int):
        """The subject tokens of the narration before ``pos``, last first, back to the start of
        the paragraph before (the narrator's "I"/"we" skipped: "we stumble" is not who "he" is)."""
        para = self.story.paragraphs
        if self._para_starts is None:
            self._para_starts = [p.span[0] for p in para]
        k = bisect.bisect_right(self._para_starts, pos) - 1
        lo = para[max(0, k - 1)].span[0] if k >= 0 else 0
        i = bisect.bisect_left(self.tok_starts, pos) - 1
        while i >= 0 and self.doc[i].idx >= lo:
            t = self.doc[i]
            i -= 1
            if not self.in_quote(t.idx) and t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in ("i", "we") \
                    and not _absolute_subject(t):
                yield t

    def beat_role(self, span: Span) -> str | None:
        """The role noun of a narration subject no character stands for ("The waitress comes back
        with a pot of coffee"): a job word (the role lexicon, or a "-hand"/"-master"/"-ist" word),
        not a word for a kind of person ("the man", "the girl"), not a description the story uses
        for someone named, and one the story uses at most ``WALK_ON_USES`` times (a novel calls its
        surgeon "the doctor" on every page)."""
        toks = self.tokens(span[0], span[1])
        if not toks or self.doc is None:
            return None
        t = toks[-1]
        owned = t.dep_ == "poss" and t.head.lemma_.lower() in UTTERANCE_NOUNS  # "the skipper's voice came up"
        if t.lemma_.lower() in UTTERANCE_NOUNS:
            # "the night clerk's voice crackled": the voice's owner
            owner = next((c for c in t.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
            owned, t = owner is not None, owner if owner is not None else t
        lemma = t.lemma_.lower()
        if t.pos_ != "NOUN" and not (owned and t.pos_ == "PROPN" and t.text.islower()) or lemma in NOUN_GENDER or lemma in self.epithets() or lemma in NOT_A_SPEAKER:
            return None  # not someone ("The speaker above the door buzzed": a loudspeaker)
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in t.children):
            return None
        if lemma == "one":
            # "The older one leaned in": the one a comparison singles out, as in a tag
            desc = _description(t)
            return self.text[desc[0] : desc[1]].lower() if desc is not None else None
        if not (owned or _role_word(lemma) or _agent_suffix(lemma) is not None or lemma in SERVICE_ROLES
                or self.person_by_use(t)):
            return None  # (whoever has a voice is a person: "the skipper's voice came up the stairs")
        return self.role_name(t, lemma) if self.few_uses(lemma) else None

    def person_by_use(self, t) -> bool:
        """A job word the role lexicon lacks ("the rigger", "the scorer") that the story shows
        to be a person somewhere in the narration: set beside a word for a person or a "who"
        ("The rigger, a boy in a wool hat, tied off the rope"), a speech tag's subject, an owner
        or the subject of a look or a reaction ("the scorer asked", "the rigger's gloves")."""
        if not _speaking_noun(t):
            return False
        return t.lemma_.lower() in self.person_uses()[1]

    def _beside_quote(self, x) -> bool:
        """Is a quote in the sentence of token ``x`` or right at its edges, in its paragraph?"""
        doc = x.doc
        paras = self.story.paragraphs
        ps, pe = paras[max(0, bisect.bisect_right([p.span[0] for p in paras], x.idx) - 1)].span
        lo, hi = max(0, x.sent.start - 2), min(len(doc), x.sent.end + 2)
        return any(ps <= doc[i].idx < pe and self.in_quote(doc[i].idx) for i in range(lo, hi))

    def person_uses(self) -> tuple[set[str], set[str]]:
        """One pass over the narration's nouns, kept for the story: the lemmas it treats as a person
        by conduct (an owner, the subject of a look or a reaction) and, a superset, those it shows to
        be a person by any sign ``person_by_use`` goes by (also a speech tag's subject or an
        apposition that is a person word or a "who" clause)."""
        if self._person_uses is None:
            acts: set[str] = set()
            shown: set[str] = set()
            looks = LOOK_LEMMAS | REACTIONS
            for x in self.doc or ():
                if x.pos_ != "NOUN" or self.in_quote(x.idx):
                    continue
                lemma = x.lemma_.lower()
                head = x.head.lemma_.lower()
                if x.dep_ == "poss" or x.dep_ == "nsubj" and head in looks and not _thing_reaction(x):
                    acts.add(lemma)
                    shown.add(lemma)
                elif x.dep_ == "nsubj" and head in SPEECH_LEMMAS and (
                        head not in THING_SOUNDS or self._beside_quote(x)):
                    # a tag's subject; "the boiler groaned" with no quote near is no one (session 29)
                    shown.add(lemma)
                if lemma in shown:
                    continue
                for c in x.children:
                    # "the rigger, a boy whose surname nobody caught"
                    if c.dep_ == "appos" and (_person_noun(c.lemma_.lower()) or any(
                            g.lower_ in ("who", "whom", "whose") for g in c.subtree)):
                        shown.add(lemma)
                        break
            self._person_uses = (acts, shown)
        return self._person_uses

    def few_uses(self, lemma: str) -> bool:
        """A role noun used seldom enough to be a walk-on: at most ``WALK_ON_USES`` times, or any
        number of times for a service job no named character is called by (a café story's "the
        barista" comes back in every scene, but is nobody's description)."""
        return self.role_uses(lemma) <= WALK_ON_USES or (lemma in SERVICE_ROLES and lemma not in self.epithets())

    def scene_role(self, tok) -> bool:
        """A person noun a novel uses in one scene only ("the turnkey" of one prison visit, said
        a dozen times there): at most ``SCENE_ROLE_FAR`` of its uses (outside quotes) lie farther
        than ``SCENE_ROLE_WINDOW`` characters from ``tok`` and at least ``SCENE_ROLE_NEAR`` within them
        (a noun said once, in the tag, describes someone the scene has named: '"...," said the
        pessimist' of a man just named), the epithet table has no one for it, it
        is a word for a person but not for a man or a woman, and no use of it stands in apposition to a name ("the
        ferryman, Mr. Quill": a named person's description)."""
        lemma = tok.lemma_.lower()
        if not _definite(tok) or lemma in NOUN_GENDER or lemma in self.epithets():
            return False
        if self._noun_pos is None:
            self._noun_pos = {}
            for x in self.doc if self.doc is not None else ():
                if x.pos_ == "NOUN" and not self.in_quote(x.idx):
                    self._noun_pos.setdefault(x.lemma_.lower(), []).append(x)
        uses = self._noun_pos.get(lemma, [])
        pos = [x.idx for x in uses]
        lo = bisect.bisect_left(pos, tok.idx - SCENE_ROLE_WINDOW)
        hi = bisect.bisect_right(pos, tok.idx + SCENE_ROLE_WINDOW)
        if len(pos) - (hi - lo) > SCENE_ROLE_FAR:
            return False
        if hi - lo < SCENE_ROLE_NEAR:
            # used once, in the tag itself: a one-off description of someone the scene has named
            return False
        if not (_person_noun(lemma) or _role_word(lemma) or self.acts_as_person(lemma)) and (sum(
                x.dep_ == "nsubj" and x.head.lemma_.lower() in SPEECH_LEMMAS for x in uses[lo:hi]) < 2
                or any(x.dep_ == "pobj" and x.head.lower_ in _IN_OR_ON for x in uses[lo:hi])):
            # a word the lexicon does not know, tagged once or lain in ("asked the sleeping bag",
            # "she curled up in the deckchair"): a thing standing for whoever is in it
            return False
        # "the ferryman, Mr. Quill": the scene's noun is a named person's description
        return not any(y.pos_ == "PROPN" and (y.dep_ == "appos" or x.dep_ == "appos")
                       for x in uses for y in [x.head, *x.children])

    def unowned_role(self, tok) -> bool:
        """A job noun led by "the" that the story uses on every page but for no one the cast
        names ("the skipper said" in a story that never names its skipper, or names him once
        where the narration never ties the name to the job): at least ``UNOWNED_ROLE_DENSITY``
        uses in every 1,000 tokens, no cast mention uses the noun, the epithet table has no one for
        it and no character carries it as a title. Such a person keeps their tagged lines as an
        unnamed character, like a walk-on used twice. A word that is not a job ("the hiker")
        must be treated as a person somewhere in the narration."""
        lemma = tok.lemma_.lower()
        if not _definite(tok) or tok.tag_ != "NN" or lemma in NOUN_GENDER and lemma not in ROLE_GENDERED:
            return False
        if self.doc is None or self.role_uses(lemma) * 1000 < UNOWNED_ROLE_DENSITY * len(self.doc):
            return False  # a novel's "the robber" now and then is its named housebreaker
        if not (_role_word(lemma) or _speaking_noun(tok) and self.acts_as_person(lemma)):
            return False  # "said the hammock": a thing standing for whoever lies in it
        if lemma in self.epithets() or self.title_holder(tok) is not None:
            return False
        if self._mention_words is None:
            self._mention_words = {w for c in self.analysis.characters for m in c.mentions
                                   if m.kind in ("name", "nominal") for w in m.text.lower().split()}
        return tok.lower_ not in self._mention_words

    def acts_as_person(self, lemma: str) -> bool:
        """The narration treats the noun as a person somewhere: an owner ("took the hiker's
        pack") or the subject of a look or a reaction ("the hiker nodded")."""
        return lemma in self.person_uses()[0]

    def role_uses(self, lemma: str) -> int:
        """How often the story uses a noun (a novel's "the doctor" on every page is someone's
        description; a story's "the caretaker" said twice is a walk-on)."""
        if self._role_uses is None:
            self._role_uses = Counter(x.lemma_.lower() for x in self.doc if x.pos_ == "NOUN") if self.doc else Counter()
        return self._role_uses[lemma]

    def stranger_brought_on(self, tok) -> bool:
        """Is ``tok`` a bare "the woman"/"the man" ("the woman says") that no character is called
        by and the cast did not join to anyone, when the narration of its paragraph or the
        STRANGER_PARAS before brought on "a woman" (an indefinite one, outside quotes), in a short
        story? A story brings a stranger on so ('Behind the dog, a woman in a yellow raincoat is
        jogging'), and "the woman" after that is her, not the named woman the recency guess would
        pick. "The girl"/"the boy" are left out: they stand for named young people as often."""
        lemma = tok.lemma_.lower()
        if len(tok.doc) > STRANGER_MAX_TOKENS:
            return False  # a novel's stranger is often someone named later ("a tall man in a cloak")
        if lemma not in STRANGER_NOUNS or not _definite(tok) or lemma in self.epithets() \
                or any(c.dep_ in ("amod", "compound") for c in tok.children):
            return False  # "said the old man": a novel's epithet for someone named, not a stranger
        if self.index.at((tok.idx, tok.idx + len(tok.text))) is not None:
            return False  # the cast joined this "the woman" to a named one ("a woman ... was Mrs. Ffolkes")
        para = self.story.paragraphs
        if self._para_starts is None:
            self._para_starts = [p.span[0] for p in para]
        k = bisect.bisect_right(self._para_starts, tok.idx) - 1
        lo = para[max(0, k - STRANGER_PARAS)].span[0] if k >= 0 else 0
        i = bisect.bisect_left(self.tok_starts, tok.idx) - 1
        while i >= 0 and self.doc[i].idx >= lo:
            t = self.doc[i]
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and not self.in_quote(t.idx) and (
                    any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) or t.idx in self._strangers):
                # (or a "the man" taken as the stranger a few paragraphs back: the chain goes on)
                self._strangers.add(tok.idx)
                return True
            i -= 1
        return False

    def stranger_beat(self, sspan: Span | None) -> str | None:
        """The stranger's role when the narration subject at ``sspan`` is a bare "the man"/"the
        woman" that :meth:`stranger_brought_on` takes for the one brought on with "a" ('A man with a
        kite under his arm wanders up. ... / The man lifts the jug. "..."'), else None."""
        if sspan is None:
            return None
        toks = self.tokens(sspan[0], sspan[1])
        if not toks or toks[-1].pos_ != "NOUN" or not self.stranger_brought_on(toks[-1]):
            return None
        return self.role_name(toks[-1], toks[-1].lemma_.lower())

    def introduced_role(self, pos: int, gender: str) -> str | None:
        """The role noun ("deckhand", "cleaner") of a person introduced with "a"/"an" as the last
        subject of the narration before ``pos`` (its paragraph or the one before), when it is a
        role no character is called by and its gender does not clash; else None."""
        # a relative clause's "who" is not the last subject: it is its noun's ("the air of a
        # clerk who had heard it all")
        # nor is the "it" of an "as if" clause ("squints at the price list as if it owes him money", session 25)
        subjects = (x for x in self.subjects_before(pos)
                    if (x.head.dep_ != "relcl" or x.pos_ == "NOUN" and _definite(x)) and not _in_relative_clause(x)
                    and not (x.lower_ == "it" and x.head.dep_ == "advcl"))
        t = next(subjects, None)
        if t is not None and t.lower_ == gender and len(t.doc) <= STRANGER_MAX_TOKENS:
            # "A man with a kite under his arm wanders up. He is sunburnt, and he squints at the
            # jug. / '...,' he asks": the pronouns after the stranger are the stranger again (session 27)
            t = next((x for x in subjects if x.lower_ != gender), None)
            if t is None or t.lemma_.lower() not in INTRODUCED_NOUNS \
                    or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                return None
        if t is None or t.pos_ != "NOUN":
            return None  # no subject, or the last one is someone known
        lemma = t.lemma_.lower()
        if NOUN_GENDER.get(lemma) not in (None, gender) or lemma in self.epithets():
            return None
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            # "The verger waited by the porch ... / '...,' he said": a walk-on already known by
            # "the", a job no one is called by and the story seldom names
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            # a job ending: "-ist"/"-ess" end as many things ("the mist", "the press") as people,
            # so those only when the narration goes on about the noun with the tag's pronoun
            suffix = _agent_suffix(lemma)
            agent = suffix is not None and (suffix not in WEAK_AGENT_SUFFIXES or self._said_of(t, pos, gender))
            compound = _compound_job(t, lemma)
            job = t.tag_ == "NN" and lemma not in PERSON_HEADS and not lemma.endswith("ness") \
                and (_role_word(lemma) or lemma in SERVICE_ROLES or agent or compound)
            if not (definite and job and t.head.lemma_ != "be") or self._other_gender_line_before(t.idx, gender):
                return None
            role = self.beat_role((t.idx, t.idx + len(t.text)))
            if role is not None and role.split(" ")[-1] == lemma:
                return role
            if compound and self.few_uses(lemma) and lemma not in self.epithets():
                return self.role_name(t, lemma)  # "The quizmaster wore a name badge ... / '...,' he said"
            # or one the story calls by the job throughout ("The skipper came aboard. / '...,' he
            # said")
            return self.role_name(t, lemma) if self.unowned_role(t) else None
        if _role_word(lemma):
            return lemma
        if lemma in INTRODUCED_NOUNS and len(t.doc) <= STRANGER_MAX_TOKENS:
            # "An old man in a yellow cagoule steps up to the hatch. / '...,' he says":
            # a stranger brought on as the last subject, in a short story (session 25)
            age = [c.lower_ for c in t.children if c.dep_ == "amod" and c.lower_ in ("old", "young", "little")]
            return f"{age[0]} {lemma}" if age else lemma
        # a job word the lexicon lacks ("deckhand") is a person when the narration goes on
        # about it with the tag's pronoun ("... with a coil of rope over his shoulder")
        if _agent_suffix(lemma) is not None and self._said_of(t, pos, gender):
            return lemma
        return None

    def _said_of(self, t, pos: int, gender: str) -> bool:
        """Whether the narration from the noun ``t`` to ``pos`` uses the tag's pronoun outside
        quotes (a his or him after the noun)."""
        pron = {"he": ("he", "his", "him"), "she": ("she", "her")}[gender]
        return any(x.lower_ in pron and not self.in_quote(x.idx) for x in self.tokens(t.idx, pos))

    def _other_gender_line_before(self, pos: int, gender: str) -> bool:
        """Whether the last quote before ``pos`` was tagged by the other gender's pronoun ('"I doubt
        it," she said. / Then the barman took their glasses. / "...," he said'): a man
        and a woman are talking, and the "he" after a walk-on's act is still the man."""
        i = bisect.bisect_left(self.seg_starts, pos) - 1
        if i < 0:
            return False
        s = self.segs[i]
        other = "she" if gender == "he" else "he"
        return re.match(rf"\W*{other}\b", self.text[s.end : s.end + 20], re.I) is not None

    # -- tags ---------------------------------------------------------------------------------
    def tag_after(self, seg: Segment, limit: int) -> Tag | None:
        """A speech tag in the narration right after the segment ("," she said ...)."""
        start = seg.end + 1
        end = min(limit, start + 120)
        toks = self.tokens(start, end)[:14]
        # a quote ending in a comma (or a dash) is followed by its tag: any verb right there counts
        comma = self.text[seg.end - 1 : seg.end] in (",", "—", "-") or (
            self.text[seg.end : seg.end + 1] in ('"', "'") and self.text[seg.end + 1 : seg.end + 2] in ("—", "-")) \
            or self.text[seg.end : seg.end + 2] in (' "', " '", " ”", " ’")
        # ('"Did the   who has the key   " Ada shivered.': a space before the closing mark is a dash the text
        # lost, the speech broken off like any dash)
        # ('"...handwriting"—Emma began': a dash just outside the closing mark breaks off the same way)
        broke = comma or self.text[seg.end - 1 : seg.end] in ("!", "?")
        return self._tag_in(toks, after=True, any_verb=comma, inverted_ok=broke)

    def tag_before(self, seg: Segment, limit: int) -> Tag | None:
        """A speech tag in the narration just before the segment ("Then she said: ...")."""
        end = seg.start - 1
        start = max(limit, end - 120)
        toks = self.tokens(start, end)
        # only the clause that leads into the quote
        for k in range(len(toks) - 1, -1, -1):
            if toks[k].text in (".", "!", "?") and k < len(toks) - 1:
                toks = toks[k + 1 :]
                break
        owned = self.utterance_of(toks)
        if owned is not None:
            return owned
        return self._tag_in(toks[-14:], after=False, clause=toks[-30:], last=True)

    def utterance_of(self, toks) -> Tag | None:
        """A lead-in that ends on someone's utterance noun ("to answer Ada's anxious question of", "deaf to
        Tom's third request,", "Ada's comment was--"): the possessor, a name, says the quote that
        follows, whatever verb came earlier in the sentence (session 28)."""
        rest = [t for t in toks if not t.is_space]
        tail = []
        while rest and (rest[-1].is_punct or rest[-1].lower_ in ("of", "was")):
            tail.append(rest.pop())
        if not rest:
            return None
        noun = rest[-1]
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in LEAD_UTTERANCE_NOUNS or self.in_quote(noun.idx):
            return None
        # the quote must be the noun's words: "question of", "comment was", "answer--"; a noun before a
        # colon or a comma is only what the quote answers ("answered Tom's question: ...") (review)
        if not any(x.lower_ in ("of", "was") or set(x.text) <= set("-—–") for x in tail):
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is None or _object_of_other(noun, owner):
            return None
        cid, kind, sspan = self.resolve_subject(owner)
        if cid is None:
            return None
        return Tag(cid, kind, (noun.idx, noun.idx + len(noun.text)), "say", sspan, 0.9)

    def _tag_in(self, toks, after: bool, any_verb: bool = False, clause=None,
                inverted_ok: bool = False, only: set[str] | None = None, last: bool = False) -> Tag | None:
        """The first speech tag among ``toks`` (the last, with ``last``); ``clause`` (the whole lead-in clause, for a tag
        before its quote) is where a subject the parser lost is looked for. ``inverted_ok``: the
        quote broke off (, ! ?), so any verb right after it with a name behind it is a tag
        ('"Over here!" yelped Bram')."""
        # a lead-in's tag is its speech verb nearest the quote ('Odile only nodded. After a sigh,
        # he added,'): ``last`` scans from the end
        for k in (range(len(toks) - 1, -1, -1) if last else range(len(toks))):
            t = toks[k]
            if after and k > 0 and t.text in (".", "!", "?", ";") and t.i > toks[0].i:
                break
            if after and k > 5:
                break  # a tag sits right after its quote; later verbs are narration
            lemma = t.lemma_.lower()
            slip = _pronoun_then_speech_word(toks, k) if after and 1 <= k <= 3 and t.pos_ not in ("VERB", "AUX") \
                else None
            if slip:
                lemma = slip  # '"Traitor," you mutter': the tagger called "mutter" an adjective
            elif after and k == 0 and t.pos_ == "ADJ":
                lemma = _speech_participle(t) or lemma  # '"...," sneered Hallam': tagged as an adjective
            elif not after and (ger := _possessed_gerund(t)) is not None:
                lemma = ger  # "woken by Miss Pryce's saying,": the tagger took the gerund for a noun
            elif t.pos_ not in ("VERB", "AUX"):
                continue
            # a finite verb, not a participle clause ('"Hey!" Seeing Ada at the gate, Tom waved')
            first_inv = (after and inverted_ok and k == 0 and t.pos_ == "VERB"
                         and t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ != "advcl")
            free = any_verb and k <= 3 and t.pos_ == "VERB"
            # 'Tomas jerked out: "..."', 'Ines gasped out, "Yes."': a verb with "out" right before
            # the quote's colon or comma brings out words ("The candle went out." does not)
            out_lead = not after and t.pos_ == "VERB" and bool(toks) and toks[-1].text in (":", ",") and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in t.children) and all(
                x.is_punct or x.dep_ in ("prt", "advmod") for x in toks[k + 1 :])
            # a lead-in that reports a voice heard ("She heard Tom say, after a pause,"), its speech verb
            # one the tagger took for another part of speech: the one heard speaks (session 28)
            heard_lead = not after and t.pos_ == "VERB" and lemma in ("hear", "overhear") and (
                (h := _heard_saying(t)) is not None and any(
                    c.lower_ in HEARD_SPEECH or c.lemma_.lower() in HEARD_SPEECH for c in t.children if c.i > h.i))
            if heard_lead:
                lemma = "say"
            # after the quote, only its first verb ('"A letter came from Tom" is narration')
            first_verb = not after or not any(x.pos_ in ("VERB", "AUX") for x in toks[:k])
            source = _words_from(t, toks[0].i, toks[-1].i) if only is None and first_verb else None
            if source is not None:
                # '"Those wretched bees!" burst from Gideon', 'came from Lord Ashby's thin lips',
                # 'There burst from Corin the cry,': the words come from the speaker
                cid, kind, sspan = self.resolve_subject(source)
                if cid is not None:
                    return Tag(cid, kind, (t.idx, t.idx + len(t.text)), "say", sspan, 0.85,
                               THIRD.get(source.lower_))
            if (lemma not in SPEECH_LEMMAS and not free and not first_inv and not out_lead) or (
                    only is not None and lemma not in only):
                continue
            lo, hi = toks[0].idx, toks[-1].idx + 1
            inside = [c for c in t.children if lo <= c.idx < hi and c.i > t.i]
            if slip:
                s = toks[k - 1]
                if s.lower_ == "you" and self.reader_at(s.idx):
                    return Tag(self.reader_at(s.idx), "explicit", (t.idx, t.idx + len(t.text)), lemma,
                               (s.idx, s.idx + len(s.text)), 0.9)
                if s.lower_ == "you":
                    continue
                cid, kind, sspan = self.resolve_subject(s)
                return Tag(cid, kind, (t.idx, t.idx + len(t.text)), lemma, sspan, 0.85 if cid else 0.3,
                           THIRD.get(s.lower_), None)
            if t.pos_ == "ADJ":
                inside = [t.head] if t.head.i > t.i and t.head.idx < hi else []  # "sneered" hangs on "Hallam"
            # an inverted tag: a speech verb, or (after a comma) any verb right after the quote
            inverted = _inverted_subject(t, inside, lo) if after and (
                (k <= 3 and lemma in SPEECH_LEMMAS) or first_inv) else None
            if inverted is None and after and k == 0 and (lemma in SPEECH_LEMMAS or first_inv) and len(toks) > 1 \
                    and self._cast_name(toks[1]):
                # '"...," began Hallam.': a name of the cast the tagger took for a verb; '"Stop
                # that cart!" howled Tomas.': any finite verb after a broken-off quote, the parser
                # making the verb an adjective of the name
                inverted = toks[1]
            if inverted is None and after and k == 0 and lemma in SPEECH_LEMMAS:
                # '"Hardly," said the stern Major, "nobody is coming."': the parser hung the noun on
                # the verb of the quote that goes on after the tag
                inverted = _noun_phrase_after(toks[1:])
            if lemma not in SPEECH_LEMMAS and not free and inverted is None and not out_lead:
                continue
            if after and not any_verb and lemma in WEAK and inverted is None and not (
                    inverted_ok and lemma in VOICED_WEAK and 1 <= k <= 3 and t.tag_ == "VBD"
                    and any(c.dep_ == "nsubj" and c.i == t.i - 1
                            and (c.pos_ == "PROPN" and c.text[:1].isupper() or c.lower_ in ("he", "she", "i"))
                            for c in t.children)):
                # ('"The lambs sold, didn't they?" Ione questioned': after a quote that broke off with ! or ?, a
                # weak verb of the voice right after its subject is the tag)
                continue  # after a finished sentence only a plain speech verb tags it ("He thought" is narration)
            nxt_tok = t.nbor(1).lower_ if t.i + 1 < len(t.doc) else ""
            if any(c.dep_ == "dobj" and c.lower_ in ("nothing", "little", "less", "much") for c in inside):
                continue  # "I said nothing": narration about not speaking
            if inverted is None and (nxt_tok in ("that", "how", "if", "whether") or (
                    any(c.dep_ == "dobj" for c in inside) and lemma not in OBJECT_OK and lemma not in CORE)):
                continue  # "admitted that...", "smiled a smile": narration, not a tag
            if lemma in ("go", "put", "break", "chime") and not any(
                    c.lower_ in ("on", "in") or c.lower_ == "out" and lemma == "break" for c in t.children):
                continue
            head = t.head if t.dep_ in ("xcomp", "conj") and t.head is not t else t
            subj = [c for c in (*t.children, *head.children) if c.dep_ in ("nsubj", "nsubjpass")
                    and lo <= c.idx < hi]
            if subj and not any(c.head is t for c in subj):
                # the subject of the verb "and" joins the speech verb to. Two of them ("Ada, having
                # told her story, Tom made no comment, but said:" — the parser hangs the absolute
                # phrase's name on the verb too): the one nearest the verb; and a name set off by
                # commas right before the speech verb ("He sat on, till Ada, looking at the clock,
                # exclaimed:") is its subject, not the earlier clause's
                subj.sort(key=lambda c: -c.i if c.i < t.i else c.i)
                if not after:
                    aside = _set_off_subject(_sentence_before(t), relative_ok=True) \
                        or _nearer_clause_subject(_sentence_before(t), subj[0], self._cast_name)
                    if aside and aside[0].i > subj[0].i:
                        subj = aside
            # '"...," said Tomas, frowning.': the parser made the participle the subject and the
            # name its subject; the one who frowns speaks
            subj = [next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and lo <= g.idx < hi
                          and g.i < c.i), c) if c.pos_ in ("VERB", "AUX") else c for c in subj]
            heard = _heard_saying(t)
            if heard is not None:
                subj = [heard]  # '"I want the blue one," he heard Kit say': the one heard is the speaker
                if heard.head.lemma_.lower() in SPEECH_LEMMAS:
                    lemma = heard.head.lemma_.lower()
            if not subj and (t.tag_ == "VBG" or _possessed_gerund(t)):
                # "halted by Sir Rollo's saying,": the gerund's owner speaks, not the subject of
                # the clause the gerund hangs in ("she was stopped")
                subj = [c for c in t.children if c.dep_ == "poss"]
            if not subj and not after:
                subj = _set_off_subject(_sentence_before(t), relative_ok=True)
            if not subj and not after:
                subj = self._distant_subject(t)  # "Fanny, feeling it due to herself, ..., and said,"
                if subj and subj[0].head is not t and subj[0].i < t.i:
                    # the subject of a verb further back: a subject nearer the speech verb speaks
                    subj = _nearer_clause_subject(_sentence_before(t), subj[0], self._cast_name) or subj
            if not subj and not after:
                subj = _clause_subject([x for x in (clause or toks) if x.i < t.i], self._cast_name)  # the parser lost it
            if not subj and inverted is not None:
                subj = [inverted]  # '"...," returned the doctor': the parser calls him an object
            if not subj:
                # parse slips: the nearest person word within two tokens
                near = [x for x in toks[max(0, k - 2) : k + 3] if x.pos_ == "PROPN" or x.lower_ in SUBJ_PRON
                        or self._cast_name(x)]  # "Will questioned": a name the tagger took for a verb
                if not near:
                    continue
                subj = near[:1]
            s = _voice_of(subj[0])
            if s.lower_ == "who" and s.head.dep_ == "relcl" and s.head.head.pos_ in ("PROPN", "NOUN"):
                s = s.head.head  # "broken by Willoughby, who said with a faint smile,"
            elif s.lower_ == "who":
                rel = next((v for v in (t, t.head) if v.dep_ == "relcl"), None)
                if rel is not None and rel.head.pos_ in ("PROPN", "NOUN"):
                    s = rel.head  # "Miss Pryce, who looked ... and who then said"
                else:
                    # the parser hangs a second "and who then said" on the main verb: the "who" of
                    # the relative clause before it in the sentence has the antecedent
                    first = next((x for x in reversed(list(s.sent[: s.i - s.sent.start]))
                                  if x.lower_ == "who" and x.head.dep_ == "relcl"
                                  and x.head.head.pos_ in ("PROPN", "NOUN")), None)
                    if first is not None:
                        s = first.head.head
            elif s.lemma_.lower() in UTTERANCE_NOUNS and t.dep_ == "relcl" and t.head.pos_ in ("PROPN", "NOUN") \
                    and any(c.dep_ == "poss" and c.lower_ == "whose" for c in s.children):
                s = t.head  # "turned to Ambrose, whose low voice said": Ambrose speaks
            if s.lower_ == "you" and not self.in_quote(s.idx) and self.reader_at(s.idx):
                # '"Traitor," you mutter': a second-person story's "you" is its reader
                return Tag(self.reader_at(s.idx), "explicit", (t.idx, t.idx + len(t.text)), lemma,
                           (s.idx, s.idx + len(s.text)), 0.9)
            if s.lower_ == "it" and s.head.lemma_ == "be" and t.dep_ == "conj" and t.head.i == s.head.i:
                # 'it was Mara, who, out of breath, ... cried out,': the parser made the cleft's "it"
                # the subject of the speech verb; the name it singles out speaks
                s = next((c for c in s.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"), s)
            if s.lower_ in ("it", "you", "this", "that", "which", "who"):
                continue
            if s.pos_ == "NOUN":
                # "a clerk called Ketterick said", "a woman named Ambrine asked": the name given (session 26)
                s = next((g for c in s.children if c.dep_ == "acl" and c.lemma_.lower() in ("call", "name")
                          for g in c.children if g.dep_ in ("oprd", "attr", "dobj") and g.pos_ == "PROPN"), s)
            cid, kind, sspan = self.resolve_subject(s)
            # (a thing the parser made the subject of a verb the speech verb hangs on, "The splint was
            # not fitted before Marco leapt up the stairs, crying--", is no walk-on who speaks)
            if cid is None and not after and s.pos_ != "PROPN" and s.lower_ not in THIRD \
                    and not _person_noun(s.lemma_.lower()) \
                    and (self.walk_on(s, speaking=True) is None
                         or t.tag_ == "VBG" and t.dep_ == "advcl" and s.head is not t) \
                    and not any(c.dep_ == "poss" for c in s.children):  # "his questions began": his
                # 'A clatter of dishes was rising, when Mrs. Quarry, who had ..., and had glanced ...,
                # remarked:': the parser gave the speech verb a thing far back for subject; the
                # name walking back from the verb speaks
                alt = _clause_subject([x for x in (clause or toks) if x.i < t.i], self._cast_name)
                if alt and alt[0] is not s and (alt[0].pos_ == "PROPN" or alt[0].lower_ in ("he", "she")):
                    acid, akind, aspan = self.resolve_subject(alt[0])
                    if acid is not None:
                        s, cid, kind, sspan = alt[0], acid, akind, aspan
            conf = 0.95 if kind == "explicit" and cid else 0.85 if cid else 0.3
            pron = THIRD.get(s.lower_)
            # "said the old man" whose recency pick is the one the story calls "the old man"
            # throughout (an age-marked epithet): no longer a guess for the ranker to overrule
            if pron is None and kind == "anaphoric" and s.lemma_.lower() not in self.epithets() \
                    and not (cid is not None and cid == self.epithets().get(age_key(s) or "")) \
                    and not (cid is not None and cid == self.named_role(s.lemma_.lower(), s.idx)) \
                    and s.lower_ not in ("latter", "former"):
                pron = NOUN_GENDER.get(s.lemma_.lower(), "they")  # "the girl" by recency: a guess
                if cid is not None and cid == self.kin_of(s):
                    pron = None  # "replied her mother": the family's one mother, not a guess
            nominal = None
            stranger = cid is not None and kind == "anaphoric" and self.stranger_brought_on(s)
            if stranger:
                # 'a woman in a yellow raincoat is jogging ... / "...," the woman says': the one the
                # narration just brought on with "a", not the named woman of the scene
                cid, pron, nominal = None, None, self.role_name(s, s.lemma_.lower())
            if cid is None and nominal is None:
                nominal = self.walk_on(s, speaking=True)  # "said the policeman": someone the cast does not name
            if cid is None and nominal is None and pron in ("he", "she") and s.lower_ in THIRD:
                # 'The driver watches us. "...," he says': the last subject was a role noun
                cid, nominal = self.pronoun_role(s.idx, pron, chain=True)
                conf = 0.6 if cid else conf
                if cid is None and nominal is None:
                    nominal = self.sole_gender_role(s.idx, pron)
            elif cid is not None and pron in ("he", "she") and s.lower_ in THIRD:
                # 'A deckhand in a yellow coat went past. "Ten minutes!" he called': a person the
                # narration has just brought on with "a", as the last subject, is who "he" is,
                # although a named man of the scene was nearer in the cast's coreference
                role = self.introduced_role(s.idx, pron)
                if role is not None:
                    return Tag(None, kind, (t.idx, t.idx + len(t.text)), lemma, sspan, 0.6, pron, role,
                               None, introduced=True)
            noun = (epithet_key(s), s.idx) if s.pos_ == "NOUN" and _definite(s) else None
            # a description that singles someone out, or a role the story names at most
            # WALK_ON_USES times ("the caretaker said"), is a walk-on no turn-taking guess replaces
            described = cid is None and nominal is not None and (
                stranger or _description(s) is not None or _named_kin(s) is not None or self.tag_stranger(s) is not None
                or self.few_uses(s.lemma_.lower()) or self.unowned_role(s) or self.scene_role(s))
            owner = kin_tags.possessor_of(self, s) if cid is None else None
            return Tag(cid, kind, (t.idx, t.idx + len(t.text)), lemma, sspan, conf, pron, nominal, noun,
                       described=described, not_speaker=owner)
        return None

    def _cast_name(self, tok) -> bool:
        """A capitalised word outside quotes that the cast knows as a character's name, whatever
        part of speech the tagger gave it ("began Hallam", "cried Osric", "Will questioned")."""
        return tok.text[:1].isupper() and tok.pos_ not in ("PRON", "DET") and not self.in_quote(tok.idx) and (
            self.index.at((tok.idx, tok.idx + len(tok.text))) is not None or self.index.by_name(tok.text) is not None)

    def _distant_subject(self, verb) -> list:
        """The subject of a speech verb that leads into a quote from far back in its sentence:
        through coordinated verbs ("X returned to him, and said,"), "had only time to say",
        "took the opportunity of saying" — outside any quote."""
        t = verb
        for _ in range(4):
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and not self.in_quote(c.idx)]
            if subj:
                return subj[:1]
            # "but Bertil, after a moment, answered her by saying": the tagger took the name for an
            # adverb hung on the verb; a cast name before the verb is its subject all the same
            named = [c for c in t.children if c.i < t.i and c.dep_ in ("advmod", "npadvmod", "dep", "nmod")
                     and self._cast_name(c) and c.i + 1 < len(c.doc) and c.nbor(1).text == ","]
            if named:
                return named[:1]
            glued = _name_glued_before(t)
            if glued is not None and self._cast_name(glued):
                return [glued]
            if t.dep_ not in ("conj", "xcomp", "pcomp", "advcl", "acl", "relcl") or t.head is t:
                break
            t = t.head if t.dep_ != "pcomp" else t.head.head
            if t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj") and t.head is not t:
                t = t.head  # "had only time to say": from the noun to its verb
        return []

    def reply_of(self, seg: Segment, limit: int) -> Tag | None:
        """'"...," was Osric's only reply' / 'was the answer of Mr. Crane': the possessor of a
        reply noun right after the quote speaks it."""
        toks = self.tokens(seg.end + 1, min(limit, seg.end + 100))[:10]
        if not toks or toks[0].lower_ != "was":
            return None
        for t in toks[1:]:
            if t.lemma_.lower() not in REPLY_NOUNS:
                continue
            owners = [c for c in t.children if c.dep_ == "poss"]
            owners += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
            for o in owners:
                cid, kind, sspan = self.resolve_subject(o)
                if cid is not None:
                    return Tag(cid, kind, (t.idx, t.idx + len(t.text)), "reply", sspan, 0.85,
                               THIRD.get(o.lower_.removesuffix("'s")))
        return None

    def narration_subject(self, start: int, end: int, last: bool,
                          past_things: bool = False, past_nouns: bool = False) -> tuple[str | None, Span | None]:
        """The character who is the subject of a narration sentence in ``[start, end)`` (the
        last sentence when ``last``, else the first)."""
        toks = self.tokens(start, end)
        if not toks:
            return None, None
        sents = []
        cur = []
        for t in toks:
            cur.append(t)
            if t.is_sent_end or t.text in (".", "!", "?"):
                sents.append(cur)
                cur = []
        if cur:
            sents.append(cur)
        sents = [x for x in sents if any(t.is_alpha for t in x)]  # not the opening dash of the speech
        if not sents:
            return None, None
        sent = sents[-1] if last else sents[0]
        if past_things and last and len(sents) > 1 and _about_a_thing(sent, past_nouns):
            # 'Dunstan lifted the kettle off the hob. It was still steaming. "Someone's been here."': a
            # sentence about the thing just handled says nothing of who speaks; the one before does
            # (session 28)
            sent = sents[-2]
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and (
            t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT"))
            and (t.head.lemma_.lower() not in PERCEIVE or _watches_leave(t.head))]  # "I heard the door slam": a listener
        subjects = [_before_absolute(t) for t in subjects]
        # "stooping under the beam the way tall people always do": a bare plural is people in
        # general, not someone in the scene (session 25)
        subjects = [t for t in subjects if not (t.tag_ == "NNS" and not any(
            c.dep_ in ("det", "poss", "nummod", "predet") for c in t.children))]
        if not subjects:
            # "Fergus leant on the fence": the small parser reads an unfamiliar verb as a noun and
            # the name before it as its adjective; a sentence opening on a character's name that
            # hangs on the root is still about them (not "Fergus's mug", not "Fergus, come here")
            words = [t for t in sent if not (t.is_punct or t.is_space)]
            if len(words) > 2 and words[0].text[:1].isupper() and words[0].dep_ in ("amod", "compound") \
                    and words[0].head.i == words[1].i and words[1].dep_ == "ROOT" and words[1].is_lower \
                    and words[1].is_alpha:
                t = words[0]
                span = (t.idx, t.idx + len(t.text))
                cid = self.index.at(span) or self.index.by_name(t.text)
                if cid is not None:
                    return cid, span
        if last:
            subjects.reverse()  # the clause nearest the quote
        for t in subjects[:1]:
            if True:
                cid, _kind, sspan = self.resolve_subject(t)
                if t.lower_ in ("it", "this", "that", "there") or (t.lower_ == "you" and cid is None):
                    return None, None
                return cid, sspan
        return None, None


def _about_a_thing(sent, nouns: bool = False) -> bool:
    """Is the sentence's only main-clause subject "it" ("It was still steaming.")? With ``nouns``, may
    they also be things named by a common noun no one owns ("The hinges are rusted through.", session 29)?"""
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("ROOT", "conj")]
    return bool(subjects) and all(t.lower_ == "it" or nouns and _a_thing(t) and _a_state(t) for t in subjects)


# verbs that say how a thing is, not that something happens ("The hinges were rusted through.")
_STATE_VERBS = {"be", "seem", "look", "feel", "smell", "sound", "taste", "remain", "stay", "lie", "hang", "have"}


def _a_state(t) -> bool:
    """Does the noun subject ``t`` have a state said of it or suffer an act ("were rusted"), not do
    something that may bring someone on ("The back door flew open.", "A knock came at the door.")?"""
    return t.dep_ == "nsubjpass" or t.head.lemma_.lower() in _STATE_VERBS


def _a_thing(t) -> bool:
    """A common noun that is no word for a person and has no possessor ("the kettle", not "the
    clerk", "his hands" or "Tom's voice")."""
    return t.pos_ == "NOUN" and not _person_noun(t.lemma_.lower()) and not _role_word(t.lemma_.lower()) \
        and not any(c.dep_ == "poss" for c in t.children) and not t.ent_type_


def _watches_leave(verb) -> bool:
    """"From the porch Odile saw them depart": the one seeing someone leave stays, and is who the beat is about
    (not a listener to a sound, as in "I heard the door slam")."""
    return any(c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in LEAVE_LEMMAS
               and any(g.dep_ == "nsubj" and g.lower_ in ("him", "her", "them") for g in c.children)
               for c in verb.children)


# Dependencies a lead-in's subject never has: objects, possessors and the like.
NOT_SUBJECT = {"dobj", "pobj", "dative", "poss", "attr", "oprd", "iobj", "agent"}
# Verbs whose subject perceives a sound or sight rather than making it.
# the words a voice heard says in a lead-in ("heard Tom say", "overhearing Tom whisper"); not "go" ("watched
# her go") or the other verbs of manner a tag allows
HEARD_SPEECH = {"say", "whisper", "murmur", "mutter", "call", "cry", "exclaim", "ask", "reply", "answer", "add",
                "shout", "speak", "tell", "remark", "observe", "declare", "repeat", "begin"}
PERCEIVE = {"hear", "see", "watch", "notice", "listen", "overhear", "feel", "smell", "sense"}


def _noun_phrase_after(toks):
    """The head of a definite noun phrase that makes up the rest of an inverted tag ("the stern
    Major" in 'said the stern Major, "..."'), ending at punctuation; None if anything else
    comes first."""
    if not toks or toks[0].lower_ != "the":
        return None
    head = None
    for t in toks[1:]:
        if t.is_punct:
            break
        if t.pos_ in ("ADJ", "ADV") and head is None:
            continue
        if t.pos_ in ("NOUN", "PROPN"):
            head = t
            continue
        return None
    return head


def _name_glued_before(verb):
    """The name right before a finite verb with no subject, which the parser glued to the clause
    before it as an object ("When they were out of hearing Ada stopped and said:", with "Ada" the
    object of "of"): in English a name just before a finite verb is its subject (session 28). The
    name's head word (its last token), or None."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    k = verb.i - 1
    while k >= 0 and verb.doc[k].dep_ == "advmod" and verb.doc[k].head is verb and verb.doc[k].pos_ == "ADV":
        k -= 1  # "Ada then stopped"
    if k < 1:
        return None
    x = verb.doc[k]
    if x.pos_ != "PROPN" or x.dep_ not in ("pobj", "dobj", "npadvmod", "appos") or x.head is verb:
        return None
    if any(c.i > x.i for c in x.children):
        return None  # the name has words of its own after it: not the end of a phrase glued on
    return x


def _clause_subject(toks, cast_name=None) -> list:
    """The subject of a speech verb that ends a long lead-in, when the small parser attached the
    verb elsewhere ("and Osric, at a quiet moment, then added in a murmur," with "added"
    hung on "Osric"; "when Sir Rollo a little later, just closing the gate, said,"). Walking
    back from the verb to the clause start, the last name or subject pronoun that is not an
    object, a possessor or inside a prepositional phrase is the one doing the saying."""
    for t in reversed(toks):
        if t.text in (";", ":", ".", "!", "?", '"') or t.lower_ in ("but",):
            break
        if t.dep_ == "compound" and t.head.pos_ == "PROPN":
            continue  # "Sir" of "Sir Rollo": take the head
        # a cast name the tagger took for an adverb or a noun ("Bertil, who had been mending the
        # nets, replied,") is a name too
        name = t.pos_ == "PROPN" or t.lower_ in SUBJ_PRON or cast_name is not None and cast_name(t) \
            and t.i + 1 < len(t.doc) and t.nbor(1).text == ","  # set off by a comma
        if not name or t.dep_ in NOT_SUBJECT:
            continue
        h = t.head
        inside_phrase = h is not t and (h.dep_ in ("prep", "agent") or h.dep_ in NOT_SUBJECT)
        set_off = t.dep_ == "appos" and t.i > 0 and t.nbor(-1).text == ","
        if inside_phrase and not set_off:
            continue  # "the friend of Mr. Darcy": the name is in a phrase, not the subject
        return [t]
    return []


def _set_off_subject(before, relative_ok: bool = False) -> list:
    """The name set off by commas right before a speech verb the parser gave no subject ("Anselm,
    tiring of the song, called out:", "until at last Minna, growing cross, said,"): the words
    between the name's comma and the verb's are a participle or prepositional aside (no subject,
    no finite verb of their own), so the name is who speaks. ``before``: the lead-in's tokens
    before the verb."""
    if len(before) < 4 or before[-1].text != ",":
        return []
    for j in range(len(before) - 2, 0, -1):
        t = before[j]
        if relative_ok and t.text not in (";", ":", ".", "!", "?", '"') and _in_aside_relative(t, before[0].i):
            continue  # "looking at the clock that stood on the shelf,": a relative clause inside the aside
        if t.text in (";", ":", ".", "!", "?", '"') or t.dep_ in ("nsubj", "nsubjpass") \
                or t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return []  # a clause of its own: not an aside
        if t.text == "," and (before[j - 1].pos_ == "PROPN" or before[j - 1].lower_ in ("he", "she")):
            name = before[j - 1]
            first = j - 1
            while first > 0 and before[first - 1].pos_ == "PROPN" and before[first - 1].dep_ == "compound":
                first -= 1
            if first > 0 and before[first - 1].pos_ == "ADP" and before[first - 1].lower_ not in (
                    {"till", "until"} | (_SUBORDINATORS if relative_ok else set())):
                return []  # "glancing at Corin, said": the name is in the aside ("till Ada, ..., said" is not)
            return [name] if j < len(before) - 2 else []
    return []


def _nearer_clause_subject(before, far, cast_name=None) -> list:
    """The subject of a clause between ``far`` (the subject of the verb the parser joined the speech
    verb to) and the speech verb ("and Mr. Hale, beaming across the table, was presently saying
    to Ada:", the name hung on the participle): the last name or subject pronoun walking back from
    the verb, when it is a name and the subject of a main-clause verb or one joined to it by "and" or a
    participle (no "when" clause, no relative or complement clause: "saw Tom crouched there")."""
    alt = _clause_subject([x for x in before if x.i > far.i], cast_name)
    if not alt or alt[0].dep_ not in ("nsubj", "nsubjpass") or alt[0].pos_ != "PROPN":
        return []  # a name ("when he made no reply, said": a pronoun there is too often another's)
    v = alt[0].head
    for _ in range(6):  # nor inside one further up ("while Ada sat by the fire, and Tom close beside her")
        if v.dep_ not in ("ROOT", "conj", "advcl") or _subordinate(v) or v.doc[v.left_edge.i].tag_ in ("WRB", "WP"):
            return []  # nor a clause someone sees or says ("saw Tom crouched below him")
        if v.head is v:
            break
        v = v.head
    return [] if _in_relative_clause(alt[0]) else alt


def _sentence_before(verb) -> list:
    """The tokens of the verb's sentence before it, from its last quote mark on (a long lead-in's
    name may stand further back than the few tokens a tag is looked for in)."""
    toks = [x for x in verb.sent if x.i < verb.i]
    k = max((j for j, x in enumerate(toks) if x.text in ('"', "\u201c", "\u201d")), default=-1)
    return toks[k + 1 :]


def _in_aside_relative(t, lo: int) -> bool:
    """Whether ``t`` is inside a relative clause ("the clock that stood there") that hangs on a
    noun after token ``lo``: its verb and subject belong to the noun, not to a clause of their own."""
    v = t
    for _ in range(8):
        if v.dep_ == "relcl" and v.head.i >= lo and v.head.i < t.i:
            return True
        if v.head is v:
            return False
        v = v.head
    return False


WORDS_FROM = {"burst", "come", "break", "escape", "fall", "issue", "drop", "proceed"}  # ... from X (X's lips)
MOUTH_NOUNS = {"lip", "lips", "mouth", "tongue", "pen"}
# what may burst or come from someone as their speech ('There burst from Corin the cry,')
UTTERANCE_NOUNS = {"word", "words", "voice", "cry", "exclamation", "shout", "scream", "shriek", "yell", "call",
                   "sound", "laugh", "sob", "groan", "moan", "sigh", "whisper", "murmur", "answer", "reply",
                   "question", "remark", "retort", "oath", "curse", "protest", "plea", "prayer", "speech",
                   "comment", "response", "request", "exclamations", "cries", "it", "this", "that", "what"}


def _words_from(verb, lo: int, hi: int):
    """The person words come from in '"..." burst from Gideon', '"..." came from Lord Ashby's
    thin lips', 'There burst from Corin the cry, "..."' (the person, or the owner of the lips),
    or None. Only a name or a pronoun counts ("came from the kitchen" is no speaker), and only
    when the verb has no subject or a subject that is words or a cry ("A letter came from Tom"
    is no speech). A subject counts only between tokens ``lo`` and ``hi`` (the narration read for
    the tag): the parser often makes the quote's own words the subject."""
    if verb.lemma_.lower() not in WORDS_FROM or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and lo <= c.i <= hi and c.lemma_.lower() not in UTTERANCE_NOUNS
           for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "from":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            if g.lemma_.lower() in MOUTH_NOUNS or g.lower_ in MOUTH_NOUNS:
                g = next((x for x in g.children if x.dep_ == "poss"), g)
            if g.pos_ == "PROPN" or g.lower_ in ("him", "her"):
                return g
    return None


def _heard_saying(verb):
    """The speaker a perception verb reports ("he heard Kit say", "overhearing Tom whisper"): the
    subject of its speech-verb complement (or the perceived object the parser hung the speech
    verb beside), or None."""
    if verb.lemma_.lower() not in PERCEIVE:
        return None
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "advcl") and (c.lemma_.lower() in SPEECH_LEMMAS or c.lower_ in SPEECH_LEMMAS):
            who = [x for x in c.children if x.dep_ == "nsubj"] or [x for x in verb.children if x.dep_ == "dobj"]
            if who and (who[0].pos_ == "PROPN" or who[0].lower_ in THIRD):
                return who[0]
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lower_ in SPEECH_LEMMAS and c.i > 0 \
                and c.nbor(-1).dep_ == "dobj" and c.nbor(-1).head.i == verb.i and c.nbor(-1).pos_ == "PROPN":
            return c.nbor(-1)  # "overhearing Tom whisper to his cousin": the tagger made "whisper" a noun
    return None


def _before_absolute(t):
    """The subject of the clause before an absolute phrase the parser made the root: in "Quentin
    turned round from the stove, eyebrows raised." the small parser hangs "Quentin turned" under
    "raised", whose subject is the bare noun "eyebrows" after the comma (a body part, nobody);
    the one who acts is the earlier clause's subject (not a fronted "When ..." clause's). ``t`` itself when the sentence is not so shaped."""
    if not (t.pos_ in ("NOUN", "PROPN") and t.is_lower and t.i > 0 and t.doc[t.i - 1].text == ","
            and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in t.children)):
        return t
    for c in t.head.children:
        if c.dep_ in ("ccomp", "advcl", "conj", "parataxis") and c.i < t.i and c.pos_ in ("VERB", "AUX") \
                and (c.lemma_.lower() not in PERCEIVE or _watches_leave(c)) and not _subordinate(c):
            subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass") and x.i < c.i]
            if subj:
                return subj[0]
    return t


# Words that open a fronted adverbial clause ("When Nell lifted the latch, the wind ...").
_SUBORDINATORS = {"when", "as", "while", "once", "because", "if", "after", "before", "until"}


def _in_relative_clause(t) -> bool:
    """Is ``t`` the subject of a clause inside a relative clause ("The dresser ... did something to it
    that made him gasp": "him"; "someone who had seen a dozen bands split up": "bands")? The
    relative clause says something of its noun; its inner subjects are not the sentence's actor."""
    v = t.head
    while v.head.i != v.i:
        if v.dep_ == "relcl" and not any(c.tag_ == "WRB" for c in v.children):
            return True  # not a "when"/"where" clause ("two days when the foreman walked the site"): events
        v = v.head
    return False


def _subordinate(c) -> bool:
    """Whether clause ``c`` is a fronted adverbial clause ("When Nell lifted the latch, snow came
    in"): its subject sets the scene and is not the one the main clause is about."""
    return any(x.dep_ == "mark" for x in c.children) or c.doc[c.left_edge.i].lower_ in _SUBORDINATORS


def _absolute_subject(t) -> bool:
    """The subject of a "with" phrase's participle ("came in with his keys jingling", "without
    her coat buttoned"): a thing the clause's actor carries along, never who acts."""
    h = t.head
    return h.dep_ in ("pcomp", "advcl", "acl") and h.tag_ in ("VBG", "VBN") and any(
        x.lower_ in ("with", "without") and x.i < t.i for x in (h.head, *h.children))


def _pronoun_then_speech_word(toks, k: int) -> str | None:
    """The speech verb of '"...," you mutter', '"...," she mutters', '"...," Ron muttered' when the
    tagger took the verb for an adjective, a noun or even part of the name (the small model slips
    on present-tense tags and on a name it does not know): a subject pronoun, or a name of up to
    three capitalised words, right after the quote, then a lower-case word that is a form of a
    speech verb."""
    subj = toks[:k]
    if len(subj) == 1 and (subj[0].lower_ in SUBJ_PRON or subj[0].lower_ == "you"):
        pass
    elif not all(x.pos_ == "PROPN" and x.text[:1].isupper() for x in subj):
        return None
    low = toks[k].lower_
    if not toks[k].text.islower():
        return None
    for stem in (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else ""):
        if stem and stem in SPEECH_LEMMAS:
            return stem
    return _speech_participle(toks[k])


def _speech_participle(tok) -> str | None:
    """The speech verb behind a past form the tagger took for an adjective ("sneered",
    "snapped"), or None."""
    low = tok.lower_
    if not low.endswith("ed"):
        return None
    for stem in (low[:-1], low[:-2], low[:-3], low[:-3] + "y" if low.endswith("ied") else ""):
        if stem in SPEECH_LEMMAS:
            return stem
    return None


def _possessed_gerund(tok) -> str | None:
    """The speech verb of a gerund with an owner that the tagger took for a noun ("by Miss
    Pryce's saying,"), or None."""
    low = tok.lower_
    if tok.pos_ != "NOUN" or not low.endswith("ing") or not any(c.dep_ == "poss" for c in tok.children):
        return None
    for stem in (low[:-3], low[:-3] + "e", low[:-4] if low[-4:-3] == low[-5:-4] else ""):
        if stem in SPEECH_LEMMAS:
            return stem
    return None


# nouns for what someone says or how: their owner speaks ("Mrs. Weston's parting injunction",
# "Tamsin's reply", "Ada's low voice")
UTTERANCE_NOUNS = {"voice", "reply", "answer", "word", "injunction", "remark", "retort", "response", "thought",
                   "exclamation", "cry", "comment", "whisper", "question", "rejoinder", "tone", "greeting"}


def _voice_of(c):
    """'exclaimed the voice of old Mr. Emerson', 'was Mrs. Weston's parting injunction': the owner
    of a voice or a reply speaks."""
    lemma = c.lemma_.lower()
    if lemma not in UTTERANCE_NOUNS:
        return c
    for p in c.children:
        if p.dep_ == "poss" and p.pos_ == "PROPN":
            return p
    if lemma != "voice":
        return c
    for p in c.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.lower_ in THIRD):
                    return o
    return c


def _inverted_subject(verb, inside, lo: int = 0):
    """The speaker of an inverted tag right after a quote ("replied the boy", "returned
    Mr. Giles", "asserted Teodor"), which the small parser often labels the verb's object: a
    person noun or a name within three tokens of the verb, with no subject between the quote and
    the verb (a "subject" inside the quote itself is a parse slip)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") and lo <= c.idx < verb.idx for c in verb.children):
        return None
    # '"Why not?" broke in her son': the parser hangs the speaker on the particle "in"
    cut_in = [g for c in inside if c.dep_ == "prep" and c.lower_ == "in" and verb.lemma_.lower() in CUT_IN_VERBS
              for g in c.children if g.dep_ == "pobj"]
    for c in [*inside, *cut_in]:
        # the phrase starts right behind the verb; its head may sit further on behind a hyphenated
        # modifier ("cried a bow-legged porter": five tokens)
        if c.dep_ not in ("dobj", "attr", "npadvmod", "dative", "oprd", "appos", "pobj") or (
                c.i - verb.i > 4 and c.left_edge.i - verb.i > 2):
            continue
        if c.dep_ == "pobj" and c not in cut_in:
            continue
        c = _voice_of(c)
        lemma = c.lemma_.lower()
        # "the boy", "her brother"; and someone brought on with "a" right behind the verb ('"Look
        # out!" cried a tall porter', session 28), which the parser makes the verb's object
        led = _definite(c) or any(g.dep_ == "poss" for g in c.children) or (
            any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children) and c.dep_ == "dobj")
        if c.pos_ == "PROPN" or (c.pos_ == "NOUN" and led and (
                _person_noun(lemma) or _role_word(lemma)
                or verb.lemma_.lower() in SPEECH_LEMMAS and _speaking_noun(c))):
            return c
    return None


CUT_IN_VERBS = {"break", "chime", "cut", "put", "butt"}  # "broke in", "chimed in": the speaker follows "in"


# Things that "say" and "answer" without being anyone: a voice, a letter, the radio. A group
# ("the crowd") is not one walk-on either, and "the child" is a story's child, found by recency.
NOT_A_SPEAKER = {"voice", "letter", "note", "sign", "card", "message", "radio", "paper", "newspaper",
                 "telegram", "headline", "text", "screen", "book", "door", "clock", "bell", "crowd",
                 "chorus", "company", "party", "group", "audience", "room", "house", "echo", "silence",
                 "wind", "sea", "face", "look", "eye", "expression", "tone", "answer", "reply", "word",
                 "heart", "mind", "head", "thought", "phone", "speaker", "machine", "computer", "record",
                 "sound", "noise", "cry", "call", "shout", "whisper", "laugh", "child", "baby", "kid"}


# Words for a person by sex or age that a description can single out ("the hump-backed man").
PERSON_HEADS = {"man", "woman", "gentleman", "lady", "girl", "boy", "fellow", "female", "lad", "lass",
                "youth", "child", "person", "stranger", "figure"}
ORDINALS = {"first", "second", "third", "fourth", "fifth"}  # not "elder": one of two known people


def _own_clause(t, head) -> bool:
    """Is ``t`` inside a clause below ``head`` that has a subject of its own ("she has the pen,
    because Sunita always has it")? There a name may be the pronoun's own person."""
    a = t
    while a.i != head.i and a.head.i != a.i:
        if a.i != t.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children):
            return True
        a = a.head
    return False


def _description(tok) -> Span | None:
    """The span (without an indefinite article) of a description that singles out one person the
    story does not name: brought on with "a" ("said a sleepy-faced carpenter", "asked a tall
    man"), or a definite one with a mark no one else shares: an ordinal ("the second
    gentleman"), a hyphenated feature ("the hump-backed man"), a restrictive clause ("the lady
    who had been a nurse") or a phrase with its own "the" ("the gentleman in the white
    waistcoat", "the elder of the two gentlemen"). Plain "the man" or "the old gentleman" is left
    to the epithet table and recency: novels call their main characters so."""
    lemma = tok.lemma_.lower()
    if (tok.pos_ != "NOUN" or tok.tag_ != "NN") and lemma != "one":
        return None
    art = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i), None)
    if art is None or art.lower_ not in ("the", "a", "an"):
        return None
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nummod") and c.i < tok.i]
    # "the taller one", "the youngest one": one of a pair or a group, told apart by a comparison
    compared = lemma == "one" and art.lower_ == "the" and any(m.tag_ in ("JJR", "JJS") for m in mods)
    # a hyphenated noun the tokenizer split, its last part the head ("a looker-on": "on")
    hyphened = tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and any(
        c.dep_ == "compound" and c.i == tok.i - 2 for c in tok.children)
    if not (lemma in PERSON_HEADS or _role_word(lemma) or "-" in lemma or hyphened or compared
            or art.lower_ == "the" and _speaking_noun(tok)):
        return None  # brought on with "a", only a word for a person ("a slumber" is a parse slip)
    post = []
    nxt = tok.i + 1  # modifiers right behind the head, one after another: not an aside after a comma
    for c in sorted((c for c in tok.children if c.i > tok.i), key=lambda c: c.i):
        if c.left_edge.i != nxt:
            break
        if c.dep_ == "relcl":
            post.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("in", "with", "at", "of", "from"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is None or not any(g.dep_ == "det" and g.lower_ == "the" for g in obj.children):
                break  # "in the white waistcoat", not "in a low voice", "with a grin", "in his way"
            post.append(c)
        else:
            break
        nxt = c.right_edge.i + 1
    marked = post or compared or any("-" in m.text or m.lower_ in ORDINALS for m in mods)
    if art.lower_ == "the" and not marked:
        return None
    # the unnamed character is "the " + this; a hyphenated modifier whole ("bow-legged", not "legged")
    start = min([m.left_edge.idx if m.left_edge.i > art.i else m.idx for m in mods] + [tok.idx])
    end = max([tok.idx + len(tok.text)] + [c.right_edge.idx + len(c.right_edge.text) for c in post])
    return start, end


def _named_kin(tok) -> str | None:
    """"Cal's mother", "Ines's brother": a kin noun whose possessor is a name, as a walk-on's
    name when no character is that relative (asked only then). A pronoun possessor ("his
    mother") is left to the ranker: a novel's "her mother" is mostly a named character."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in KIN_NOUNS:
        return None
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if len(poss) != 1 or poss[0].pos_ != "PROPN":
        return None
    p = poss[0]
    words = [t.text for t in p.subtree if t.dep_ != "case" and t.text not in ("'s", "'")]
    if not words:
        return None
    return f"{' '.join(words)}'s {tok.lemma_.lower()}"


def _with_compounds(tok, lemma: str) -> str:
    """A walk-on's role with the nouns compounded before it ("night porter", "crane driver",
    "ticket clerk"): the whole job, as the story and its reader call that person."""
    mods = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < tok.i]
    return " ".join([*mods, lemma])


def _common_noun(tok) -> bool:
    """A common noun, also one the small tagger calls proper although it is lower-case ("said the
    quizmaster": PROPN)."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text.isalpha() and tok.text.islower())


def _speaking_noun(tok) -> bool:
    """A singular common noun that, as the subject of a speech verb, is someone talking: not a
    kin, age or gender word (those stand for named characters, found by recency) and not a
    thing that talks ("the voice", "the letter") or a crowd."""
    lemma = tok.lemma_.lower()
    return (_common_noun(tok) and tok.tag_ in ("NN", "NNP") and lemma not in NOUN_GENDER and lemma not in NOT_A_SPEAKER
            and lemma not in ("latter", "former", "other", "one", "same", "first", "second", "last"))


# Plain nouns of a person by sex that "a ..." brings on as a stranger (see
# Attributor.stranger_brought_on), and how many paragraphs back that "a ..." may be
STRANGER_NOUNS = {"woman", "man"}
# brought on with "a" ("A boy with a kite ran up the dune"), a child is a stranger too (session 26)
INTRODUCED_NOUNS = STRANGER_NOUNS | {"girl", "boy"}
UNSEXED_STRANGERS = {"stranger", "newcomer", "visitor"}  # brought on with "a", their sex told by the pronoun after
STRANGER_PARAS = 6
# only in a short story or a scene: in PDNC's novels (all above 25,000 tokens) the man "a man" brought
# on is often a named character met anew, whose name comes later (the bare-noun version lost 4 speakers
# there: Oliver Twist -2, The Picture of Dorian Gray -2)
STRANGER_MAX_TOKENS = 20_000
# how many paragraphs before a he/she tag's own Attributor.sole_gender_role looks for "the duke"
SOLE_ROLE_PARAS = 4
SOLE_ROLE_TOKENS = 1500
_GENDER_PRONOUNS = {"he": frozenset(("he", "him", "his", "himself")),
                    "she": frozenset(("she", "her", "hers", "herself"))}


# Gendered nouns that name a job or rank rather than kin or age: walk-ons unless a character owns them.
ROLE_GENDERED = {"landlord", "butler", "footman", "horseman", "clergyman", "priest", "monk", "nun", "maid",
                 "landlady", "housekeeper", "governess", "actress", "hostess", "squire", "waiter",
                 "waitress", "duchess", "duke", "countess", "count", "baroness", "baron", "king", "queen"}


# Jobs of the people who serve, clean and mind a place in today's stories ("The barista came over",
# "The cleaner nodded"), which the LitBank-learned role lexicon never saw.
SERVICE_ROLES = {"barista", "cleaner", "bartender", "caretaker", "cashier", "server", "bouncer", "janitor",
                 "paramedic", "receptionist", "courier", "driver", "conductor", "attendant", "usher"}
WALK_ON_USES = 4  # a role noun used more often than this is someone's description, not a walk-on
# uses in every 1,000 tokens of a job noun the story calls one unnamed person by throughout: a short
# story's "the captain" (fan-fiction dev 4.6-8.7), never a novel's occasional "the robber" for its
# named housebreaker (PDNC dev at most 0.9)
UNOWNED_ROLE_DENSITY = 2.0
# endings of words for people by what they do ("deckhand", "quizmaster", "chairwoman"); not "-er"
# or "-or", which end as many things as people ("a haunting horror ... besieged his brain")
AGENT_SUFFIXES = ("hand", "master", "man", "woman", "ist", "ess")
# the endings that end things as often as people ("the mist", "the mattress")
WEAK_AGENT_SUFFIXES = ("ist", "ess")
# words with a job ending that name a body part, a thing or a kind rather than someone by what
# they do: "the hand", "the wrist", "the press", "the human"
NOT_AGENTS = {"hand", "backhand", "forehand", "shorthand", "underhand", "offhand", "firsthand", "secondhand",
              "upperhand", "handstand", "fist", "wrist", "mist", "list", "twist", "gist", "whist", "schist",
              "checklist", "playlist", "wishlist", "shortlist", "tryst", "press", "mess", "dress", "chess",
              "guess", "stress", "process", "access", "address", "success", "business", "fortress",
              "mattress", "recess", "excess", "progress", "congress", "express", "caress", "cypress",
              "distress", "duress", "egress", "ingress", "largess", "headdress", "sundress", "human",
              "talisman", "ottoman", "caiman", "cayman", "doberman", "superhuman", "inhuman", "woman", "man",
              "master", "remaster"}


def _agent_suffix(lemma: str) -> str | None:
    """The job ending ("deckhand", "quizmaster") of a word longer than the ending that is not a
    thing's or a body part's name, else None."""
    if lemma in NOT_AGENTS or lemma.endswith("ness"):
        return None
    return next((s for s in AGENT_SUFFIXES if lemma.endswith(s) and len(lemma) > len(s)), None)


# heads that make a job of the noun compounded before them: "game master", "stage hand"
COMPOUND_JOB_HEADS = {"master", "hand"}
# "man"/"woman"/"guy" make a job only after a trade's noun ("the sound man", "the delivery guy"), not
# after any noun ("the family man", "the snow man")
PERSON_JOB_HEADS = {"man", "woman", "guy"}
JOB_MODIFIERS = {"sound", "camera", "stage", "delivery", "door", "security", "repair", "bar", "post", "mail",
                 "milk", "ice", "cream", "tech", "insurance", "sales", "lollipop", "bin", "lighting", "props",
                 "boom", "cable", "gas", "ticket", "pizza", "coffee", "weather", "radio", "rescue", "ferry",
                 "lift", "elevator", "tea", "fish", "fruit", "flower", "news", "van", "removal", "maintenance",
                 "cleaning", "parking", "toll", "bus", "train", "taxi", "cab", "signal", "desk", "counter",
                 "boat", "crane", "fire", "rope", "ride", "box", "cash", "till", "lab", "studio"}


def _compound_job(tok, lemma: str) -> bool:
    """A job named by a noun and a head that alone is no job ("the game master", "the sound guy")."""
    if lemma in COMPOUND_JOB_HEADS:
        return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < tok.i for c in tok.children)
    return lemma in PERSON_JOB_HEADS and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < tok.i
                                             and c.lemma_.lower() in JOB_MODIFIERS for c in tok.children)


def _role_word(lemma: str) -> bool:
    """A role that can name a walk-on: an ungendered one, or a gendered job ("the maid")."""
    return _unnamed_role(lemma) or lemma in ROLE_GENDERED


# jobs of the officials and staff a scene brings on that the person-noun lexicon (learnt from
# novels) does not know: a tournament's arbiter, a race's marshal, a radio's dispatcher
OFFICIAL_ROLES = {"arbiter", "referee", "ref", "umpire", "marshal", "steward", "herald", "deputy", "dispatcher",
                  "coastguard", "vendor", "vet", "curator", "invigilator", "adjudicator", "compere", "emcee",
                  # and the crew who carry messages and dress actors backstage or aboard
                  "runner", "dresser", "messenger",
                  # and the law's trades a scene sets after a name ("Mr. Sefton, notary")
                  "attorney", "lawyer", "barrister", "notary"}


def _unnamed_role(lemma: str) -> bool:
    """A noun for a person by role ("policeman", "valet", "keeper") that can stand for someone the
    story never names. Gendered kin and age words ("the lad", "her mother") are left out: they
    mostly stand for named characters, which the epithet table and the ranker look for."""
    if lemma in NOUN_GENDER or lemma in ("latter", "former", "other"):
        return False
    # a job ending only on a word longer than it that is no thing's name ("the mist", "the press")
    agent = lemma.endswith(("man", "keeper", "ist", "ess")) and lemma not in NOT_AGENTS \
        and not lemma.endswith("ness")
    return person_nouns().get(lemma, 0.0) >= 0.5 or agent or lemma in OFFICIAL_ROLES


def epithet_key(tok) -> str:
    """A description's head lemma with its adjectives ("gentleman|old"), so "the old gentleman"
    and "the young gentleman" are told apart where a novel uses both."""
    mods = sorted(c.lemma_.lower() for c in tok.children if c.dep_ == "amod")
    return "|".join([tok.lemma_.lower(), *mods])


YOUNG_NOUNS = {"girl", "lass", "maiden", "boy", "lad", "child", "youth", "kid"}  # young by the noun itself
AGE_WORDS = {"old": "old", "elderly": "old", "young": "young"}  # an age word before a plain man/woman noun
GENERIC_HEADS = {"man", "woman", "lady", "gentleman"}


def age_key(tok) -> str | None:
    """"old gentleman" for "the old gentleman", "the kind old gentleman" or "the elderly
    gentleman"; "young lady" for "the young lady": a plain word for a man or a woman told apart by
    age, which a novel keeps for one person where the plain word alone is anyone. None otherwise."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in GENERIC_HEADS:
        return None
    ages = {AGE_WORDS[c.lower_] for c in tok.children if c.dep_ == "amod" and c.lower_ in AGE_WORDS}
    return f"{ages.pop()} {lemma}" if len(ages) == 1 else None


# prepositions of a place a person lies or sits in or on: "in the hammock", "onto the bunk"
_IN_OR_ON = {"in", "into", "inside", "on", "onto", "upon", "under", "beneath"}


# the plain words for a person of an age or sex: used of anyone, never a role held by one person
PLAIN_PERSON = {"man", "woman", "boy", "girl", "lady", "gentleman", "fellow", "lad", "lass", "child", "gent",
                "person", "creature", "youth", "maiden", "infant", "baby", "kid"}


def _person_noun(lemma: str) -> bool:
    """A word for a person: a gendered noun ("girl", "duchess") or one the person-noun lexicon knows."""
    return lemma in NOUN_GENDER or person_nouns().get(lemma, 0.0) >= 0.5


def _demonstrative(tok) -> bool:
    """A person noun led by "this" or "that" ("that gentleman", "this vivacious infant")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    lemma = tok.lemma_.lower()
    if not _person_noun(lemma):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in tok.children)


def _be_not_asserted(be) -> bool:
    """Does a "be" not state its tie as a fact: negated ("Quill isn't our ferryman", "Ada was never
    the cook", "... is no longer the cook"), asked ("Is Quill the ferryman?", "Quill is the
    ferryman?", "... whether Quill was the ferryman") or supposed ("if Quill were the ferryman")?"""
    if any(c.dep_ == "neg" or c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children) for c in be.children):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in be.children):
        return True
    if any(c.dep_ == "nsubj" and c.i > be.i for c in be.children):
        return True  # the verb before its subject: a question
    # the first full stop, "!" or "?" after the verb ends the clause
    end = next((w for w in be.doc[be.i + 1 : be.sent.end] if w.is_punct and re.search(r"[.!?]", w.text)), None)
    return end is not None and "?" in end.text


def _asked_as_apposition(head, appos) -> bool:
    """Is an apposition with nothing between its two words ("Harlan the ferryman") the misparsed
    predicate of a "be" that does not state it ("Is Quill the ferryman?", "Was the ferryman Quill?",
    "Quill wasn't the ferryman"): the pair is the subject of a "be" that has no predicate of its own?"""
    be = head.head
    if head.dep_ not in ("nsubj", "attr") or be.lemma_ != "be" or any(
            w.is_punct for w in head.doc[min(head.i, appos.i) + 1 : max(head.i, appos.i)]):
        return False
    if any(c.dep_ in ("attr", "acomp", "prep", "oprd", "xcomp") or c.dep_ == "advmod" and c.lower_ in _PLACE_ADVS
           for c in be.children if c != head):
        return False  # "Was Quill the ferryman at the quay?" asks where he was, not who he is
    return _be_not_asserted(be)


_PLACE_ADVS = {"here", "there", "home", "away", "out", "in", "back", "inside", "outside", "upstairs", "downstairs"}


def _definite(tok) -> bool:
    """A common noun (or a capitalised epithet) led by "the": "the girl", "the old gentleman"."""
    if tok.pos_ == "PROPN" and not any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def group_segments(segs: Sequence[Segment]) -> list[Utterance]:
    """Join multi-paragraph continuations into one utterance each."""
    out: list[Utterance] = []
    for s in segs:
        if s.continues and out and out[-1].segs[-1].para < s.para:
            out[-1].segs.append(s)
        else:
            out.append(Utterance([s]))
    return out


def vocatives(text: str) -> list[str]:
    """Names the quote addresses: at its start ("Jonah, ..."), its end ("..., Marianne.") or set
    off by commas inside it ("She is very angry with you, Fanny; ..."), but not in a list of
    names ("Tom, Osric, and Julia")."""
    out = []
    m = _VOC_START.match(text) or _VOC_ONLY.match(text.strip()) or _VOC_SENTENCE.match(text)
    if m and not _NAME_IS_SUBJECT.match(text[m.end():]):
        out.append(m.group(1))
    m = _VOC_END.search(text)
    if m:
        out.append(m.group(1))
    for m in _VOC_MID.finditer(text):
        name = m.group(1)
        before = text[: m.start(1)].rstrip(" ,;:—-")
        after = text[m.end(1):].lstrip(" ,")
        if re.search(r"\b(?:Mr|Mrs|Ms|Dr|Messrs|Mme|Mlle)\.?$", before):
            continue  # the dot of "Mr." is no sentence break: "Refuse Mr. Crawford!" calls no one
        if before.lower().endswith((" and", " or", " nor")) or _LIST_NEXT.match(after) \
                or _NAME_IS_SUBJECT.match(text[m.end(1):].lstrip(",")):
            continue
        if name not in out:
            out.append(name)
    return out


def kind_of(lemma: str | None, text_after: str, seg: Segment) -> str:
    narration = _NEXT_QUOTE.split(text_after[:80], maxsplit=1)[0]
    if lemma in THOUGHT_LEMMAS or _INNER_SELF.search(narration) or seg.mark == "em":
        return "thought"
    if lemma in SUNG_LEMMAS:
        return "sung"
    if lemma in WRITTEN_LEMMAS:
        return "written"
    return "speech"


def attribute(story: Story, doc, analysis: Analysis, segs: Sequence[Segment],
              ranker: object = "default", addressee_ranker: object = "default") -> list[Utterance]:
    """Speakers, addressees and kinds for the segments: the three passes of the module doc,
    then the learned rankers (``fabula.dialogue.ranker``, ``fabula.dialogue.addressee``) where
    the rules were unsure."""
    return attribute_full(story, doc, analysis, segs, ranker, addressee_ranker)[1]


def attribute_full(story: Story, doc, analysis: Analysis, segs: Sequence[Segment], ranker: object = "default",
                   addressee_ranker: object = "default") -> tuple[Attributor, list[Utterance]]:
    """:func:`attribute` with its Attributor (the addressee model's training needs both)."""
    letters = [sg for sg in segs if sg.mark == "letter"]
    at, merged = attribute_rules(story, doc, analysis, segs)
    if ranker == "default":
        from fabula.dialogue.ranker import default_ranker

        ranker = default_ranker()
    if ranker is not None:
        from fabula.dialogue.ranker import rerank

        rerank(at, merged, ranker)
        for u in merged:
            u.addressees = []
    _not_the_narrator(at, merged)
    _nominal_speakers(merged)
    _role_answers_call(at, merged)
    _device_voice(at, merged)
    _letter_writer(at, merged)
    merged[:] = _join_same_speaker(merged)
    _addressees(at, merged, final=True)
    if addressee_ranker == "default":
        from fabula.dialogue.addressee import default_addressee_ranker

        addressee_ranker = default_addressee_ranker()
    if addressee_ranker is not None:
        from fabula.dialogue.addressee import decide

        decide(at, merged, addressee_ranker)
    _reply_to_the_one_addressed(at, merged)
    _description_answers(at, merged)
    _chat_addressees(at, merged)
    _teller_addressed(at, merged)
    _after_a_finished_call(at, merged)
    if letters:
        merged[:] = sorted(merged + _set_off_letters(at, letters), key=lambda u: u.start)
    return at, merged


_LETTER_GREETED = re.compile(r"\b(?i:dear(?:est)?|darling)\s+((?:[A-Z][\w'-]*\.?\s)?[A-Z][a-z][\w'-]*)")


def _set_off_letters(at: Attributor, letters: list[Segment]) -> list[Utterance]:
    """The paragraphs of a letter shown as a document (extract's mark ``letter``, session 29): each
    a written quote of the one who signs it, to the ones its greeting names. They stay out of the
    rule passes and the rankers, so they take no turn in the talk around them."""
    runs: list[list[Segment]] = []
    for sg in letters:
        if runs and sg.para == runs[-1][-1].para + 1:
            runs[-1].append(sg)
        else:
            runs.append([sg])
    out: list[Utterance] = []
    for run in runs:
        last = at.text[run[-1].start : run[-1].end]
        signed = letter_signer(last)
        writer = None
        if signed is not None:
            name = signed.title() if signed.isupper() else signed
            # a signer named nowhere else is still someone: a character of that name, as a chat label
            core = " ".join(w for w in name.split() if not re.fullmatch(r"[A-Z]\.?", w))  # "J. Hobb": Hobb
            parts = core.split()
            writer = (at.index.by_name(core) or (at.index.by_name(parts[-1]) if len(parts) > 1 else None)
                      or (at.index.by_name(parts[0]) if len(parts) > 1 else at.name_words().get(parts[0]))
                      or LABEL_PREFIX + name)
        first = at.text[run[0].start : run[0].end]
        greeted = [c for c in (_resolve_name(at, g) for g in _LETTER_GREETED.findall(first[:120]))
                   if c is not None]
        if writer in greeted:
            writer = None  # "I am counting on you, Ida." to Ida: no signature
        for sg in run:
            u = Utterance([sg], speaker=writer, kind="written", rule="letter", confidence=0.6,
                          attribution="implicit" if writer else None, addressees=list(dict.fromkeys(greeted)))
            u.notes.append("a letter set off in the story: the one who signs it" if writer
                           else "a letter set off in the story, unsigned")
            out.append(u)
    return out


# a letter's or a message's sign-off at the end of a quote: a closing and the writer's name
_NAME_END = r",?\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\.?\s*$"
_SIGN_OFF = re.compile(
    # a closing after a sentence: "... Bring the big pan. Love, Odette."
    r"(?:^|[.!?]\s+)(?i:(?:all my |lots of |with |much )?love|yours(?:\s+ever|\s+truly|\s+sincerely)?"
    r"|best wishes|kind regards|regards)" + _NAME_END)
# or a whole line of its own: "Your brother, Aurel.", "Yours ever, your loving friend, Aurel." —
# only with a family or closing word among the words after "Your" ("Your turn, Ben." and "Your
# tea, Ben." call the listener by name), and only when a greeting opens the letter (session 27 review)
_YOUR_SIGN_OFF = re.compile(
    r"^(?i:your\s+(?:\w+\s+){0,2}\w+)" + _NAME_END)
_SIGN_OFF_WORDS = frozenset(
    "brother sister son daughter father mother mum mom dad papa mama cousin uncle aunt niece nephew "
    "husband wife friend sweetheart love lover darling truly ever sincerely faithfully affectionate "
    "affectionately loving devoted obedient humble servant own dearest dear fond grateful "
    "respectfully most always forever".split())
_SALUTE = re.compile(r"^\W*(?:(?:my\s+)?(?:dear|dearest|darling)|dearest)\s+[A-Z]", re.I)


def _letter_writer(at: Attributor, utts: list[Utterance]) -> None:
    """A letter or message read out in quotes is its writer's, as the one who signs it: '"Dear
    Cerys, the gulls are back ..." / "..." / "Your brother, Aurel."' — the quote that ends on a
    sign-off naming a character ("Love, Odette.", "Your brother, Aurel."), and
    the untagged quote paragraphs right before it back to the one that opens with the salutation
    ("Dear ...", "My dearest ..."), are the signer's, not the reader's (session 27)."""
    for k, u in enumerate(utts):
        last = at.text[u.segs[-1].start : u.segs[-1].end].strip(" \"'”’")
        m = _SIGN_OFF.search(last)
        your_line = False
        if m is None:
            m = _YOUR_SIGN_OFF.search(last)
            if m is None or not _SIGN_OFF_WORDS.intersection(
                    w.lower() for w in re.findall(r"[A-Za-z]+", last[: m.start(1)])[1:]):
                continue
            your_line = True
        name = m.group(1)
        if name.split()[0].lower() in ("love", "yours", "your", "regards", "cheers"):
            continue
        writer = _resolve_name(at, name)
        if writer is None:
            continue
        run = [u]
        j = k - 1
        while j >= 0 and not _SALUTE.match(at.text[run[-1].start : run[-1].end]) and len(run) < 6:
            v = utts[j]
            if v.cue or v.last_para != run[-1].para - 1 or not _alone_in_paragraph(at, v) \
                    or not _alone_in_paragraph(at, run[-1]):
                break
            run.append(v)
            j -= 1
        if not _SALUTE.match(at.text[run[-1].start : run[-1].end]):
            if your_line:
                continue  # "Your ..., Name." is a sign-off only closing a letter that opens with a greeting
            if len(run) > 1:
                run = [u]  # no salutation opens the run: only the signed quote is surely the letter
        for v in run:
            if v.speaker != writer:
                v.speaker, v.nominal, v.introduced, v.attribution, v.confidence = writer, None, False, "implicit", 0.6
                v.notes.append("a letter or message: the one who signs it")


def _reply_to_the_one_addressed(at: Attributor, utts: list[Utterance]) -> None:
    """Once speakers and addressees are settled: a he/she-tagged quote (or one tagged by a gendered
    description, "said the old lady") that opens its paragraph right after a paragraph ending on the
    previous speaker's own quote, and that the rules or the ranker gave to that same speaker, is the
    reply of the one that quote spoke to, when that is one person of the tag's gender ('"Tomas," said
    Halvard, "you must go." / "Must I?" he asked': Halvard's listener asks, not Halvard again). A
    continuing verb ("he went on") keeps the speaker, and so does narration after the previous quote
    (an act of the speaker's own before the speech goes on) or before this one; the one the tag
    speaks to ("she said to Ada") or the quote calls by name is never the speaker. On PDNC dev the
    cast's pronoun link had given most such replies to the last speaker again."""
    paras = at.story.paragraphs
    for k in range(1, len(utts)):
        u, v = utts[k], utts[k - 1]
        if u.tag_pron not in ("he", "she") or u.introduced or u.kind == "thought" or v.kind == "thought":
            continue
        if u.speaker is None or u.speaker != v.speaker or v.last_para != u.para - 1 or _continuing_cue(at, u):
            continue
        if len(u.evidence_spans) < 2:
            continue  # no tag subject
        if at.text[paras[u.para].span[0] : u.start].strip(" \n\"'“‘«—") \
                or at.text[v.end : paras[v.last_para].span[1]].strip(" \n\"'”’»—"):
            continue
        told = [a for a in v.addressees if a != v.speaker and at.genders.get(a) == u.tag_pron]
        if len(told) != 1 or told[0] in quote_vocatives(at, u) or told[0] == _cue_object(at, u) \
                or told[0] == u.not_speaker \
                or told[0] in (at.section_narrator(u.start), at.reader_at(u.start)):
            continue  # "Eat up, dear," she said to Lucy: not Lucy; nor the "I" of the story
        u.addressees = [v.speaker]
        u.speaker = told[0]
        u.notes.append("a he/she reply right after a line to one person of its gender: that person")


ANSWERING_DESCRIPTIONS = PLAIN_PERSON | {"other", "stranger"}


def _tag_head(at: Attributor, u: Utterance):
    """The head word of a quote's own speech-tag subject ("gentleman" of "said the old gentleman",
    "Ada" of "said Ada", "he"), or None for a quote no tag attributed."""
    if "speech tag" not in u.notes or len(u.evidence_spans) < 2:
        return None
    toks = at.tokens(*u.evidence_spans[1])
    if u.tag_noun is not None:
        return next((t for t in toks if t.idx == u.tag_noun[1]), toks[-1] if toks else None)
    return toks[-1] if toks else None


def _may_answer(at: Attributor, u: Utterance, cid: str | None, gender: str | None) -> bool:
    """Could ``cid`` be the one a description tag of ``gender`` means as the reply in ``u``: a named
    character other than its current speaker, of a gender that fits, whom the quote neither calls
    by name nor is said to ("said the old man to Tod")."""
    return cid is not None and cid != u.speaker and not cid.startswith(NOMINAL_PREFIX) \
        and cid not in quote_vocatives(at, u) and cid != _cue_object(at, u) \
        and (gender is None or at.genders.get(cid) in (gender, "unknown", None))


def _description_answers(at: Attributor, utts: list[Utterance]) -> None:
    """A plain description tag ("said the old lady", "replied the young man", "said the stranger")
    on a quote that opens its paragraph right after the previous paragraph's quote, whose own tag
    called its speaker some other way ("whispered Tod", "he said", "said the doctor"), is the reply
    of someone else, though recency (the last woman named) or the ranker gave it to that same
    speaker: a writer who meant the same person again would say "she" or use the same words. It
    goes to the speaker of the quote before that one (the talk goes back and forth), when the
    description fits (gender) and the quote does not call them by name; else to the one the
    previous quote spoke to. A continuing verb ("the old lady went on") keeps the speaker, and so
    does a description the story keeps for that speaker (its epithet table: "the beadle")."""
    for k in range(1, len(utts)):
        u, v = utts[k], utts[k - 1]
        if u.speaker is None or u.speaker != v.speaker or u.speaker.startswith(NOMINAL_PREFIX) \
                or u.kind == "thought" or v.kind == "thought" or v.last_para != u.para - 1 or u.introduced:
            continue
        head, prev = _tag_head(at, u), _tag_head(at, v)
        if head is None or prev is None or u.tag_noun is None or _continuing_cue(at, u):
            continue
        lemma = head.lemma_.lower()
        if lemma not in ANSWERING_DESCRIPTIONS or prev.lemma_.lower() == lemma:
            continue
        # the story's epithet for the speaker ("the boy" for its hero), unless the tag sets this one
        # apart from it ("the charity boy", "the strange boy")
        plain = not any(c.dep_ in ("amod", "compound") for c in head.children) and "-" not in head.text
        if plain and at.epithets().get(lemma) == u.speaker or at.epithets().get(age_key(head) or "") == u.speaker:
            continue
        gender = NOUN_GENDER.get(lemma)
        w = utts[k - 2].speaker if k >= 2 and u.para - utts[k - 2].last_para <= 3 else None
        who = w if _may_answer(at, u, w, gender) else next(
            (a for a in v.addressees if _may_answer(at, u, a, gender)), None)
        if who is None:
            continue
        u.addressees = [v.speaker]  # the reply is said to the one who spoke last, as in the he/she rule above
        u.speaker = who
        u.notes.append("a plain description answering a quote tagged another way: not that quote's speaker")


def _join_same_speaker(utts: list[Utterance]) -> list[Utterance]:
    """Two quotes in one paragraph that end up with the same speaker are one speech broken by
    narration ('"You may yet," said Ada, who had caught his frown. "One more try."'):
    the tag rules join such pieces only when the second has no speaker of its own yet. Not across
    paragraphs: a quote opening the next one is a new turn even when its speaker is the same
    ('"No," said Ada. / "Tom, you...," said Ada to Tom.'), and the ranker's guess there is no proof."""
    out: list[Utterance] = []
    for u in utts:
        prev = out[-1] if out else None
        if (prev is not None and u.speaker is not None and u.speaker == prev.speaker and u.kind == prev.kind
                and prev.last_para == u.para and u.segs[0].mark == prev.segs[-1].mark
                and u.segs[0].mark != "chat"):
            prev.segs.extend(u.segs)
            prev.confidence = max(prev.confidence, u.confidence)
            continue
        out.append(u)
    return out


def _chat_addressees(at: Attributor, utts: list[Utterance]) -> None:
    """A chat message is written to the chat's other participants, not to whoever stands nearby:
    the other labels of its run of messages, or, when one sender writes alone ("Kat: is he
    there"), the narrator whose phone it is."""
    k = 0
    while k < len(utts):
        if utts[k].segs[0].mark != "chat":
            k += 1
            continue
        j = k
        while j + 1 < len(utts) and utts[j + 1].segs[0].mark == "chat" and utts[j + 1].para - utts[j].last_para <= 2:
            j += 1
        run = utts[k : j + 1]
        people = {u.speaker for u in run if u.speaker}
        # whose phone it is: the narrator, else the subject of the narration just before the run
        # ("Orla sat on the train with her phone")
        owner = at.narrator_at(run[0].start)
        if owner is None:
            pi = run[0].segs[0].para
            if pi > 0:
                ps, pe = at.story.paragraphs[pi - 1].span
                owner, _ = at.narration_subject(ps, pe, last=True)
        for u in run:
            called = [c for c in quote_vocatives(at, u) if c != u.speaker]
            if called:
                u.addressees = called  # "Kat: Orla?"
                continue
            others = sorted(people - {u.speaker} - {owner})
            if owner and owner != u.speaker:
                others = [owner, *others]
            if others:
                u.addressees = others
        k = j + 1


NOMINAL_PREFIX = "nominal:"
LABEL_PREFIX = "label:"  # a chat label the cast does not know ("Tomasz: I'm in"): the stage adds him


def _not_the_narrator(at: Attributor, utts: list[Utterance]) -> None:
    """A quote whose tag tells of its speaker in the third person ("the ferryman muttered",
    "Castor said", "he asked") is never the first-person narrator's, whatever turn-taking or the
    ranker preferred: the narration calls its teller "I". It goes to the unnamed person the tag
    names, or stays unattributed rather than wrong. Only for a narrator the cast could not name:
    a named narrator may be a misnamed character ("Pooh" for the frame's "I"), whose own "he
    said" lines this would take away."""
    unnamed = {c.id for c in at.analysis.characters if c.name == UNNAMED_NARRATOR}
    # a narrator whose name the narration never uses (only others' speech does: "Come on, Nell")
    # is surely the "I"; one the narration also tells of by name may be a misnamed third person
    only_spoken = {c.id for c in at.analysis.characters
                   if not any(m.kind == "name" and not at.in_quote(m.span[0]) for m in c.mentions)}
    for u in utts:
        # then also when turn-taking or the ranker overrode the quote's own "he"/"she"
        overridden = u.tag_pron in ("he", "she") and u.rule != "tag" and u.speaker in only_spoken
        if u.speaker is None or not (u.speaker in unnamed or overridden) or not u.cue or len(u.evidence_spans) < 2:
            continue
        narr = at.narrator_at(u.start)
        if narr is None or u.speaker != narr:
            continue
        subj = u.evidence_spans[1]
        word = at.text[subj[0] : subj[1]]
        if word.lower() in FIRST or word.lower() in ("we", "us") or narr in (
                at.index.at(subj), at.index.by_name(word)):
            continue
        if u.nominal:
            u.speaker = NOMINAL_PREFIX + u.nominal
            u.confidence = 0.6
        else:
            u.speaker = None
            u.confidence = 0.2
        u.notes.append("the tag tells of its speaker in the third person: not the narrator")


def _focal_character(at: Attributor, pos: int, window: int = 3000) -> str | None:
    """The character the narration before ``pos`` follows: of those it names (outside speech, not
    as a chat message's sender) in the last ``window`` characters, the one it names most often in
    the whole story, when that one is named at least twice as often as the next."""
    cached = getattr(at, "_narration_names", None)
    if cached is None:  # (built once per story: a novel has many lone thoughts and many mentions)
        named = sorted((s, cid) for s, e, cid, kind in at.ments if kind == "name"
                       and not at.in_quote(s) and ":" not in at.text[e : e + 3])
        cached = ([s for s, _ in named], [cid for _, cid in named], Counter(cid for _, cid in named))
        at._narration_names = cached
    starts, ids, totals = cached
    near = set(ids[bisect.bisect_left(starts, pos - window) : bisect.bisect_left(starts, pos)])
    counts = Counter({cid: totals[cid] for cid in near})
    top = counts.most_common(2)
    if not top or len(top) > 1 and top[0][1] < 2 * top[1][1]:
        return None
    return top[0][0]


def _role_answers_call(at: Attributor, utts: list[Utterance]) -> None:
    """'"Rutger," said Mr. Auden, "put that in the log." / "Logged, sir," said the clerk':
    a role tag that made a walk-on, on a quote opening the paragraph right after a named speaker's
    line that called one other person by name, is that person answering by their trade, when the
    role's gender fits (session 25)."""
    paras = at.story.paragraphs
    for k in range(1, len(utts)):
        u, v = utts[k], utts[k - 1]
        if not (u.speaker or "").startswith(NOMINAL_PREFIX) or "speech tag" not in u.notes:
            continue
        if not v.speaker or v.speaker.startswith(NOMINAL_PREFIX) or v.last_para != u.para - 1:
            continue
        if at.text[paras[u.para].span[0] : u.start].strip(" \n\"'“‘«—"):
            continue
        called = [c for c in quote_vocatives(at, v) if c != v.speaker]
        if len(called) != 1:
            continue
        gender = NOUN_GENDER.get((u.nominal or "").split(" ")[-1])
        if gender in ("he", "she") and at.genders.get(called[0]) not in (gender, "unknown", None):
            continue
        u.speaker, u.nominal = called[0], None
        u.notes.append("a role tag right after a line that called one person by name: that person")


# reactions a thing has as well as a person ("the boiler groaned", "the lamp blinked", "the flag waved"):
# no sign of a person when their subject is shown to be a thing (session 29)
THING_REACTIONS = {"groan", "sigh", "shake", "wave", "point", "pause", "blink", "snort"}
# speech verbs a thing does too ("the hinge creaked", "the kettle hissed"): a sign of a person only as
# a tag, with a quote beside (session 29)
THING_SOUNDS = {"groan", "hiss", "creak", "moan", "whine", "wheeze", "rumble", "growl", "squeal", "screech",
                "rattle", "sputter", "splutter", "crackle", "buzz", "whistle", "roar", "howl", "grumble"}
# words for a machine or a thing that can groan, blink or wave
MACHINE_NOUNS = {"pump", "winch", "engine", "motor", "machine", "boiler", "kettle", "pipe", "hinge", "door", "gate",
                 "lamp", "light", "bulb", "flag", "sail", "mast", "rope", "hull", "floor", "floorboard", "beam",
                 "crane", "generator", "fridge", "radiator", "tree", "branch", "wind", "house", "roof",
                 "wall", "ship", "boat", "truck", "lorry", "car", "van", "bus", "train", "cursor", "screen",
                 "sign", "signal", "clock", "bell", "chain", "anchor", "compressor", "drill", "furnace", "stove"}


def _thing_reaction(x) -> bool:
    """'The boiler groaned', 'the lamp blinked': a reaction (``THING_REACTIONS``) whose subject ``x``
    is a machine word or is called "its" in its sentence, with no "his"/"her" there, and not a
    person's shake of the head (session 29)."""
    head = x.head
    if head.lemma_.lower() not in THING_REACTIONS:
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in ("head", "fist", "hand", "finger") for c in head.children):
        return False  # "the rigger shook his head"
    if x.lemma_.lower() in MACHINE_NOUNS:
        return True
    words = {t.lower_ for t in x.sent}
    return "its" in words and not words & {"his", "her", "their"}


# Devices a voice comes through: "the speakers reply", "the radio said" is the person on the other end
# what a device does when a voice comes through it (a radio that hissed, an intercom that buzzed)
DEVICE_SOUNDS = {"crackle", "buzz", "hiss", "squawk", "beep", "chirp", "click", "bleep", "splutter", "sputter", "spit",
                 "cough"}
VOICE_DEVICES = {"speaker", "loudspeaker", "radio", "intercom", "tannoy", "headset", "phone", "handset",
                 "speakerphone", "walkie", "walkie-talkie", "receiver", "earpiece", "comm", "comms", "mic",
                 "microphone", "grille"}


# "That is Ismay's voice, ...", "It was Ismay's voice", "Ismay's voice, tinny and far off.": whose voice a
# line was, told right after it
_VOICE_NAMED = re.compile(
    r"\s*(?:(?:That|It|This)(?:\s+(?:is|was)|['’]s)\s+)?((?:[A-Z][\w\-]*\.?\s)?[A-Z][\w\-]+)['’]s\s+voice\b")
# a line said into a device ("she says into the radio"): its answer comes back through it
_INTO_DEVICE = re.compile(r"\binto\s+(?:the|his|her|my|your|their|our)\s+(?:[\w-]+\s+)?(" + "|".join(
    ["speaker", "loudspeaker", "radio", "intercom", "tannoy", "headset", "phone", "handset", "speakerphone",
     "walkie", "walkie-talkie", "receiver", "earpiece", "comms?", "mic", "microphone", "grille"]) + r")s?\b", re.I)
# or to it ("she tells the intercom")
_TO_DEVICE = re.compile(r"\b(?:tells?|told|telling|say(?:s|ing)? to|said to)\s+the\s+(?:[\w-]+\s+)?(?:" + "|".join(
    ["speaker", "radio", "intercom", "phone", "handset", "walkie", "walkie-talkie", "receiver", "comms?", "mic",
     "microphone", "grille"]) + r")s?\b", re.I)


def _voice_named_after(at: Attributor, u: Utterance) -> str | None:
    """The character whose voice the narration right after an untagged quote names ("'Bay two is
    clear.' / It was Ismay's voice, tinny and far off."): the first sentence of the narration
    that follows the quote, in its paragraph or opening the next one."""
    paras = at.story.paragraphs
    pe = paras[u.last_para].span[1]
    rest = at.text[u.end : pe].lstrip(" \"'”’»—")
    if rest.strip():
        start, end = pe - len(rest), pe
    elif u.last_para + 1 < len(paras):
        start, end = paras[u.last_para + 1].span
        if at.in_quote(start) or at.text[start : start + 1] in "\"'“‘«—":
            return None
    else:
        return None
    m = _VOICE_NAMED.match(at.text, start, end)
    if m is None:
        return None
    if not at.text[m.start() : m.start(1)].strip() and (
            not at.text[m.end() : end].lstrip().startswith(",") or any(at.in_quote(i) for i in range(m.end(), end))):
        # the bare "X's voice" is a naming only with a description after a comma, and no quote of
        # X's to follow ("Idony's voice shook as she answered. '...'": X answers the device) (session 29)
        return None
    return at.index.at(m.span(1)) or at.index.by_name(m.group(1))


DEVICE_WINDOW = 30  # lines back to the one a device's voice was last shown to be (16 before session 29)


def _device_voice(at: Attributor, utts: list[Utterance]) -> None:
    """'"Linnet, can you hear me?" / Her voice booms out of the speakers on the roof ... / ... / "Then
    Zoltan can come down," the speakers reply': a tag whose subject is a device is the voice that device was
    last shown to carry — the named speaker of an earlier line whose paragraph, or the narration
    paragraph after it, mentions the same device (session 25)."""
    paras = at.story.paragraphs
    for k, u in enumerate(utts):
        device = None
        if "speech tag" in u.notes and len(u.evidence_spans) >= 2:
            toks = at.tokens(*u.evidence_spans[1])
            device = toks[-1].lemma_.lower() if toks else None
        elif u.rule not in ("tag", "self") and u.kind == "speech" and u.segs[0].mark != "chat":
            # "A crackle from the speakers. Then, very slowly: '...'": a lead-in on a colon
            # in the quote's own paragraph that names the device
            lead = at.text[paras[u.para].span[0] : u.start].rstrip(" \n\"'“‘«—")
            ltoks = at.tokens(paras[u.para].span[0], u.start)
            last = [t for t in ltoks if t.sent == ltoks[-1].sent] if ltoks else []
            if lead.endswith(":") and not any(at.in_quote(paras[u.para].span[0] + i) for i in range(len(lead))) \
                    and not any(t.dep_ == "nsubj" and t.pos_ in ("PRON", "PROPN") for t in last):
                # the voice comes "from" or "through" the device (not "He read it out:" of a phone)
                device = next((t.lemma_.lower() for t in ltoks if t.lemma_.lower() in VOICE_DEVICES
                               and t.dep_ == "pobj" and t.head.lower_ in ("from", "through", "over")), None)
        sounded = False
        if device is None and u.rule not in ("tag", "self") and u.kind == "speech" and u.segs[0].mark != "chat" \
                and not at.text[u.end : paras[u.last_para].span[1]].strip(" \n\"'”’»—.,"):
            # 'The radio by the window hisses. "Hut two, anyone awake?"': a device that
            # sounds in the narration the quote closes, with no person acting there (session 26)
            ltoks = [t for t in at.tokens(paras[u.para].span[0], u.start) if not at.in_quote(t.idx)]
            ltoks = [t for t in ltoks if not t.is_punct and not t.is_space]
            if not ltoks and u.para > 0 and (k == 0 or utts[k - 1].last_para < u.para - 1):
                # 'Over on the shelf the scanner radio crackles. / "Bay two, report."': the
                # narration paragraph right before a bare quote (session 29)
                ltoks = [t for t in at.tokens(*paras[u.para - 1].span)
                         if not at.in_quote(t.idx) and not t.is_punct and not t.is_space]
            last = [t for t in ltoks if t.sent == ltoks[-1].sent] if ltoks else []
            words = [t.lower_ for t in last]
            dev = next((w for w in reversed(words) if w in VOICE_DEVICES or w == "talkie"), None)
            if dev is not None and any(t.lemma_.lower() in DEVICE_SOUNDS and _device_sounds(t) for t in last) \
                    and not any(t.dep_ == "nsubj" and t.pos_ in ("PRON", "PROPN") for t in last):
                device, sounded = ("walkie-talkie" if dev == "talkie" else dev), True
        if device not in VOICE_DEVICES:
            continue
        named = _voice_named_after(at, u) if u.rule not in ("tag", "self") else None
        if named is not None and named != u.not_speaker:
            # '"Bay two is clear." / It was Ismay's voice, tinny and far off.' (session 29)
            u.speaker, u.nominal, u.rule = named, None, "narration"
            u.notes.append("a device's voice: the one the narration names after it")
            continue
        if sounded and k + 1 < len(utts) and utts[k + 1].para > u.last_para:
            # the one the answer calls by name is the voice ('Quillon grabs it. "Yes, Corvo?"')
            calls = quote_vocatives(at, utts[k + 1])
            if not calls and (told := _cue_object_named(at, utts[k + 1])) is not None:
                calls = [told]  # '"All quiet," I tell Rowena.' (session 29)
            if len(calls) == 1 and calls[0] != utts[k + 1].speaker:
                u.speaker, u.nominal, u.rule = calls[0], None, "narration"
                u.notes.append("a device's voice: the one the answer calls by name")
                continue
        if sounded or "speech tag" in u.notes:
            # 'The radio hisses once more. "..."', '"...," says the radio': the voice that came
            # through a device before (a device tag, session 29)
            earlier = next((v for v in reversed(utts[max(0, k - DEVICE_WINDOW) : k])
                            if any(n.startswith("a device's voice") for n in v.notes) and v.speaker), None)
            if earlier is not None:
                u.speaker, u.nominal, u.rule = earlier.speaker, None, "narration"
                u.notes.append("a device's voice: the voice that came through a device before")
                continue
        word = re.compile(rf"\b{re.escape(device)}s?\b", re.I)
        called = set(quote_vocatives(at, u))  # "Eustace, answer me": not Eustace (session 29)
        for j in range(k - 1, max(-1, k - DEVICE_WINDOW), -1):
            v = utts[j]
            if not v.speaker or v.speaker.startswith(NOMINAL_PREFIX) or v.speaker == u.not_speaker \
                    or v.speaker in called:
                continue
            lo = paras[v.para].span[0]
            hi = min(paras[min(v.last_para + 1, len(paras) - 1)].span[1], paras[u.para].span[0])
            narration = "".join(ch if not at.in_quote(lo + i) else " " for i, ch in enumerate(at.text[lo:hi]))
            if word.search(narration) and not _INTO_DEVICE.search(narration) \
                    and not _device_handled(at, lo, hi, word):
                u.speaker, u.nominal = v.speaker, None
                u.notes.append("a device's voice: the one it was last shown to carry")
                break
    _answer_through_device(at, utts)


def _device_sounds(t) -> bool:
    """A sound word ``t`` that is the device's own: any but "cough" (a person's sound too) counts;
    "cough" only with the device its subject ("the radio coughed") or the sound "from"/"through" it
    ("a cough from the speaker"), not "the old man beside the phone coughed" (session 29)."""
    if t.lemma_.lower() != "cough":
        return True

    def device(w) -> bool:
        return w.lower_ in VOICE_DEVICES or w.lemma_.lower() in VOICE_DEVICES or w.lower_ == "talkie"

    if any(c.dep_ in ("nsubj", "nsubjpass") and device(c) for c in t.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ in ("from", "through", "over", "on") and any(
        g.dep_ == "pobj" and device(g) for g in p.children) for p in t.children)


def _cue_object_named(at: Attributor, u: Utterance) -> str | None:
    """The one a tag's speech verb is said to by name ("you tell Rowena", "she said to Rowena"); not
    a pronoun, whose reading may be the very voice in question."""
    told = _cue_object(at, u)
    if told is None or u.cue is None:
        return None
    toks = at.tokens(u.cue[0], u.cue[1])
    verb = toks[0] if toks else None
    named = verb is not None and any(
        t.pos_ == "PROPN" and at.index.at((t.idx, t.idx + len(t.text))) == told
        for t in verb.subtree if t.i > verb.i)
    return told if named else None


def _device_handled(at: Attributor, lo: int, hi: int, word: re.Pattern) -> bool:
    """Is every mention of the device in the narration ``[lo, hi)`` a thing someone handles ("Rowena
    grabs the radio", "I lift the receiver"): its speaker talked into it (session 29)?"""
    toks = [t for t in at.tokens(lo, hi) if word.fullmatch(t.text) and not at.in_quote(t.idx)]
    return bool(toks) and all(t.dep_ == "dobj" for t in toks)


def _device_voices_before(utts: list[Utterance], k: int) -> str | None:
    """The voice a device carried last in the lines before line ``k``."""
    v = next((v for v in reversed(utts[max(0, k - DEVICE_WINDOW) : k])
              if any(n.startswith("a device's voice") for n in v.notes) and v.speaker), None)
    return v.speaker if v is not None else None


def _said_into_device(at: Attributor, u: Utterance) -> bool:
    """The narration of the quote's own paragraphs says it was spoken into a device ("she mutters
    into the radio")."""
    lo, hi = at.story.paragraphs[u.para].span[0], at.story.paragraphs[u.last_para].span[1]
    narration = "".join(ch if not at.in_quote(lo + i) else " " for i, ch in enumerate(at.text[lo:hi]))
    return _INTO_DEVICE.search(narration) is not None or _TO_DEVICE.search(narration) is not None


# narration that ends a call or turns from the device to someone present (session 29)
_CALL_ENDED = re.compile(
    r"\b(?:hangs?|hung|hanging)\b|\b(?:puts?|putting|sets?|setting|lays?|laid|laying|drops?|dropped)\s+"
    r"(?:(?:the|his|her|my|your|their)\s+(?:[\w-]+\s+)?)?(?:[\w-]+\s+)?(?:down|away|back)\b|"
    r"\b(?:switch|switches|switched|switching|turns?|turned|turning|clicks?|clicked|clicking)\s+"
    r"(?:(?:it|the\s+[\w-]+)\s+)?off\b|\b(?:turns?|turned|turning)\s+(?:round\s+|around\s+|back\s+)?to\b"
    r"|\bends?\s+the\s+call\b|\bended\s+the\s+call\b", re.I)


def _after_a_finished_call(at: Attributor, utts: list[Utterance]) -> None:
    """'"Over and out." She hung the handset on its hook and turned round to her brother. / "..."':
    the lines after a call the narration ends are said in the room, not to the voice on the device;
    one addressed to that voice alone goes to the one the caller turned to, or, for that person's
    own line, back to the caller (session 29)."""
    paras = at.story.paragraphs
    for k, u in enumerate(utts):
        if not u.speaker or u.kind != "speech":
            continue
        if any(n.startswith("a device's voice") for n in u.notes):
            # the voice's own last line: the caller is the one who spoke into the device before it
            voice = u.speaker
            caller = next((v for v in reversed(utts[max(0, k - 4) : k]) if v.speaker and v.speaker != voice
                           and _said_into_device(at, v)), None)
            if caller is None:
                continue
        elif _said_into_device(at, u):
            voice = _device_voices_before(utts, k) or (u.addressees[0] if len(u.addressees) == 1 else None)
            caller = u
        else:
            continue
        pe = paras[u.last_para].span[1]
        if u.last_para + 1 < len(paras) and not at.text[u.end : pe].strip(" \n\"'”’»—.,") and not any(
                at.in_quote(i) for i in range(*paras[u.last_para + 1].span)):
            pe = paras[u.last_para + 1].span[1]  # '"Four it is." / Agatha put the phone down.'
        if not _CALL_ENDED.search(at.text[u.end : pe]):
            continue
        if voice is None or voice == caller.speaker:
            continue
        turned = None
        for t in at.tokens(u.end, pe):
            if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_.lower() == "turn":
                turned = (at.index.at((t.idx, t.idx + len(t.text))) if t.pos_ == "PROPN" else at.kin_of(t))
        for v in utts[k + 1 : k + 6]:
            if v.para > u.last_para + 4 or any(n.startswith("a device's voice") for n in v.notes) \
                    or _said_into_device(at, v):
                break
            if v.addressees != [voice] or not v.speaker:
                continue
            other = turned if turned and turned != v.speaker else (
                caller.speaker if caller.speaker != v.speaker else None)
            if other is not None:
                v.addressees = [other]
                v.notes.append("addressee: not the voice of a call the narration ended")


def _answer_through_device(at: Attributor, utts: list[Utterance]) -> None:
    """'"It's only the baker," I say into the radio. / "Tell him to wait at the gate."': the bare
    line that answers one said into a device comes back through it, from the voice it carried
    before (session 29), not from someone in the room."""
    paras = at.story.paragraphs
    for k in range(1, len(utts)):
        u, prev = utts[k], utts[k - 1]
        if u.rule in ("tag", "self") or u.kind != "speech" or u.kept or u.introduced or u.segs[0].mark == "chat":
            continue
        if u.para != prev.last_para + 1 or len(u.segs) > 1:
            continue
        ps, pe = paras[u.para].span
        if at.text[ps : u.start].strip(" \n\"'«“‘—") or at.text[u.end : pe].strip(" \n\"'»”’—"):
            continue
        if not prev.speaker or not _said_into_device(at, prev):
            continue
        if _CALL_ENDED.search(at.text[prev.end : paras[prev.last_para].span[1]]):
            continue  # "She hung up and turned to her brother.": the next line is said in the room
        voice = _device_voices_before(utts, k - 1)
        if voice is None or voice == prev.speaker or voice == u.not_speaker:
            continue
        u.speaker, u.nominal, u.rule = voice, None, "narration"
        u.notes.append("a device's voice: the answer to a line said into it")


def _nominal_speakers(utts: list[Utterance]) -> None:
    """A quote tagged by a description no character stands for ("said the policeman") is said by
    that unnamed person, whatever the ranker guessed: its speaker becomes ``nominal:<noun>``, which
    the stage turns into an unnamed character ("the policeman")."""
    for u in utts:
        if u.nominal and (u.introduced or u.rule in ("tag", "ranker") and u.attribution == "anaphoric"):
            u.speaker = NOMINAL_PREFIX + u.nominal
            u.confidence = 0.6
            u.notes.append(f"unnamed speaker: the {u.nominal}")


def attribute_rules(story: Story, doc, analysis: Analysis,
                    segs: Sequence[Segment]) -> tuple[Attributor, list[Utterance]]:
    """The rule passes alone (what the ranker's features and its training data start from)."""
    if doc is not None:
        from fabula.cast.names import repair_adverb_names

        repair_adverb_names(doc)  # as the cast stage does (a cached cast did not touch this doc)
    segs = [sg for sg in segs if sg.mark != "letter"]  # a letter set off as a document: `_set_off_letters`
    at = Attributor(story, doc, analysis, segs)
    paras = story.paragraphs
    chat = _chat_speakers(at, segs)
    if any(s.mark == "chat" and id(s) not in chat for s in segs):
        segs = [s for s in segs if s.mark != "chat" or id(s) in chat]  # a label the cast does not know
        at = Attributor(story, doc, analysis, segs)
    utts = group_segments(segs)

    # pass 1: tags on every segment
    seg_tags: dict[int, Tag | None] = {}
    resumed: set[int] = set()  # segments that go on with the quote before them across its tag
    released: set[int] = set()  # segments tagged by their lead-in, not by the narration after them
    by_para: dict[int, list[Segment]] = {}
    for s in segs:
        by_para.setdefault(s.para, []).append(s)
    for pi, ps in by_para.items():
        pend = paras[pi].span[1]
        pstart = paras[pi].span[0]
        for k, s in enumerate(ps):
            if id(s) in chat:
                seg_tags[id(s)] = chat[id(s)]
                continue
            nxt = ps[k + 1].start - 1 if k + 1 < len(ps) else pend
            prv = ps[k - 1].end + 1 if k > 0 else pstart
            if k > 0 and _resumes_after_tag(at, ps[k - 1], s, seg_tags.get(id(ps[k - 1]))):
                # '"Good heavens!" cried Ada, "he was here." Tom, hoping to calm her, said, "..."':
                # the lower-case stretch after the first one's tag goes on with it; the narration
                # after it leads into the next quote
                seg_tags[id(s)] = None
                resumed.add(id(s))
                continue
            tag = at.tag_after(s, nxt) or at.reply_of(s, nxt)
            if tag is not None and k + 1 < len(ps) and _leads_into_next(at, s, ps[k + 1]):
                tag = None  # '"...," and Mrs. Tolley thought, "..."': that tag is the next quote's
            if tag is not None and k > 0 and seg_tags.get(id(ps[k - 1])) is not None \
                    and _tag_shaped(at, ps[k - 1].end, s.start) \
                    and not _plain_tag_verb(at, tag, s, seg_tags[id(ps[k - 1])].speaker):
                # '"Poor Pim!" said Lu. "Who am I to blame him!" And without a word she went': the
                # quote goes on with the speech its tag broke; narration after it that is no speech
                # verb of its own ("without a word", a broken-off line's "Pim tried to stop her") is not its tag
                tag = None
            lead = _lead_in_verb(at, s.end + 1, ps[k + 1].start - 1) if k + 1 < len(ps) else None
            if tag is not None and lead is not None and tag.cue[0] == lead.idx:
                tag = None  # '"Stop!" Then Tomas said, "...': the verb leads into the next quote
            # narration between two quotes tags the first, unless it leads into the second ("...:")
            opened = k > 0 and (_leads_into_next(at, ps[k - 1], s)  # '..., and Lena thought, "'
                                or id(ps[k - 1]) in released
                                or id(ps[k - 1]) in resumed and at.text[prv : s.start - 1].rstrip().endswith(","))
            if tag is None and (k == 0 or opened or at.text[prv : s.start - 1].rstrip().endswith(":")
                                or _lead_in_verb(at, prv, s.start - 1) is not None
                                or _new_sentence_leads_in(at.text[prv : s.start - 1],
                                                          at.text[ps[k - 1].end - 1] == ".")):
                tag = at.tag_before(s, prv)
            elif tag is not None and tag.lemma not in SPEECH_LEMMAS and (k == 0 or opened) \
                    and at.text[prv : s.start - 1].rstrip().endswith((",", ":")) \
                    and (before := at.tag_before(s, prv)) is not None and before.speaker is not None \
                    and before.lemma in SPEECH_LEMMAS:
                # 'Marlo said, "Certainly," as Wystan slipped out.': a plain speech verb leading into the quote
                # tags it; the act after it, no speech verb, is only what someone did meanwhile (session 26)
                tag = before
            elif tag is not None and _finished_after_lead_in(at, s, prv):
                # 'but Ione said, "... too late." He replied, "..."': a quote that its own lead-in
                # opens and a full stop closes is that lead-in's; the sentence after it is narration
                # (or the next quote's lead-in), not a tag of this one
                before = at.tag_before(s, prv)
                if before is not None and before.speaker is not None:
                    tag = before
                    released.add(id(s))  # the narration after it may lead into the next quote
            if tag is None and k == 0 and not at.text[pstart : s.start].strip(" \n\"'«“‘—"):
                tag = _tag_in_previous_paragraph(at, paras, pi, by_para)
            seg_tags[id(s)] = tag

    # pass 2: split utterances at paragraph-internal speaker changes, merge same-speaker runs
    merged: list[Utterance] = []
    for u in utts:
        tag = next((seg_tags.get(id(s)) for s in u.segs if seg_tags.get(id(s))), None)
        if tag:
            _apply_tag(u, tag)
            if tag.attribution == "anaphoric" and tag.speaker is not None:
                _avoid_vocative(at, u, tag)
        prev = merged[-1] if merged else None
        # a stretch that runs on into the next paragraphs (the open-quote convention) joins like
        # a one-paragraph stretch: its later paragraphs are the same speech
        one_speech = len(u.segs) == 1 or all(s.continues for s in u.segs[1:])
        if (prev is not None and prev.last_para == u.para and one_speech and len(prev.segs) >= 1
                and prev.segs[-1].para == u.para and prev.segs[0].mark == u.segs[0].mark
                and (u.speaker is None and u.attribution is None and _continues_turn(at, prev, u)
                     or (u.speaker is not None and u.speaker == prev.speaker) or id(u.segs[0]) in resumed)):
            prev.segs.extend(u.segs)
            if prev.speaker is None and u.speaker is not None:
                prev.speaker, prev.attribution, prev.cue = u.speaker, u.attribution, u.cue
            continue
        merged.append(u)

    # a he/she tag saying the speech goes on ("she continued", "he added") is the last speaker
    # of that gender, whoever the cast's coreference links the pronoun to
    for k, u in enumerate(merged):
        if k > 0 and u.rule == "tag" and u.tag_pron in ("he", "she") and not u.introduced \
                and _continuing_cue(at, u):
            who = _last_speaker_of_gender(at, merged, k, u.tag_pron)
            if who is not None:
                if who != u.speaker:
                    u.speaker = who
                    u.notes.append("a tag that says the speech goes on: the last speaker of its gender")
                continue  # agreed or set: the antecedent rule below must not undo it
        if u.rule == "tag" and u.tag_pron in ("he", "she") and not u.introduced and u.speaker is not None:
            tok = next(iter(at.tokens(*u.evidence_spans[1])), None) if len(u.evidence_spans) > 1 else None
            # a he/she tag proper (not "said the girl") learns from a description before it
            described: list | None = [] if tok is not None and tok.lower_ in ("he", "she") else None
            ante = _subject_antecedent(at, merged, k, u.tag_pron,
                                       exclude=at.named_after(tok) if tok is not None else set(), current=u.speaker,
                                       described=described)
            who, nominal, noun = described[0] if described else (None, None, None)
            if noun is not None and u.tag_noun is None:
                # no recent tag used the description: the ranker reads the quote as one tagged by it
                # ("said the porter"), by what the story lately called so
                u.tag_noun = noun
            elif described:
                # the description tagged a line just before: its speaker, or the unnamed person it is
                if nominal is not None:
                    # someone the story does not name: not the cast's pick (the description stays
                    # on the quote; the narration beside it and turn-taking go on from there)
                    u.nominal, u.speaker = nominal, who
                elif who != u.speaker:
                    u.speaker = who
                u.notes.append("the tag pronoun's antecedent: a description that tagged a line just before")
                continue
            if ante is not None and ante != u.speaker:
                u.speaker = ante
                u.notes.append("the tag pronoun's antecedent: the last main-clause subject of its gender")
            elif ante is None:
                called = _called_just_before(at, merged, k, u.tag_pron)
                if called is not None and called != u.speaker:
                    u.speaker = called
                    u.notes.append("a he/she reply to a line that called one person of its gender by name")

    # pass 3: implicit speakers from the narration next to the quote, then turn-taking
    for k, u in enumerate(merged):
        me = _introduces_self(at, merged, k)
        if me is not None:
            u.speaker, u.attribution, u.confidence, u.rule = me, "explicit", 0.8, "self"
            u.notes.append("the quote says who is speaking")
            continue
        voice = _voice_lead_in(at, merged, k) if u.speaker is None or u.tag_pron == "they" else None
        note = "a lead-in ending on a colon gives the speaker's voice"
        if voice is None and u.speaker is None and not u.introduced:
            # "... and Teo's voice from somewhere behind you. / 'Left foot.'"
            voice, note = _voice_beside(at, merged, k), "the narration beside the quote tells whose voice it is"
        if voice is not None:
            # 'From the sitting room came Annie's voice, loud and off-key: "..."': the owner speaks
            u.speaker, u.attribution, u.confidence, u.rule, u.tag_pron = voice, "explicit", 0.7, "tag", None
            u.notes.append(note)
            continue
        if u.speaker is not None or u.introduced and u.rule == "tag":
            continue  # a tag that brings on a walk-on ("he said" after "the skipper came up") holds
        own = at.section_narrator(u.start) or at.reader_at(u.start)
        if own is not None and all(s.mark == "em" for s in u.segs) and own not in quote_vocatives(at, u) \
                and not _READ_CUES.search(at.text, max(0, u.start - 300), u.start) \
                and not _WRITTEN_CUES.search(at.text, max(0, u.start - 300), u.start):
            # '*Don't stare. You are a professional.*' standing in first- or second-person
            # narration: the teller's own unspoken thought, whoever the narration beside it is about
            u.speaker, u.attribution, u.confidence, u.rule, u.tag_pron = own, "implicit", 0.6, "narration", "i"
            u.notes.append("an italic thought in the narration: the narrator's")
            continue
        if own is None and all(s.mark == "em" for s in u.segs) \
                and not at.text[paras[u.para].span[0] : u.start].strip(" *_") \
                and not at.text[u.end : paras[u.last_para].span[1]].strip(" *_.") \
                and not _READ_CUES.search(at.text, max(0, u.start - 300), u.start) \
                and not _WRITTEN_CUES.search(at.text, max(0, u.start - 300), u.start) \
                and (focal := _focal_character(at, u.start)) is not None and focal not in quote_vocatives(at, u):
            # "*Breathe. Nothing is wrong any more.*" as a paragraph of its own in a third-person
            # story: the unspoken thought of the one the story follows (session 25)
            u.speaker, u.attribution, u.confidence, u.rule = focal, "implicit", 0.55, "narration"
            u.notes.append("an italic thought standing alone: the one the story follows")
            continue
        pstart, pend = paras[u.para].span
        prev_end = pstart
        for v in merged[max(0, k - 3) : k]:
            if v.last_para == u.para:
                prev_end = max(prev_end, v.end + 1)
        tagger = next((v for v in merged[max(0, k - 3) : k] if v.cue and prev_end <= v.cue[0] < u.start), None)
        cid, sspan = at.narration_subject(prev_end, u.start - 1, last=True, past_things=True)
        if tagger is not None and cid == tagger.speaker:
            cid, sspan = None, None  # narration that tags the previous quote says nothing about this one
        if tagger is None and (role := at.stranger_beat(sspan)) is not None:
            # 'A man with a kite under his arm wanders up. ... / The man lifts the jug. "..."': the
            # stranger brought on with "a", not the named man recency would pick (session 27)
            _as_walk_on(u, role, sspan, "subject of the narration beside the quote: a stranger brought on with 'a'")
            continue
        if cid is None and sspan is not None and tagger is None:
            role = at.beat_role(sspan)
            if role is not None:
                # 'The waitress comes back with a pot of coffee. "You folks ready?"': a walk-on's beat
                _as_walk_on(u, role, sspan, "subject of the narration beside the quote: someone the story does not name")
                continue
        if cid is None:
            nxt_start = pend
            if k + 1 < len(merged) and merged[k + 1].para == u.last_para:
                nxt_start = merged[k + 1].start - 1
            cid, sspan = at.narration_subject(u.end + 1, nxt_start, last=False)
            if tagger is None and (role := at.stranger_beat(sspan)) is not None:
                _as_walk_on(u, role, sspan, "subject of the narration beside the quote: a stranger brought on with 'a'")
                continue
            if cid is None and sspan is not None and tagger is None:
                role = at.beat_role(sspan)
                if role is not None:
                    # "'Ah.' The cleaner nodded.": a walk-on's beat after the quote
                    _as_walk_on(u, role, sspan, "subject of the narration beside the quote: someone the story does not name")
                    continue
        if cid is None and sspan is None and tagger is None:
            own = _teller_paragraph_before(at, merged, k)
            if own is not None:
                # 'I tried again. This time I didn't think about it, and let it out. / "Down by the
                # harbour..."': the teller whose act ends the narration paragraph speaks
                u.speaker, u.attribution, u.confidence, u.rule, u.tag_pron = own, "implicit", 0.6, "narration", "i"
                u.notes.append("the narrator ends the narration paragraph before the quote")
                continue
        if cid is None and sspan is None and tagger is None:
            role, rspan = _walk_on_paragraph_before(at, merged, k)
            if role is None:
                role, rspan = _stranger_paragraph_before(at, merged, k)
            if role is not None:
                # 'The waiter put his head round the door. / "Ladies? It's ten past."': a walk-on
                # who is the last subject of the narration paragraph right before a bare quote
                _as_walk_on(u, role, rspan, "subject of the narration paragraph before the quote: someone the story does not name")
                continue
            # 'After the rest had left, Bram lingered. He often lingered. / "Your hands are shaking,
            # Ivo."': the one the narration paragraph ends on speaks; 'I wandered along the stalls
            # until Kester stopped beside me. / "Cider, miss?"': the one the teller's paragraph
            # ends on, new to the talk, speaks
            for finder, note in ((_aloud_paragraph_before,
                                  "the one the narration paragraph before the quote says spoke aloud"),
                                 (_answers_phone_paragraph_before, ANSWERS_PHONE),
                                 (_actor_paragraph_before,
                                  "the one person acting at the end of the narration paragraph before the quote"),
                                 (_other_beside_teller, "the other person the teller's narration paragraph ends on"),
                                 (_arrival_paragraph_before,
                                  "the newcomer whose arrival the narration paragraph before the quote tells")):
                actor, aspan = finder(at, merged, k)
                if actor is not None and actor == u.not_speaker:
                    actor = None
                if actor is not None:
                    u.speaker, u.attribution, u.confidence, u.rule = actor, "implicit", 0.55, "narration"
                    u.evidence_spans.append(aspan)
                    u.notes.append(note)
                    break
            if actor is not None:
                continue
            looked, lspan = _walk_on_looks_at(at, merged, k)
            if looked is not None:
                # 'The waiter wrote it down and looked at Fitzroy. / "Just gravy for me."'
                u.speaker, u.attribution, u.confidence, u.rule = looked, "implicit", 0.55, "narration"
                u.evidence_spans.append(lspan)
                u.notes.append("the one a walk-on looks at at the end of the narration paragraph before the quote")
                continue
        walk_on = _walk_on_pronoun(at, merged, k, sspan) if sspan else None
        if walk_on is not None:
            # '"Finally," Ada's aunt says. / "Ada." / "Six years, Ada." She holds her at arm's length':
            # "she" is the walk-on who just spoke, not the woman the cast links it to
            _as_walk_on(u, walk_on, sspan, "subject of the narration beside the quote: the walk-on who spoke just before")
            continue
        if cid is not None and cid in quote_vocatives(at, u):
            cid = None  # "Jonah! Come and help me!" is not Jonah's, whoever the narration names
        if cid is not None and cid == u.not_speaker:
            cid = None  # '"...," said her mother. Ida smiled.': the daughter is not her own mother
        if cid is not None:
            u.speaker, u.attribution, u.confidence = cid, "implicit", 0.6
            u.rule = "narration"
            u.notes.append("subject of the narration beside the quote")
            if sspan:
                u.evidence_spans.append(sspan)
                if at.text[sspan[0] : sspan[1]].lower() in ("he", "she"):
                    u.beat_pron = at.text[sspan[0] : sspan[1]].lower()
                if at.text[sspan[0] : sspan[1]].lower() in FIRST or (
                        at.text[sspan[0] : sspan[1]].lower() == "you" and cid == at.reader_at(sspan[0])):
                    # "but I cut her off", "You slide into the seat": the narrator (or a reader-insert's
                    # reader), which no name-based feature sees
                    u.tag_pron = "i"

    for u in merged:  # (before turn-taking: a thought is no turn)
        after = at.text[u.segs[0].end : u.segs[0].end + 100]
        u.kind = kind_of(u.cue_lemma, after, u.segs[0])
        if u.segs[0].mark == "chat" and u.cue:
            u.kind = _chat_kind(at, u)
    _same_caller(at, merged)
    _walk_on_named_after(at, merged)
    _turn_taking(at, merged)
    away = absent_texters(at, merged)
    for u in merged:
        if u.speaker in away and u.rule == "turn" and u.segs[0].mark != "chat":
            # '**Brantley:** bring milk after / "Honestly."': someone who only texts is not in the room
            u.speaker, u.attribution, u.confidence, u.rule = None, None, 0.0, None
            u.notes.append("turn-taking: the pick only texts, and is not in the room")
    _addressees(at, merged)
    return at, merged


def absent_texters(at: Attributor, utts: list[Utterance]) -> set[str]:
    """Characters who send messages on a phone and are named nowhere in the narration but in the
    messages' own labels ("**Brantley:** where r u"): they are not in the room, and say nothing
    aloud there (session 29)."""
    chat_paras = {p for u in utts if u.segs[0].mark == "chat" for p in range(u.para, u.last_para + 1)}
    texters = {u.speaker for u in utts if u.segs[0].mark == "chat" and u.speaker}
    texters -= {n.character for n in at.narr if n.character}  # the "I" (or "you") is there, named or not
    if not texters:
        return set()
    paras = at.story.paragraphs
    starts = [p.span[0] for p in paras]
    seen = set()
    for m_s, _m_e, cid, kind in at.ments:
        if cid in texters and kind == "name" and not at.in_quote(m_s) and bisect.bisect_right(starts, m_s) - 1 not in chat_paras:
            seen.add(cid)
    return texters - seen


CONTINUING_CUES = {"add", "continue", "resume", "repeat", "pursue", "proceed", "persist", "reiterate"}


def _continuing_cue(at: Attributor, u: Utterance) -> bool:
    """Does the tag's verb say the speech goes on ("she continued", "he added", "he went on")?"""
    if not u.cue or u.cue_lemma is None:
        return False
    if u.cue_lemma in CONTINUING_CUES:
        return True
    return u.cue_lemma == "go" and re.match(r"\s+on\b", at.text[u.cue[1] : u.cue[1] + 6]) is not None  # not "onto"


def _last_speaker_of_gender(at: Attributor, merged: list[Utterance], k: int, gender: str,
                            back: int = 3, paras: int = 3) -> str | None:
    """The speaker of the nearest of the ``back`` quotes before quote ``k`` (within ``paras``
    paragraphs) whose speaker has ``gender`` (quotes with no speaker yet are passed over); None when
    there is none."""
    u = merged[k]
    for v in reversed(merged[max(0, k - back) : k]):
        if u.para - v.last_para > paras:
            return None
        if v.speaker is None:
            continue
        if at.genders.get(v.speaker) == gender:
            return v.speaker
    return None


def _called_just_before(at: Attributor, merged: list[Utterance], k: int, pron: str) -> str | None:
    """The one person of the pronoun's gender whom the quote in the paragraph just before calls by
    name, when that quote's speaker is someone else ('"Are you cold, Marta?" asked Ivo. / "Not
    at all," she said': Marta answers). None when it names nobody or several of that gender."""
    if k == 0:
        return None
    u, v = merged[k], merged[k - 1]
    if v.last_para != u.para - 1 or v.kind == "thought":
        return None
    called = [cid for cid in quote_vocatives(at, v) if cid != v.speaker and at.genders.get(cid) == pron]
    return called[0] if len(called) == 1 else None


def _described_before(at: Attributor, merged: list[Utterance], k: int, tok,
                      back: int = 6, paras: int = 6) -> tuple[str | None, str | None] | None:
    """Whom a description that is the subject of the narration before a he/she tag means, when the
    same description tagged one of the ``back`` quotes before ('"Oh, at Harrow," said the porter. /
    The porter sighed. / "...," he said': the porter again): (speaker, unnamed description) of that
    quote, the description set when the story never names its person; None when no recent tag used
    it (a he/she tag that took the description from the narration before it counts as using it)."""
    lemma = tok.lemma_.lower()
    u = merged[k]
    for v in reversed(merged[max(0, k - back) : k]):
        if u.para - v.last_para > paras:
            return None
        noun = v.tag_noun[0].split("|")[0] if v.tag_noun else None
        if noun != lemma and not (v.nominal and v.nominal.rsplit(" ", 1)[-1] == lemma):
            continue
        if v.nominal:
            return v.speaker, v.nominal
        return (v.speaker, None) if v.speaker is not None else None
    return None


# parts and states of a person that stand for the person as a sentence's subject ("Ada's face fell")
OWN_PARTS = {"body", "face", "hand", "eye", "voice", "lip", "cheek", "heart", "mind", "head", "brow", "colour",
             "color", "tone", "manner", "look", "smile", "temper", "spirit", "anxiety", "feeling", "thought",
             "glance", "gaze", "expression", "countenance", "features", "arm", "finger", "shoulder"}


def _subject_antecedent(at: Attributor, merged: list[Utterance], k: int, pron: str,
                        exclude: set[str] | frozenset = frozenset(), current: str | None = None,
                        described: list | None = None) -> str | None:
    """The person a he/she tag points back to when the narration right before the quote (its
    paragraph's narration before it, and the narration paragraph before when the quote opens its
    own) has a main-clause subject of the pronoun's gender in its last three sentences: the last
    such subject, a name or a description ("Perfetta burst into congratulations. '...!' she cried";
    "Syme turned his eyes on Bull. / '...,' he said"). Pronoun subjects are passed over (a chain of
    "he" goes back to the man last named as a subject: "Mr. Ashby was a friend to all; she
    knew Mr. Pell looked up to him. / '...,' he replied"); a subject in a subordinate clause (Mr.
    Pell there) or an object does not count. On PDNC dev the cast's coreference gave such tags
    the object or the subordinate name of the sentence before as often as not. When the window
    names no one there, the cast's link of the nearest narration subject pronoun of that gender
    (not a speech tag's) stands for the chain: it sits nearer the name it goes back to than the tag
    does ("He counted the boats. Tobiah Wren's dog came down the steps. / '...,' he said").
    With ``described`` (a list), a definite description no character stands for as that subject
    ("The porter sighed. / '...,' he said") stops the search, as a person of that gender the story
    does not name does: it is appended as (speaker, unnamed description, None) when the same
    description tagged one of the quotes just before (:func:`_described_before`), else as (None,
    None, (lemma, offset)) for the ranker to look up what the story meant by it."""
    u = merged[k]
    paras = at.story.paragraphs
    pstart = paras[u.para].span[0]
    lo = pstart
    for v in merged[max(0, k - 3) : k]:
        if v.last_para == u.para:
            lo = max(lo, v.end + 1)
    spans = [(lo, u.start)]
    if lo == pstart and u.para > 0 and not at.text[pstart : u.start].strip(" \n\"'“‘") \
            and not any(v.last_para == u.para - 1 for v in merged[max(0, k - 3) : k]):
        spans.insert(0, paras[u.para - 1].span)
    sents = []
    for a, b in spans:
        cur: list = []
        for t in at.tokens(a, b):
            if at.in_quote(t.idx):
                continue
            cur.append(t)
            if t.is_sent_end or t.text in (".", "!", "?", ";"):
                sents.append(cur)
                cur = []
        if cur:
            sents.append(cur)
    allsents = [x for x in sents if any(t.is_alpha for t in x)]
    sents = allsents[-3:]
    tags = {v.evidence_spans[1][0] for v in merged[max(0, k - 3) : k + 1] if v.cue and len(v.evidence_spans) > 1}
    chain = None  # the cast's link of the nearest narration "he"/"she" subject, when no name is found
    for sent in reversed(sents):
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and (
            t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT"))]
        for t in reversed(subjects):
            low = t.lower_
            if low in THIRD or low in FIRST or low in ("you", "it", "this", "that", "there", "who"):
                if chain is None and THIRD.get(low) == pron and t.idx not in tags:
                    link = at.index.at((t.idx, t.idx + len(t.text)))
                    chain = link if link is not None and at.genders.get(link) == pron else None
                continue
            cid, _kind, _span = at.resolve_subject(t)
            if cid is None:
                lemma = t.lemma_.lower()
                gender = NOUN_GENDER.get(lemma)
                if described is not None and _definite(t) and (gender == pron or gender is None and (
                        _person_noun(lemma) or _role_word(lemma) or _described_before(at, merged, k, t))):
                    # "The porter sighed and shook his head. / '...,' he said": the porter, not the
                    # man the cast links "he" to (a thing, "the door", is no one: passed over)
                    same = _described_before(at, merged, k, t)
                    described.append((*same, None) if same is not None else (None, None, (lemma, t.idx)))
                    return None
                if gender == pron:
                    return None  # someone of that gender the story does not name
                # "Nell's hands were shaking": a part or a state of someone's as the subject is about
                # its owner (not "Tobiah Wren's dog came down the steps")
                poss = next((c for c in t.children if c.dep_ == "poss"), None)
                if poss is not None and poss.lower_ not in THIRD and poss.pos_ == "PROPN" \
                        and t.lemma_.lower() in OWN_PARTS:
                    pid = at.index.at((poss.idx, poss.idx + len(poss.text))) or at.resolve_subject(poss)[0]
                    if pid is not None and at.genders.get(pid) == pron and pid not in exclude:
                        return pid
                continue
            if at.genders.get(cid) == pron and cid not in exclude:
                # (someone the tag's own clause names is never its pronoun: Principle C); when the
                # cast's own pick is named as the subject of a clause later in the same sentence
                # ("Cora watched the rain while Agatha poured the tea"), the sentence does not decide
                if current is not None and any(
                        x.dep_ in ("nsubj", "nsubjpass") and x.idx > t.idx and x.lower_ not in THIRD
                        and at.index.at((x.idx, x.idx + len(x.text))) == current for x in sent):
                    return None
                return cid
    if chain is not None and FAR_SUBJECT_SENTENCES > 3:
        # the last three sentences only say "he"/"she": the cast's link of the nearest one often
        # goes to a man named in passing (an object, a possessor) rather than to the one the
        # narration has been following; the last named main-clause subject further back is that one
        far = _far_named_subject(at, allsents[-FAR_SUBJECT_SENTENCES:-3], pron, exclude)
        if far is not None:
            return far
    return chain if chain not in exclude else None


# how many narration sentences before a he/she tag are read for the chain's named topic when the last three
# only say "he"/"she" (PDNC dev: 6 and 10 gave fewer right than 20)
FAR_SUBJECT_SENTENCES = 20


def _main_clause(verb) -> bool:
    """Is ``verb`` the head of a main clause: the root, a verb joined to it, or a clause before the
    root that the parser hung on it as its complement ("For a moment Quenby forgot the matter; the
    rain came on" parsed with "came" as the root)?"""
    if verb.dep_ in ("ROOT", "parataxis"):
        return True
    return verb.head.dep_ == "ROOT" and (verb.dep_ == "conj" or verb.dep_ == "ccomp" and verb.i < verb.head.i)


def _far_named_subject(at: Attributor, sents: list, pron: str, exclude) -> str | None:
    """The last named main-clause subject of the pronoun's gender in ``sents`` (a longer stretch of
    narration before a he/she tag whose last sentences only say "she"): the topic of that chain
    ("Marisk walked home. The wind ... Quenby's boats knocked together. She watched them. She ... / '...,'
    she said": Marisk). A named subject of the other gender is passed over; one whose gender the cast
    does not know stops the search (None), as does the first one of the gender being excluded."""
    for sent in reversed(sents):
        # (a clause the parser hung on the root of a sentence joined by ";" is a main clause too)
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and _main_clause(t.head)]
        for t in reversed(subjects):
            if t.lower_ in THIRD or t.lower_ in FIRST or t.pos_ != "PROPN":
                continue
            cid = at.index.at((t.idx, t.idx + len(t.text))) or at.resolve_subject(t)[0]
            if cid is None or at.genders.get(cid) not in (pron, "unknown", None):
                continue  # someone of the other gender: the chain goes past them
            return cid if at.genders.get(cid) == pron and cid not in exclude else None
    return None


def _introduces_self(at: Attributor, merged: list[Utterance], k: int) -> str | None:
    """The character a quote says is speaking: "I'm Joss, this is my garage" ("My name's ...",
    "Name's ..."), or a reply that opens on a bare name to someone who has just introduced
    themselves ("Halvard." / "Ines."). Only for a quote without a tag naming someone, and never a
    person the quote calls by name otherwise."""
    u = merged[k]
    if u.speaker is not None and (u.rule != "tag" or u.tag_pron not in ("he", "she")) or u.nominal:
        return None
    text = at.text[u.segs[0].start : u.segs[0].end]
    m = _SELF_NAMED.search(text)
    cid = _own_name(at, m.group(1)) if m else None
    if cid is None and (m := _CALLER_NAMED.search(text)) is not None and _a_call(at, u, text, m):
        cid = _own_name(at, m.group(1))
    if cid is None and (m := _VOC_NAME_ALONE.match(text.strip(" \"'“”‘’—-"))) is not None:
        x = _own_name(at, m.group(1))
        if x is not None and _offers_hand(at, u, x):
            cid = x  # 'He holds out a hand. "Radek."': the one holding out a hand says his own name
    if cid is None and k > 0 and merged[k - 1].rule == "self" and merged[k - 1].speaker \
            and u.para == merged[k - 1].last_para + 1:
        m = _NAME_FIRST.match(text)  # a bare name in answer to an introduction is the answerer's own
        cid = _own_name(at, m.group(1)) if m else None
        if cid == merged[k - 1].speaker:
            return None
    if cid is None:
        return None
    if u.tag_pron in ("he", "she") and at.genders.get(cid) in ("he", "she") and at.genders[cid] != u.tag_pron:
        return None
    return cid


def _offers_hand(at: Attributor, u: Utterance, x: str) -> bool:
    """Is the narration sentence right before quote ``u`` in its paragraph ``x`` holding out a hand
    ("offers her hand", "held his hand out", "stuck a hand out")?"""
    ps = at.story.paragraphs[u.para].span[0]
    if u.start - ps > 300:
        return False
    if len(u.segs) > 1:
        return False
    cid, sspan = at.narration_subject(ps, u.start - 1, last=True)
    if cid != x or sspan is None:
        return False
    pe = at.story.paragraphs[u.para].span[1]
    after, _ = at.narration_subject(u.end, pe, last=False) if re.search(r"\w", at.text[u.end : pe]) else (None, None)
    if after is not None and after != x:
        return False  # '... "Radek." Mirela shook her head.': the other's beat after the name; she said it
    verb = at.tokens(sspan[0], sspan[1])[-1].head
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False  # "held out his hand for the knife": asking for something, no handshake
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "hand" for c in verb.children) and (
        verb.lemma_.lower() in ("offer", "extend") or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))


def _a_call(at: Attributor, u: Utterance, text: str, m: re.Match) -> bool:
    """Is "this is X" / "it's X" in quote ``u`` a caller naming themselves, not someone introduced
    ("Ada, this is Tom")? The call sign is said twice before it ("Rock, Rock, this is ..."), the
    quote ends on "over", "speaking" or "here" follows the name, or the narration just before the
    quote (its paragraph, or the paragraph before) shows a radio, a phone or an intercom."""
    after = text[m.end() : m.end() + 12].lstrip(" ,")
    if after.startswith(("speaking", "here")) or _OVER.search(text.rstrip(" \"'”’")):
        return True
    head = [w.strip() for w in text[: m.start()].split(",") if w.strip()]
    if len(head) >= 2 and head[-1] == head[-2]:
        return True
    ps = at.story.paragraphs[max(0, u.para - 1)].span[0]
    before = at.text[ps : u.start]
    narration = "".join(ch for i, ch in enumerate(before) if not at.in_quote(ps + i))
    # "She checked the display and groaned. 'It's Dunstan.'": whoever reads the caller's name off
    # a screen says who is calling, and is not the caller (session 25)
    last = narration[max(0, narration.rfind("\n\n")):]
    if _READS_CALLER.search(last):
        return False
    return _CALL_DEVICE.search(narration) is not None


def _own_name(at: Attributor, name: str) -> str | None:
    """The character a name someone gives as their own stands for: the whole name, or one word
    of one character's names; not a title ("I am Lady Patroness")."""
    if name.split()[0].rstrip(".").lower() in _COMMON_TITLES:
        return None
    return at.index.by_name(name) or (at.name_words().get(name) if " " not in name else None)


def _voice_lead_in(at: Attributor, merged: list[Utterance], k: int) -> str | None:
    """The character whose voice the narration right before quote ``k`` brings on with a colon
    ("came Annie's voice, loud and very off-key:", "Teddy's voice rising into the old song:"), in
    its own paragraph or as the whole paragraph before."""
    u = merged[k]
    lo = merged[k - 1].end if k > 0 else 0
    ps = at.story.paragraphs[u.para].span[0]
    before = at.text[max(lo, ps) : u.start]
    if not before.strip(" \n\"'“‘«—") and u.para > 0 and (k == 0 or merged[k - 1].last_para < u.para - 1):
        qs, qe = at.story.paragraphs[u.para - 1].span
        lo = max(lo, qs)
    else:
        lo = max(lo, ps)
    lead = at.text[lo : u.start].rstrip(" \n\"'“‘«—")
    if not lead.endswith(":"):
        return None
    start = max(lead.rfind(". "), lead.rfind("! "), lead.rfind("? "), -1) + lo + 1  # its last sentence
    for t in at.tokens(start, lo + len(lead)):
        if t.lemma_.lower() == "voice" and not at.in_quote(t.idx):
            owner = _voice_of(t)
            if owner is not t:
                cid = at.index.at((owner.idx, owner.idx + len(owner.text))) or _resolve_name(at, owner.text)
                if cid is not None:
                    return cid
    return None


def _owned_voice(at: Attributor, lo: int, hi: int, before: bool) -> str | None:
    """The named owner of a voice the narration sentence in ``[lo, hi)`` tells of: the last sentence
    of the narration before a quote ("... and Teo's voice from somewhere behind you.", "Ada's voice
    carried up the stairs.") or the first one after it ("Lorcan's voice, tinny and cheerful."). The
    voice is the sentence's subject or ends it (no verb after it); its owner is a name (not "her
    voice", not "a voice like Ada's")."""
    text = at.text[lo:hi]
    if before:
        start = max(text.rstrip().rfind(". "), text.rstrip().rfind("! "), text.rstrip().rfind("? "), -1) + lo + 1
        end = hi
    else:
        start = lo
        m = re.search(r"[.!?](?:\s|$)", text)
        end = lo + m.end() if m else hi
    toks = list(at.tokens(start, end))
    for i, t in enumerate(toks):
        if t.lemma_.lower() != "voice" or at.in_quote(t.idx):
            continue
        owner = _voice_of(t)
        if owner is t or owner.pos_ != "PROPN":
            continue
        if t.dep_ not in ("nsubj", "ROOT") and any(x.pos_ in ("VERB", "AUX") for x in toks[i + 1 :]):
            continue
        cid = at.index.at((owner.idx, owner.idx + len(owner.text))) or _resolve_name(at, owner.text)
        if cid is not None:
            return cid
    return None


def _voice_beside(at: Attributor, merged: list[Utterance], k: int) -> str | None:
    """The owner of the voice the narration right beside an untagged quote tells of: the
    narration before it in its paragraph, or the whole paragraph before when the quote opens its
    own ("... the crimp, and Teo's voice from somewhere behind you. / 'Left foot.'"), or the
    narration right after its first piece ('"Chase to Kestrel." Lorcan's voice, tinny and
    cheerful. "I've lost you."')."""
    u = merged[k]
    lo = merged[k - 1].end if k > 0 else 0
    ps, pe = at.story.paragraphs[u.para].span
    if not at.text[max(lo, ps) : u.start].strip(" \n\"'“‘«—") and u.para > 0 \
            and (k == 0 or merged[k - 1].last_para < u.para - 1):
        qs, qe = at.story.paragraphs[u.para - 1].span
        cid = _owned_voice(at, max(lo, qs), qe, before=True)
    elif at.text[max(lo, ps) : u.start].strip(" \n\"'“‘«—"):
        cid = _owned_voice(at, max(lo, ps), u.start, before=True)
    else:
        cid = None
    if cid is None:
        nxt = u.segs[1].start if len(u.segs) > 1 else pe
        if k + 1 < len(merged) and merged[k + 1].para == u.para:
            nxt = min(nxt, merged[k + 1].start)
        seg_end = u.segs[0].end
        if at.text[seg_end : nxt].strip(" \n\"'”’»—"):
            cid = _owned_voice(at, seg_end, nxt, before=False)
    if cid is not None and cid in quote_vocatives(at, u):
        return None
    return cid


def _teller_paragraph_before(at: Attributor, merged: list[Utterance], k: int) -> str | None:
    """The first-person narrator, when a bare quote opens the paragraph after a pure narration
    paragraph whose last sentence is the "I" acting alone (no one looked at or spoken to) and in
    which no one else is the subject of a main clause ("He filled in a clue. I stirred the pot.")."""
    before = _narration_paragraph_before(at, merged, k)
    own = at.section_narrator(merged[k].start) if before is not None else None
    if own is None:
        return None
    qs, qe = before
    cid, sspan = at.narration_subject(qs, qe, last=True)
    if cid != own or sspan is None or at.text[sspan[0] : sspan[1]].lower() not in ("i",):
        return None
    toks = at.tokens(sspan[0], sspan[1])
    verb = toks[-1].head if toks else None
    if verb is None:
        return None
    others = {at.index.at((t.idx, t.idx + len(t.text))) for t in at.tokens(qs, qe)
              if t.dep_ == "nsubj" and t.head.dep_ in ("ROOT", "conj")} - {own, None}
    if others or any(t.lower_ in ("him", "her", "them", "you") or t.pos_ == "PROPN" and at.index.at(
            (t.idx, t.idx + len(t.text))) for t in verb.sent):
        return None  # "I looked at Gideon": someone else is in the act, who may answer
    return own


# acts that answer the last line in their own way: the other person speaks next
# how a listener answers a line without words, or keeps from answering it
REACTION_LEMMAS_BASE = {"nod", "shrug", "smile", "grin", "agree", "assent", "ignore", "accept", "frown", "wince",
                        "blush", "flush", "stare", "obey", "bow", "shake", "raise", "wave", "point", "scowl", "glare",
                        "blink"}
REACTIONS = REACTION_LEMMAS_BASE | {"laugh", "sigh", "hesitate", "pause", "gasp", "groan", "snort", "chuckle", "giggle",
                                    "swallow"}
SING_LEMMAS = {"sing", "chant", "recite", "croon"}  # verbs whose words the next bare line may be
ACTOR_PARAGRAPH = 120  # the longest narration paragraph read as one person's beat before a bare quote


PERCEPTION_LEMMAS = {"hear", "overhear", "listen", "watch", "see", "notice", "feel", "imagine", "remember"}


def _sung_in_main_clause(t) -> bool:
    """Is sing-verb ``t`` the singing the sentence tells, not one only heard, watched, feared or denied: the
    root, or reached from the root (or from a coordinated or juxtaposed clause with its own subject) through
    xcomp/conj only ("began to sing", "sat down and sang"), none of the verbs on the way negated or a verb of
    perception ("Tom listened to Mary sing", "Tom hated it when Mary sang")? (review of session 28)"""
    v = t
    while True:
        if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in v.children):
            return False
        if v is not t and v.lemma_.lower() in PERCEPTION_LEMMAS:
            return False
        if v.dep_ == "ROOT" or v.head is v:
            return True
        if v.dep_ in ("conj", "parataxis") and any(c.dep_ == "nsubj" for c in v.children):
            # "..., and after a while she started to sing", "..., so she sings instead,": a clause of its own,
            # whatever the parser hung it on
            return True
        if v.dep_ not in ("xcomp", "conj"):
            return False
        v = v.head


def _aloud_paragraph_before(at: Attributor, merged: list[Utterance], k: int) -> tuple[str | None, Span | None]:
    """(character, subject span) of the one a pure narration paragraph before a bare quote ``k``
    says, in its last sentence, did something aloud ("Tove leaned on the sill and counted the
    gulls out loud. / 'Nine. Ten. ...'"): they say it (session 25)."""
    before = _narration_paragraph_before(at, merged, k)
    if before is None:
        return None, None
    qs, qe = before
    toks = at.tokens(qs, qe)
    if not toks:
        return None, None
    last = [t for t in toks if t.sent == toks[-1].sent and not at.in_quote(t.idx)]
    for t in last:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SING_LEMMAS:
            if not _sung_in_main_clause(t):
                continue  # "Tom listened to Mary sing", "... when Mary sang", "Mary did not sing" (review)
            v = t  # "Hebe set down the basket and started to sing": the song is hers (session 28)
            while v.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in v.children) and v.head is not v:
                v = v.head
        elif not (t.lower_ == "aloud" or t.lower_ == "loud" and t.i > 0 and t.nbor(-1).lower_ == "out"):
            continue
        else:
            v = t.head
        if v.lemma_.lower() in REACTIONS:
            continue  # "He chuckled aloud": no words of his
        cid, sspan = _subject_not_called(at, v, merged[k])  # "leaned on the sill and counted the gulls out loud"
        if cid is not None:
            return cid, sspan
    return None, None


def _subject_not_called(at: Attributor, v, utt: Utterance) -> tuple[str | None, Span | None]:
    """(character, subject span) of the subject of verb ``v`` — climbing "and"-joined verbs to the
    one that has it ("dried his fingers and answered it") — unless quote ``utt`` calls them by name:
    one speaks to someone else, not to oneself."""
    while v.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in v.children) and v.head is not v:
        v = v.head
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None, None
    cid, _how, sspan = at.resolve_subject(subj)
    if cid is None or cid in quote_vocatives(at, utt):
        return None, None
    return cid, sspan


_PHONE_WORD = re.compile(r"\b(?:phone|telephone|landline|mobile|cell|handset|receiver|call)\b", re.I)


def _answers_phone_paragraph_before(at: Attributor, merged: list[Utterance], k: int) -> tuple[str | None, Span | None]:
    """(character, subject span) of the one who, in the last sentence of the narration paragraph
    before a bare quote ``k``, answers or picks up a phone the paragraph mentions ("The landline
    trilled. Oswin dried his fingers and picked up." / "Oswin here."): the call's first words are
    theirs, whoever else the paragraph names (session 28)."""
    before = _narration_paragraph_before(at, merged, k)
    if before is None or before[1] - before[0] > ARRIVAL_PARAGRAPH or not _PHONE_WORD.search(at.text, *before):
        return None, None
    toks = at.tokens(*before)
    if not toks:
        return None, None
    for v in (t for t in toks if t.sent == toks[-1].sent and t.pos_ in ("VERB", "AUX")):
        lemma = v.lemma_.lower()
        if not (lemma == "answer" and any(c.dep_ == "dobj" for c in v.children)
                or lemma == "pick" and any(c.lower_ == "up" and c.dep_ == "prt" for c in v.children)):
            continue
        cid, sspan = _subject_not_called(at, v, merged[k])
        if cid is not None:
            return cid, sspan
    return None, None


def _actor_paragraph_before(at: Attributor, merged: list[Utterance], k: int) -> tuple[str | None, Span | None]:
    """(character, subject span) of the one person a pure narration paragraph before a bare quote
    ``k`` is about, acting alone in its last sentence ("After the rest had left, Bram lingered. He
    often lingered. / '...'"): no one else is the subject of a main clause there, no one is looked
    at or spoken to, nobody keeps silent ("didn't answer"), the act is plain (not leaving), and
    the quote does not call them by name — as for the narrator's "I"."""
    before = _narration_paragraph_before(at, merged, k)
    if before is None:
        return None, None
    qs, qe = before
    cid, sspan = at.narration_subject(qs, qe, last=True)
    if cid is None or sspan is None or at.text[sspan[0] : sspan[1]].lower() in FIRST | {"you", "they"}:
        return None, None
    first = at.first_named_in(cid, qs, qe)
    if qe - qs > (ARRIVAL_PARAGRAPH if first else ACTOR_PARAGRAPH):
        return None, None  # a novel's long paragraph of reported talk and reactions
    if cid in (at.section_narrator(merged[k].start), at.reader_at(merged[k].start)):
        return None, None  # the teller's own rule
    toks = at.tokens(sspan[0], sspan[1])
    verb = toks[-1].head if toks else None
    if verb is None or not _turns_to_speak(verb) or verb.lemma_.lower() in REACTIONS | SPEECH_LEMMAS \
            or verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" for c in verb.children):
        return None, None  # "Teodor nodded.", "He was silent.", "Petra said that...": a reply of its own
    if any(any(c.dep_ == "neg" for c in t.head.children) for t in _main_subjects(at.tokens(qs, qe))):
        return None, None  # "Wren didn't answer."
    if _someone_else_in(at, at.tokens(qs, qe), verb, cid, merged[k], teller=False):
        return None, None
    last = merged[max(0, k - 3) : k]
    if len(last) == 3 and first:
        # 'Perpetua, who ran the tombola, climbed onto a crate.' / "Tickets, please!": someone the
        # story brings on in this very paragraph cannot be one of the talkers before, known or not
        # (session 28)
        return cid, sspan
    if len(last) < 3 or any(v.speaker is None for v in last) or cid in {v.speaker for v in last}:
        # 'Mr. Crane let the remark pass.' / 'Teodor nodded.': a talker's narrated act after a
        # line is often their answer to it, and the other speaks next; only someone plainly not
        # one of the last three talkers comes in so
        return None, None
    return cid, sspan


ARRIVE_LEMMAS = {"arrive", "enter", "appear", "emerge", "reappear"}
# verbs of moving that are an arrival with "in", "over", "through", "up", "back", "into": "came in",
# "came over", "shouldered through the door", "walked up" (not "returned to his work", "burst out laughing")
ARRIVE_MOVES = {"come", "return", "walk", "stride", "burst", "hurry", "wander", "stroll", "shoulder", "barge", "stomp",
                "march", "saunter", "amble", "rush", "run", "limp", "stumble", "climb", "slip", "sweep", "breeze",
                # session 24: more ways of coming through a door ("pushed back through the door", "backed
                # through it", "bustled in", "stepped in", "ducked in", "shuffled over")
                "push", "shove", "squeeze", "back", "sidle", "edge", "bustle", "trudge", "storm", "stalk", "dash",
                "jog", "step", "pop", "duck", "shuffle", "stagger", "dart", "troop", "tramp", "trundle", "tumble",
                "bounce", "drift", "head", "swing"}
ARRIVE_PARTICLES = {"in", "into", "over", "through", "up", "back", "across"}
ARRIVE_OUT = {"come", "climb", "step"}  # "came out of the boathouse", "climbed out of the cab"
ARRIVAL_PARAGRAPH = 400


def _arrival_paragraph_before(at: Attributor, merged: list[Utterance], k: int) -> tuple[str | None, Span | None]:
    """(character, subject span) of a newcomer whose arrival the narration paragraph before a bare
    quote tells ("Ebba came back in, arms full of shopping." / "Is the kettle on?"): the last
    main-clause subject of the paragraph whose verb (or a verb joined to it) is an arrival, a
    character who is none of the last three talkers (those known so far: turn-taking comes later, so
    an unknown one does not block, unlike :func:`_actor_paragraph_before`), not the teller and not
    called by name in the quote. Not a plain "returned" ("returned to his work") or "burst out
    laughing"; paragraphs up to ``ARRIVAL_PARAGRAPH`` characters (an arrival is told at length)."""
    before = _narration_paragraph_before(at, merged, k)
    if before is None or before[1] - before[0] > ARRIVAL_PARAGRAPH:
        return None, None
    last = merged[max(0, k - 3) : k]
    if len(last) < 3:
        return None, None
    talkers = {v.speaker for v in last}
    found: tuple[str | None, Span | None] = (None, None)
    pairs = [(subj, v) for subj in _main_subjects(at.tokens(*before)) for v in (subj.head, *subj.head.conjuncts)]
    for t, verb in pairs:  # the subject's verb and the verbs joined to it ("turned around ... and came over")
        lemma = verb.lemma_.lower()
        if verb.tag_ in ("VBG", "VBN") or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
            continue
        parts = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod")}
        if any(c.dep_ == "xcomp" for c in verb.children):
            continue  # "burst out laughing", "came to see"
        if lemma not in ARRIVE_LEMMAS and not (lemma in ARRIVE_MOVES and parts & ARRIVE_PARTICLES) \
                and not (lemma in ARRIVE_OUT and "out" in parts):
            continue
        who = at.index.at((t.idx, t.idx + len(t.text)))
        if who is None and t.lower_ in ("he", "she"):
            who = at.recent_by_gender(t.idx, t.lower_)
        if who is not None:
            found = (who, (t.idx, t.idx + len(t.text)))
    cid = found[0]
    u = merged[k]
    if cid is None or cid in talkers or cid in (at.section_narrator(u.start), at.reader_at(u.start)) \
            or cid in quote_vocatives(at, u):
        return None, None
    return found


def _main_subjects(toks) -> list:
    """The subjects of main clauses (the root verb and its conjuncts) among ``toks``."""
    return [t for t in toks if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("ROOT", "conj")]


def _someone_else_in(at: Attributor, toks, verb, cid: str, u: Utterance, teller: bool) -> bool:
    """Is someone besides ``cid`` in the narration paragraph ``toks`` who may speak quote ``u``
    instead: another main-clause subject (with ``teller``, the teller's "I", "we", "you" are passed
    over; else they count), another character named in ``verb``'s sentence (without ``teller``,
    also an object pronoun: "She looked at him"), or ``cid`` called by name in the quote?"""
    for t in _main_subjects(toks):
        if t.lower_ in ("i", "we", "you"):
            if teller:
                continue
            return True
        who = at.index.at((t.idx, t.idx + len(t.text)))
        if (who is not None and who != cid) or (t.pos_ == "PROPN" and who is None):
            return True  # someone else acts in the paragraph too, who may speak
    pronouns = () if teller else ("him", "her", "them", "you", "me", "us")
    if any(t.lower_ in pronouns or t.pos_ == "PROPN" and at.index.at((t.idx, t.idx + len(t.text))) not in (None, cid)
           for t in verb.sent):
        return True  # "She looked at Tom": the one looked at may answer
    return cid in quote_vocatives(at, u)


TELLER_PARAGRAPH = 400  # the longest narration paragraph read as the teller and one other person acting


def _names_someone(stoks) -> bool:
    """Does a subject phrase name someone: a proper noun, or capitalised words that are neither
    a determiner nor a pronoun (the small tagger calls names like "Rosy" an adjective or a common noun)?"""
    return any(t.pos_ == "PROPN" for t in stoks) or bool(stoks) and all(
        t.text[:1].isupper() and t.pos_ not in ("DET", "PRON") for t in stoks)


def _other_beside_teller(at: Attributor, merged: list[Utterance], k: int) -> tuple[str | None, Span | None]:
    """(character, subject span) of the one person besides the teller that a first- or
    second-person narration paragraph before a bare quote ``k`` ends on, when they are new to the
    talk: "I wandered along the stalls until Kester stopped beside me", "We all looked up. Idris was
    jumping down from the cart", "Mrs Lund shut the ledger and looked at me". The teller is
    in the paragraph ("I", "we", "me", "you"); no one else is a main-clause subject there or named
    in its last sentence; the act is not leaving, a reaction or reported speech; they spoke in none
    of the last four quotes whose speaker is known, and the quote does not call them by name."""
    before = _narration_paragraph_before(at, merged, k)
    if before is None:
        return None, None
    qs, qe = before
    if qe - qs > TELLER_PARAGRAPH:
        return None, None
    teller = at.section_narrator(merged[k].start) or at.reader_at(merged[k].start)
    if teller is None:
        return None, None
    toks = at.tokens(qs, qe)
    if not any(t.lower_ in FIRST | {"my", "you", "your"} for t in toks):
        return None, None  # the teller is not in the scene the paragraph tells
    cid, sspan = at.narration_subject(qs, qe, last=True)
    if cid is None or sspan is None or cid == teller \
            or at.text[sspan[0] : sspan[1]].lower() in FIRST | {"you", "they"}:
        return None, None
    stoks = at.tokens(sspan[0], sspan[1])
    if not _names_someone(stoks):
        return None, None  # "He paused by my desk": someone new is named, a pronoun may be anyone's
    verb = stoks[-1].head if stoks else None
    if verb is None or verb.lemma_.lower() in REACTIONS | SPEECH_LEMMAS | LEAVE_LEMMAS:
        return None, None
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "off", "out") for c in verb.children):
        return None, None
    if any(any(c.dep_ == "neg" for c in t.children) and t.dep_ in ("ROOT", "conj") for t in verb.sent):
        return None, None  # "Wren didn't answer."
    if _someone_else_in(at, toks, verb, cid, merged[k], teller=True):
        return None, None
    if cid in {v.speaker for v in merged[max(0, k - 4) : k]}:
        return None, None
    return cid, sspan


REACTION_PARAGRAPH = 200  # the longest narration paragraph read as one listener's reaction
ANSWER_LEMMAS = {"answer", "reply", "respond", "speak", "say", "comment"}
# the wordless answers that tell a listener's reaction (not "laughed", "hesitated", "sighed" of
# REACTIONS: as often the speaker's own lead-in to the next line)
REACTION_LEMMAS = REACTION_LEMMAS_BASE | {"confirm", "acknowledge", "consent", "concede", "disclaim", "lift"}


def _reaction(v) -> bool:
    """A main verb that answers the last line without words ("Teodor nodded", "Bram lifted a
    hand", "accepted the handy label") or keeps silent ("didn't answer", "said nothing",
    "made no answer", "was silent")."""
    lemma = v.lemma_.lower()
    kids = list(v.children)
    if any(c.dep_ == "neg" for c in kids):
        return lemma in ANSWER_LEMMAS
    if lemma in ("say", "make", "give", "utter"):
        return any(c.dep_ == "dobj" and (c.lower_ == "nothing" or c.lemma_.lower() in ("answer", "reply", "word")
                                         and any(d.lower_ == "no" for d in c.children)) for c in kids)
    if lemma == "be":
        return any(c.dep_ == "acomp" and c.lower_ == "silent" for c in kids)
    return lemma in REACTION_LEMMAS


def _reacts_between(at: Attributor, p1: Utterance, u: Utterance) -> str | None:
    """The one listener whose reaction is the whole short narration paragraph between quote
    ``p1`` and a bare quote ``u`` that opens the next paragraph ("Teodor nodded.", "Bram lifted a
    hand.", "Mr. Crane pushed a pea round his plate."): every main-clause subject there is that
    person, who is not ``p1``'s speaker, and the quote does not call ``p1``'s speaker by name."""
    if u.para != p1.last_para + 2 or len(u.segs) > 1:
        return None
    if not _alone_in_paragraph(at, u):
        return None  # the quote has its own beat or tag
    qs, qe = at.story.paragraphs[p1.last_para + 1].span
    if qe - qs > REACTION_PARAGRAPH or at.story.paragraphs[p1.last_para + 1].kind != "text":
        return None
    who: set[str | None] = set()
    reacts = False
    for t in at.tokens(qs, qe):
        if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ not in ("ROOT", "conj"):
            continue
        if t.lower_ in ("i", "we", "you", "they", "it", "there", "this", "that"):
            return None
        who.add(at.resolve_subject(t)[0])
        v = t.head
        if any(c.lemma_.lower() in ANSWER_LEMMAS and c.dep_ in ("advcl", "xcomp", "conj") for c in v.subtree):
            return None  # "she turned the cup in her hands a while before she replied": he speaks next
        reacts = reacts or _reaction(v)
    if len(who) != 1 or None in who or not reacts:
        return None
    (y,) = who
    if y == p1.speaker or (p1.speaker and p1.speaker in quote_vocatives(at, u)):
        return None
    return y


# the name ends its clause ("It's Mr. Quennell, who ...", "It was Hal."): not a possessive ("It was Tom's dog")
# nor the subject of a cleft ("It was Bea who answered") (review of session 28)
_IT_IS_NAME = re.compile(r"\s*(?:It's|It is|It was|That's|That was)\s+((?:[A-Z][\w'\-]*\.?\s)?[A-Z][\w'\-]+)"
                         r"(?=\s*[.!?,;])")
_SENTENCE_STOP = re.compile(r"[.!?]\s")


def _walk_on_named_after(at: Attributor, merged: list[Utterance]) -> None:
    """'"Evening," calls the last of the queue. It's Mr. Quennell, who ...': a tag that made a
    walk-on of a description, followed in its paragraph by "It's"/"It was" and a character's name,
    is that character's (session 28)."""
    for u in merged:
        if u.speaker is not None or not u.nominal or not u.cue:
            continue
        pe = at.story.paragraphs[u.last_para].span[1]
        stop = _SENTENCE_STOP.search(at.text, max(u.end, u.cue[1]), pe)
        m = _IT_IS_NAME.match(at.text, stop.end() - 1, pe) if stop is not None else None
        if m is None or re.search(r"['’]s?$", m.group(1)):
            continue
        cid = at.index.at(m.span(1)) or at.index.by_name(m.group(1))
        want = NOUN_GENDER.get(u.nominal.split()[-1].lower())
        if cid is not None and want and at.genders.get(cid) not in (want, "unknown", None):
            continue  # "said a tall man ... It was Bea,": not her
        if cid is not None:
            u.speaker, u.nominal, u.introduced = cid, None, False
            u.notes.append("a walk-on the narration names right after: 'It's ...'")


def _as_walk_on(u: Utterance, role: str, span: Span, note: str) -> None:
    """Give quote ``u`` to an unnamed walk-on known by ``role``, with the span that shows them."""
    u.nominal, u.introduced, u.rule, u.attribution = role, True, "narration", "implicit"
    u.evidence_spans.append(span)
    u.notes.append(note)


def _narration_paragraph_before(at: Attributor, merged: list[Utterance], k: int) -> Span | None:
    """The span of the pure narration paragraph right before quote ``k``, when the quote opens its
    own paragraph with nothing beside it and the paragraph before holds no quote (whose beat it
    would be): the place where the last act before a bare quote is told."""
    u = merged[k]
    pi = u.para
    if pi == 0 or len(u.segs) > 1 or (k > 0 and merged[k - 1].last_para >= pi - 1):
        return None
    ps, pe = at.story.paragraphs[pi].span
    if at.text[ps : u.start].strip(" \n\"'«“‘—") or at.text[u.end : pe].strip(" \n\"'»”’—"):
        return None
    return at.story.paragraphs[pi - 1].span


def _walk_on_clause(at: Attributor, merged: list[Utterance], k: int):
    """(subject span, verb) of a walk-on who is the subject of the last clause of a pure narration
    paragraph just before quote ``k``, when the quote opens its paragraph with nothing beside it."""
    before = _narration_paragraph_before(at, merged, k)
    if before is None:
        return None, None
    cid, sspan = at.narration_subject(*before, last=True)
    if cid is not None or sspan is None:
        return None, None
    toks = at.tokens(sspan[0], sspan[1])
    return sspan, (toks[-1].head if toks else None)


def _walk_on_paragraph_before(at: Attributor, merged: list[Utterance], k: int) -> tuple[str | None, Span | None]:
    """(role, subject span) of a walk-on whose plain act ends the narration paragraph before a
    bare quote ``k``: they say it."""
    sspan, verb = _walk_on_clause(at, merged, k)
    if verb is None or not _turns_to_speak(verb):
        return None, None
    return at.beat_role(sspan), sspan


def _main_clause_subject(t) -> bool:
    """Is ``t`` the subject of the sentence's main verb or of one joined to it by "and"?"""
    v = t.head
    while v.dep_ == "conj":
        v = v.head
    return v.dep_ == "ROOT"


def _stranger_paragraph_before(at: Attributor, merged: list[Utterance], k: int) -> tuple[str | None, Span | None]:
    """(role, span) of a stranger the narration paragraph right before a bare quote ``k`` brings on
    with "a man"/"a woman" (or "a girl"/"a boy") as a main-clause subject, when every main-clause subject after it in that
    paragraph is the stranger again ("the man", or "he" for a man, "she" for a woman), in a short
    story: 'A man came up the gangway with a sack. He set it down by the rail. / "Anyone sitting
    here?"' is the stranger's (session 26). The role is the one a later tag with "the man" gives."""
    before = _narration_paragraph_before(at, merged, k)
    if before is None or at.doc is None or len(at.doc) > STRANGER_MAX_TOKENS:
        return None, None
    stranger, pron = None, None
    for t in at.tokens(*before):
        if t.dep_ not in ("nsubj", "nsubjpass") or at.in_quote(t.idx) or not _main_clause_subject(t) \
                or _in_relative_clause(t):
            continue
        lemma = t.lemma_.lower()
        if stranger is None:
            if t.pos_ == "NOUN" and lemma in INTRODUCED_NOUNS | UNSEXED_STRANGERS and lemma not in at.epithets() \
                    and at.index.at((t.idx, t.idx + len(t.text))) is None \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                stranger = t
            continue
        if t.lower_ in ("it", "there", "this", "that"):
            continue  # "It is late"
        if stranger.lemma_.lower() in UNSEXED_STRANGERS:
            # "A visitor climbs the stile. She has a map": the first pronoun tells (session 28)
            pron = pron or (t.lower_ if t.lower_ in ("he", "she") else None)
        else:
            pron = "he" if stranger.lemma_.lower() in ("man", "boy") else "she"
        if not (t.lower_ == pron or t.pos_ == "NOUN" and lemma == stranger.lemma_.lower() and _definite(t)):
            return None, None  # someone else acts after the stranger's arrival
    if stranger is None:
        return None, None
    age = [c.lower_ for c in stranger.children if c.dep_ == "amod" and c.lower_ in ("old", "young", "little")]
    lemma = stranger.lemma_.lower()
    return (f"{age[0]} {lemma}" if age else lemma), (stranger.idx, stranger.idx + len(stranger.text))


def _walk_on_looks_at(at: Attributor, merged: list[Utterance], k: int) -> tuple[str | None, Span | None]:
    """(character, span) a walk-on ending the narration paragraph before a bare quote ``k`` looks
    or turns to by name ("The waiter wrote it down and looked at Fitzroy."): they answer."""
    sspan, verb = _walk_on_clause(at, merged, k)
    if verb is None or at.beat_role(sspan) is None:
        return None, None
    for v in (verb, *[c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]):
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("at", "to", "toward", "towards"):
                for g in c.children:
                    if g.dep_ == "pobj" and g.pos_ == "PROPN":
                        cid = at.index.at((g.idx, g.idx + len(g.text)))
                        if cid is not None:
                            return cid, (g.idx, g.idx + len(g.text))
    return None, None


LEAVE_LEMMAS = {"leave", "go", "depart", "disappear", "vanish", "retreat", "withdraw", "exit"}


def _turns_to_speak(verb) -> bool:
    """A walk-on's act that hands them the next line: a plain one in the story's time ("put his
    head round the door", "swung the gate open"), not background ("had got out and was walking"),
    not leaving ("drove away"), not looking at someone, who then answers ("looks at me")."""
    verbs = [verb, *[c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]]
    for v in verbs:
        if v.lemma_.lower() in LEAVE_LEMMAS or v.tag_ in ("VBG", "VBN"):
            return False
        for c in v.children:
            if c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in ("have", "be"):
                return False
            if c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "off", "out"):
                return False
            if c.dep_ == "prep" and c.lower_ in ("at", "to", "toward", "towards") and any(
                    g.dep_ == "pobj" and (g.lower_ in ("me", "us", "you", "him", "her", "them") or g.pos_ == "PROPN")
                    for g in c.children):
                return False
    return True


WALK_ON_INTRO = 600  # how far before a walk-on's first line its introduction is looked for
_HE_WORDS, _SHE_WORDS = {"he", "him", "his", "himself"}, {"she", "her", "hers", "herself"}


def _walk_on_gender(at: Attributor, v: Utterance, end: int) -> str | None:
    """The gender of an ungendered walk-on ("the driver") that the narration tells by its
    pronouns: "The courier waited in the yard, a parcel under his arm". Every
    he/she word of the narration sentences that use the role noun, from a little before the
    walk-on's line up to ``end``, must agree."""
    head = v.nominal.split()[-1].lower() if v.nominal else ""
    genders = set()
    seen = set()
    for t in at.tokens(max(0, v.start - WALK_ON_INTRO), end):
        if t.lemma_.lower() != head or t.pos_ != "NOUN" or at.in_quote(t.idx) or t.sent.start in seen:
            continue
        seen.add(t.sent.start)
        for w in t.sent:
            if not at.in_quote(w.idx):
                if w.lower_ in _HE_WORDS:
                    genders.add("he")
                elif w.lower_ in _SHE_WORDS:
                    genders.add("she")
    return genders.pop() if len(genders) == 1 else None


def _walk_on_pronoun(at: Attributor, merged: list[Utterance], k: int, sspan: Span) -> str | None:
    """The walk-on a he/she beside an untagged quote stands for: an unnamed speaker of that gender
    brought on by a tag in the last two quotes ("Cal's mother says", "the cleaner said"), when the
    narration has named no one of that gender since."""
    pron = at.text[sspan[0] : sspan[1]].lower()
    if pron not in ("he", "she"):
        return None
    chained = None
    for v in reversed(merged[max(0, k - 3) : k]):
        if v.nominal is None or not v.introduced or merged[k].para - v.last_para > 4:
            continue
        gender = v.tag_pron if v.tag_pron in ("he", "she") else NOUN_GENDER.get(v.nominal.split()[-1].lower())
        if gender is None:
            gender = _walk_on_gender(at, v, merged[k].start)  # "the courier": "a parcel under his arm"
        if gender != pron:
            continue
        if chained is None:
            chained = at.pronoun_role(sspan[0], pron, chain=True)[1] or ""
        if chained == v.nominal:
            # 'The abbess folded her hands. She was a thin woman ... / "...." She turned to her
            # clerk': the pronoun's chain of subjects goes back to the walk-on's own role noun
            return v.nominal
        if merged[k].para - v.last_para > 2 or v not in merged[max(0, k - 2) : k]:
            continue
        if at.recent_by_gender(sspan[0], pron, window=sspan[0] - v.start) is not None:
            return None  # someone of that gender named since: the pronoun may be them
        return v.nominal
    return None


LEAD_IN = (",", ":", "—", "-", ";")
KIN_NOUNS = {"brother", "sister", "mother", "father", "son", "daughter", "husband", "wife", "mamma", "papa",
             "mama"}
KIN_TITLES = {"mr", "mrs", "miss", "sir", "lady", "master"}
# family words among the gendered nouns: "said her mother" is someone's relative, never a walk-on by sex
KIN_WORDS = KIN_NOUNS | {"uncle", "aunt", "grandfather", "grandmother", "nephew", "niece", "dad", "daddy", "mum",
                         "mom", "mummy", "grandpa", "grandad", "granddad", "grandma", "granny", "nan", "gran"}
# forms of address and kin words: alone ("said Miss", "said Uncle") they name nobody in particular
_COMMON_TITLES = {"mr", "mister", "mrs", "ms", "miss", "sir", "madam", "lady", "lord", "master", "dame", "m",
                  "uncle", "aunt", "auntie", "father", "mother", "brother", "sister", "grandma", "granny",
                  "grandpa"}


_SUNG_CUES = re.compile(r"\b(?:sing|sings|sang|sung|singing|song|duet|chorus|verse|stage|microphone|mic|"
                        r"karaoke|lyrics)\b", re.I)
# narration that puts something written in front of the teller: an italic passage after it is read
_READ_CUES = re.compile(r"\b(?:letter|note|handwriting|wrote|written|read|reads|card|postcard|page|sign)\b", re.I)
_WRITTEN_CUES = re.compile(r"\b(?:phone|text|texts|texted|texting|message|messages|messaged|screen|typed|types|"
                           r"typing|chat|group ?chat|email|e-mail|notification|dm|dms|lock ?screen|buzz|buzzed)\b",
                           re.I)


# Words of address that look like pet forms of a name but are said to anyone ("Buddy", "Missy").
ENDEARMENTS = {"buddy", "missy", "sonny", "honey", "lovey", "baby", "sweetie", "cutie", "kiddie", "bunny",
               "daddy", "mommy", "mummy", "granny", "auntie", "dearie", "laddie", "lassie", "matey", "poppy",
               "sissy", "bubby", "hunny", "boyo", "girlie", "birdie", "doggy", "kitty", "puppy", "dolly", "sunny"}


def _chat_kind(at: Attributor, u: Utterance) -> str:
    """What a "Name: line" is, from the narration before its run of lines: sung after a song or a
    stage, written after a phone or a screen, spoken for a script's ALL-CAPS label, else written
    (the chat fic is the common case)."""
    if at._chat_paras is None:
        at._chat_paras = {s.para for s in at.segs if s.mark == "chat"}
    pi = u.segs[0].para
    while pi > 0 and pi - 1 in at._chat_paras:
        pi -= 1
    before = at.text[max(0, at.story.paragraphs[pi].span[0] - 400) : at.story.paragraphs[pi].span[0]]
    if pi > 0 and _WRITTEN_CUES.search(at.text, *at.story.paragraphs[pi - 1].span):
        return "written"  # 'The screen of his phone lit up.' just before, whatever was sung before that
    if _SUNG_CUES.search(before):
        return "sung"
    if _WRITTEN_CUES.search(before):
        return "written"
    return "speech" if at.text[u.cue[0] : u.cue[1]].isupper() else "written"


def _chat_speakers(at: Attributor, segs: Sequence[Segment]) -> dict[int, Tag]:
    """For each chat line ("Ines: where are you") whose label names a character, the tag that
    label is (explicit, the label as cue and subject). A label the cast does not know is not
    taken for a speaker: "Proud: rich: silk stockings." is a sentence, not a line of a script."""
    from fabula.dialogue.extract import chat_label

    out: dict[int, Tag] = {}
    for s in segs:
        if s.mark != "chat":
            continue
        a, b = chat_label(at.text, at.story.paragraphs[s.para].span[0], s)
        label = at.text[a:b]
        # "Me: ok fine": the narrator's own messages in a first-person chat fic
        cid = at.narrator_at(a) if label.lower() in ("me", "i") else _resolve_name(at, label)
        if cid is None and label[:1].isupper() and label.lower() not in ("me", "i"):
            cid = LABEL_PREFIX + label  # someone in the chat the narration barely names: a character
        if cid is not None:
            out[id(s)] = Tag(cid, "explicit", (a, b), "chat", (a, b), 0.9)
    return out


def _kin_title_ok(kin: str, titles: set[str]) -> bool:
    """A mother is not called "Miss", a daughter or sister not "Mrs.", a son not "Sir"."""
    if kin in ("mother", "mamma", "mama", "wife"):
        return "miss" not in titles
    if kin in ("sister", "daughter"):
        return "mrs" not in titles and "lady" not in titles
    if kin in ("son", "brother"):
        return "sir" not in titles
    return True
# the nouns of something said that a lead-in ends on before its quote ("Ada's anxious question of")
def _object_of_other(noun, owner) -> bool:
    """Is ``noun`` the object of a verb whose subject (its own, or the one of the verb it is
    coordinated with) is someone other than ``owner`` ("Ada ignored Tom's question",
    "Ada put down her cup and answered Tom's question")? An infinitive with no subject of its
    own ("to answer Tom's question of") is not (review of session 28)."""
    if noun.dep_ not in ("dobj", "obj") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    v = noun.head
    while True:
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.i != owner.i
        if v.dep_ != "conj" or v.head is v:
            return False
        v = v.head


LEAD_UTTERANCE_NOUNS = {"inquiry", "enquiry", "question", "remark", "exclamation", "observation", "reply", "answer",
                        "retort", "rejoinder", "comment", "greeting", "cry", "words", "speech", "request", "entreaty"}
REPLY_NOUNS = {"reply", "answer", "rejoinder", "response", "retort", "remark", "exclamation", "cry",
               "apostrophe", "observation", "comment", "question", "greeting",
               # '"...," was Tomas's explanation' / "... concluding assurance" / "... address to him"
               "explanation", "assurance", "address", "inquiry", "enquiry", "entreaty"}


_NEW_LEAD_IN = re.compile(r"[.!?][\"')\]]?\s+[A-Z][^.!?\"]*,\s*$")


def _new_sentence_leads_in(between: str, after_full_stop: bool = False) -> bool:
    """The narration between two quotes of a paragraph starts a new sentence that leads into the
    second with a comma ('"...," said Lady Orla. After a pause Sir Rollo added, "Yes."'): that
    sentence's speech verb tags the second quote, not the first. A title's full stop starts no
    sentence: '"...," said Mr. Tolley, his voice shaking as he spoke, "..."' is the first quote's tag
    going on, and its "he spoke" is no lead-in of the second. After a first quote that ends with a
    full stop the narration starts a sentence of its own ('"...home." Then, seeing Ada rise, Tomas
    called out, "..."'); after "!" or "?" it may still be that quote's tag ('"Stop!" Ada cried,')."""
    return bool(_NEW_LEAD_IN.search(("." if after_full_stop else "") + _TITLE_DOT.sub(r"\1", between)))


_TITLE_DOT = re.compile(r"\b(Mr|Mrs|Ms|Dr|St|Messrs|Mme|Mlle|Capt|Col|Gen|Rev|Prof)\.")


def _plain_tag_verb(at: Attributor, tag: Tag, s: Segment, before: str | None) -> bool:
    """Could the tag after ``s`` be its own, when the narration before ``s`` is the tag of the quote
    before it (whose speaker is ``before``)? Not a gerund ("And without answering Pim she went"). A
    verb that is no speech verb is when the quote ends whole ('"...," Brisco shrugged': Brisco's action); when
    the quote broke off with a dash ('"... the lock is—" Pim tried to stop her') only if the quote calls
    the speaker before it by name, so that it is someone else's answer ('"Pim, you can't—" Lu tried')."""
    verb = next(iter(at.tokens(*tag.cue)), None)
    if verb is None or verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl", "acl", "xcomp"):
        return False
    if tag.lemma in SPEECH_LEMMAS:
        return True
    if not at.text[s.start:s.end].rstrip(" \"'\u201d\u2019").endswith(("\u2014", "\u2013", "-")):
        return True  # '"Not with my money," Brisco shrugged': an action after a whole line is its own tag
    return before is not None and any(_resolve_name(at, v) == before for v in vocatives(at.text[s.start:s.end]))


def _finished_after_lead_in(at: Attributor, s: Segment, prv: int) -> bool:
    """The quote closes a sentence and the narration before it in its paragraph leads into it with a
    comma or colon ('but Ione said, "It is too late."')."""
    if s.mark not in ("\"", "'", "\u201c", "\u2018") or not at.text[s.start : s.end].rstrip().endswith((".", "!", "?")):
        return False
    lead = at.text[prv : s.start - 1].rstrip()
    return lead.endswith((",", ":")) and bool(lead[:-1].strip())


def _lead_in_verb(at: Attributor, lo: int, hi: int):
    """The speech verb that ends the narration between two quotes of a paragraph and leads into the
    second in a clause of its own ('"...," said Ada; but Tomas answered, "..."', 'and Odile called
    across to Bram, "..."', '... the kettle boiled. Bram, grinning, replied "Never."'): after it only
    adverbs, particles, a prepositional phrase ("to Bram", "in a low voice") and a comma or colon; before its
    clause ";", ".", "!", "?", ":" or a dash, or a first word (or the word before it) in
    ``_LEAD_IN_OPENERS`` ("and", "but", "while", "when", "then", "until", ...). None for the tag of the first
    quote ('" he said, "' opens the narration: one speech broken by its tag)."""
    toks = [t for t in at.tokens(lo, hi) if not t.is_space]
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_LEMMAS - WEAK:
            break
        if t.text in (",", ":", "--", "\u2014") or not t.is_punct and t.dep_ in (
                "advmod", "prt", "prep", "pobj", "det", "amod", "poss", "npadvmod", "compound"):
            continue
        return None
    else:
        return None
    if t.dep_ in ("xcomp", "ccomp", "acl", "pcomp", "relcl") or t.tag_ in ("VBG", "VBN") \
            or t.tag_ == "VB" and not any(c.dep_ == "aux" for c in t.children):
        return None  # "began to say", "heard her say", "on saying": not a lead-in of its own
    if t.dep_ == "advcl" and any(x.dep_ in ("prep", "pobj") for x in toks[k + 1:]):
        return None  # 'said Tolley, while Rusk spoke to the horse, "...': the tag's own aside
    lo_i = toks[0].i
    subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and lo_i <= c.i < t.i]
    if not subj:
        return None
    start = min(c.left_edge.i for c in t.children if c.i < t.i and c.dep_ not in ("punct", "conj", "cc"))
    start = min(start, subj[0].left_edge.i)
    if start <= lo_i:
        return None  # the clause opens the narration: the first quote's tag
    first, before = at.doc[start], at.doc[start - 1]
    if first.lower_ in _LEAD_IN_OPENERS or before.lower_ in _LEAD_IN_OPENERS \
            or before.text in (";", ".", "!", "?", ":", "--", "\u2014"):
        return t
    return None


_LEAD_IN_OPENERS = {"and", "but", "while", "whilst", "whereupon", "when", "till", "until", "then"}


def _resumes_after_tag(at: Attributor, prev: Segment, s: Segment, tag: Tag | None) -> bool:
    """A stretch that opens in lower case right after the comma that ends the tag of the stretch
    before it ('"Good heavens!" cried Ada, "he was here."') is the rest of that sentence: one
    speech broken by its tag, whatever narration follows it."""
    if tag is None or tag.speaker is None or prev.mark != s.mark or s.mark not in ("\"", "'", "\u00ab"):
        return False
    if not prev.end <= tag.cue[0] < s.start:
        return False
    between = at.text[prev.end + 1 : s.start - 1].strip()
    if len(between) > 200 or not between.endswith(","):
        return False
    head = at.text[s.start : s.end].lstrip(" -\u2014\u2013_(")
    return bool(head) and head[0].islower()


def _leads_into_next(at: Attributor, s: Segment, nxt: Segment) -> bool:
    """Narration between two quotes that opens with "and"/"but" and ends in a lead-in mark is a
    new clause introducing the second quote, not a tag of the first."""
    between = at.text[s.end + 1 : nxt.start - 1].strip().lstrip("—–-; ")  # '"...!"--and she heard Ada say,'
    first = between.split(" ", 1)[0].lower() if between else ""
    if first not in ("and", "but", "while", "whilst", "whereupon", "when", "till", "until", "to"):
        return False
    if between.endswith((",", ":")):
        return True
    toks = [t for t in at.tokens(s.end + 1, nxt.start - 1) if not t.is_space and not t.is_punct]
    # 'and Pooh said "Yes."': a speech verb right before the next quote, its comma left out
    return bool(toks) and toks[-1].pos_ == "VERB" and toks[-1].lemma_.lower() in SPEECH_LEMMAS - WEAK


def _tag_in_previous_paragraph(at: Attributor, paras, pi: int,
                               by_para: dict[int, list[Segment]]) -> Tag | None:
    """A quote that opens its paragraph, after a narration paragraph that leads into it
    ("Nora continued," / "and thus began:" + a new paragraph): the lead-in's speech verb tags it.
    A finished sentence does so only when it says no more than that someone's speech goes on
    ("Sir Rollo, hiding a grin, went on."): a person's "go on"/"continue" that ends
    its clause ("Mara began to cry.", "Tom went on down the lane." and "Then the rain began." do
    not), and never for a quote that calls that person by name."""
    if pi == 0 or paras[pi - 1].kind != "text":
        return None
    lo, hi = paras[pi - 1].span
    earlier = by_para.get(pi - 1)
    if earlier:
        lo = max(lo, earlier[-1].end + 1)
    lead = at.text[lo:hi].rstrip()
    if not lead:
        return None
    end = lo + len(lead)
    toks = at.tokens(max(lo, end - 160), end)
    finished = lead.endswith((".", "!", "?"))
    if finished and not (lead.endswith(".") and (not earlier or _sentence_after_quote(at, lo, end))):
        return None
    if finished:
        toks = toks[:-1]  # "Petra continued.": a finished sentence that only says the speech goes on
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].text in (".", "!", "?") and k < len(toks) - 1:
            toks = toks[k + 1 :]
            break
    if finished and len(toks) > 30:
        return None
    tag = at._tag_in(toks[-40:], after=False, only=GOES_ON if finished else None, last=True)
    if tag is None and finished:
        tag = _takes_the_floor(at, toks[-40:])
    elif tag is None and lead.endswith((":", "--", "\u2014")):
        tag = _colon_lead_subject(at, toks[-40:])
        if tag is not None:
            seg = by_para[pi][0]
            if tag.speaker in {_resolve_name(at, n) for n in vocatives(at.text[seg.start : seg.end])}:
                return None  # 'Tom stamped his foot twice: / "Tom, wait!"' is not Tom's
    elif tag is not None and finished:
        verb = at.tokens(tag.cue[0], tag.cue[1])
        if not verb or not _ends_its_clause(verb[0]):
            tag = _takes_the_floor(at, toks[-40:])
    if tag is None or not finished:
        return tag
    if tag.speaker is None:
        return None
    seg = by_para[pi][0]
    if tag.speaker in {_resolve_name(at, n) for n in vocatives(at.text[seg.start : seg.end])}:
        return None  # '"Tom, please! Come back!"' is not Tom's
    return tag


# A finished sentence that says someone takes the floor ("Ada had to intervene.", "Tom interposed
# with a plan.") or starts speaking in a way the next paragraph's quote shows ("Ada began scolding.",
# "Tom repeated his question.", "At last Ada broke the silence.")
FLOOR_VERBS = {"interpose", "intervene"}
FLOOR_OBJECTS = {"question", "inquiry", "enquiry", "silence", "request", "demand"}
FLOOR_OBJECT_VERBS = {"repeat", "break", "renew", "put"}


def _takes_the_floor(at: Attributor, toks) -> Tag | None:
    """The tag of a quote opening the next paragraph in a finished last sentence of narration that
    has the subject take the floor without a plain speech verb ("Mrs. Pryce had to intervene.",
    "Corin began scolding.", "so Ada repeated her question.", "Tom broke the silence."): the
    main-clause subject of that verb, not someone named in a clause inside it."""
    for t in reversed(toks):
        if t.pos_ not in ("VERB", "AUX") or at.in_quote(t.idx) or t.dep_ in ("relcl", "advcl", "acl", "amod"):
            continue
        lemma = t.lemma_.lower()
        kids = list(t.children)
        if lemma in FLOOR_VERBS:
            pass
        elif lemma in FLOOR_OBJECT_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in FLOOR_OBJECTS for c in kids):
            pass
        elif lemma == "begin" and any(c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i > t.i
                                      and c.lemma_.lower() in SPEECH_LEMMAS - WEAK for c in kids):
            pass  # "began scolding", not "began to cry" (the narration of a sob) nor "began walking"
        else:
            continue
        if any(c.dep_ == "neg" for c in kids):
            return None  # "did not intervene"
        v = t
        subj = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
        while not subj and v.dep_ in ("xcomp", "conj") and v.head is not v:
            v = v.head  # "had to intervene", "was driven to intervene", "looked up and began scolding"
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or subj[0].lower_ in ("it", "this", "that", "which", "who", "i", "we", "you"):
            return None
        cid, kind, sspan = at.resolve_subject(subj[0])
        if cid is None:
            return None
        return Tag(cid, kind, (t.idx, t.idx + len(t.text)), lemma, sspan, 0.95 if kind == "explicit" else 0.85,
                   THIRD.get(subj[0].lower_))
    return None


# verbs whose subject takes in words rather than says them ("Ada heard a voice behind her:",
# "Tom read the notice on the gate:", "She received this answer:")
TAKES_IN = PERCEIVE | {"read", "receive", "get", "find", "catch", "wait", "glance", "look", "stare", "turn"}


def _colon_lead_subject(at: Attributor, toks) -> Tag | None:
    """The tag of a quote opening the next paragraph, after narration that ends on a colon or dash
    with no speech verb ("Tom, clearing his throat at last, began as follows:", "Ada made the plain request
    of--", "He handed over the parcel with these words:"): the subject of that last sentence's main
    verb (the root or a verb joined to it by "and"), when it names a person of the cast. Not a verb
    of taking words in ("Ada heard a voice behind her:"), nor a subject that is a thing ("The next
    question was--", "It ran thus:")."""
    for t in reversed(toks):
        if t.pos_ not in ("VERB", "AUX") or at.in_quote(t.idx):
            continue
        if t.dep_ not in ("ROOT", "conj"):
            continue
        v = t
        while v.dep_ == "conj" and v.head is not v:
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                v = v.head
            else:
                break
        if v.dep_ not in ("ROOT", "conj"):
            return None
        if t.lemma_.lower() in TAKES_IN or v.lemma_.lower() in TAKES_IN:
            return None
        if any(c.dep_ == "neg" for c in (*t.children, *v.children)):
            return None
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or subj[0].pos_ not in ("PROPN", "PRON") \
                or subj[0].lower_ in ("it", "this", "that", "which", "who", "i", "we", "you", "they", "one"):
            return None
        cid, kind, sspan = at.resolve_subject(subj[0])
        if cid is None:
            return None
        return Tag(cid, kind, (t.idx, t.idx + len(t.text)), "say", sspan, 0.8, THIRD.get(subj[0].lower_))
    return None


def _ends_its_clause(verb) -> bool:
    """"went on." / "continued." / "began again.": nothing after the verb but a particle "on" or an
    adverb — no object, infinitive, participle or prepositional phrase ("began to cry",
    "went on sobbing", "went on down the lane", "went in")."""
    after = [c for c in verb.children if c.i > verb.i and not c.is_punct]
    if verb.lemma_.lower() == "go" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in after):
        return False
    return all(c.dep_ == "advmod" or (c.dep_ == "prt" and c.lower_ == "on") for c in after)


# Verbs whose short closing sentence in a narration paragraph ("Sir Rollo went on.", "Petra
# continued.") hands the floor to the quote that opens the next paragraph.
GOES_ON = {"continue", "go", "proceed", "resume", "pursue", "begin", "add", "persist", "rejoin"}


def _sentence_after_quote(at: Attributor, lo: int, end: int) -> bool:
    """Narration after a paragraph's last quote holds a whole sentence before its final one, so
    the final sentence is not the tag of that quote ('"No," she said. Then she went on.')."""
    inner = at.text[lo:end - 1]
    # a title's full stop ends no sentence: '"...," Mrs. Pryce interposed.' is one sentence
    return any(m.group(1).lower() not in _ABBREVIATED for m in _SENTENCE_END.finditer(inner))


_SENTENCE_END = re.compile(r"(\w*)[.!?]")
_ABBREVIATED = {"mr", "mrs", "ms", "dr", "st", "messrs", "mme", "mlle", "capt", "col", "gen", "rev", "prof", "jr", "sr"}


def _apply_tag(u: Utterance, tag: Tag) -> None:
    u.rule = "tag"
    u.tag_pron = tag.pron
    u.speaker = tag.speaker
    u.attribution = tag.attribution
    u.confidence = tag.confidence
    u.cue = tag.cue
    u.cue_lemma = tag.lemma
    u.nominal = tag.nominal
    u.tag_noun = tag.noun
    u.introduced = tag.introduced or tag.described  # a turn-taking guess does not replace them
    u.not_speaker = tag.not_speaker
    u.evidence_spans.extend([tag.cue, tag.subject])
    u.notes.append("speech tag")
    if tag.introduced:
        u.notes.append("the pronoun is the person the narration just brought on")


def _avoid_vocative(at: Attributor, u: Utterance, tag: Tag) -> None:
    """"Jonah...," she said: the pronoun cannot be Jonah, whom the quote addresses."""
    named = {_resolve_name(at, n) for s in u.segs for n in vocatives(at.text[s.start : s.end])}
    if tag.speaker in named:
        pron = at.text[tag.subject[0] : tag.subject[1]].lower()
        alt = at.recent_by_gender(u.start, THIRD.get(pron, "they"), exclude=named)
        if alt is None and tag.speaker is not None and _says_own_name(at, u):
            u.rule = "self"
            u.notes.append("a bare name the only person of the pronoun's gender says: who is speaking")
            return
        u.speaker = alt
        u.confidence = 0.6 if alt else 0.2
        u.notes.append("pronoun re-resolved: the quote addresses the first choice")


def _says_own_name(at: Attributor, u: Utterance) -> bool:
    """'"Halvard," he said, and held up his cup': a quote that opens on a bare name, whose tag
    pronoun no one else could be, is the speaker saying who he is."""
    m = _VOC_ONLY.match(at.text[u.segs[0].start : u.segs[0].end].strip().rstrip(","))
    return bool(m) and u.cue_lemma == "say" and at.index.by_name(m.group(1)) == u.speaker


def _continues_turn(at: Attributor, prev: Utterance, u: Utterance) -> bool:
    """An untagged stretch right after a tagged one in the same paragraph continues that turn
    unless the narration between them is about someone else."""
    between = at.text[prev.end + 1 : u.start - 1]
    if u.segs[-1].recovered and not u.segs[-1].closed:
        return False  # an unclosed stretch cut off by the next opener: sloppy turns, not one speech
    if not between.strip():
        return False  # a quote opening right after another: a new voice (a forgotten closer)
    if prev.speaker is None:
        return prev.attribution is not None or _tag_shaped(at, prev.end, u.start)
    if len(between) > 400:
        return False
    if _hands_over(at, prev, u):
        return False
    if _tag_shaped(at, prev.end, u.start):
        return True  # '"...," said Giles, when he had explained, "what a man..."': the tag's own clause
    cid, _ = at.narration_subject(prev.end + 1, u.start - 1, last=True)
    if cid is not None and cid != prev.speaker:
        return False  # "..., but I cut her off." — the narration hands the turn to someone else
    return True


CUTS_IN = {"cut", "interrupt", "interpose"}


def _hands_over(at: Attributor, prev: Utterance, u: Utterance) -> bool:
    """'"Tom, you didn't—" Ada tried to reassure me, but I cut her off. "Yes, I did."': someone
    other than the first stretch's speaker cuts in, so the second stretch is their turn."""
    toks = at.tokens(prev.end + 1, u.start - 1)
    for t in reversed(toks):
        if t.pos_ != "VERB" or t.lemma_.lower() not in CUTS_IN:
            continue
        kids = list(t.children)
        if t.lemma_.lower() == "cut" and not any(c.dep_ == "prt" and c.lower_ in ("off", "in", "short")
                                                 for c in kids):
            return False  # "while Ada cut the bread"
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in kids) or t.dep_ in ("advcl", "relcl"):
            return False  # "did not interrupt him", "before Ada could cut him off"
        if any(c.dep_ == "nsubjpass" for c in kids):  # "she was cut off by Tom": the agent cuts in
            subj = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        else:
            subj = [c for c in kids if c.dep_ == "nsubj"]
        if not subj or subj[0].lower_ in ("it", "this", "that", "which", "who"):
            return False
        cid = at.resolve_subject(subj[0])[0]
        return cid is not None and cid != prev.speaker
    return False


def _tag_shaped(at: Attributor, end: int, nxt: int) -> bool:
    """Is the narration between two stretches of one paragraph a speech tag, even one whose
    speaker is unknown ('"Yes," replied the other. "His dog..."')? A speech verb among its first
    four words, after a quote that breaks off with , ! ? or a dash, and not much narration."""
    broke = at.text[end - 1 : end] in (",", "!", "?", "—", "-") or at.text[end : end + 3].lstrip("\"'").startswith(
        ("—", "-"))  # '"Yes, oh! yes"--he replied;'
    if nxt - end > 200 or not broke:
        return False
    toks = [t for t in at.tokens(end + 1, nxt - 1) if not t.is_punct and not t.is_space][:4]
    return any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_LEMMAS - WEAK for t in toks)


def _conversation_breaks(at: Attributor, a: Utterance, b: Utterance) -> bool:
    """Two quotes belong to different conversations when much narration separates them."""
    gap = b.start - a.end
    return gap > 1500 or b.para - a.last_para > 3


_YOU_WORD = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)


def _narration_opens(at: Attributor, u: Utterance, role: str | None) -> bool:
    """Does narration open the quote's paragraph ('Odelia switched on the intercom. "Quillan, ..."')? Then
    the quote is no bare answer in a run of turns, unless the narration is the walk-on ``role``'s own
    beat ('The boatman grins. "..."')."""
    ps = at.story.paragraphs[u.para].span[0]
    if re.search(r"\w", at.text[ps:u.start]) is None:
        return False
    cid, sspan = at.narration_subject(ps, u.start - 1, last=True)
    toks = at.tokens(sspan[0], sspan[1]) if sspan is not None else []
    return cid is not None or bool(toks) and toks[-1].lemma_.lower() != (role or "").split(" ")[-1]


def _turn_taking(at: Attributor, utts: list[Utterance]) -> None:
    """Untagged quotes in a run of alternating turns: the speaker two turns back, else the
    other participant of the last exchange. In a first- or second-person story the "I" answers
    what is said to "you" — when the narration never calls that narrator by name (a named one may
    be a misnamed third person, as Winnie-the-Pooh's frame). A thought in marks of its own is no turn
    in an exchange: '"I put you down for the final." / *Absolutely not,* I thought. / "No."' — the
    "No." answers the line before the thought."""
    told = {m_cid for m_s, _m_e, m_cid, kind in at.ments if kind == "name" and not at.in_quote(m_s)}
    for k, u in enumerate(utts):
        if u.speaker is not None or u.introduced:
            continue  # "A deckhand went past. '...,' he called": the walk-on is the speaker
        if k == 0 or _conversation_breaks(at, utts[k - 1], u):
            continue
        i1 = k - 1
        p1 = utts[i1]
        if p1.kind == "thought" and p1.segs[0].mark != u.segs[0].mark and u.kind != "thought" \
                and k >= 3 and utts[k - 2].kind != "thought" \
                and p1.speaker and p1.speaker == _turn_before(utts, k - 2) != utts[k - 2].speaker \
                and p1.para - utts[k - 2].last_para <= 1 and u.para - p1.last_para <= 1 \
                and not _conversation_breaks(at, utts[k - 2], p1) \
                and not _thinker_speaks_next(utts, k, p1.speaker):
            # the listener's silent answer to the line before, set off from speech by its own marks
            # (italics, single quotes), between two spoken lines of one exchange, is no turn: read
            # past it (a thought in the speech's own quote marks may be speech: not in novels). Not
            # when the thinker's own tagged line comes next: then the talker went on after the
            # thought ('*Absolutely not,* I thought. / "The form's in." / "I hate you," I said.')
            i1 = k - 2
            p1 = utts[i1]
        elif p1.segs[0].mark == "chat" and u.segs[0].mark != "chat" and k >= 2 \
                and not _conversation_breaks(at, utts[k - 2], p1):
            # a message on a phone between two spoken lines is no turn of the talk in the room; nor
            # is a run of them (session 29)
            i1 = k - 2
            while i1 > 0 and utts[i1].segs[0].mark == "chat" and not _conversation_breaks(at, utts[i1 - 1], utts[i1]):
                i1 -= 1
            if utts[i1].segs[0].mark == "chat":
                i1 = k - 2
            p1 = utts[i1]
        if _call_goes_on(at, p1, u):
            # 'The landline trilled. Oswin picked up. / "Oswin here." / Nobody else in the shop said a
            # word. / "Thursday? No, Friday."': one side of the call goes on while the narration
            # between names no one else acting (session 28)
            u.speaker, u.attribution, u.confidence, u.rule = p1.speaker, "implicit", 0.5, "turn"
            u.kept = True
            u.notes.append(CALL_GOES_ON)
            if not at.text[p1.end : u.start].strip(" \n\"'”’»—"):
                u.notes.append(CALL_BACK_TO_BACK)
            continue
        # the turn before p1's: past p1's own paragraph ('"Y/N." He sighs. "You wound me."' is one turn)
        j = _turn_before_at(utts, i1)
        if u.segs[0].mark != "chat" and p1.segs[0].mark != "chat" and j > 0 and utts[j].segs[0].mark == "chat":
            # the talk in the room goes on past the messages read on a phone (session 29), when the one
            # who spoke last was in it before them: not after the scene moved to someone who had only
            # texted ("... walked home. / messages / Radek was waiting in the hall. / '...,' he said.")
            j0 = j
            while j > 0 and utts[j].segs[0].mark == "chat" and not _conversation_breaks(at, utts[j - 1], utts[j]):
                j -= 1
            before = {v.speaker for v in utts[max(0, j - 5) : j + 1] if v.segs[0].mark != "chat"}
            if utts[j].segs[0].mark == "chat" or p1.speaker is not None and p1.speaker not in before:
                j = j0
        p2 = utts[j] if j >= 0 and not _conversation_breaks(at, utts[j], utts[j + 1]) else None
        cand = None
        gone = _left_the_scene(at, p1.end, u.start)
        if p2 is not None:
            gone |= _left_the_scene(at, p2.end, p1.start) - {p1.speaker}  # who spoke since is still here
        p2_left = p2 is not None and p2.speaker in gone and p2.speaker != p1.speaker
        if p2 is not None and p2.speaker in gone:
            p2 = None  # 'She and Teo took their bowls through to the sitting room': not the next turn
        if p1.speaker in gone and p2 is None:
            # both talkers went elsewhere: whoever the narration goes on about starts anew
            stay = _stayer(at, p1.end, u.start, gone)
            if stay is not None and stay != u.not_speaker:
                u.speaker, u.attribution, u.confidence, u.rule = stay, "implicit", 0.45, "turn"
                u.notes.append("turn-taking: the last two talkers left the scene")
                continue
        if p2 is not None and p2.speaker is None and p2.nominal and p2.introduced and p1.speaker \
                and p1.para != u.para and p2.last_para != p1.para and not u.tag_pron \
                and not _narration_opens(at, u, p2.nominal) \
                and not [c for c in quote_vocatives(at, p1) if c != p1.speaker] \
                and (at.text[p1.end - 1 : p1.end] == "?" and p1.rule in ("tag", "turn")
                     or _answers_walk_on(at, p2, p1, u)):
            # '"Is it far?" Tom asked. / "Far enough," the porter said. / "Can we walk?" / "No."': the
            # walk-on two turns back answers the question put to them (not after a beat that may
            # send them off: 'Tom waited until he had gone. "Shall I come?"')
            u.nominal, u.introduced, u.attribution, u.confidence = p2.nominal, True, "implicit", 0.45
            u.rule = "turn"
            u.notes.append("turn-taking: the walk-on two turns back")
            continue
        reactor = _reacts_between(at, p1, u)
        if reactor is not None and (p1.speaker or p1.nominal and p1.introduced) \
                and not (p1.speaker and p1.speaker == u.not_speaker):
            # '"So we are to take it," said Miss Pryce, "that he is a poet?" / Mr. Crane took up
            # the handy label. / "And no doubt ..."': the other's narrated reaction was their
            # turn, and the one who spoke goes on
            if p1.speaker:
                u.speaker = p1.speaker
            else:
                u.nominal, u.introduced = p1.nominal, True
            u.attribution, u.confidence, u.rule = "implicit", 0.45, "turn"
            u.notes.append("turn-taking: the other reacted in the narration between")
            continue
        if (again := _acts_again(at, p1, u)) is not None:
            # '"Put it by the window," said Mirela. Radek set the tin down. Mirela climbed two rungs. / "The
            # wood is soft here."': the other answered with an act, the one who spoke last acts again at the
            # end of the narration, and goes on (session 29)
            u.speaker, u.attribution, u.confidence, u.rule = again, "implicit", 0.45, "turn"
            u.notes.append(ACTS_AGAIN)
            continue
        back_to_back = p1.para == u.para and not at.text[p1.end + 1 : u.start - 1].strip()
        asked = at.text[p1.end - 1 : p1.end] == "?"
        narr = at.narrator_at(u.start) or at.reader_at(u.start)  # the "I", or a reader-insert's "you"
        narr = narr if narr not in told else None
        # '"Jo, tell her," said Bea. / "Tell her what?"': the one a tagged quote calls by name answers;
        # so does the one a bare turn calls first thing ('"Jo, you're up." / "Must I?"'), and the one a
        # line given by its beat calls, answering in the paragraph right after ('Ilka put down the
        # brush. "Pim, fetch the ladder." / "Which one?"', session 27)
        p1_called = [c for c in quote_vocatives(at, p1) if c != p1.speaker] \
            if p1.para != u.para and (p1.rule == "tag" or p1.rule == "narration" and u.para == p1.last_para + 1) \
            else _called_first(at, p1) \
            if p1.rule == "turn" and _bare_turn(at, utts, k) else []
        if not p1_called and p1.speaker and p1.para != u.para and p1.rule != "tag":
            # 'Ada looked up. "Tom, can you fetch two?" / ... / "I can carry three."': the one a
            # question is put to by name answers, whatever gave the question its speaker
            p1_called = _asked_by_name(at, p1)
        # '"Pell, are you there?" / "Right here, Ottilie."': two bare quotes that call each
        # other's speaker by name are that pair's turns, whoever spoke before them
        u_called = quote_vocatives(at, u) if _bare_turn(at, utts, k, adjacent=False) else []
        p1_mutual = [c for c in quote_vocatives(at, p1) if c != p1.speaker] \
            if p1.speaker and p1.rule == "turn" and "mutual" in " ".join(p1.notes) and p1.para != u.para else []
        if len(u_called) == 1 and (y := _mutual_pair(at, utts, k, u_called[0])) is not None:
            u.speaker, u.attribution, u.confidence, u.rule = y, "implicit", 0.45, "turn"
            u.notes.append("turn-taking: the next quote calls its speaker by name (mutual vocatives)")
            continue
        if len(p1_mutual) == 1 and len(u_called) == 1 and u_called[0] == p1.speaker:
            u.speaker, u.attribution, u.confidence, u.rule = p1_mutual[0], "implicit", 0.45, "turn"
            u.notes.append("turn-taking: the one called answers by name (mutual vocatives)")
            continue
        if p1.para == u.para and p1.speaker and not back_to_back and not asked:
            cand = p1.speaker  # same paragraph: usually the same turn
        elif len(p1_called) == 1 and (p2 is None or p1_called[0] != p2.speaker) and p1_called[0] not in gone:
            cand = p1_called[0]  # (not one the narration since sent away: "Off you go, Nye." / "Nye went.")
        elif p1.para != u.para and p2 is not None and p2.speaker \
                and (to := _said_to(at, p1)) is not None and to != p2.speaker:
            cand = to  # '"You're the flat white." He glanced down at me. / "That's me."'
        elif p1.para != u.para and p2 is not None and p2.speaker and p1.speaker \
                and not u.tag_pron and (me := _touches_teller(at, p1)) is not None \
                and me not in (p1.speaker, p2.speaker, u.not_speaker) and me not in quote_vocatives(at, u):
            # 'Gus tapped my arm. "Your turn."' in a group: the "I" answers, not the one before
            u.speaker, u.attribution, u.confidence, u.rule = me, "implicit", 0.45, "turn"
            u.teller_answers = True
            u.notes.append("turn-taking: the teller the line before reached for answers")
            continue
        elif narr and p1.speaker and p1.speaker != narr and not (p2 is not None and p2.speaker) \
                and _YOU_WORD.search(at.text, p1.start, p1.end):
            cand = narr  # '"You're late," he says.' in a first- or second-person story: the "I" answers
        elif p2 is not None and p2.speaker and p2.speaker != p1.speaker:
            cand = p2.speaker
        elif p2_left and p1.speaker and p1.para != u.para \
                and (stay := _stayer(at, p1.end, u.start, gone | {p1.speaker})) is not None:
            # "'Go and mind your own ovens.' / He went, whistling. Ruari waited. / '...'": the one
            # spoken to left; whoever the narration goes on about answers (session 25)
            cand = stay
        elif p1.addressees:
            cand = p1.addressees[0]
        elif p1.speaker and p1.para != u.para and not (p2 is not None and p2.speaker) \
                and len(called_p1 := [c for c in quote_vocatives(at, p1) if c != p1.speaker]) == 1:
            # no one spoke before p1 (or they left): the one p1 calls by name answers
            cand = called_p1[0]
        elif p1.speaker and narr and narr != p1.speaker and not back_to_back:
            cand = narr  # a first-person story's "I" is in every scene: the one who answers
        elif p1.speaker is None and p1.nominal and p1.introduced and narr and p1.para != u.para \
                and not (p2 is not None and p2.speaker):
            # '"No names," said the ferryman. / "How high is the river?"' in a first-person
            # scene: the teller answers a walk-on no one named has spoken to
            cand = narr
        if cand is not None:
            called = {_resolve_name(at, n) for seg in u.segs for n in vocatives(at.text[seg.start : seg.end])}
            if cand in called:  # the quote calls that person by name: someone else is speaking
                cand = p1.speaker if p1.speaker and p1.speaker not in called else None
        if cand is not None and u.tag_pron in ("he", "she") and at.genders.get(cand) in ("he", "she") \
                and at.genders.get(cand) != u.tag_pron:
            cand = None  # '"Why not?" broke in her son': the tag says a man, whoever spoke two turns back
        if cand is not None and cand == u.not_speaker:
            cand = None  # '"...," said her mother': never the one whose mother speaks
        if cand is not None:
            u.speaker, u.attribution, u.confidence = cand, "implicit", 0.45
            u.rule = "turn"
            u.notes.append("turn-taking")
        # vocative in the next quote naming someone: that someone may be us? leave to ranker


ACTS_AGAIN = "turn-taking: the last speaker acts again at the end of the narration before the quote"
ACTS_AGAIN_CHARS = 300  # the longest narration between the two quotes read so


def _acts_again(at: Attributor, p1: Utterance, u: Utterance) -> str | None:
    """The speaker of ``p1`` when the narration between it and a bare quote ``u`` opening the next
    paragraph but one (or the next, after narration that follows ``p1``'s tag) ends on a sentence
    of its own whose main-clause subject is that speaker doing a plain act ("She wound the
    clock.", not a nod, a word, leaving or a look at someone, who would answer), after someone else
    acted in the same narration. Not after a question, an act done to or for someone, an arrival,
    or before a line opening on a title ("Sir, ...")."""
    if at.text[p1.end - 1 : p1.end] == "?":
        return None  # '"Is it done for?" asked Mirela. Radek turned it over. Mirela leaned in. / "Only the spring."': the question's answer
    if p1.speaker is None \
            or p1.para == u.para or u.para - p1.last_para > 2 or len(u.segs) > 1 \
            or u.kind != "speech" or not _alone_in_paragraph(at, u):
        return None
    lo = max(p1.end, p1.cue[1] if p1.cue else 0)
    hi = at.story.paragraphs[u.para].span[0]
    if hi - lo > ACTS_AGAIN_CHARS or any(v for v in range(p1.last_para + 1, u.para)
                                         if at.story.paragraphs[v].kind != "text"):
        return None
    cid, sspan = at.narration_subject(lo, hi, last=True, past_things=True, past_nouns=True)
    if cid != p1.speaker or sspan is None or at.in_quote(sspan[0]) \
            or at.text[sspan[0] : sspan[1]].lower() in ("we", "they"):
        return None  # "We drove on.": the two together, no one alone
    toks = at.tokens(sspan[0], sspan[1])
    if not toks:
        return None
    if any(c.dep_ == "conj" for c in toks[-1].children):
        return None  # "Mirela and Radek walked on.": the two together
    verb = toks[-1].head
    if verb.sent.start_char < lo or re.search(r"[\"“”‘’«»]", at.text[verb.sent.start_char : hi]):
        return None  # the tag's own sentence, or a sentence with speech in it
    if _reaction(verb) or verb.lemma_.lower() in SPEECH_LEMMAS | REACTIONS or not _turns_to_speak(verb) \
            or verb.lemma_.lower() in PERCEPTION_LEMMAS:
        return None
    if any(c.dep_ == "neg" for c in verb.children) or verb.lemma_.lower() in NOT_ACTS:
        return None  # "She was sure by then that ...": a state of mind, which the other may answer
    if any(c.tag_ == "MD" for c in verb.children):
        return None  # "he could mend it later": no act yet
    if _done_to_someone(at, verb):
        return None  # "She tossed him the keys.": an act done to or for the other, who answers it
    called = {_resolve_name(at, n) for seg in u.segs for n in vocatives(at.text[seg.start : seg.end])}
    m = _OPENING_CALL.match(at.text, u.segs[0].start, u.segs[0].end)
    if m is not None:
        called.add(_resolve_name(at, m.group(1)))  # '"Miss Quennow!"', '"Ilsa--"': a call that opens the quote
    if p1.speaker in called or p1.speaker in quote_vocatives(at, u):
        return None
    if m is not None and m.group(1).split()[0].rstrip(".").lower() in _COMMON_TITLES | KIN_WORDS | CALL_TITLES:
        return None  # '"Sir, the wind is backing west."': a title or kin word no one calls themselves
    # only when someone else acts first, whose act was the answer ("Radek set the tin down. Mirela
    # climbed two rungs."): after the speaker's own act alone ("Mirela dropped her bag. / "Here?"") the
    # other replies (session 29, narrowed)
    subs = [t for t in _main_subjects(at.tokens(lo, sspan[0]))
            if not at.in_quote(t.idx) and t.lower_ not in ("it", "there", "this", "that")]
    others = {at.resolve_subject(t)[0] for t in subs}
    if not others - {None, p1.speaker}:
        return None
    if any(_an_arrival(v) for t in subs for v in (t.head, *t.head.conjuncts)):
        return None  # "Thibault came through the front door. Mirela picked up her coat.": the newcomer may speak
    return p1.speaker


def _an_arrival(verb) -> bool:
    """Is ``verb`` someone coming on ("came through the door", "walked in", "arrived")?"""
    lemma = verb.lemma_.lower()
    parts = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod")}
    return lemma in ARRIVE_LEMMAS or lemma in ARRIVE_MOVES and bool(parts & ARRIVE_PARTICLES) \
        or lemma in ARRIVE_OUT and "out" in parts


_OPENING_CALL = re.compile(r"[\W_]*((?:(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)\s*(?:!|,|--|—|–)")
# ranks and callings that open a line as a call ("Captain, ...", "Doctor!"), besides titles and kin words
CALL_TITLES = {"captain", "doctor", "doc", "sergeant", "officer", "nurse", "professor", "boss", "chief", "ma'am",
               "miss", "sir", "madam", "mum", "mom", "dad", "coach", "major", "colonel", "general", "lieutenant",
               "ensign", "constable", "inspector", "detective", "your"}
_PERSON_PRONS = {"him", "her", "me", "you", "us"}  # not "them", as often things ("stacked them by the stove")


def _done_to_someone(at: Attributor, verb) -> bool:
    """Is the act done to or for a person: an indirect object ("tossed him the keys"), a person as
    its object ("kissed him on the cheek", "handed Tom the letter") or after "to"/"for"/"towards"
    ("slid the plate across to him", "pulled out a chair for him")?"""
    def person(t) -> bool:
        return t.lower_ in _PERSON_PRONS or t.pos_ == "PROPN" and at.resolve_subject(t)[0] is not None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    own = {"i": "my", "he": "his", "she": "her", "they": "their", "you": "your", "we": "our"}.get(subj.lower_) \
        if subj is not None else None
    if subj is not None and own is None:
        own = {"he": "his", "she": "her"}.get(at.genders.get(at.resolve_subject(subj)[0] or "", ""))
    others = {"his", "her", "their", "your"} - {own}
    for c in (c for v in (verb, *verb.conjuncts) for c in v.children):
        if c.dep_ in ("dative", "iobj"):
            return True
        if c.dep_ == "dobj" and person(c):
            return True
        if c.dep_ == "prep" and c.lower_ in ("to", "for", "towards", "toward", "at"):
            if any(g.dep_ == "pobj" and person(g) for g in c.children):
                return True
        if c.dep_ == "prep" and c.lower_ in ("into", "onto", "in", "on", "to") and any(
                g.dep_ == "pobj" and any(h.dep_ == "poss" and h.lower_ in others for h in g.children) for g in c.children):
            return True  # "tipped the coins into his hand": into the other's hand
        if c.dep_ in ("advmod", "prt") and any(g.dep_ == "prep" and g.lower_ in ("to", "for", "towards")
                                              and any(h.dep_ == "pobj" and person(h) for h in g.children)
                                              for g in c.children):
            return True
    return False


# verbs of a state or of the mind, no act that leads into speech
NOT_ACTS = {"be", "have", "know", "understand", "think", "feel", "love", "like", "hate", "want", "wish", "seem",
            "determine", "mean", "hope", "fear", "believe", "doubt", "realise", "realize", "remember", "forget",
            "wonder", "need", "find", "stop", "sit", "stand", "fall", "wait", "stay", "remain", "look", "gaze", "glance"}


ANSWERS_PHONE = "the one the narration paragraph before the quote says answered the phone"
CALL_GOES_ON = "one side of a phone call goes on"
CALL_BACK_TO_BACK = "with no narration since the line before"


def _call_goes_on(at: Attributor, p1: Utterance, u: Utterance) -> bool:
    """Is untagged ``u`` the next piece of one side of a phone call whose last piece is ``p1``
    (given by the answerer rule, or itself such a piece): a new paragraph at most three on, the
    narration between naming no one else as a main-clause subject ("Everyone went quiet." is no one)?"""
    if p1.speaker is None or p1.para == u.para or u.para - p1.last_para > 3 or u.kind != "speech" \
            or not any(n in (ANSWERS_PHONE, CALL_GOES_ON) for n in p1.notes):
        return False
    if CALL_BACK_TO_BACK in p1.notes and not at.text[p1.end : u.start].strip(" \n\"'”’»—"):
        return False  # a second bare line straight after a bare line of the call: the far end may be heard (review)
    for t in _main_subjects(at.tokens(p1.end, u.start)):
        if at.in_quote(t.idx):
            continue
        who = at.index.at((t.idx, t.idx + len(t.text)))
        if who is not None and who != p1.speaker or who is None and (t.pos_ == "PROPN" or t.lower_ in ("he", "she")):
            return False
    return True


SAME_CALLER_WINDOW = 2000  # characters either side in which the one called says nothing
_PHONE = re.compile(r"\b(?:phone|mobile|cell|handset|receiver)s?\b", re.I)


def _same_caller(at: Attributor, utts: list[Utterance]) -> None:
    """One side of a phone call: an untagged quote that calls someone by a family word ("Mum",
    "Dad", "Gran") when that person says nothing in the scene ("Hi, Mum. No, I'm at Teddy's." ...
    "No, Mum, she hasn't got a dog.") is said by the one whose own line (by a tag, the narration
    beside it or a self-introduction) called them so shortly before — the only one who did."""
    from fabula.cast.names import KIN_NAMES

    for k, u in enumerate(utts):
        if u.speaker is not None or u.introduced or u.kind != "speech":
            continue
        names = [n for seg in u.segs for n in vocatives(at.text[seg.start : seg.end])]
        if len(names) != 1 or names[0].lower() not in KIN_NAMES:
            continue
        x = _resolve_name(at, names[0]) or names[0]
        if any(v.speaker == x or v.nominal for v in utts if abs(v.start - u.start) <= SAME_CALLER_WINDOW):
            continue  # the relative speaks in the scene (by name or as a walk-on, "Cal's mother")
        calls = [v for v in utts[:k] if u.start - v.end <= SAME_CALLER_WINDOW and v.speaker
                 and v.rule in ("tag", "narration", "self") and v.speaker != x
                 and any(n == names[0] for seg in v.segs for n in vocatives(at.text[seg.start : seg.end]))]
        if len({v.speaker for v in calls}) == 1 and _PHONE.search(
                at.text, at.story.paragraphs[max(0, calls[0].para - 3)].span[0], calls[0].start):
            u.speaker, u.attribution, u.confidence, u.rule = calls[0].speaker, "implicit", 0.5, "turn"
            u.kept = True
            u.notes.append("the one who called the same silent relative just before (one side of a call)")


def _thinker_speaks_next(utts: list[Utterance], k: int, thinker: str) -> bool:
    """Does the quote after ``utts[k]``, in the next paragraph, already have ``thinker`` for its
    speaker (a tag or the narration beside it; turn-taking has not reached it), said aloud?"""
    if k + 1 >= len(utts):
        return False
    nxt = utts[k + 1]
    return nxt.speaker == thinker and nxt.kind != "thought" and nxt.para == utts[k].last_para + 1


def _turn_before_at(utts: list[Utterance], i: int) -> int:
    """The index of the last quote of the turn before ``utts[i]``'s (-1 when there is none): past
    the quotes of its own paragraph that have its speaker ('"Nothing bad." She slid a card across.
    "You're in the final."' is one turn)."""
    j = i - 1
    while j >= 0 and utts[i].speaker and utts[j].speaker == utts[i].speaker and utts[j].last_para == utts[i].para:
        j -= 1
    return j


def _turn_before(utts: list[Utterance], i: int) -> str | None:
    """The speaker of the turn before ``utts[i]``'s (``_turn_before_at``)."""
    j = _turn_before_at(utts, i)
    return utts[j].speaker if j >= 0 else None


def _called_first(at: Attributor, p: Utterance) -> list[str]:
    """The one person a quote calls by name as its first words ('"Jo, you're up."'), not its
    speaker; empty when it opens otherwise ('"Tell Jo I said so."', '"Well, Jo, ..."')."""
    seg = p.segs[0]
    head = at.text[seg.start : seg.end].lstrip(" \"'“‘—-")
    m = _VOC_NAME_FIRST.match(head) or _VOC_NAME_ALONE.match(head.rstrip(" \"'”’—-"))
    if m is None:
        return []
    cid = _resolve_name(at, m.group(1))
    # a vocative the usual checks accept ("Hallo, ..." is a greeting, not a name)
    return [cid] if cid is not None and cid != p.speaker and cid in quote_vocatives(at, p) else []


_VOC_NAME_FIRST = re.compile(rf"({_VOC_NAME}),\s+\w")  # "Jo, you're up": not a lone "Hallo!"
# a line that is nothing but a name: '"Jo."', '"Jo..."' calls Jo, who answers next (session 27)
_VOC_NAME_ALONE = re.compile(rf"({_VOC_NAME})\s*(?:\.\.\.|…|[.])$")


def _asked_by_name(at: Attributor, p: Utterance) -> list[str]:
    """The one person a quote ending in a question puts that question to by name: the name opens
    the quote or the question ('"Jo, are you in?"', '"Well. Jo, are you in?"') or closes it ('"Are
    you in, Jo?"'); not someone named inside a longer sentence. Empty otherwise, and when the name is the quote's own speaker. Only names :func:`quote_vocatives`
    reads as calls count (a name and a stop, "Jo. How bad?", is not one yet)."""
    seg = p.segs[-1]
    text = at.text[seg.start : seg.end].strip(" \"'“”‘’—-")
    if not text.endswith("?"):
        return []
    called = [c for c in quote_vocatives(at, p) if c != p.speaker]
    if len(called) != 1:
        return []
    first = at.text[p.segs[0].start : p.segs[0].end].strip(" \"'“”‘’—-")
    question = re.split(r"(?<=[.!?])\s+", text)[-1]
    heads = [m.group(1) for t in (first, question) if (m := _VOC_ASKED_HEAD.match(t))]
    tail = _VOC_ASKED_TAIL.search(question)
    names = heads + ([tail.group(1)] if tail else [])
    if any((_resolve_name(at, n) or _clipped_name(at, n)) == called[0] for n in names):
        return called
    return []


_VOC_ASKED_HEAD = re.compile(rf"({_VOC_NAME})(?:,\s+\w|\.\s)")  # "Jo, are you ...?", "Jo. How ...?"
_VOC_ASKED_TAIL = re.compile(rf",\s+({_VOC_NAME})\?$")  # "..., Jo?"


def _mutual_pair(at: Attributor, utts: list[Utterance], k: int, x: str) -> str | None:
    """The one bare quote ``k`` (which calls ``x`` by name) is answered by, when the next bare
    quote calls that one by name and the exchange goes on between the two: the two quotes after
    the answer are bare turns too, and neither they nor the quote before ``k`` (when it ends in
    the paragraph right before ``k``'s, tagged or not) call a third person by name — a goodbye round ("So long, Mrs. Tolley." / "So long, Dr.
    Hallam." / ...) or a line said to someone else is no pair."""
    if k + 3 >= len(utts) or not all(_bare_turn(at, utts, j) for j in (k + 1, k + 2, k + 3)):
        return None
    if not all(_written_as_name(at, n) for n in vocatives(at.text[utts[k].start : utts[k].end])):
        return None  # "No, not Mr. Ashby": a common word read as a call is no evidence
    called = quote_vocatives(at, utts[k + 1])
    if not all(_written_as_name(at, n) for n in vocatives(at.text[utts[k + 1].start : utts[k + 1].end])):
        return None
    if len(called) != 1 or called[0] == x:
        return None
    pair = {x, called[0]}
    near = [k + 2, k + 3] + ([k - 1] if k > 0 and utts[k - 1].last_para == utts[k].para - 1 else [])
    if any(set(quote_vocatives(at, utts[j])) - pair for j in near):
        return None
    return called[0]


def _written_as_name(at: Attributor, name: str) -> bool:
    """Is ``name`` (words the vocative pattern took for a name) never written in lower case in
    the story, as a name is ("No", "Good-bye" and "Then" are)? Its last word decides ("Miss
    Pryce": "miss" is also a verb)."""
    cache = at.__dict__.setdefault("_lower_words", {})
    if not cache:
        cache.update(dict.fromkeys(re.findall(r"\b[a-z][a-z'\-]*\b", at.text), True))
    return bool(name.split()) and name.split()[-1].lower() not in cache


def _bare_turn(at: Attributor, utts: list[Utterance], k: int, adjacent: bool = True) -> bool:
    """Is quote ``k`` a bare turn of a running exchange: untagged, alone in its paragraph, and
    (``adjacent``) in the paragraph right after the quote before it (no narration between)."""
    u = utts[k]
    if u.speaker is not None or u.introduced or k == 0 or len(u.segs) > 1 or u.kind != "speech":
        return False
    if adjacent and utts[k - 1].last_para != u.para - 1:
        return False
    return _alone_in_paragraph(at, u)


def _alone_in_paragraph(at: Attributor, u: Utterance) -> bool:
    """Is quote ``u`` all there is in its paragraph (no beat or tag before or after it)?"""
    ps, pe = at.story.paragraphs[u.para].span
    return not (at.text[ps : u.start].strip(" \n\"'«“‘—") or at.text[u.end : pe].strip(" \n\"'»”’—"))


MOVE_LEMMAS = {"go", "leave", "head", "take", "drift", "wander", "walk", "retreat", "disappear", "slip", "storm",
               "stomp", "march", "troop", "move", "vanish", "exit", "depart", "run", "hurry", "stalk", "stride"}
AWAY_WORDS = {"off", "away", "out", "through", "upstairs", "downstairs", "outside", "inside", "home"}
# goals that take someone out of the room ("took their bowls through to the sitting room"); not a
# spot inside it ("walked to the window", "went to the door")
ELSEWHERE_NOUNS = {"room", "kitchen", "hall", "hallway", "corridor", "bedroom", "bathroom", "garden", "yard",
                   "street", "car", "office", "house", "flat", "apartment", "stairs", "landing", "porch",
                   "lounge", "cellar", "attic", "garage", "shed", "deck", "cabin", "bar", "pub", "shop",
                   "town", "village", "station", "airport", "stage", "toilet", "loo", "study",
                   "library", "ward", "lobby", "foyer", "terrace", "balcony", "roof", "basement", "exit"}


def _left_the_scene(at: Attributor, start: int, end: int) -> set[str]:
    """Characters the narration in ``[start, end)`` sends elsewhere: subjects (and their
    conjuncts) of a main verb of going with "off"/"away"/"through" or "to"/"into"/"toward" a place
    ("She and Teo took their bowls through to the sitting room", "Dagrun drifted off toward the
    window seats"), or of a bare "went" that ends its clause ("Kell wiped his hands and went."); not
    "went back to pacing"."""
    gone: set[str] = set()
    pairs = []  # (subject, its verb)
    for t in at.tokens(start, end):
        if at.in_quote(t.idx):
            continue
        if t.dep_ == "nsubj" and t.head.dep_ in ("ROOT", "conj"):
            pairs.append((t, t.head))
        elif t.dep_ == "conj" and t.lemma_.lower() == "go" and _went_bare(t) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            # "Kell wiped his hands and went.": the bare verb's subject is its head's
            pairs.extend((c, t) for c in t.head.children if c.dep_ == "nsubj")
    for t, v in pairs:
        lemma = v.lemma_.lower()
        if lemma not in MOVE_LEMMAS:
            continue
        # "drifted off", but not "took it out": a verb with an object must take it to a place
        away = any(c.dep_ in ("prt", "advmod") and c.lower_ in AWAY_WORDS for c in v.children) \
            and not any(c.dep_ == "dobj" for c in v.children)
        to_place = any(c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards", "through")
                       and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in ELSEWHERE_NOUNS
                               for g in c.children) for c in v.children)
        if lemma in ("leave", "disappear", "vanish", "exit", "depart") or away or to_place \
                or lemma == "go" and _went_bare(v):
            for x in (t, *t.conjuncts):
                cid = at.index.at((x.idx, x.idx + len(x.text)))
                if cid:
                    gone.add(cid)
    return gone


def _went_bare(v) -> bool:
    """Is a "go" verb said bare, ending its clause ("and went.", "Then she went."): gone, not going
    somewhere in the room ("went to the window") or on with something ("went on", "went back to")?"""
    # "He went, whistling.": a manner clause after a comma leaves the going bare (session 25)
    manner = [c for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == v.i + 2
              and v.doc[v.i + 1].text == ","]
    if any(c.dep_ not in ("nsubj", "aux", "cc", "punct", "advmod", "conj") and c not in manner for c in v.children):
        return False
    # "went, but reluctantly": how one goes is no place one goes to (session 25)
    if any(c.dep_ == "advmod" and c.lower_ not in ("then", "finally", "quietly", "obediently")
           and not (c.lower_.endswith("ly") and c.i > v.i) for c in v.children):
        return False
    nxt = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
    return nxt is None or nxt.text in (".", ";", "!", ",") or bool(manner)


def _stayer(at: Attributor, start: int, end: int, gone: set[str]) -> str | None:
    """The last character other than the "I" that a main clause of the narration in ``[start,
    end)`` is about, not one who left ("He filled in a clue. I scraped the pan.": he)."""
    narr = at.narrator_at(start)
    found = None
    for t in at.tokens(start, end):
        if t.dep_ != "nsubj" or t.head.dep_ not in ("ROOT", "conj") or at.in_quote(t.idx):
            continue
        cid = at.index.at((t.idx, t.idx + len(t.text)))
        if cid and cid not in gone and cid != narr:
            found = cid
    return found


LOOK_LEMMAS = {"look", "glance", "turn", "stare", "peer", "smile", "grin", "nod", "wink", "frown", "gaze"}


def _said_to(at: Attributor, u: Utterance) -> str | None:
    """The person a quote is said to by its own words or beat: "said to Tom", "turning to Nora",
    or the narration beside it that gives its speaker ("He glanced down at me.")."""
    if u.rule == "tag":
        return _cue_object(at, u)
    if u.rule != "narration" or not u.evidence_spans or at.doc is None:
        return None
    toks = at.tokens(*u.evidence_spans[-1])
    if not toks:
        return None
    verb = toks[-1].head
    verbs = [verb, *[c for c in verb.children if c.dep_ == "conj"]]
    for v in verbs:
        if v.lemma_.lower() not in LOOK_LEMMAS:
            continue
        for c in v.children:
            if c.dep_ != "prep" or c.lower_ not in ("at", "to", "toward", "towards"):
                continue
            for g in c.children:
                if g.dep_ != "pobj" or at.in_quote(g.idx):
                    continue
                if g.lower_ in ("me", "us"):
                    cid = at.narrator_at(g.idx)
                elif g.lower_ == "you":
                    cid = at.reader_at(g.idx)
                else:
                    cid = at.index.at((g.idx, g.idx + len(g.text))) if g.pos_ == "PROPN" else None
                if cid and cid != u.speaker:
                    return cid
    return None


def _beat_verbs(at: Attributor, u: Utterance) -> list:
    """The verb of a quote's tag, or of the narration beat that named its speaker, with the verbs
    joined to it ("took my arm and steered me"): where a beat's objects are read from."""
    if u.rule == "tag":
        toks = at.tokens(u.cue[0], u.cue[1]) if u.cue is not None else []
        verb = toks[0] if toks else None
    else:
        toks = at.tokens(*u.evidence_spans[-1]) if u.evidence_spans else []
        verb = toks[-1].head if toks else None
    if verb is None:
        return []
    return [verb, *[c for c in verb.children if c.dep_ in ("conj", "advcl", "xcomp")]]


def _touches_teller(at: Attributor, u: Utterance) -> str | None:
    """The first- or second-person teller a quote's own beat or tag reaches for, when its speaker
    acts on "me"/"you" or on something of theirs ('Gus tapped my arm', 'she said into my shoulder',
    'pointing her spoon at you'): the one the words are for, among several."""
    if u.rule not in ("tag", "narration") or at.doc is None:
        return None
    verbs = _beat_verbs(at, u)
    if not verbs:
        return None
    objs = []
    for v in verbs:
        for c in v.children:
            if c.dep_ in ("dobj", "dative"):
                objs.append(c)
            elif c.dep_ == "prep":
                objs += [g for g in c.children if g.dep_ == "pobj"]
    for o in objs:
        if at.in_quote(o.idx):
            continue
        words = [o.lower_] + [c.lower_ for c in o.children if c.dep_ == "poss"]
        cid = None
        if "me" in words or "my" in words:
            cid = at.narrator_at(o.idx)
        elif "you" in words or "your" in words:
            cid = at.reader_at(o.idx)
        if cid and cid != u.speaker:
            return cid
    return None


def _teller_addressed(at: Attributor, utts: list[Utterance]) -> None:
    """'The porter lifts my bag onto his trolley. "Platform six?"': a line whose speaker's own beat or
    tag acts on the first- or second-person teller ("me", "my bag", "your arm") is said to that
    teller, when it calls no one by name (session 29)."""
    for u in utts:
        if u.kind != "speech" or not u.speaker or u.segs[0].mark == "chat":
            continue
        teller = _touches_teller(at, u)
        if teller is not None and _teller_beat_elsewhere(at, u, teller):
            teller = None
        teller = teller or _touched_teller_before(at, u)
        if teller is None or u.addressees == [teller] or quote_vocatives(at, u):
            continue
        told = _cue_object_named(at, u)
        if told is not None and told != teller:
            continue  # '"We're not staying," Kasimir tells Orla, taking my hand.': said to Orla
        g = at.genders.get(teller)
        if g in ("he", "she") and re.search(rf"\b{g}\b", " ".join(at.text[sg.start : sg.end] for sg in u.segs), re.I):
            continue  # '"She's the one who found the boat."' of the teller: said about her, to another
        u.addressees = [teller]
        u.notes.append("addressee: the teller the speaker's beat acts on")


def _touched_teller_before(at: Attributor, u: Utterance) -> str | None:
    """The teller the speaker acted on in the last sentence of the narration paragraph right before
    the quote's own ('Idony taps my shoulder with her pen. / "Coffee?" she asks.'), when that
    sentence's subject is the speaker."""
    pi = u.para
    if pi == 0 or at.doc is None:
        return None
    ps, pe = at.story.paragraphs[pi - 1].span
    if any(at.in_quote(i) for i in range(ps, pe)) or u.segs[0].continues \
            or any(at.in_quote(i) for i in range(at.story.paragraphs[pi].span[0], u.start - 1)):
        return None  # the paragraph before is narration, and nothing was said before the quote in its own
    cid, sspan = at.narration_subject(ps, pe, last=True)
    if cid is None or cid != u.speaker or sspan is None:
        return None
    toks = at.tokens(*sspan)
    if not toks:
        return None
    fake = Utterance(u.segs, speaker=u.speaker, rule="narration", evidence_spans=[sspan])
    teller = _touches_teller(at, fake) if toks[-1].head.dep_ == "ROOT" else None
    return None if teller is None or _teller_beat_elsewhere(at, fake, teller) else teller


# prepositions that only place the teller ("shoves past me"), and gestures that only show them to
# someone else ("points at me"): no sign the words are for the teller (session 29)
_TELLER_PLACES = {"past", "behind", "beside", "around", "round", "near", "by", "after", "from", "over", "along"}
_TELLER_SHOWN = {"point", "gesture", "nod", "motion", "jerk", "indicate", "jab", "wave", "glance"}


def _teller_beat_elsewhere(at: Attributor, u: Utterance, teller: str) -> bool:
    """Does the beat ``_touches_teller`` read for ``u`` turn to another person ("hands it to the
    guard", "turns to Orla": a dative, or a person after "to"/"at"/"towards"), or reach the teller
    only by a preposition of place ("past me") or a gesture ("points at me") (session 29)?"""
    verbs = _beat_verbs(at, u)
    if not verbs:
        return False
    persons = at.person_uses()[1]
    mine = []
    for v in verbs:
        for c in v.children:
            objs = []
            if c.dep_ in ("dobj", "dative"):
                objs = [(c, "dative" if c.dep_ == "dative" else "")]
            elif c.dep_ == "prep":
                objs = [(g, c.lower_) for g in c.children if g.dep_ == "pobj"]
            for o, how in objs:
                if at.in_quote(o.idx):
                    continue
                words = [o.lower_] + [g.lower_ for g in o.children if g.dep_ == "poss"]
                if set(words) & {"me", "my", "you", "your"}:
                    mine.append((v, how))
                elif how in ("dative", "to", "at", "towards", "toward") and (
                        o.pos_ == "PROPN" or o.lower_ in ("him", "her", "them")
                        or o.pos_ == "NOUN" and (_person_noun(o.lemma_.lower()) or o.lemma_.lower() in persons)):
                    return True  # the beat turns to another person
    return bool(mine) and all(how in _TELLER_PLACES or v.lemma_.lower() in _TELLER_SHOWN and how in ("at", "")
                              for v, how in mine)  # "points at me", not "points out to me"


def _answers_walk_on(at: Attributor, p2: Utterance, p1: Utterance, u: Utterance) -> bool:
    """'"Locking up in ten," the caretaker said. / "That's mine," said Gideon. / "It's leaking."':
    a named person's tagged reply to a walk-on, in the very next paragraph, and a bare quote in the
    paragraph after it: the walk-on has the third turn, as after a question put to them."""
    if p1.rule == "turn" and not (at.section_narrator(u.start) or at.reader_at(u.start)):
        # after a bare reply, only where an "I" or "you" tells the scene: a teller sees strangers
        # by their jobs, while a novel's narrator calls named people "the maker", "the duchess"
        return False
    return (p1.rule in ("tag", "turn") and p1.para == p2.last_para + 1 and u.para == p1.last_para + 1
            and not u.evidence_spans)


def _resolve_name(at: Attributor, name: str) -> str | None:
    cid = at.index.by_name(name)
    if cid is None:
        parts = name.split()
        if len(parts) > 1:
            cid = at.index.by_name(parts[-1]) or at.index.by_name(parts[0])
        elif parts:
            cid = at.name_words().get(parts[0]) or at.pet_forms().get(parts[0])
    return cid


_PET_END = re.compile(r"(?:ie|ey|y)$")


def _name_stem(word: str) -> str:
    """"Rosie" -> "Ros", "Corrie" -> "Cor", "Fen" -> "Fen": a first name without a pet ending
    or the doubled letter before it."""
    stem = _PET_END.sub("", word) if len(word) > 4 else word
    return stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem


# Oaths and exclamations that look like a clipped first name ("God" is no Godwin).
_OATHS = {"god", "christ", "jesus", "heaven", "hell", "gosh", "jeez", "lord"}


def _clipped_name(at: Attributor, name: str) -> str | None:
    """The one character whose first name a lone vocative clips or pets ("Fen" or "Fennie" for
    Fenella, "Rosie" for Rose), or a pet first name fills out ("Percival" for Percy), when
    the story never uses the word in lower case (so "Night" or "Yes" is no name). None when two
    characters' names fit."""
    if not name.isalpha() or len(name) < 3 or not name[:1].isupper() or name.lower() in TITLES \
            or name.lower() in NOUN_GENDER or name.lower() in ENDEARMENTS or name.lower() in _OATHS \
            or name.lower() in at.lower_words():
        return None
    stem = _name_stem(name)
    if len(stem) < 3:
        return None
    owners = set()
    for c in at.analysis.characters:
        for n in {c.name, *c.aliases}:
            first = n.split()[0] if n.split() else ""
            if len(first) < 3 or first.endswith(".") or first.lower() in TITLES or first == name:
                continue
            if len(first) > len(stem) and first.startswith(stem) and (len(name) <= 4 or _PET_END.search(name)):
                owners.add(c.id)  # "Fen" for Fenella, "Rosie" for Rose; not "Ottil" for Ottilie
            elif _PET_END.search(first) and len(name) >= len(first) + 2 and len(_name_stem(first)) >= 3 \
                    and name.startswith(_name_stem(first)):
                owners.add(c.id)  # "Percival" for Percy
            elif len(name) == len(first) <= 4 and name[:2] == first[:2] and all(
                    a == b or a in "aeiouy" and b in "aeiouy" for a, b in zip(name.lower(), first.lower(), strict=False)) \
                    and first_name_gender(name) in (None, first_name_gender(first)):
                owners.add(c.id)  # "Lee" for Lea: the same name spelt by its sound (session 25)
    return next(iter(owners)) if len(owners) == 1 else None


def quote_vocatives(at: Attributor, u: Utterance) -> list[str]:
    """The characters a quote calls by name ("Well, Harriet, ..."), in order, each once; a clipped
    or pet first name the cast lacks ("Fen, wait") by :func:`_clipped_name`."""
    found: list[str] = []
    for s in u.segs:
        for name in vocatives(at.text[s.start : s.end]):
            cid = _resolve_name(at, name) or _clipped_name(at, name)
            if cid and cid not in found:
                found.append(cid)
    return found


def _addressees(at: Attributor, utts: list[Utterance], final: bool = False) -> None:
    """The rules' addressees: a vocative, the speech verb's object, the speaker's gesture, else the
    neighbouring speaker (the line before first). ``final``: the pass after the speaker ranker (the
    pass before it gives the ranker its features), which also lets a line that opens a new exchange
    after a narration paragraph go to the third person who answers it (:func:`_opens_after_narration`;
    in the pass before the ranker it moved PDNC dev speakers −2 / +1)."""
    for k, u in enumerate(utts):
        if u.kind == "thought":
            continue  # a thought is addressed to no one
        found = [cid for cid in quote_vocatives(at, u) if cid != u.speaker]
        if found:
            u.addressees = found
            continue
        told = _cue_object(at, u)
        if told is not None:
            u.addressees = [told]  # "she said to Jonah", "he asked his sister"
            continue
        beat = _beat_object(at, u)
        if beat is not None:
            u.addressees = [beat]  # 'Ysmay points a ladle at me. "No sulking."'
            continue
        prev = utts[k - 1] if k > 0 and not _conversation_breaks(at, utts[k - 1], u) else None
        nxt = utts[k + 1] if k + 1 < len(utts) and not _conversation_breaks(at, u, utts[k + 1]) else None
        order = (prev, nxt)
        if final and _opens_after_narration(at, prev, u, nxt):
            order = (nxt, prev)  # 'A: "..." / Narration. / "Any coffee left?" / C: "In the pot."'
        for v in order:
            if v is not None and v.speaker and v.speaker != u.speaker:
                u.addressees = [v.speaker]
                break
        else:
            if prev is not None and prev.speaker == u.speaker and prev.addressees:
                u.addressees = list(prev.addressees)
            elif u.speaker is not None:
                # any gender ("they"): the character the narration named last, within 600 characters
                near = at.recent_by_gender(u.start, "they", exclude={u.speaker}, window=600)
                if near is not None:
                    u.addressees = [near]  # a lone remark: to the person the narration just named


def _opens_after_narration(at: Attributor, prev: Utterance | None, u: Utterance, nxt: Utterance | None) -> bool:
    """Is ``u`` a bare line that opens a new exchange after a narration paragraph, answered by a
    third person? The line before was said before the narration paragraph between them; the line
    opens its own paragraph with no narration before it; the next line, by someone who is neither
    this speaker nor the last one, answers it: '"Fine," Ione said. / The kettle boiled. Vin came in
    with the post. / "Anything for me?" / "Two bills," Vin said.' — said to Vin, not Ione."""
    if prev is None or nxt is None or u.speaker is None or not prev.speaker or not nxt.speaker:
        return False
    if nxt.speaker in (u.speaker, prev.speaker) or prev.kind == "thought" or nxt.kind == "thought":
        return False
    if u.para - prev.last_para < 2:
        return False
    ps = at.story.paragraphs[u.para].span[0]
    return re.search(r"\w", at.text[ps:u.start]) is None


ADDRESS_VERBS = {"tell", "ask", "answer", "reply", "assure", "reassure", "beg", "remind", "warn", "urge",
                 "thank", "address", "greet", "inform", "implore", "question", "interrupt", "call", "promise"}


def _cue_object(at: Attributor, u: Utterance) -> str | None:
    """The person the speech verb is said to: "said to X", "turning to X", "asked X"."""
    if u.cue is None or at.doc is None:
        return None
    toks = at.tokens(u.cue[0], u.cue[1])
    if not toks:
        return None
    verb = toks[0]
    objs = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "at", "toward", "towards"):
            objs += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in ("dobj", "dative") and verb.lemma_.lower() in ADDRESS_VERBS:
            objs.append(c)
        elif c.dep_ in ("advmod", "prep", "prt") and c.lower_ in ("across", "over", "back", "down", "up", "out"):
            for p in c.children:  # "hissed over to Dunstan", "called back to her" (session 28)
                if p.dep_ == "prep" and p.lower_ in ("to", "at", "toward", "towards"):
                    objs += [g for g in p.children if g.dep_ == "pobj"]
        elif c.dep_ == "advcl" and c.lemma_.lower() in ("turn", "look", "glance", "address"):
            for p in c.children:  # "turning to her sister"
                if p.dep_ == "prep" and p.lower_ in ("to", "at", "toward", "towards"):
                    objs += [g for g in p.children if g.dep_ == "pobj"]
    for o in objs:
        if at.in_quote(o.idx) or o.lower_ in ("it", "this", "that", "me", "myself", "himself", "herself"):
            continue
        span = (o.left_edge.idx, o.idx + len(o.text))
        cid = at.index.at((o.idx, o.idx + len(o.text))) or at.index.at(span)
        if cid is None and o.pos_ == "PROPN":
            cid = _resolve_name(at, o.text)
        if cid is None and o.lower_ in ("him", "her"):
            cid = at.recent_by_gender(o.idx, THIRD[o.lower_], exclude={u.speaker} if u.speaker else None)
        if cid and cid != u.speaker:
            return cid
    return None


BEAT_PREPS = ("to", "at", "toward", "towards")


def _beat_object(at: Attributor, u: Utterance) -> str | None:
    """The person the speaker acts on in the narration leading into the quote, in its paragraph:
    'Ysmay points a ladle at me. "No sulking."', 'Odalys turns to you. "..."', 'She kicks him under
    the table. "Be nice."'. The speaker's own gesture at someone picks whom the words are for: the
    last narration sentence before the quote whose verb has the speaker as subject and a person as
    its object or after "at"/"to"/"toward" (also "a ladle at me"). Names, "me" (a first-person
    teller), "you" (the reader of a second-person story) and he/she pronouns resolve as subjects do."""
    if at.doc is None or u.speaker is None:
        return None
    return _beat_before(at, u, u.segs[0])


# verbs of a gesture at, attention to or touch of someone: only these name whom the words are for
# ("Anna missed Carl.", "wrote to Carl", "hated him" say nothing of who hears the next line)
BEAT_VERBS = {"point", "turn", "look", "glance", "gaze", "stare", "peer", "glare", "squint", "nod", "wave",
              "gesture", "motion", "beckon", "kick", "nudge", "wink", "lean", "touch", "tap", "pat", "grin",
              "smile", "smirk", "frown", "scowl", "sneer", "hand", "pass", "give", "offer", "shove", "poke",
              "prod", "jab", "elbow", "squeeze", "grab", "grip", "hug", "push", "face", "eye", "regard",
              "whirl", "spin", "swivel", "wag", "jerk", "tilt", "shake", "hold", "thrust", "toss", "slide",
              "raise", "roll", "shrug", "approach", "address", "clap", "tug", "lift", "flick", "kiss",
              "embrace", "step", "interrupt", "appeal", "tell", "talk", "speak", "whisper", "bow"}
# body parts whose possessor a gesture reaches ("touched her arm", "kicked Ada's ankle")
BODY_PARTS = {"arm", "hand", "shoulder", "elbow", "knee", "foot", "ankle", "leg", "back", "cheek", "face", "head",
              "hair", "wrist", "finger", "fingers", "side", "ribs", "chin", "forehead", "neck", "sleeve", "shin"}
# how far back a named listener must be mentioned to be in the scene (as _conversation_breaks' gap)
BEAT_SCENE_REACH = 3000


def _beat_before(at: Attributor, u: Utterance, first) -> str | None:
    """:func:`_beat_object` for the narration just before one segment of the quote (worked out once
    per speaker and segment: the ranker check, the rules and the teller check all ask)."""
    key = (u.speaker, first.start)
    if key not in at._beats:
        at._beats[key] = _find_beat(at, u, first)
    return at._beats[key]


def _in_scene(at: Attributor, cid: str, before: int) -> bool:
    """Is ``cid`` mentioned (named, or as the subject of a tag) in the scene before ``before``?"""
    lo = bisect.bisect_left(at.ment_starts, before - BEAT_SCENE_REACH)
    hi = bisect.bisect_left(at.ment_starts, before)
    return any(m[2] == cid for m in at.ments[lo:hi])


def _find_beat(at: Attributor, u: Utterance, first) -> str | None:
    ps, _pe = at.story.paragraphs[first.para].span
    i = bisect.bisect_left(at.seg_starts, first.start) - 1
    lo = ps
    if i >= 0 and at.segs[i].end > ps:
        lo = at.segs[i].end + 1  # after an earlier quote of the same paragraph
    hi = first.start
    toks = [t for t in at.tokens(lo, hi) if t.is_alpha]
    if not toks and lo == ps and first.para > 0:
        # a quote opening its paragraph after a paragraph of narration alone: that paragraph's last
        # sentence ('Ada nudged Tom's foot under the table. / "Told you," she whispered.')
        lo, hi = at.story.paragraphs[first.para - 1].span
        j = bisect.bisect_left(at.seg_starts, lo)
        if j < len(at.segs) and at.segs[j].start < hi:
            return None  # the paragraph before holds a quote
        toks = [t for t in at.tokens(lo, hi) if t.is_alpha]
    if not toks:
        return None
    sent = toks[-1].sent
    for v in sent:
        if v.pos_ not in ("VERB", "AUX") or v.idx < lo or v.idx >= hi:
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj"]
        if not subj and v.dep_ in ("conj", "advcl", "xcomp") and v.head.pos_ == "VERB":
            subj = [c for c in v.head.children if c.dep_ == "nsubj"]
        if v.lemma_.lower() not in BEAT_VERBS or not subj or at.resolve_subject(subj[0])[0] != u.speaker:
            continue
        objs = [c for c in v.children if c.dep_ in ("dobj", "dative")]
        heads = [v] + [c for c in v.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]  # "points a ladle at me"
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in BEAT_PREPS:
                    objs += [g for g in c.children if g.dep_ == "pobj"]
        # a touch of someone's body part is a touch of them: "nudged Priya's foot", "squeezed his hand"
        objs = [next((c for c in o.children if c.dep_ == "poss"), o) if o.lemma_.lower() in BODY_PARTS else o
                for o in objs]
        for o in objs:
            if o.lower_ not in FIRST and o.lower_ not in THIRD and o.lower_ != "you" and o.pos_ != "PROPN":
                continue
            if o.lower_ in ("it", "them", "they", "we", "us"):
                continue
            cid = at.resolve_subject(o)[0] if o.pos_ != "PROPN" else (
                at.index.at((o.idx, o.idx + len(o.text))) or _resolve_name(at, o.text))
            if cid and cid != u.speaker and (o.pos_ != "PROPN" or _in_scene(at, cid, o.idx)):
                return cid  # a name must be in the scene already: not someone away, first named here
    return None


def quote_counts(utts: Sequence[Utterance]) -> Counter:
    return Counter(u.speaker for u in utts if u.speaker)


__all__ = ["Attributor", "Utterance", "attribute", "group_segments", "kind_of", "vocatives", "norm_name"]

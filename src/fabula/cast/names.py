"""Finding the names of people in the text, and deciding which capitalised words are people.

spaCy's small NER is a start, not an answer: it misses names that are also common words or brands
(a girl called Hope or Chanel) and it tags interjections and idioms ("Kay, let's go", "Oh, God")
as PERSON. So every run of capitalised proper-noun tokens is a *candidate*, and a candidate becomes
a name from how the text uses it, summed over all its occurrences: subject of a verb (more so of a
speech verb), possessor, vocative, object, a title before it (Mr., Aunt, Professor), NER votes —
against: NER calling it a place/organisation/date, following a place preposition ("to Ohio"),
interjection frames ("Oh, God", "Thank God"), and being an ordinary lower-case word elsewhere
that is only ever capitalised at a sentence start. No lists of names are used anywhere.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from fabula.cast.quotes import QuoteMap

# Kin words a family uses as a name, capitalised and without "my"/"the" ("Dad said", "ask Nan").
KIN_NAMES = {"dad", "daddy", "mum", "mummy", "mom", "mommy", "mam", "mammy", "ma", "pa", "papa", "mama", "pop",
             "gran", "granny", "grandad", "granddad", "grandpa", "grandma", "nan", "nana", "nanna", "nonna",
             "nonno", "oma", "opa", "abuela", "abuelo", "bubbe", "zaide", "auntie", "aunty"}

# Honorifics and kinship/rank titles (generic English, not names). Value: implied gender or None.
TITLES: dict[str, str | None] = {
    "mr": "he", "mister": "he", "sir": "he", "lord": "he", "monsieur": "he", "m": None, "herr": "he",
    "signor": "he", "senor": "he", "uncle": "he", "father": "he", "brother": "he", "king": "he",
    "prince": "he", "duke": "he", "count": "he", "baron": "he", "master": "he", "earl": "he",
    "mrs": "she", "miss": "she", "ms": "she", "lady": "she", "dame": "she", "madam": "she",
    "madame": "she", "mme": "she", "mlle": "she", "mademoiselle": "she", "aunt": "she", "auntie": "she",
    "sister": "she", "mother": "she", "queen": "she", "princess": "she", "duchess": "she",
    "countess": "she", "baroness": "she", "mistress": "she", "frau": "she", "fraulein": "she",
    "signora": "she", "senora": "she", "grandma": "she", "granny": "she", "grandpa": "he",
    "dr": None, "doctor": None, "prof": None, "professor": None, "captain": None, "capt": None,
    "midshipman": "he", "ensign": None, "cadet": None,
    "colonel": None, "col": None, "major": None, "general": None, "lieutenant": None, "lt": None,
    "sergeant": None, "sgt": None, "corporal": None, "admiral": None, "commander": None,
    "inspector": None, "detective": None, "officer": None, "agent": None, "reverend": None,
    "rev": None, "cousin": None, "coach": None, "nurse": None, "judge": None, "senator": None,
    "president": None, "governor": None, "mayor": None, "saint": None, "st": None, "chief": None, "chef": None,
    # police ranks, written in capitals ("DC Kayleigh Dunn", "DI Graham", "PC Lewis")
    "dc": None, "di": None, "ds": None, "dci": None, "dsi": None, "pc": None, "wpc": "she",
}
CAPS_TITLES = {"dc", "di", "ds", "dci", "dsi", "pc", "wpc"}
# Titles normally followed by a surname (so "Mr. Bennet" names the Bennet surname).
SURNAME_TITLES = {"mr", "mister", "mrs", "miss", "ms", "monsieur", "m", "herr", "mme", "mlle", "madame", "mademoiselle",
                  "midshipman", "ensign", "cadet",
                  "dr", "doctor", "prof", "professor", "captain", "capt", "colonel", "col", "major",
                  "general", "lieutenant", "lt", "sergeant", "sgt", "corporal", "admiral", "commander",
                  "inspector", "detective", "officer", "agent", "coach", "judge", "senator", "governor",
                  "mayor", "frau", "fraulein", "signor", "signora", "senor", "senora", "president", "chef",
                  "dc", "di", "ds", "dci", "dsi", "pc", "wpc"}
# Workplace titles a crew uses bare, as the name of the one who holds them ("Yes, Chef!", "Coach
# called me into his office"): a name of its own, or the one person titled so ("Chef Ruth Achterberg").
BARE_TITLES = {"chef", "coach"}

SPEECH_VERBS = {
    "say", "ask", "reply", "answer", "cry", "shout", "whisper", "murmur", "exclaim", "yell", "call",
    "tell", "continue", "add", "repeat", "mutter", "scream", "sob", "laugh", "smile", "sigh", "return",
    "remark", "observe", "declare", "insist", "explain", "begin", "retort", "protest", "demand",
    "inquire", "enquire", "respond", "groan", "gasp", "snap", "growl", "grin", "nod", "think", "wonder",
}
# Verbs whose "at/to/toward X" is a person far more often than a place.
TOWARD_PERSON_VERBS = {"look", "stare", "glance", "gaze", "glare", "peer", "smile", "grin", "wink", "nod",
                       "frown", "laugh", "wave", "point", "shout", "yell", "scream", "call", "talk", "speak",
                       "listen", "write", "reply", "whisper", "turn", "lean", "hand", "give", "introduce",
                       "belong", "marry", "engage", "propose", "apologize", "apologise", "explain",
                       "beam", "scowl", "sneer", "snap", "growl", "mutter", "murmur", "cry", "blush"}
# Nouns of a tie between people: "marriage to X", "an apology from X" name a person (not "a letter
# from X" or "a visit to X": those may come from or go to a place).
TIE_NOUNS = {"marriage", "engagement", "wedding", "proposal", "apology", "introduction", "reply"}
PLACE_PREPS = {"in", "to", "from", "at", "into", "near", "through", "across", "toward", "towards",
               "outside", "inside", "around", "within", "onto", "via", "beyond"}
NON_PERSON_ENTS = {"GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "EVENT", "PRODUCT", "WORK_OF_ART",
                   "LANGUAGE", "TIME", "LAW", "MONEY", "QUANTITY"}
GROUP_ENTS = {"NORP", "DATE", "TIME", "EVENT", "LANGUAGE", "WORK_OF_ART", "LAW", "MONEY", "QUANTITY"}
INTERJECTION_LEAD = {"oh", "o", "ah", "my", "thank", "good", "dear", "great", "honest", "for", "by",
                     "swear", "sweet", "holy"}
# Common English nouns that head place names ("Windy Corner", "Cheyne Walk").
PLACE_HEADS = {"corner", "villa", "abbey", "walk", "fields", "field", "park", "street", "hall", "house", "lane",
               "square", "road", "court", "place", "terminus", "station", "castle", "manor", "cottage", "lodge",
               "church", "chapel", "cathedral", "bridge", "hill", "wood", "woods", "common", "green", "gardens",
               "garden", "river", "lake", "island", "bay", "inn", "hotel", "college", "school", "hospital",
               "avenue", "row", "crescent", "gate", "tower", "palace", "farm", "mill", "town", "city", "valley",
               "mountain", "mount", "forest", "heath", "moor", "priory", "grange", "rectory", "parsonage",
               "committee", "committees", "society", "club", "company", "street.", "pie", "trap", "pit"}
# Nouns that end a firm's or a shop's name ("Osgood Removals", "Alder Bakery", "Quill Press", "Hobb
# & Sons"): the name is the business, not its owner. "Tull's Pharmacy" after a possessive, alone.
BUSINESS_HEADS = {"motors", "market", "markets", "bakery", "garage", "press", "ltd", "ltd.", "limited", "inc",
                  "inc.", "sons", "stores", "store", "supplies", "hardware", "grocers", "groceries", "deli",
                  "diner", "grill", "tavern", "brewery", "salon", "pharmacy", "florist", "florists", "autos",
                  "industries", "enterprises", "holdings", "removals", "taxis", "cabs", "plumbing", "builders",
                  "launderette", "bookshop", "books", "antiques", "bistro", "café", "cafe", "surgery", "clinic",
                  "cinema", "theatre", "theater", "gallery", "museum", "library", "academy"}
# Nouns of a ward, a station or a room that a number or a letter names ("Ward Twelve", "Engine 7",
# "Bay C", "Platform 4"): a place or a call sign, never a person.
NUMBERED_PLACES = {"ward", "station", "bay", "bed", "room", "platform", "gate", "engine", "ladder", "unit",
                   "squad", "block", "wing", "floor", "level", "terminal", "pier", "dock", "track", "cell",
                   "lab", "theatre", "hangar", "sector", "zone", "base", "camp", "court", "pitch", "berth"}
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                "twenty", "thirty", "forty", "fifty", "hundred"}


def _numbered_place(words: tuple[str, ...]) -> bool:
    """"Ward Twelve", "Engine 7", "Block D", "Bay 4", "Room IV": a place that a number or a letter names."""
    if len(words) != 2 or words[0].lower() not in NUMBERED_PLACES:
        return False
    w = words[1].rstrip(".")
    return w.lower() in NUMBER_WORDS or w.isdigit() or (len(w) == 1 and w.isupper()) \
        or (len(w) <= 4 and set(w) <= set("IVX"))


# The days of the year a name is said before ("Stephen's Day", "St Agnes' Eve")
FEAST_WORDS = {"Day", "Eve"}
# first words of a feast named "X Day" / "X Eve" ("Boxing Day", "Christmas Eve"), beside any possessive ("Stephen's Day")
FEAST_FIRSTS = {"boxing", "christmas", "new", "year's", "all", "twelfth", "midsummer", "may", "lady", "ascension",
                "armistice", "remembrance", "victory", "independence", "thanksgiving", "labour", "labor",
                "memorial", "election", "wedding", "judgment", "judgement", "doomsday", "sports", "open", "easter",
                "ash", "hallows", "halloween"}
# Words for "saint" that head the name of a church or a town ("Santa Deodata", "San Gimignano"); the
# English "Saint"/"St." are left out: "St. John" is also a given name.
SAINT_WORDS = {"santa", "santo", "santi", "sant", "sainte", "sankt"}
# Determiners that make a capitalised word a common noun ("the Englishman", "a Brahman").
COMMON_DETS = {"the", "a", "an", "this", "that", "these", "those", "every", "each", "any", "no", "some"}
PRONOUNS = {"i", "me", "my", "mine", "myself", "you", "your", "he", "him", "his", "she", "her", "hers",
            "it", "its", "we", "us", "our", "they", "them", "their"}


def title_key(tok_text: str) -> str:
    return tok_text.lower().rstrip(".")


def is_title(tok_text: str) -> bool:
    key = title_key(tok_text)
    if key in CAPS_TITLES:
        return tok_text.rstrip(".").isupper()  # "DC Kayleigh Dunn", but "Di Carter" is a name
    return key in TITLES and tok_text[:1].isupper()


@dataclass
class Occurrence:
    """One place a candidate name occurs: its tokens and the features of that use."""

    start: int  # char offsets [start, end) of the name incl. title
    end: int
    tok_start: int  # token indices [tok_start, tok_end)
    tok_end: int
    text: str
    title: str | None  # normalized title key, if any
    words: tuple[str, ...]  # name words without the title
    sent_initial: bool
    in_quote: bool
    ner_person: bool
    ner_other: bool
    ent_label: str  # spaCy's entity label on the name's last token ("" when none)
    role: str  # subj|speech_subj|poss|obj|place|vocative|conj|idiom|other
    partners: tuple[int, ...] = ()  # token indices coordinated with this name ("Marianne, Sam and Omar")
    pron_after: bool = False  # a he/she/his/her follows in the same sentence
    acts: bool = False  # the subject of a verb other than "be" or "have" ("X came", "X said"; not "X was hot")
    exclaimed: bool = False  # directly followed by , ! or ? (with sent_initial: "Nay, ...", "Hullo!")
    introduced: bool = False  # "my sister Maeve", "their coach, Marguerite,", "a man called Jem Hale"
    with_pronoun: bool = False  # coordinated with a personal pronoun: "Ines and I", "she and Ines"
    det_before: bool = False  # "the Englishman", "an Englishwoman": used like a common noun
    letter: str = ""  # "salutation" ("My dearest Kitty,") or "signature" ("Your loving sister,\nKit Aldous")
    chat_label: bool = False  # the sender's name heading a chat message ("**Rory:** miss you already")
    the_led: bool = False  # after "the", adjectives between ("the old *Nesta*", "the Marit Lind went out")
    modifier: bool = False  # modifies the common noun after it ("the Harrow case", "a Glasgow boy")
    thing_intro: bool = False  # the text says what it is, and that is no person: "our robot, X", "a place called X"
    person_obj: bool = False  # the object of a verb done only to people: "Dad married Francesca", "kissed X"
    after_poss: bool = False  # right after a capitalised word's possessive: "Tull's Pharmacy", "Alder's Bakery"


@dataclass
class Candidate:
    key: tuple[str, ...]  # (title or "", *words)
    occurrences: list[Occurrence] = field(default_factory=list)
    score: float = 0.0
    accepted: bool = False
    reasons: Counter = field(default_factory=Counter)

    @property
    def title(self) -> str | None:
        return self.key[0] or None

    @property
    def words(self) -> tuple[str, ...]:
        return self.key[1:]

    @property
    def text(self) -> str:
        return Counter(o.text for o in self.occurrences).most_common(1)[0][0]


def _capitalised(tok) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


_WORD_RE = re.compile(r"^[^\W\d_][\w'\-]*\.?$")


# Words that really are interjections, even where the parser makes one a subject.
INTERJECTIONS = {"oh", "ah", "aah", "ahh", "well", "yes", "no", "nope", "yeah", "yep", "hey", "hi", "hello", "okay",
                 "ok", "wow", "please", "sorry", "thanks", "alas", "hush", "ugh", "um", "uh", "hmm", "huh", "oops",
                 "damn", "god", "gosh", "goodbye", "bye", "amen", "bravo", "cheers", "hurrah", "hooray", "ouch",
                 # greetings: '"Morning, Y/N," Ambrose said' calls the narrator Y/N, not "Morning"
                 "morning", "mornin", "evening", "evenin", "afternoon", "night", "goodnight", "welcome",
                 "congratulations", "congrats", "howdy", "hiya"}


def _name_token(tok) -> bool:
    if not _capitalised(tok) or tok.lower_ in PRONOUNS or tok.tag_ in ("PRP", "PRP$", "WP", "DT"):
        return False
    if tok.lower_ in INTERJECTIONS and not (tok.i > 0 and is_title(tok.doc[tok.i - 1].text)):
        return False  # '"Nope."' is not a name, even when the tagger calls it one
    if tok.tag_ == "UH":
        # "Pike was putting on his coat": the tagger's interjection is the verb's subject, so a name
        return tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ not in INTERJECTIONS and tok.head.pos_ in (
            "VERB", "AUX")
    if not _WORD_RE.match(tok.text) or "--" in tok.text or (tok.text.isupper() and len(tok.text) > 2):
        return False  # "Knightley.--It", "CHAPTER": not a name word
    if tok.ent_type_ == "PERSON":
        return True
    if tok.tag_ in ("NNP", "NNPS") or tok.pos_ == "PROPN":
        return True
    if not tok.is_alpha or tok.text.isupper() and len(tok.text) > 1:
        return False
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.tag_ == "MD" and nxt is not None and nxt.tag_ in ("VBD", "VBZ"):
        return True  # "Will came in": a modal cannot take a past tense, so it is a name
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if tok.is_sent_start or prev is None or prev.is_punct and prev.text not in (",",) or prev.is_space:
        return False
    # capitalised in mid-sentence although tagged as a common word: "told Hope", "Later Will said"
    return tok.tag_ in ("MD", "NN", "VB", "VBP", "JJ", "RB", "NNS")


def _sentence_initial(doc, i: int) -> bool:
    """Is token ``i`` the first word of its sentence or of a quotation (where every word is capitalised)?

    Only quote marks, other punctuation and whitespace may stand before it: the parser often starts
    the sentence at the opening quote or at the paragraph break, not at the word itself.
    """
    if doc[i].is_sent_start:
        return True
    j = i - 1
    while j >= 0 and (doc[j].is_punct or doc[j].is_space or doc[j].text in ('"', "'")):
        if doc[j].is_sent_start or doc[j].text in ('"', "'") or doc[j].is_space or doc[j].text in ".!?;:":
            return True
        j -= 1
    return j < 0


def _quote_crosses(doc, tok, qmap: QuoteMap) -> bool:
    """A word inside a quotation whose syntactic head is in the narration around it.

    '"Hush!" said the Jew' — the parser makes "Hush" the subject of "said"; a word spoken inside
    the quote cannot be the speaker of the verb outside it.
    """
    return qmap.inside(tok.idx) != qmap.inside(tok.head.idx)


def _role(doc, i0: int, i1: int, qmap: QuoteMap) -> str:
    """How the name at tokens [i0, i1) is used in its sentence."""
    last = doc[i1 - 1]
    first = doc[i0]
    prev = doc[i0 - 1] if i0 > 0 else None
    nxt = doc[i1] if i1 < len(doc) else None
    if prev is not None and prev.text in MONTHS and i0 >= 2 and doc[i0 - 2].lower_ in MONTH_LEADS \
            and prev.text not in _month_names(doc) and last.dep_ in ("pobj", "compound", "appos", "npadvmod"):
        # "during April Quill rowed ...": the parser reads the month and the name as one phrase
        return "subj" if nxt is not None and nxt.pos_ in ("VERB", "AUX") else "other"
    if prev is not None and prev.lower_ in INTERJECTION_LEAD and not is_title(first.text) and (
            prev.is_sent_start or (i0 >= 2 and (doc[i0 - 2].is_punct or doc[i0 - 2].is_space))
            or prev.lower_ in ("thank", "good", "my")):
        return "idiom"  # "Oh God", "my Lord" (but "my Auntie Samira" is kin)
    if nxt is not None and nxt.tag_ == "POS" and i1 + 1 < len(doc) and doc[i1 + 1].lower_ == "sake":
        return "idiom"  # "for God's sake"
    if prev is not None and prev.is_punct and i0 >= 2 and doc[i0 - 2].lower_ in ("oh", "o", "ah"):
        return "idiom"
    if nxt is not None and nxt.tag_ == "POS" and i1 + 1 < len(doc) and doc[i1 + 1].text in FEAST_WORDS:
        return "idiom"  # "by Stephen's Day", "on Valentine's Day": a day of the year
    if prev is not None and prev.tag_ == "POS" and first.text in FEAST_WORDS:
        return "idiom"
    if nxt is not None and nxt.tag_ == "POS":
        after = doc[i1 + 1] if i1 + 1 < len(doc) else None
        if prev is not None and (prev.lower_ in PLACE_PREPS or (prev.pos_ == "VERB" and prev.i == last.head.i)) \
                and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")):
            # "head chef at Linden's for eleven years", "She owns Linden's;": an elliptical possessive
            # that is a place or a thing owned, a shop or a restaurant, not someone's something
            return "place"
        return "poss"
    if last.dep_ == "poss":
        return "poss"
    if qmap.inside(first.idx) and nxt is not None and nxt.text == "," and i1 + 1 < len(doc) \
            and doc[i1 + 1].tag_ in ("VB", "VBP") and last.head.i == i1 + 1 \
            and prev is not None and prev.text == ",":
        # '"And this time, Wenna, play it"': a name set off by commas before an imperative (or a plain-form
        # verb a singular name cannot be the subject of) is called
        return "vocative"
    if i1 - i0 == 1 and last.tag_ == "RB" and last.dep_ == "advmod" and prev is not None \
            and prev.pos_ == "VERB" and prev.lemma_.lower() in SPEECH_VERBS \
            and not qmap.inside(first.idx):
        # "said Snelly, wiping the bench": a capitalised name the tagger took for an adverb (most often one
        # ending in "-ly") of the speech verb right before it is the verb's inverted subject (session 26)
        return "speech_subj"
    if (last.dep_ in ("nsubj", "nsubjpass") or (last.dep_ == "aux" and last.tag_ == "MD")) \
            and not _quote_crosses(doc, last, qmap):
        head = last.head
        if qmap.inside(first.idx) and nxt is not None and nxt.text == "," and (
                prev is None or prev.is_punct or prev.is_space) and any(
                c.dep_ == "nsubj" and c.lower_ == "you" and c.i > last.i
                and qmap.region(c.idx) == qmap.region(first.idx) for c in head.children):
            return "vocative"  # '"Wenna, love, are you listening?"': the verb's subject is the "you" called
        return "speech_subj" if head.lemma_.lower() in SPEECH_VERBS else "subj"
    if qmap.inside(first.idx):
        before_punct = prev is None or prev.is_punct or prev.text == '"'
        # "Mo." is one token to the tokenizer (an abbreviation it knows): its full stop ends the address
        after_punct = nxt is None or nxt.is_punct or (last.text.endswith(".") and not is_title(last.text))
        # 'he said, "Kes. He's not coming."': the parser may make the call the speech verb's object
        # across the quote mark; a word in the quote is no object of the verb outside it (one word,
        # not a common English one: '"Hem!" said he' is no call)
        # '"Bread, rope, matches, the lamp"': a capitalised first item of a list of lower-case nouns
        # is no call
        # (two nouns after it: '"Wenna, love, come in"' is a call)
        listed = nxt is not None and nxt.text == "," and i1 + 4 < len(doc) and _english_word(last.lower_) \
            and all(doc[j].pos_ == "NOUN" and doc[j].text.islower() for j in (i1 + 1, i1 + 3)) \
            and doc[i1 + 2].text == "," and doc[i1 + 4].text in (",", "and")
        if before_punct and after_punct and not listed and (
                last.dep_ in ("npadvmod", "intj", "ROOT", "dep", "appos", "attr")
                or (nxt is not None and nxt.text == ",")
                or (prev is not None and prev.text == ",")
                or (prev is not None and prev.text in ('"', "\u201c") and i1 - i0 == 1
                    and _quote_crosses(doc, last, qmap) and not _english_word(last.lower_))):
            return "vocative"
    if last.dep_ == "pobj" and last.head.lower_ in PLACE_PREPS:
        verb = last.head.head
        before = doc[last.head.i - 1] if last.head.i > 0 else last.head
        # "proposed on the night ferry to X": the preposition follows the noun of another phrase
        # ("said a word to X" keeps its goal: there the noun is the verb's object)
        noun_led = before.pos_ == "NOUN" and before.dep_ == "pobj" and before.lemma_.lower() not in TIE_NOUNS \
            and not _person_noun(before)
        if last.head.lower_ in ("at", "to", "toward", "towards") and not noun_led and (
                verb.lemma_.lower() in SPEECH_VERBS or verb.lemma_.lower() in TOWARD_PERSON_VERBS):
            return "obj"  # "looked at X", "said to X", "ran toward X": a person is the goal
        if last.head.lower_ in ("to", "from") and any(t.pos_ == "NOUN" and t.lemma_.lower() in TIE_NOUNS
                                                       for t in (verb, before)):
            return "obj"  # "twenty-six years of marriage to Giles": a person
        if last.head.lower_ == "to" and verb.pos_ == "ADJ" and verb.lower_ in PERSON_TO_ADJS:
            return "obj"  # "I want to be fair to Gavin", "very pleasant to him": one is fair to a person
        return "place"
    if last.dep_ == "pobj" and last.head.lower_ in ("of", "on") and _place_of(last.head):
        return "place"  # "the parish of X", "Frederick Ashby of X", "his flat on X"
    if last.dep_ in ("dobj", "pobj", "dative", "attr"):
        return "obj"
    if last.dep_ == "conj":
        return "conj"
    return "other"


# Nouns of a place that another place is "of" ("the parish of X", "the estate of X")
PLACE_OF_NOUNS = {"parish", "estate", "town", "city", "village", "county", "kingdom", "duchy", "isle", "island",
                  "port", "borough", "district", "province", "shire", "valley", "streets", "outskirts",
                  "centre", "center", "suburbs", "coast", "shores", "north", "south", "east",
                  "west", "road", "street"}
# Nouns of a building a street is "on" ("his flat on X", "a laundry on X")
ON_PLACE_NOUNS = {"flat", "house", "shop", "laundry", "office", "apartment", "room", "café", "cafe", "pub", "bar",
                  "restaurant", "corner", "bench", "stall", "hotel", "building", "studio", "bakery", "garage"}


# adjectives of how one treats or is bound to someone: their "to X" is a person ("fair to X", "kind to X")
PERSON_TO_ADJS = {"fair", "unfair", "kind", "unkind", "nice", "good", "cruel", "rude", "polite", "pleasant", "civil",
                  "loyal", "disloyal", "faithful", "unfaithful", "devoted", "attached", "grateful", "gentle", "mean",
                  "generous", "friendly", "sweet", "lovely", "honest", "engaged", "betrothed", "related", "indebted",
                  "beholden", "affectionate", "attentive", "courteous", "horrible", "awful", "vile", "wonderful"}

ON_PLACE_VERBS = {"live", "grow", "settle", "land", "moor", "winter", "holiday", "farm"}


def _place_of(prep) -> bool:
    """Is the name after this "of"/"on" a place? "the parish of X", "Mr. Frederick Ashby of X" (a
    person's name, then "of": where they come from), "his flat on X"."""
    head = prep.head
    if prep.lower_ == "on":
        # "his flat on X"; "had lived on X", "grew up on X" (one lives on an island or a street, not a person)
        return (head.pos_ == "NOUN" and head.lemma_.lower() in ON_PLACE_NOUNS) or (
            head.pos_ == "VERB" and head.lemma_.lower() in ON_PLACE_VERBS)
    if head.pos_ == "NOUN" and head.lemma_.lower() in PLACE_OF_NOUNS and head.text[:1].islower():
        return True
    if head.i == prep.i - 1 and is_title(head.text) and head.i > 0 and doc_lower(head, -1) == "the":
        return True  # "the Captain of the Watch", "the Abbess of Lindow": an office's body or land
    return head.pos_ == "PROPN" and head.i == prep.i - 1 and head.ent_type_ == "PERSON"


def doc_lower(tok, off: int) -> str:
    """The lower-case text of the token ``off`` places from ``tok`` ("" outside the doc)."""
    j = tok.i + off
    return tok.doc[j].lower_ if 0 <= j < len(tok.doc) else ""


# Lower-case particles inside surnames: "Mrs. van der Luyden", "Charles de Gaulle".
NAME_PARTICLES = {"van", "der", "den", "de", "du", "des", "la", "le", "von", "di", "da", "del", "della",
                  "ten", "ter", "y", "bin", "ibn", "al", "el"}


def _person_noun(tok) -> bool:
    """A lower-case noun that names a person's kin or role ("sister", "coach", "widow")."""
    if tok.pos_ != "NOUN" or tok.text[:1].isupper():
        return False
    from fabula.cast.nominals import NOUN_GENDER, person_nouns

    lemma = tok.lemma_.lower()
    return lemma in NOUN_GENDER or lemma in INTRO_NOUNS or person_nouns().get(lemma, 0.0) >= 0.8


_POSS_WORDS = ("my", "his", "her", "their", "our", "your")


def _kin_phrase_at(doc, j: int, poss_only: bool = False) -> bool:
    """Tokens from ``j`` are a possessive or determiner, at most two modifiers and a person noun:
    "their cousin", "Harold's widow", "my ex-husband", "an old friend"."""
    n = len(doc)
    if j >= n:
        return False
    t = doc[j]
    if t.lower_ in _POSS_WORDS or (not poss_only and t.lower_ in ("the", "a", "an")):
        j += 1
    elif _name_token(t) and j + 1 < n and doc[j + 1].tag_ == "POS":
        j += 2  # "Harold's widow"
    else:
        return False
    for _ in range(3):
        if j >= n:
            return False
        if _person_noun(doc[j]):
            return True
        # a nationality may be capitalised: "Anouk Vidal, the French girl from the perfume advert"
        if doc[j].pos_ in ("ADJ", "NOUN") and (not doc[j].text[:1].isupper() or doc[j].ent_type_ == "NORP") \
                or doc[j].text == "-" or doc[j].lower_ == "ex":
            j += 1
            continue
        return False
    return False


_QUOTE_MARKS = ('"', "\u201c", "\u201d")
_STOPS = (".", "!", "?")


def _kin_fragment_at(doc, j: int) -> bool:
    """Tokens from ``j`` (past any opening quote mark) are a possessed person noun that is a sentence
    of its own: "My sister.", "My ex-husband.", "Her boss's."."""
    n = len(doc)
    while j < n and (doc[j].is_space or doc[j].text in _QUOTE_MARKS):
        j += 1
    if not _kin_phrase_at(doc, j, True):
        return False
    for t in doc[j + 1:min(n, j + 6)]:
        if _person_noun(t):
            e = t.i + 1
            if e < n and doc[e].tag_ == "POS":
                e += 1  # ("Whose coat? Brede's. My godson's.")
            # (ending the sentence, or the line before its tag: '"Elske. My sister," Lisbet said')
            return e < n and (doc[e].text in _STOPS or (doc[e].text == "," and e + 1 < n and doc[e + 1].text in _QUOTE_MARKS))
    return False


def _spoken_apposition(doc, i: int, k: int) -> bool:
    """In speech, a name and a possessed person noun each a sentence of their own, side by side: the
    name first ('"Elske. My sister."', '"Elske," she said. "My sister."') or after a sentence with a
    possessed kin noun ('"My brother's coming. Rolf."'). A reader takes the name for that person."""
    n = len(doc)
    if k >= n:
        return False
    if doc[k].text in _STOPS and _kin_fragment_at(doc, k + 1):
        return True
    if doc[k].text == "," and k + 1 < n and doc[k + 1].text in _QUOTE_MARKS:
        # past a short speech tag: '"Elske," she said. "My sister."'
        for j in range(k + 2, min(n, k + 8)):
            if doc[j].text in _QUOTE_MARKS or doc[j].text == "\n":
                return False
            if doc[j].text in _STOPS:
                return j + 1 < n and doc[j + 1].text in _QUOTE_MARKS and _kin_fragment_at(doc, j + 1)
        return False
    # the name alone after a sentence with "my"/"our" + kin noun: '"My brother's coming later. Rolf."'
    j = i - 1
    while j > 0 and (doc[j].is_space or doc[j].text in _QUOTE_MARKS):
        j -= 1  # ('"My brother's coming," he said. "Rolf."')
    if doc[k].text not in _STOPS or j < 1 or doc[j].text not in _STOPS:
        return False
    prev = doc[j].sent
    return any(_person_noun(t) and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in t.children)
               for t in prev)


# "moved in with X", "went off with X", "engaged to X", "cheated on X", "left his wife for X": a preposition
# whose object, after these words, is a partner, so a person (lemma of the head -> its prepositions; a verb of
# movement needs its particle, "ran off with", since "ran with" and "went with" take things)
_PARTNER_PREPS = {"move": ("with",), "go": ("with",), "run": ("with",), "elope": ("with",), "shack": ("with",),
                  "sleep": ("with",), "cheat": ("on", "with"), "flirt": ("with",), "love": ("with",),
                  "engaged": ("to",), "married": ("to",), "betrothed": ("to",), "engage": ("to",),
                  "leave": ("for",)}
_PARTNER_PARTICLES = {"move": ("in",), "go": ("out", "off", "away"), "run": ("off", "away"), "shack": ("up",)}
_PARTNER_DOBJ = {"marry", "wed", "date", "divorce", "dump"}


def _partner_object(doc, k: int) -> bool:
    """The name ending at token ``k - 1`` is given as someone's partner: '"He moved in with that Marit from
    the bakery"', '"She's engaged to Dario"', '"He's seeing Maren now"'. Said once, in gossip, a name like
    this is still a person (the NER often calls a name followed by "from the bank" an organisation)."""
    last = doc[k - 1]
    if k - 1 >= 1 and doc[k - 2].lower_ in ("a", "an", "the") or doc[k - 1].ent_type_ == "NORP":
        return False  # "married a Swiss": a word for a kind of person, not a name
    if last.dep_ == "dobj":
        v = last.head
        return v.lemma_ in _PARTNER_DOBJ or (
            v.lemma_ == "see" and v.tag_ == "VBG" and any(c.lemma_ == "be" and c.dep_ == "aux" for c in v.children))
    if last.dep_ != "pobj" or last.head.dep_ != "prep":
        return False
    prep, v = last.head, last.head.head
    key = v.lower_ if v.lower_ in _PARTNER_PREPS else v.lemma_
    if key == "love" and not (v.head.dep_ == "pobj" and v.head.head.lower_ == "in"):
        return False  # "in love with X", not "a love with"
    if prep.lower_ not in _PARTNER_PREPS.get(key, ()):
        return False
    if key in _PARTNER_PARTICLES and not any(c.dep_ in ("prt", "advmod") and c.lower_ in _PARTNER_PARTICLES[key]
                                             for c in v.children):
        return False
    if key == "leave":  # "left his wife for X", "left me for X"
        return any(c.dep_ == "dobj" and (c.lower_ in ("me", "him", "her", "us") or _person_noun(c))
                   for c in v.children)
    return True


def _introduced(doc, i: int, k: int | None = None) -> bool:
    """Is the name at tokens [i, k) introduced as a person: after a kinship or role noun ("my sister
    Maeve", "their coach, Marguerite,"), after "called"/"named" or "name was" ("his name is Anselm",
    "whose name was Jorge"), or before a kinship or role noun in apposition or after "is" ("Dessa,
    their cousin on their mother's side,", "Miriam Pike, Harold's widow", "Marcus is my
    ex-husband")? One such use is enough for a reader, however rare the name."""
    if k is not None and k + 1 < len(doc):
        nxt = doc[k]
        if nxt.text == "," and _kin_phrase_at(doc, k + 1):
            return True
        if nxt.lemma_ == "be" and doc[k - 1].dep_ in ("nsubj", "nsubjpass") and _kin_phrase_at(doc, k + 1, True):
            return True
    if k is not None and _spoken_apposition(doc, i, k):
        return True
    if k is not None and _partner_object(doc, k):
        return True
    j = i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 0:
        return False
    prev = doc[j]
    if prev.lower_ in ("called", "named", "christened", "nicknamed"):
        return True
    if prev.lower_ in ("is", "was", "'s") and j >= 1 and doc[j - 1].lower_ == "name":
        return True  # "his name is Anselm", "Her name's Callie"
    if prev.lower_ in ("'m", "am") and j >= 1 and doc[j - 1].lower_ == "i" and k is not None and k < len(doc) \
            and doc[k].text in (".", "!", ",", ";"):
        return True  # '"I'm Adrian. We were together at uni."': one who says who they are
    if prev.lower_ == "name" and j >= 1 and doc[j - 1].lower_ == "the":
        return True  # "to see the name Vivienne Lark in the papers"
    if not _person_noun(prev):
        return False
    # a determiner or possessive before the noun: "my sister", "their coach", "the new boy"
    return any(c.dep_ in ("poss", "det") for c in prev.children) or (
        j >= 1 and doc[j - 1].lower_ in ("my", "his", "her", "their", "our", "your", "the", "a"))


PERSON_PRONOUNS = {"i", "me", "he", "him", "she", "her", "we", "us", "you"}
# Deities and personified powers, capitalised in prose and often grammatical subjects.
DEITY_WORDS = {"god", "gods", "heaven", "heavens", "providence", "nature", "fate", "fortune", "christ",
               "jehovah", "allah", "satan", "lucifer", "almighty", "creator", "devil"}
# Feasts and holidays, capitalised like names ("at Easter", "before Candlemas").
FEASTS = {"christmas", "easter", "candlemas", "michaelmas", "lammas", "whitsun", "whitsuntide", "pentecost",
          "lent", "advent", "epiphany", "shrovetide", "martinmas", "hogmanay", "halloween", "hallowe'en",
          "thanksgiving", "hanukkah", "chanukah", "diwali", "eid", "ramadan", "passover", "yom", "nowruz",
          "midsummer", "yuletide", "yule", "boxing", "valentine's"}
# Nationalities and faiths, capitalised in prose ("the Englishman", "the Pole"): a description a
# story gives one or many people, not a name; the dialogue stage's epithet table resolves them.
# (Words that are also common first names — Christian, Dane, Turk — are left out.)
DEMONYMS = {"englishman", "englishwoman", "frenchman", "frenchwoman", "irishman", "irishwoman", "scotsman",
            "scotchman", "welshman", "dutchman", "chinaman", "yankee", "englishmen", "frenchmen",
            "american", "russian", "german", "pole", "italian", "spaniard", "greek", "swede",
            "hindu", "moslem", "muslim", "mohammedan", "catholic", "protestant", "jew", "jewess",
            "gentile", "indian", "european", "oriental", "negro", "arab", "persian", "egyptian", "african",
            # and today's ("a quiet Scot called Hamish", "the Aussie on the night shift")
            "scot", "brit", "aussie", "kiwi", "canuck", "geordie", "scouser", "cockney", "londoner",
            "canadian", "mexican", "brazilian", "nigerian", "ghanaian", "kenyan", "jamaican", "pakistani"}
# Fond or pitying words the tagger often takes for part of a name ("Poor Lilia", "Dear Ma").
FOND_WORDS = {"Poor", "Dear", "Dearest", "Darling", "Sweet", "Silly", "Naughty", "Dear old", "Bless"}
# Languages a person is taught or speaks: "taught Wilhelmina Latin" is no surname "Latin"
LANGUAGES = {"Latin", "Greek", "French", "German", "Italian", "Spanish", "Russian", "Dutch", "Hebrew", "Welsh"}
LANGUAGE_VERBS = {"teach", "tutor", "coach", "drill"}  # (not learn or speak: "learned Ann French had left")
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
# Words that open a sentence before a name but are never part of one: days, and the archaic
# contractions the tokenizer leaves capitalised after splitting the apostrophe ("'Tis Crawford's").
NOT_NAME_LEAD = WEEKDAYS | {"Tis", "Twas", "Twere", "Twill", "Twould"}
# Nouns a number counts in a title or heading ("Five Times ...", "Three Things ...").
COUNTED_NOUNS = {"times", "things", "ways", "reasons", "days", "nights", "years", "lessons", "rules"}
# Months, which are also given names ("June", "May"): no part of a name run only after a word that
# makes them a time ("during April Quill rowed", "every June Hesketh", "late in October Brannoch").
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"}
# Words before a month that make it a time and no part of the name after it ("in March", "every June").
# Not "by", "until", "till", "before", "after", "since": "waited until June Moss came home" is a person.
MONTH_LEADS = {"in", "through", "throughout", "during", "early", "late", "mid", "last", "next", "each", "every"}
# Words that still show a month used as a time, so the story is not taken to use it as a name.
MONTH_TIME_WORDS = MONTH_LEADS | {"by", "since", "until", "till", "before", "after"}


def _month_names(doc) -> set[str]:
    """Months the story also uses as someone's name: written where no time word or number sits
    beside them ("May said", "to June", "May's hand"; "from May Welland" is no time)."""
    got = doc.user_data.get("fabula_month_names")
    if got is not None:
        return set(got)
    out: set[str] = set()
    for t in doc:
        if t.text not in MONTHS:
            continue
        prev = doc[t.i - 1] if t.i > 0 else None
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if (prev is not None and (prev.lower_ in MONTH_TIME_WORDS or prev.like_num or prev.lower_ in ("of", "the"))) \
                or (nxt is not None and nxt.like_num):
            continue
        if nxt is not None and nxt.is_title and not nxt.is_sent_start:
            continue  # "during April Quill": the run itself
        out.add(t.text)
    doc.user_data["fabula_month_names"] = tuple(sorted(out))  # a tuple: user_data stays serialisable
    return out
TAG_VERBS_PAST = {"said", "asked", "cried", "replied", "answered", "exclaimed", "whispered", "shouted",
                  "murmured", "muttered", "called", "added", "continued", "returned", "rejoined"}
# Role and kinship nouns that introduce a name ("her coach Marguerite"), beyond the gendered ones.
INTRO_NOUNS = {"friend", "cousin", "coach", "teacher", "boss", "colleague", "partner", "neighbour", "neighbor",
               "roommate", "flatmate", "classmate", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee",
               "fiancée", "sibling", "child", "kid", "baby", "twin", "assistant", "secretary", "manager",
               "editor", "agent", "doctor", "nurse", "captain", "student", "pupil", "servant", "driver",
               "lawyer", "solicitor", "client", "tutor", "mentor", "ex", "stepmother", "stepfather",
               "stepbrother", "stepsister", "grandson", "granddaughter", "godmother", "godfather", "chef", "cook",
               "housekeeper", "gardener", "landlady", "landlord", "bandmate", "teammate", "housemate",
               # juniors and companions at work or play ("my best mate", "Her deputy, Ottoline Crabbe,")
               "mate", "pal", "buddy", "bestie", "junior", "deputy", "apprentice", "intern", "trainee",
               "rookie", "understudy", "sidekick", "informant"}


@lru_cache(maxsize=1)
def english_words() -> dict[str, frozenset[str]]:
    """The common English words the parser's lemmatizer lists, by part of speech ("noun", "verb",
    "adj", "adv": its WordNet-derived index); empty when the pipeline has no such table."""
    try:
        from fabula import nlp as nlp_mod

        table = nlp_mod.load(None).get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return {p: frozenset(table.get(p, ())) for p in ("noun", "verb", "adj", "adv")}
    except (KeyError, OSError, ValueError, AttributeError):
        return {}


def _english_word(w: str) -> bool:
    lex = english_words()
    return any(w in lex[p] for p in lex)


LEAD_PREPOSITIONS = {"about", "after", "before", "since", "until", "till", "without", "with", "for", "from",
                     "over", "under", "through", "across", "behind", "beside", "besides", "against", "among",
                     "towards", "toward", "beyond", "upon", "within", "into", "onto", "unlike"}


def _not_name_lead(doc, j: int) -> bool:
    """The first word of a name run that opens its sentence is no part of the name when it is a
    day ("On Sunday Ines"; anywhere, and a month after a time word such as "during"/"every": "during April Quill"), an archaic contraction ("'Tis Crawford's"), a capitalised speech tag
    ('"...," Said Hamid'), an imperative whose object is the name ("Tell Edward he lost", "Tell
    Dad and Papa"), a preposition ('"About Jane Fairfax."') or a word that is only an adverb
    ("Afterwards Meena found him")."""
    t = doc[j]
    if t.text in MONTHS and j > 0 and doc[j - 1].lower_ in MONTH_LEADS and t.text not in _month_names(doc):
        return True  # "every April Hesketh mended nets": the month is when, not who
    if j > 0 and doc[j - 1].like_num and t.lower_ in COUNTED_NOUNS:
        return True  # a title's "Five Times Ines Said No": the counted noun is not part of the name
    if t.text in NOT_NAME_LEAD or (t.lower_ in TAG_VERBS_PAST and j > 0 and doc[j - 1].text in ('"', "'", ",")):
        return True
    if not _sentence_initial(doc, j):
        return False
    if t.tag_ == "VB" and doc[j + 1].dep_ in ("dobj", "dative") and doc[j + 1].head.i == j:
        return True
    from fabula.cast.firstnames import first_name_gender

    lex = english_words()
    if t.lower_ in LEAD_PREPOSITIONS:
        return True  # '"About Jane Fairfax."': a preposition the tagger took for part of the name
    if not lex or t.lower_ not in lex["adv"] or first_name_gender(t.text) is not None:
        return False
    return not any(t.lower_ in lex[p] for p in ("noun", "verb", "adj"))  # not "Old New York"


def _title_as_name(doc, i: int, after: int) -> bool:
    """A capitalised title word right after "the" and not followed by a name ("said the General"),
    or a crew's bare workplace title ("Yes, Chef!", "Coach called me in": ``BARE_TITLES``)."""
    tok = doc[i]
    if not is_title(tok.text) or tok.text.endswith("."):
        return False
    if (i == 0 or doc[i - 1].lower_ != "the") and not (tok.lower_ in BARE_TITLES and tok.text[:1].isupper()):
        return False
    if after < len(doc) and _name_token(doc[after]):
        return False
    return True


def _occurrence(doc, i: int, j: int, k: int, title: str | None, words: tuple[str, ...], qmap: QuoteMap) -> Occurrence:
    """The features of one name use at tokens [i, k) (name words from j)."""
    n = len(doc)
    ents = {t.ent_type_ for t in doc[j:k]}
    last = doc[k - 1]
    partners = [c.i for c in last.children if c.dep_ in ("conj", "appos")]
    if last.dep_ in ("conj", "appos"):
        partners.append(last.head.i)
        partners += [c.i for c in last.head.children if c.dep_ in ("conj", "appos") and c.i != last.i]
    sent = last.sent
    pron_after = any(t.lower_ in ("he", "she", "his", "her", "him", "hers") for t in doc[k:sent.end])
    if not pron_after and sent.end < n:
        nxt_sent = doc[sent.end].sent
        pron_after = any(t.lower_ in ("he", "she") and t.dep_ == "nsubj" for t in nxt_sent[:4])
    sent_initial = _sentence_initial(doc, i)
    text = doc.user_data.get("cast_text")
    if text is None:  # doc.text joins every token: once per document, not once per name
        text = doc.user_data["cast_text"] = doc.text
    letter = letter_line(text, doc[i].idx, doc[k - 1].idx + len(doc[k - 1].text))
    role = _role(doc, i, k, qmap)
    if (letter and role == "idiom") or letter == "header":
        role = "other"  # "My dear, dear Kitty,": a letter's greeting, not "Oh dear"; "To: Ilse Marr", no place
    return Occurrence(
        start=doc[i].idx, end=doc[k - 1].idx + len(doc[k - 1].text), tok_start=i, tok_end=k,
        text=doc[i:k].text, title=title, words=words, sent_initial=bool(sent_initial),
        in_quote=qmap.inside(doc[i].idx), ner_person="PERSON" in ents,
        ner_other=bool(ents & NON_PERSON_ENTS) and "PERSON" not in ents, ent_label=last.ent_type_,
        role=role, partners=tuple(partners), pron_after=pron_after,
        acts=role in ("subj", "speech_subj") and last.head.pos_ == "VERB" and last.head.lemma_ not in ("be", "have"),
        exclaimed=k < n and doc[k].text in (",", "!", "?", "!--", "?--"),
        det_before=i > 0 and doc[i - 1].lower_ in COMMON_DETS, introduced=_introduced(doc, i, k),
        with_pronoun=any(doc[p].lower_ in PERSON_PRONOUNS for p in partners), letter=letter,
        the_led=_the_led(doc, i), modifier=_modifier(doc, k), thing_intro=_thing_intro(doc, k),
        person_obj=last.dep_ == "dobj" and last.head.lemma_.lower() in PERSON_OBJ_VERBS,
        after_poss=i >= 2 and doc[i - 1].text in ("'s", "’s") and doc[i - 2].text[:1].isupper())


# Verbs whose object is a person: "Dad married Francesca the following spring"
PERSON_OBJ_VERBS = {"marry", "wed", "divorce", "kiss", "hug", "embrace", "date", "fancy", "adopt"}


# Nouns of things and places a name can be introduced as ("our robot, X", "a boat called X", "a
# place called X"): what the text says it is, so no character. Animals are left out (pets talk in
# children's books).
THING_NOUNS = {"boat", "ship", "vessel", "yacht", "ferry", "barge", "trawler", "schooner", "dinghy", "launch",
               "robot", "machine", "car", "van", "lorry", "truck", "engine", "computer", "place", "village",
               "town", "city", "hamlet", "farm", "estate", "house", "pub", "inn", "bar", "restaurant", "cafe",
               "café", "shop", "firm", "company", "hotel", "street", "road", "island", "river", "mountain",
               "hill", "film", "play", "book", "novel", "song", "album", "show", "game", "magazine", "newspaper",
               "chat", "team", "band", "club", "bakery", "something"}


def _thing_intro(doc, k: int) -> bool:
    """The name ending before token ``k`` is in apposition to, or "called"/"named" after, a noun of a
    thing or place (``THING_NOUNS``): "our robot, X, had lost an arm", "a place called X"."""
    last = doc[k - 1]
    head = last.head
    if last.dep_ == "appos" and head.lemma_.lower() in THING_NOUNS and head.text[:1].islower():
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in THING_NOUNS and c.text[:1].islower() for c in last.children):
        return True
    # "owned X and two other cafes", "X or any other pub": a thing among others of its kind
    if any(c.dep_ == "conj" and c.lemma_.lower() in THING_NOUNS and c.text[:1].islower()
           and any(a.lower_ == "other" for a in c.children) for c in last.children):
        return True
    if head.lemma_.lower() in ("call", "name") and head.i < last.i and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in THING_NOUNS and c.text[:1].islower() for c in head.children):
        return True  # "The group chat was called X", "our team is named X"
    return head.lemma_.lower() in ("call", "name") and head.dep_ == "acl" \
        and head.head.lemma_.lower() in THING_NOUNS and head.head.text[:1].islower() and head.head.i < last.i


def _the_led(doc, i: int) -> bool:
    """The name at token ``i`` follows "the" (or "a"), over adjectives, numbers and emphasis marks between:
    "the Thetis", "the old *Nesta*", "the 1974 Collins". People's names take no article."""
    j = i - 1
    while j >= 0 and i - j <= 4 and (doc[j].pos_ in ("ADJ", "NUM") or doc[j].text in ("*", "_", "**")):
        j -= 1
    if j < 0 or doc[j].lower_ not in ("the", "a", "an"):
        return False  # "a Wheatsheaf outside Swindon", "There's a Buster Keaton on": an inn, a film
    # an adjective said of people ("the young Harriet", "the poor Tilda") makes a person, unless the
    # name is in emphasis marks ("the little *Wren*") or titled ("the poor old Miss Lannings", a family)
    between = doc[j + 1:i]
    return not any(t.lower_ in PERSON_ADJS for t in between) or any(t.text in ("*", "_", "**") for t in between) \
        or (i < len(doc) and is_title(doc[i].text))


# adjectives said of a person before a name with "the" ("the young Harriet", "the late Mrs. Fane")
PERSON_ADJS = {"young", "little", "poor", "dear", "brave", "late", "elder", "younger", "eldest", "youngest",
               "beautiful", "lovely", "pretty", "handsome", "sweet", "gentle", "kind", "wicked", "wretched",
               "unfortunate", "unhappy", "innocent", "clever", "beloved", "divine", "charming", "fair"}


def _modifier(doc, k: int) -> bool:
    """The name ending before token ``k`` modifies the common noun right after it ("the Harrow case",
    "a Glasgow boy", "the Welsh society"): a place, a firm or a thing, not someone who acts."""
    last = doc[k - 1]
    return k < len(doc) and last.dep_ in ("compound", "amod", "nmod") and last.head.i == k \
        and doc[k].pos_ == "NOUN" and doc[k].text[:1].islower() and doc[k].dep_ != "ROOT"  # not "Theo texts."


_SALUTATION = re.compile(r"(?:(?:my|mine|our)\s+)?(?:(?:dear|dearest|darling|beloved|sweet|own|dear,)\s*,?\s*)+",
                         re.I)
_CLOSING = re.compile(r"(?:yours|your|love|lots of love|with love|all my love|ever|sincerely|affectionately|"
                      r"faithfully|fondly|warmly|best|regards|kind regards|cheers|always|xx?)\b[^\n]*,", re.I)
_YOUR = re.compile(r"(?:ever\s+)?(?:your|yours)(?:\s+(?:loving|affectionate|devoted|own|ever|truly))*,?", re.I)


_HEADER_LINE = re.compile(r"(?:from|to|cc)\s*:", re.I)
_NOTE_GREETING = re.compile(r"(?:(?:my\s+)?(?:dear(?:est)?|hi|hiya|hey|hello))", re.I)
_NOTE_DASH = re.compile(r"[\u2014\u2013]\s*\S|-\s+\S")
_NOTE_HEAD_LINE = re.compile(r"(?:(?i:(?:my\s+)?(?:dear(?:est)?|hi|hiya|hey|hello))\s+)?[A-Z][\w'\u2019-]*"
                             r"(?:\s+[A-Z][\w'\u2019-]*){0,2}\s*(?:[\u2014\u2013]|\s-\s)|(?i:dear(?:est)?|hi|hiya|hey|hello)"
                             r"\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2},")


def letter_line(text: str, start: int, end: int) -> str:
    """Is the name at ``text[start:end]`` a letter's salutation ("My dearest Kitty,", "Dear Tom:")
    or signature (a line of its own after a closing, "Your loving sister,\nCatherine Aldous", or
    "Your Harriet"), or an email's From/To/Cc line? Returns "salutation", "signature", "note" (a note's
    signature, "Home by six. — Wenke"), "header" or ""."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    pre, post = text[a:start].strip(), text[end:b].strip()
    if post in (",", ":", "!") and pre and _SALUTATION.fullmatch(pre):
        return "salutation"
    if _HEADER_LINE.fullmatch(pre):
        return "header"  # an email's "From: Ilse Marr" / "To: Gisli Ingram"
    bare = pre.lstrip("\"\u201c\u2018' ")
    if (not bare or _NOTE_GREETING.fullmatch(bare)) and _NOTE_DASH.match(post):
        return "salutation"  # a note's "Pell — the soup is in the fridge", '"Hi Ivo — home by six"'
    if (not bare or _NOTE_GREETING.fullmatch(bare)) and bare and post[:1] == ",":
        return "salutation"  # '"Dear Ivo, the spare key is in the shed.' on one line with the note
    tail = post.rstrip("\"\u201d\u2019' ") if bare != pre else post  # ('"Ivo — ... Wenke."': a quoted note)
    # (a note's signature is "note", not "signature": it never names a first-person narrator, who may read
    # the note or end a sentence on a name: "the one person I wanted to see — Mum.")
    if tail in ("", ".", "x", "xx", "xxx", ". x", ". xx") and re.search(r"[.!?]\s+[\u2014\u2013]\s*$", pre) and (
            _NOTE_HEAD_LINE.match(bare) or len(bare) <= 40):
        return "note"  # "Home by six. — Wenke", a short line after a sentence's end
    if tail in ("", ".", "x", "xx", "xxx", ". x", ". xx") and re.search(r"[.!?]\s*(?:\w+(?:\s+\w+){0,3},\s*)?$", pre) and (
            _NOTE_HEAD_LINE.match(bare)):
        return "note"  # "Pell — the soup is in the fridge. All my love, Wenke x": a note's own last word
    if post not in ("", ".", "x", "xx", "xxx"):
        return ""
    if pre and _YOUR.fullmatch(pre):
        return "signature"
    if pre and _CLOSING.fullmatch(pre):
        return "signature"  # a closing and the name on one line ("Love, Odette", "All my love, Bea")
    if not pre and a >= 2:
        h0 = max(0, a - 200)
        head = text[h0:a].rstrip()  # the line before, over a blank line or two
        prev_line = head[head.rfind("\n") + 1:].strip()
        if prev_line and _CLOSING.fullmatch(prev_line) and text[h0 + len(head):a].count("\n") <= 3:
            return "signature"
    return ""


def _skip_particles(doc, k: int) -> int:
    """The index after a run of lower-case name particles starting at ``k`` (``k`` when none)."""
    m = k
    while m < len(doc) and doc[m].text in NAME_PARTICLES and m - k < 3 and doc[m].whitespace_:
        m += 1
    return m


def _name_words(toks) -> tuple[str, ...]:
    """Name words with particles attached to the word they lead ("van der Luyden" is one word) and
    hyphenated parts joined ("Jean-Luc", "Ji-woo" are one word each)."""
    out: list[str] = []
    lead: list[str] = []
    glue = False
    for t in toks:
        if glue or (t.text == "-" and out and t.i > 0 and not t.doc[t.i - 1].whitespace_):
            out[-1] += t.text  # inside a hyphenated name: the hyphen and the part after it
            glue = t.text == "-" and not t.whitespace_
            continue
        w = t.text.strip(".-—_*'")
        if len(w) > 3 and w[-2:] in ("'s", "\u2019s"):
            # a possessive the tokenizer kept on the name ("at Mrs. Grey's--") is never part of it,
            # whatever follows (on the dev texts it is always kept before a dash or a stop)
            w = w[:-2]
        if t.text in NAME_PARTICLES:
            lead.append(t.text)
            continue
        out.append(" ".join([*lead, w]))
        lead = []
    return tuple(out)


# Address suffixes fans write after a name with a hyphen ("Naruto-kun", "Jimin-ah", "Wei-gege"): the
# person is the name before them, so they end a hyphenated name instead of joining it.
HONORIFICS = {"kun", "chan", "san", "sama", "sensei", "senpai", "sempai", "dono", "tan", "chin", "teme", "dobe",
              "nii", "nee", "niisan", "neesan", "hime", "kouhai", "ssi", "hyung", "hyungie", "noona",
              "nuna", "oppa", "unnie", "eonni", "sunbae", "seonbae", "nim", "ssaem", "ge", "gege", "jiejie",
              "didi", "meimei", "xiong", "shixiong", "shijie", "shidi", "shimei", "xiansheng"}
# Korean vocative particles: "-ah" after a name ending in a consonant ("Jimin-ah"), "-ya" after a
# vowel ("Yoongi-ya"); "Seo-ah" and "Ji-ah" are names (a one-syllable part ending in a vowel)
VOCATIVE_PARTICLES = {"ah": False, "ya": True}  # particle -> the name before it ends in a vowel


def is_honorific(stem: str, suffix: str) -> bool:
    """Is ``suffix`` after "<stem>-" an address suffix rather than a part of the name?"""
    low = suffix.lower()
    if low in HONORIFICS:
        return True
    if low in VOCATIVE_PARTICLES and len(stem) >= 3:
        return (stem[-1].lower() in "aeiouy") == VOCATIVE_PARTICLES[low]
    return False


def strip_honorific(name: str) -> str:
    """"Naruto-kun" → "Naruto", "Jimin-ah" → "Jimin"; any other name unchanged."""
    head, sep, tail = name.rpartition("-")
    return head if sep and head and is_honorific(head, tail) else name


# styles of address ("Your Highness", "His Grace", "Your Royal Highness"): a way to speak to or of a
# rank, said to whoever holds it, never a name of its own
STYLES = {"Highness", "Majesty", "Grace", "Lordship", "Ladyship", "Excellency", "Eminence", "Holiness",
          "Worship", "Honour", "Honor", "Reverence", "Majesties", "Highnesses", "Lordships", "Ladyships"}
STYLE_LEADS = {"Royal", "Serene", "Imperial", "Most"}
_STYLE_POSS = {"your", "his", "her", "their"}
# the ranks a style is said to: when no one in the story bears such a rank by name ("Prince Aurel"),
# the style is the only handle a reader has on whoever holds it ("the prince ... 'Your Highness'")
STYLE_RANKS = {"highness": {"prince", "princess"}, "highnesses": {"prince", "princess"},
               "majesty": {"king", "queen", "emperor", "empress"}, "majesties": {"king", "queen"},
               "grace": {"duke", "duchess", "archbishop"}, "lordship": {"lord"}, "lordships": {"lord"},
               "ladyship": {"lady"}, "ladyships": {"lady"}}


def _named_ranks(doc) -> set[str]:
    """Rank titles the story puts before a capitalised name ("Prince Aurel", "Lady Orme")."""
    return {t.lower_ for t in doc[:-1] if t.text[:1].isupper() and t.lower_ in {r for rs in STYLE_RANKS.values()
                                                                                for r in rs}
            and doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].is_alpha}


def _style_end(doc, i: int, ranks: set[str] | None = None) -> int:
    """The token after a style of address starting at ``i`` ("Highness" of "Your Highness", "Royal
    Highness"), or ``i`` when there is none. "told her Grace was late" names a Grace: after "her" a
    style must not be a verb's subject. ``ranks``: the story's named ranks (``_named_ranks``); a
    style of a rank no one bears by name is left to be a name."""
    if i == 0 or doc[i - 1].lower_ not in _STYLE_POSS:
        return i
    k = i + 1 if doc[i].text in STYLE_LEADS and i + 1 < len(doc) else i
    if doc[k].text not in STYLES:
        return i
    if ranks is not None and doc[k].lower_ in STYLE_RANKS and not STYLE_RANKS[doc[k].lower_] & ranks:
        return i
    if doc[i - 1].lower_ == "her" and k + 1 < len(doc) and doc[k + 1].pos_ in ("VERB", "AUX"):
        return i
    return k + 1


def _placeholder(doc, i: int) -> bool:
    """Tokens ``i..i+2`` are a reader-insert blank: "Y/N" (your name), "L/N", "H/C", "E/C"."""
    return (i + 2 < len(doc) and len(doc[i].text) == 1 and doc[i].text.isalpha() and doc[i + 1].text == "/"
            and len(doc[i + 2].text) == 1 and doc[i + 2].text.isalpha() and not doc[i].whitespace_
            and not doc[i + 1].whitespace_)


def _hyphen_counts(doc) -> Counter:
    """How often each hyphenated word occurs in the Doc, counted once per Doc (a count per name
    over the whole text would be quadratic in a long story)."""
    counts = doc.user_data.get("fabula_hyphen_counts")
    if counts is None:
        counts = doc.user_data["fabula_hyphen_counts"] = Counter(re.findall(r"\w+(?:-\w+)+", doc.text))
    return counts


def _stutter(doc, i: int) -> bool:
    """Token ``i`` begins a stammered word: "T-Tamsin", "Ma-Marisol", "W-what"."""
    if i + 2 >= len(doc) or doc[i].whitespace_ or doc[i + 1].text != "-" or doc[i + 1].whitespace_:
        return False
    a, b = doc[i].lower_, doc[i + 2].lower_
    return len(a) < len(b) and b.startswith(a)


def _hyphen_end(doc, i: int) -> int:
    """The last token of a hyphenated name starting at token ``i`` ("Jean-Luc", "Mary-Kate",
    "Ji-woo", "Winnie-the-Pooh"; ``i`` itself when there is none). The tokenizer splits at hyphens,
    which would leave "Luc" or "Maria" as the person. A lower-case part joins only when short and
    not a function word ("Ji-woo", not "Emma-she"), unless a capitalised part follows it."""
    n, k = len(doc), i
    while k + 2 < n and not doc[k].whitespace_ and doc[k + 1].text == "-" and not doc[k + 1].whitespace_ \
            and doc[k + 2].is_alpha:
        part = doc[k + 2]
        if is_honorific(doc[i : k + 1].text, part.text):
            break  # "Naruto-kun" is Naruto
        if part.text[0].isupper():
            k += 2
        elif part.lower_ == "the":
            if k + 4 < n and not part.whitespace_ and doc[k + 3].text == "-" and not doc[k + 3].whitespace_ \
                    and doc[k + 4].text[:1].isupper():
                k += 4  # "Winnie-the-Pooh" (not "Stratford-upon-Avon": a place's "upon", "on", "under")
            else:
                break
        elif len(part.text) <= 5 and not part.is_stop and part.lower_ not in PRONOUNS \
                and _hyphen_counts(doc)[doc[i : k + 3].text] >= 2:
            k += 2  # "Ji-woo", used as a name again and again; not "Greer-look, I can explain"
        else:
            break
    return k


def _initial_names(doc) -> set[int]:
    """Sentence-initial tokens the small tagger calls common nouns although they are names:
    "Tomasz had the engine in pieces", "Ines shrugged" (an unfamiliar name opening a sentence is
    NOUN to en_core_web_sm, and a name that only ever opens sentences was never found). A
    capitalised word there counts when the story never uses it in lower case and either uses it
    as a name elsewhere (mid-sentence, or in speech) or it is a first name of one gender."""
    from fabula.cast.firstnames import NOT_NAMES, first_name_gender

    lower = {t.lower_ for t in doc if t.text[:1].islower()}
    known = {t.text for t in doc if not _sentence_initial(doc, t.i) and _name_token(t)}
    out = set()
    for t in doc:
        if t.pos_ != "NOUN" or not t.is_alpha or not _capitalised(t) or t.text.isupper() or len(t.text) < 3:
            continue
        if t.lower_ in lower or t.lower_ in NOT_NAMES or not _sentence_initial(doc, t.i) or is_title(t.text):
            continue
        if t.text in known or first_name_gender(t.text) is not None:
            out.add(t.i)
    return out


def repair_adverb_names(doc) -> int:
    """Retag, in place, a capitalised name the small parser read as an adverb where it is the
    subject of the verb after it: "Snelly tugged at the rope", "Then Snelly shrugged" (a name
    ending in "-ly" is an adverb to en_core_web_sm, or a proper noun hung on the verb as an adverb,
    so the sentence had no subject and, when tagged an adverb, the name no mention). It counts when the word is no English adverb, the story never writes it in lower
    case, it is used as a name elsewhere (or is a known first name), its head is a verb after it
    with no subject of its own, and no comma follows it ("Snelly, come here" calls). The token
    becomes a proper-noun subject; running it twice changes nothing. Returns how many were retagged
    (session 27)."""
    from fabula.cast.firstnames import first_name_gender

    cands = [t for t in doc if t.dep_ == "advmod" and (t.tag_ == "RB" or t.pos_ == "PROPN") and t.is_alpha
             and _capitalised(t) and not t.text.isupper() and len(t.text) >= 3]
    if not cands:
        return 0
    adverbs = english_words().get("adv", frozenset())
    lower = {t.lower_ for t in doc if t.text[:1].islower()}
    known = {t.text for t in doc if t.dep_ != "advmod" and not _sentence_initial(doc, t.i) and _name_token(t)}
    n = 0
    for t in cands:
        head = t.head
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.lower_ in adverbs or t.lower_ in lower or t.lower_ in INTERJECTIONS or is_title(t.text):
            continue
        if not (t.text in known or first_name_gender(t.text) is not None):
            continue
        if head.i <= t.i or head.pos_ not in ("VERB", "AUX") or (nxt is not None and nxt.text == ","):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children):
            continue
        t.tag_, t.pos_, t.dep_ = "NNP", "PROPN", "nsubj"
        n += 1
    return n


def _stop_word_end(tok) -> bool:
    """A name token that carries a sentence's full stop ("Mo." is one token to the tokenizer, an
    abbreviation it knows): '"Oh, Mo. Sweet summer child"' is not a name "Mo Sweet". Initials
    ("J.") and titles ("St.") go on."""
    return tok.text.endswith(".") and len(tok.text) > 2 and not is_title(tok.text)


def extract_occurrences(doc, qmap: QuoteMap, chat_labels: list[tuple[int, int]] | None = None) -> list[Occurrence]:
    """Every run of [title] capitalised proper-noun tokens, with per-use features. ``chat_labels``:
    the char spans of a chat's sender labels (``chat_label_spans``), whose capitalised words are
    name words whatever the tagger calls them ("**Rory:**" is an adjective to it)."""
    out: list[Occurrence] = []
    n = len(doc)
    extra = _initial_names(doc)
    ranks = _named_ranks(doc)
    if chat_labels:
        for a, b in chat_labels:
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is not None:
                extra.update(t.i for t in span if t.text[:1].isupper() and t.text.isalpha())

    def name_tok(tok) -> bool:  # the module's test, plus the sentence-initial names it misses
        return tok.i in extra or _name_token(tok)

    i = 0
    while i < n:
        tok = doc[i]
        after_title = _skip_particles(doc, i + 1)
        if _title_as_name(doc, i, after_title):
            # "the General", "the Duchess": a capitalised title standing alone is what the story
            # calls this person; scored like any article-led name (kept only if it speaks or acts)
            out.append(_occurrence(doc, i, i, i + 1, None, (tok.text.rstrip("."),), qmap))
            i += 1
            continue
        if not (name_tok(tok) or (is_title(tok.text) and after_title < n and name_tok(doc[after_title]))):
            i += 1
            continue
        if _placeholder(doc, i):
            i += 3  # "Y/N", "L/N": a reader-insert's blank for the reader's name, not two people
            continue
        if (style := _style_end(doc, i, ranks)) > i:
            i = style  # "Your Highness": said to a rank, not a name
            continue
        if _stutter(doc, i):
            i += 2  # "T-Tamsin", "Ma-Marisol": a stammer, the name is what follows the hyphen
            continue
        j = i
        title = None
        if is_title(tok.text) and after_title < n and name_tok(doc[after_title]):
            title = title_key(tok.text)
            j = i + 1
        while j + 1 < n and (doc[j].tag_ in ("JJ", "JJS", "UH") or doc[j].text in FOND_WORDS) \
                and name_tok(doc[j + 1]) and not title:
            j += 1  # "Poor Fanny", "Dearest Lucy", "Good God": the adjective is not part of the name
        if not title:
            i = j
        k = j
        while k < n and doc[k].tag_ != "POS" and not is_title(doc[k].text) \
                and (k == j or doc[k - 1].whitespace_ and not _stop_word_end(doc[k - 1])) and k - j < 6:
            nk = _skip_particles(doc, k)
            if nk >= n or not name_tok(doc[nk]) or (nk > k and k == j and not title and k == i):
                break  # particles only inside a name ("Henry van der Luyden", "Mrs. van Tassel")
            k = _hyphen_end(doc, nk) + 1
        if k == j:
            i += 1
            continue
        while k > j + 1 and not any(ch.isalnum() for ch in doc[k - 1].text):
            k -= 1
        if not title and k - j > 1 and _not_name_lead(doc, j):
            # "On Sunday Ines and I went out", "Tell Edward", "Afterwards Meena": not part of the name
            j += 1
            i = j
        if not title and k - j == 2 and doc[k - 1].text in LANGUAGES and j > 0 \
                and doc[j - 1].lemma_ in LANGUAGE_VERBS and (k >= len(doc) or (
                    doc[k].text not in ("'s", "’s", "'") and doc[k].pos_ not in ("VERB", "AUX"))):
            k -= 1  # "taught Wilhelmina Latin and drawing": the language is what she was taught (not the
            # "coached Ann French's team" or "taught Anna Welsh had gone" of a surname)
        words = _name_words(doc[j:k])
        if not all(any(c.isalpha() for c in w) for w in words):
            i = k
            continue
        out.append(_occurrence(doc, i, j, k, title, words, qmap))
        i = k
    return out


ROLE_WEIGHTS = {"speech_subj": 2.0, "subj": 1.0, "poss": 1.0, "vocative": 0.7, "obj": 0.3, "conj": 0.5,
                "place": -1.5, "idiom": -3.0, "other": 0.0}


def lowercase_counts(doc) -> Counter:
    """How often each word occurs in lower case: a name that is also a common word shows up here."""
    return Counter(t.lower_ for t in doc if t.text[:1].islower())


# NER labels that, on a first name, still mean a place or a date ("in April", "to Venice")
PLACE_OR_TIME_ENTS = {"GPE", "LOC", "DATE", "TIME", "NORP", "FAC"}


def score_candidates(occs: list[Occurrence], lower: Counter) -> dict[tuple[str, ...], Candidate]:
    """Group occurrences by (title, words) and decide which are people."""
    from fabula.cast.firstnames import first_name_gender

    cands: dict[tuple[str, ...], Candidate] = {}
    for o in occs:
        key = (o.title or "", *o.words)
        cands.setdefault(key, Candidate(key)).occurrences.append(o)
    # evidence pooled per single word, so "Darcy" profits from "Mr. Darcy" and vice versa
    word_person: Counter = Counter()
    word_other: Counter = Counter()
    for o in occs:
        for w in o.words:
            if o.ner_person or o.title:
                word_person[w] += 1
            if o.ner_other:
                word_other[w] += 1
    singles = {c.words for c in cands.values() if len(c.words) == 1}
    surnames = {c.words[-1] for c in cands.values() if len(c.words) >= 2}
    name_words = {w for c in cands.values() for w in c.words}
    titled_words = {w for c in cands.values() if c.title for w in c.words}
    for c in cands.values():
        s = 0.0
        # a one-gender first name the story never writes in lower case ("Hugo", "Petra"): the small
        # NER's EVENT/ORG labels on it are noise ("Hugo" is an award to it), not evidence
        # (a place or a month to the NER is still the first name when it is a subject twice, once of a verb
        # that is no "be" or "have" (an act or a speech: "Georgia was hotter than she expected" is the place)
        # with a he/she after it, and more often than it follows "to"/"at": "Florian came to the wedding ... he
        # was late")
        acted = [o for o in c.occurrences if o.role in ("subj", "speech_subj")]
        known_first = not c.title and first_name_gender(c.words[0]) is not None and \
            c.words[0].lower() not in lower and c.words[0].lower() not in KIN_NAMES and (
                not any(o.ent_label in PLACE_OR_TIME_ENTS for o in c.occurrences)  # "April", "Venice"
                or (len(acted) >= 2 and any(o.pron_after and o.acts for o in acted)
                    and len(acted) > sum(o.role == "place" for o in c.occurrences)))
        for o in c.occurrences:
            s += ROLE_WEIGHTS[o.role]
            c.reasons[o.role] += 1
            if o.ner_person:
                s += 1.0
                c.reasons["ner_person"] += 1
            if o.ner_other:
                s -= 0.0 if known_first else 0.6
                c.reasons["ner_other"] += 1
            if not o.sent_initial:
                c.reasons["mid_cap"] += 1
                s += 0.3
            if o.pron_after and o.role in ("subj", "speech_subj", "poss"):
                s += 0.4
                c.reasons["pron_after"] += 1
        if c.title:
            s += 2.0 + 0.5 * len(c.occurrences)
        n = len(c.occurrences)
        pooled = sum(word_person[w] for w in c.words) - sum(word_other[w] for w in c.words)
        s += 0.3 * max(0 if known_first else -2, min(3, pooled))
        words = c.words
        single_lower = lower.get(words[0].lower(), 0) if len(words) == 1 else 0
        if single_lower and c.reasons["mid_cap"] == 0 and not c.title:
            s -= 3.0  # only capitalised where every word is (sentence starts): a common word
            if all(o.in_quote for o in c.occurrences) and words[0].lower() not in KIN_NAMES:
                # '"Foreman?" I ask.' beside "our foreman" in the narration: a word the story's own
                # voice writes in lower case, capitalised only where a line of speech opens (session 25;
                # not a family word: "Mum's at work" beside "his mum" is still his mother)
                s -= 3.0
        elif single_lower > 2 * n and not c.title and c.reasons["ner_person"] < n / 2:
            s -= 1.0
        strong_roles = sum(c.reasons[r] for r in ("subj", "speech_subj", "poss"))
        if c.reasons["vocative"] and not strong_roles and not c.reasons["obj"] + c.reasons["conj"]:
            s -= 0.6 * c.reasons["vocative"]  # only ever called out: an interjection ("Hallo!", "Bother!")
        if not strong_roles and not c.title and c.reasons["conj"] + c.reasons["obj"] == 0:
            s -= 1.5
        groupish = sum(1 for o in c.occurrences if o.ent_label in GROUP_ENTS)
        # 'Brannoch says, "Fetch the rope."': the subject of a speech verb in the narration, a word the
        # story never writes in lower case, is someone who speaks, whatever the NER calls it
        narr_speaker = len(words) == 1 and words[0].lower() not in lower and any(
            o.role == "speech_subj" and not o.in_quote for o in c.occurrences)
        if c.reasons["ner_person"] == 0 and groupish >= max(2, 0.6 * n) and not c.title and not known_first \
                and not narr_speaker \
                and not (any(o.introduced for o in c.occurrences)  # "the lady Isolde" is NORP to the NER
                         and not any(o.ent_label in ("DATE", "TIME") for o in c.occurrences)):  # "September"
            s -= 3.0  # NER calls it a nationality/date/event every time and never a person
        paired = sum(1 for o in c.occurrences if o.with_pronoun)
        if paired:
            s += 1.5 * paired  # "Ines and I went out": only people are coordinated with "I"
            c.reasons["with_pronoun"] += paired
        if any(o.chat_label for o in c.occurrences):
            s += 3.0  # "**Deb:** Bus call is 9:15": one who sends messages in a chat is a person
            c.reasons["chat_label"] += 1
        if any(o.letter for o in c.occurrences):
            s += 3.0  # "My dearest Kitty," / "Your loving sister,\nCatherine Aldous": a letter's people
            c.reasons["letter"] += 1
        intro = sum(1 for o in c.occurrences if o.introduced)
        if intro:
            s += 3.0 + 0.5 * (intro - 1)  # "my sister Maeve": the text says it is a person
            c.reasons["introduced"] += intro
        if n == 1 and not c.title and not intro:
            o0 = c.occurrences[0]
            strong = o0.role in ("subj", "speech_subj", "poss", "conj", "obj") and \
                (o0.ner_person or known_first and (o0.role != "obj" or o0.person_obj))
            if not strong:
                s -= 2.0  # one vocative-like use ("Kay, let's go") is too little to call a person
        if len(words) == 1 and not c.title and words[0].lower() in DEITY_WORDS:
            s -= 100.0  # "God knows", "Heaven forbid", "Nature had made her": not a character
            c.reasons["deity"] += 1
        if len(words) == 1 and not c.title and words[0].lower() in FEASTS:
            s -= 100.0  # "at Easter", "by Candlemas": a day of the year, not a person
            c.reasons["feast"] += 1
        if len(words) == 1 and not c.title and words[0].lower() in DEMONYMS:
            s -= 100.0  # "the Englishman": a description, not a name
            c.reasons["demonym"] += 1
        if c.reasons["idiom"] and c.reasons["idiom"] >= 0.25 * n:
            s -= 100.0  # used in set phrases ("Good God", "thank God", "for God's sake")
        exclaimed = sum(1 for o in c.occurrences if o.sent_initial and o.exclaimed)
        if n >= 2 and exclaimed >= 0.6 * n and not c.title:
            s -= 3.0  # "Nay, ...", "Hullo!": sentence-opening exclamations, not people
        if len(words) >= 2 and (words[-1].lower() in PLACE_HEADS or (words[-1] in FEAST_WORDS and (
                words[-2].lower().endswith(("'s", "’s")) or words[0].lower() in FEAST_FIRSTS))):
            s -= 4.0  # "Windy Corner", "Donwell Abbey", "Boxing Day"
        if not c.title and words[-1] not in titled_words and (
                len(words) >= 2 and words[-1].lower() in BUSINESS_HEADS and words[-1].lower() not in PLACE_HEADS
                or len(words) == 1 and words[0].lower() in BUSINESS_HEADS
                and all(o.after_poss for o in c.occurrences)):
            s -= 4.0  # "Osgood Removals", "Tull's Pharmacy": a firm or a shop, not its owner
            c.reasons["business"] += 1
        if not c.title and _numbered_place(words):
            s -= 100.0  # "Block D", "Engine 7, Engine 7, smoke showing": a place or its call sign
            c.reasons["place_like"] += 1
        if len(words) >= 2 and not c.title and words[0].lower() in SAINT_WORDS and not c.reasons["speech_subj"]:
            s -= 100.0  # "Santa Deodata", "San Marco": a saint, and the church or town named after her
            c.reasons["saint"] += 1
        if len(words) == 1 and not c.title and words[0].endswith("s") and (
                (words[0][:-1],) in singles or (_singular(words[0]),) in singles):
            s -= 100.0  # "the Westons": a family, not a character
            c.reasons["family"] += 1
        elif len(words) == 1 and not c.title and words[0].endswith("s") and _singular(words[0]) in surnames \
                and sum(1 for o in c.occurrences if o.det_before) >= 0.5 * n:
            s -= 100.0  # "before the Kellans came": the plural of a full name's surname, after "the", is its family
            c.reasons["family"] += 1
        det = sum(1 for o in c.occurrences if o.det_before)
        if sum(1 for o in c.occurrences if o.det_before or o.the_led) >= 0.5 * n \
                and _singular(words[-1]) in name_words and (c.title or len(words) > 1):
            s -= 100.0  # "the Miss Steeles", "the two Miss Hales", "the John Knightleys": a family or group
            c.reasons["family"] += 1
        titled = any(w in titled_words for w in words)  # "Mrs. Gildea" elsewhere: a person's name
        if n >= 3 and det >= 0.5 * n and not c.title and not titled and c.reasons["ner_person"] <= 0.5 * n \
                and c.reasons["speech_subj"] <= max(1, 0.05 * n):
            s -= 4.0  # "the Englishman", "the Collector", "the Forest": a common noun, never a speaker
            c.reasons["common_noun"] += 1
        if n >= 2 and not c.title and not titled and c.reasons["place"] >= max(2, 0.3 * n) \
                and c.reasons["speech_subj"] + c.reasons["poss"] <= 0.05 * n \
                and c.reasons["pron_after"] <= max(1, 0.15 * n):
            # often "to/at/from X", never speaks, owns nothing, no he/she follows: a place, whatever
            # the NER says (it calls most unknown capitalised words PERSON), so its votes are void
            s -= 3.0 + c.reasons["ner_person"]
            c.reasons["place_like"] += 1
        thing = sum(1 for o in c.occurrences if o.the_led or o.modifier)
        person_use = c.reasons["speech_subj"] + c.reasons["vocative"] + paired + intro \
            + sum(1 for o in c.occurrences if o.letter or o.chat_label)
        if thing and thing + c.reasons["place"] >= max(1, 0.5 * n) and not person_use and not c.title \
                and not titled and words[0].lower() not in TITLES and not c.reasons["common_noun"]:
            # "the Thetis came home", "the *Nesta*", "the Harrow case", "at the Saltmarsh booth": a name
            # that takes an article or qualifies a noun, and never speaks, is called or is introduced,
            # names a ship, a place, a firm or a thing, whatever the NER says
            s -= 3.0 + c.reasons["ner_person"]
            c.reasons["thing_like"] += 1
        if any(o.thing_intro and o.role != "vocative" for o in c.occurrences) and not c.reasons["speech_subj"] \
                and not c.title and not any(o.introduced and not o.thing_intro for o in c.occurrences):
            # (unless the text elsewhere says it is a person: "X is my boyfriend", "my cousin X" outweighs a
            # dash the parser read as apposition, "the year before X — a gig in a basement")
            s -= 100.0  # "our robot, Gerald", "a place called Hooge": the text says what it is
            c.reasons["thing_intro"] += 1
        lex = english_words()
        if len(words) >= 2 and not c.title and not person_use and lex and not c.reasons["common_noun"] \
                and not c.reasons["thing_like"] and not _speaks_alone(cands, words[0]) \
                and c.reasons["ner_person"] <= 0.5 * n and all(
                    any(w.lower() in lex[p] for p in lex) and first_name_gender(w) is None for w in words):
            # "Low Tide", "Deep Heat": common words only, no first name among them, never a speaker
            # and seldom a person to the NER: a title, a brand or a place
            s -= 3.0
            c.reasons["common_words"] += 1
        if len(words) == 1 and not c.title and not person_use and lex and not titled \
                and all(o.sent_initial for o in c.occurrences) and words[0].lower() in lex["noun"] \
                and words[0].lower() not in KIN_NAMES and first_name_gender(words[0]) is None \
                and not any(words[0] in d.words for d in cands.values() if len(d.words) > 1) \
                and not any(o.role == "subj" and o.pron_after for o in c.occurrences):
            # '"Kettle's boiling, love."', '"Pastry won't wait for you."', "Hailstones, the skipper
            # thinks": a common noun that is capitalised only because it opens every sentence it is
            # in, and is never called, never speaks, is never introduced and is no part of a longer
            # name ("Bell crossed the hall" beside "Anselm Bell"), is that noun; not a subject a
            # he/she/his/her follows ("Ptolemy took the umbrella and wiped his hands": the lemmatizer's
            # noun list holds some names)
            s -= 3.0
            c.reasons["common_words"] += 1
        if len(words) == 1 and not c.title and words[0].lower() in KIN_NAMES and words[0][:1].isupper() and (
                c.reasons["subj"] + c.reasons["speech_subj"] + c.reasons["obj"] + c.reasons["conj"]
                + c.reasons["poss"] + c.reasons["vocative"]) >= 1:
            s += 1.0  # "Dad didn't cry at the church", "like Gran and Grandad": a person named by kin
            if any(o.role in ("subj", "speech_subj", "poss", "conj") and not o.in_quote for o in c.occurrences):
                # "Dad married Francesca", "like Gran and Grandad": the narration's own kin who acts (in
                # speech, "Dad can't stay here" is the speaker's father, whom the story names otherwise)
                s += 0.5
            c.reasons["kin_name"] += 1
        if len(words) == 1 and not c.title and strong_roles and first_name_gender(words[0]) is not None \
                and words[0].lower() not in lower:
            # "Gemma was our finds officer", "a reference from Gemma": a one-gender first name the
            # story acts with and never writes in lower case is a person, though the NER says not
            s += 0.5
            c.reasons["first_name"] += 1
        if words == ("I",) and not c.title:
            s -= 100.0  # '"And so am I."': the tokenizer kept the pronoun with its full stop, like an initial
        if c.title in ("st", "saint") and not c.reasons["speech_subj"]:
            s -= 100.0  # "St. Mary's", "St. Brendan's Road": a church, a hospital, a street
            c.reasons["place_like"] += 1
        c.score = s
        c.accepted = s > 0.5
    _coordination_bonus(cands)
    _coordinated_with_things(cands)
    _full_name_bonus(cands)
    return cands


def _speaks_alone(cands: dict[tuple[str, ...], Candidate], first: str) -> bool:
    """The first word of a run is, on its own, the subject of a speech verb in the narration ("June
    said"): "until June Moss came home" is her full name, though both words are common words."""
    c = cands.get(("", first))
    return c is not None and any(o.role == "speech_subj" and not o.in_quote for o in c.occurrences)


def _singular(word: str) -> str:
    """A plural name word's singular ("Steeles" → "Steele", "Englishmen" → "Englishman"); "" if not plural."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("es") and len(word) > 4:
        return word[:-2] if word[-3] in "shxz" else word[:-1]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else ""


def _full_name_bonus(cands: dict[tuple[str, ...], Candidate]) -> None:
    """A multi-word run whose words are accepted names ("Hope Varga" beside "Hope") is a full name."""
    single = {c.words[0] for c in cands.values() if c.accepted and len(c.words) == 1 and not c.title}
    surnames = {c.words[0] for c in cands.values() if c.accepted and len(c.words) == 1 and c.title in SURNAME_TITLES}
    for c in cands.values():
        if c.accepted or len(c.words) < 2 or c.reasons["place"] or c.reasons["idiom"]:
            continue
        if c.words[0] in single or c.words[-1] in single or c.words[-1] in surnames:
            c.score += 2.0
            c.reasons["full_name_of_a_name"] += 1
            c.accepted = c.score > 0.5
            if c.words[0] in single and c.words[-1] in surnames:
                c.accepted = True  # '"Femi Okonjo."' beside "Femi" and "Mr. Okonjo": both halves are in use
            elif c.words[0] in single and len(c.words) == 2 and c.reasons["subj"] + c.reasons["speech_subj"] \
                    and c.score > -50 and not (c.reasons["business"] or c.reasons["place_like"]
                                               or c.reasons["thing_like"] or c.reasons["family"]) \
                    and c.words[-1].lower() not in PLACE_HEADS and _speaks_alone(cands, c.words[0]):
                # "until June Moss came home" beside "June said": a subject whose first name speaks
                # alone is that speaker's full name, whatever the NER made of a month
                c.accepted = True


def _coordination_bonus(cands: dict[tuple[str, ...], Candidate]) -> None:
    """A name listed with people ("me, Marianne, Sam and Chanel") is a person too."""
    person_tokens: set[int] = set()
    for c in cands.values():
        if c.accepted:
            for o in c.occurrences:
                person_tokens.update(range(o.tok_start, o.tok_end))
    for c in cands.values():
        if c.accepted:
            continue
        hits = sum(1 for o in c.occurrences if any(p in person_tokens for p in o.partners))
        if hits:
            c.score += 1.5 * hits
            c.reasons["listed_with_people"] += hits
            c.accepted = c.score > 0.5


def _coordinated_with_things(cands: dict[tuple[str, ...], Candidate]) -> None:
    """A one-word name coordinated with a name the text says is a thing ("the rivalry between
    Brasserie Nine and Quillery" beside "owned Quillery and two other cafes") is a thing of the same
    kind, when it never speaks, is never called or introduced and is no known first name."""
    from fabula.cast.firstnames import first_name_gender

    thing_tokens: set[int] = set()
    for c in cands.values():
        if c.reasons["thing_intro"] and not c.accepted:  # a thing by the text's word, not a person after all
            for o in c.occurrences:
                thing_tokens.update(range(o.tok_start, o.tok_end))
    if not thing_tokens:
        return
    for c in cands.values():
        if not c.accepted or c.title or len(c.words) != 1 or first_name_gender(c.words[0]) is not None:
            continue
        if c.reasons["speech_subj"] or c.reasons["vocative"] or any(
                o.introduced or o.letter or o.chat_label or o.person_obj for o in c.occurrences):
            continue
        if any(p in thing_tokens for o in c.occurrences for p in o.partners):
            c.accepted = False
            c.reasons["listed_with_things"] += 1


def chat_label_spans(story) -> list[tuple[int, int]]:
    """The sender labels of a chat fic's messages ("**Rory:** oh no", "Ines: where are you"), as
    char spans: the lines ``dialogue.extract.chat_lines`` accepts as a chat (each label heads two
    lines or more, and lines follow each other)."""
    from fabula.dialogue.extract import chat_lines

    idx = [i for i, p in enumerate(story.paragraphs) if p.kind == "text"]
    return sorted((story.paragraphs[sg.para].span[0], sg.start)
                  for sg in chat_lines(story.text, story.paragraphs, idx))


def mark_chat_labels(occs: list[Occurrence], labels: list[tuple[int, int]]) -> None:
    """Flag the names that head a chat's messages (``chat_label_spans``)."""
    if not labels:
        return
    starts = [a for a, _ in labels]
    for o in occs:
        k = bisect.bisect_right(starts, o.start) - 1
        if k >= 0 and labels[k][0] <= o.start and o.end <= labels[k][1]:
            o.chat_label = True


def accepted_names(cands: dict[tuple[str, ...], Candidate]) -> list[Candidate]:
    return [c for c in cands.values() if c.accepted]


def word_index(cands: dict[tuple[str, ...], Candidate]) -> dict[str, list[Candidate]]:
    idx: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands.values():
        for w in c.words:
            idx[w].append(c)
    return idx

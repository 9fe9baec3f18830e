"""Clustering name variants into characters.

The rules follow how novels name people, and every join records why:
- a full name ("Elizabeth Bennet") founds a character; longer names are placed first;
- a titled surname ("Mr. Bennet") joins a full name with that surname only when no variant of the
  surname with another kind of title exists ("Mrs. Bennet", "Miss Bennet"): otherwise the family
  name is ambiguous and the titled form stays its own character — Mr. Bennet is never Mrs. Bennet,
  and a "Miss" (a daughter) is never a "Mrs." (her mother) of the same name;
- a bare first name joins the character whose full names use that first name most often (not the
  biggest cluster: one stray "Miss Ann Smith" must not pull every "Ann" to the Smiths); a bare
  surname joins the one
  character with that surname (preferring a man titled with it, the usual referent of a bare
  surname in fiction);
- a first name and a surname that never occur together stay apart (no evidence they are one);
- a short form ("Mari") joins a character whose first name it begins, when that character is
  mentioned near the short form (context evidence).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from fabula.cast.firstnames import first_name_gender
from fabula.cast.names import DEMONYMS, KIN_NAMES, SURNAME_TITLES, TITLES, Candidate, _english_word
from fabula.model import Span

NICK_SUFFIXES = ("ie", "y", "ey", "sy", "zy", "ny", "ty", "o")
NEAR = 3000  # characters: how close a short form must be to its full name to count as evidence


@dataclass
class Cluster:
    candidates: list[Candidate] = field(default_factory=list)
    firsts: set[str] = field(default_factory=set)
    lasts: set[str] = field(default_factory=set)
    singles: set[str] = field(default_factory=set)  # bare one-word names (first or last, unknown)
    title_genders: Counter = field(default_factory=Counter)
    titles: set[str] = field(default_factory=set)
    reasons: list[tuple[str, Span | None]] = field(default_factory=list)

    def add(self, c: Candidate, reason: str | None = None) -> None:
        self.candidates.append(c)
        w = c.words
        if len(w) >= 2:
            self.firsts.add(w[0])
            self.lasts.add(w[-1])
        elif c.title:
            (self.lasts if c.title in SURNAME_TITLES else self.firsts).add(w[0])
        else:
            self.singles.add(w[0])
        if c.title:
            self.titles.add(c.title)
            g = TITLES.get(c.title)
            if g:
                self.title_genders[g] += len(c.occurrences)
        if reason:
            o = c.occurrences[0]
            self.reasons.append((reason, (o.start, o.end)))

    @property
    def count(self) -> int:
        return sum(len(c.occurrences) for c in self.candidates)

    @property
    def gender_hint(self) -> str | None:
        if not self.title_genders:
            return None
        g, n = self.title_genders.most_common(1)[0]
        return g if n >= 0.8 * sum(self.title_genders.values()) else None

    def compatible(self, gender: str | None) -> bool:
        return gender is None or self.gender_hint is None or self.gender_hint == gender

    @property
    def canonical(self) -> str:
        """The fullest name the text uses: a full name, else the commonest titled or bare form."""
        def rank(c: Candidate):
            bare_title = len(c.words) == 1 and not c.title and c.words[0].lower() in TITLES  # "the Colonel"
            return (len(c.words) >= 2, not bare_title, len(c.occurrences) >= 2 or len(c.words) >= 2,
                    len(c.occurrences), len(c.words), not c.title)
        best = max(self.candidates, key=rank)
        multi = [c for c in self.candidates if len(c.words) >= 2 and not c.title]
        multi = [c for c in multi if not _surname_initial(c)] or multi  # "Linnet Corran", not "Corran L."
        if multi and all(_first_initial(c) for c in multi) and any(len(c.words) == 1 and not c.title
                                                                   for c in self.candidates):
            multi = []  # "Osric", not "O. Lowe": an initial is a shortening, the first name is his name
            best = max((c for c in self.candidates if len(c.words) == 1 and not c.title),
                       key=lambda c: len(c.occurrences))
        if multi:
            best = max(multi, key=lambda c: (len(c.occurrences), len(c.words)))
            return " ".join(best.words)
        return best.text.replace("'s", "")

    def aliases(self) -> list[str]:
        seen: list[str] = []
        for c in sorted(self.candidates, key=lambda c: -len(c.occurrences)):
            for t in sorted({o.text for o in c.occurrences}, key=len):
                if t not in seen:
                    seen.append(t)
        return seen


# Titles that say a woman is married or not: "Miss Grey" and "Mrs. Grey" are two people.
MARRIED = {"mrs", "mme", "madame", "frau", "signora", "senora"}
UNMARRIED = {"miss", "mlle", "mademoiselle", "fraulein", "signorina", "senorita"}


def title_class(title: str | None) -> str | None:
    """The kind of person a surname title names: he, she (married), she (unmarried) or she."""
    g = TITLES.get(title) if title else None
    if g == "she":
        if title in MARRIED:
            return "she:married"
        if title in UNMARRIED:
            return "she:unmarried"
    return g


def _surname_genders(cands: list[Candidate]) -> dict[str, Counter]:
    """Surname → how often each title class is used with it (see :func:`_ambiguous`)."""
    out: dict[str, Counter] = {}
    for c in cands:
        if c.title and c.title in SURNAME_TITLES and len(c.words) >= 1:
            k = title_class(c.title)
            if k:
                out.setdefault(c.words[-1], Counter())[k] += len(c.occurrences)
    return out


def _ambiguous(counts: Counter | None, title: str | None) -> bool:
    """Is a titled surname shared by family members? Yes when the surname also takes another kind
    of title, unless those uses are a handful beside this one (a joking "Mr. Grey" twice beside
    177 "Miss Grey" does not make a second Grey)."""
    if not counts or len(counts) < 2:
        return False
    mine = counts.get(title_class(title), 0)
    return sum(counts.values()) - mine >= 0.1 * mine


# Rank titles that, beside a "Mrs."/"Miss" of the same surname, name her husband or father
# ("Major Callendar" and "Mrs. Callendar", "Dr. Grant" and "Mrs. Grant"), not her.
RANK_TITLES = {"dr", "doctor", "captain", "capt", "colonel", "col", "major", "general", "admiral", "commander",
               "lieutenant", "lt", "reverend", "rev", "sergeant", "sgt", "corporal", "judge"}


# Ranks and honours a man is called by instead of "Mr.": "Admiral Crawford" beside "Mr. Crawford",
# "Sir Thomas Bertram" beside "Mr. Bertram" are father and son, uncle and nephew. ("Dr." is left
# out: a surgeon or a clergyman is often "Mr." and "Dr." at once.)
NOT_MISTER = {"captain", "capt", "colonel", "col", "major", "general", "admiral", "commander", "sergeant", "sgt",
              "corporal", "sir", "lord"}  # not "lieutenant": a navy lieutenant is "Mr." by custom


def _first_name_clash(cl: Cluster, gender: str | None) -> bool:
    """A titled surname cannot be a full name whose first name the other sex carries: "Mrs.
    Moore" is not "Ralph Moore", her son, though he is the only Moore named in full."""
    if gender not in ("he", "she"):
        return False
    firsts = [first_name_gender(" ".join(c.words)) for c in cl.candidates if len(c.words) >= 2 and not c.title]
    return any(f is not None and f != gender for f in firsts)


# the title sexes a family's titled surname is resolved by (see :func:`_full_name_sex`)
_SEXED = ("he",)


def _full_name_sex(cl: Cluster) -> str | None:
    """The sex of a cluster's untitled full names' first name ("Oswin Quill": he), by the name lexicon;
    None when unknown or mixed."""
    sexes = {first_name_gender(" ".join(c.words)) for c in cl.candidates if len(c.words) >= 2 and not c.title}
    return sexes.pop() if len(sexes) == 1 else None


def _same_first(a: Candidate, b: Candidate) -> bool:
    """"Mr. Tobias Wren" and "Sir Tobias Wren": one man before and after a title came to him."""
    return len(a.words) >= 2 and len(b.words) >= 2 and a.words[0] == b.words[0]


def _title_conflict(c: Candidate, cl: Cluster) -> bool:
    """Titles on the same surname that cannot be one person: a married and an unmarried woman,
    a woman's title and a rank (see :data:`RANK_TITLES`), or "Mr." and a man's rank
    (:data:`NOT_MISTER`)."""
    k = title_class(c.title)
    same = [cc for cc in cl.candidates if cc.title and cc.words[-1:] == c.words[-1:]]
    if c.title in ("mr", "mister") and any(cc.title in NOT_MISTER and not _same_first(c, cc) for cc in same):
        return True
    if c.title in NOT_MISTER and any(cc.title in ("mr", "mister") and not _same_first(c, cc) for cc in same):
        return True
    # "Dr. Grant" is not "Mrs. Grant", "Admiral Crawford" not "Miss Crawford" (a "Ms." or "Lady"
    # may hold a rank herself)
    if c.title in RANK_TITLES:
        return any(title_class(cc.title) in ("she:married", "she:unmarried") for cc in same)
    if k not in ("she:married", "she:unmarried", "she"):
        return False
    if k != "she" and any(cc.title in RANK_TITLES for cc in same):
        return True
    if k == "she":
        return False
    other = "she:unmarried" if k == "she:married" else "she:married"
    return any(title_class(cc.title) == other for cc in same)


ECLIPSE_MIN = 20
# "the Major" of a novel with a Major Callendar named a hundred times and a Major Roberts named twice
# is Callendar: a bare title goes to a titled character this many times more named than the next
TITLE_DOMINANCE = 10


ELDEST_DOMINANCE = 5  # how much more a woman must be named than her namesakes to be "Miss X" alone


def _miss_first_uses(cl: Cluster, surname: str) -> int:
    """How often the text calls this woman "Miss <first name>" ("Miss Julia", "Miss Julia Bertram")."""
    return sum(len(c.occurrences) for c in cl.candidates
               if c.title and title_class(c.title) == "she:unmarried" and c.words and c.words[0] != surname)


def _eldest_daughter(surname: str, women: list[tuple[Cluster, str]]) -> list[str]:
    """Which of the unmarried women of one surname a bare "Miss X" can be. By the old convention
    "Miss Bertram" is the eldest daughter and her sisters are "Miss Julia (Bertram)": where there
    are sisters, one the text ever calls "Miss <first name>" is not "Miss X". Of those left, one
    named at least :data:`ELDEST_DOMINANCE` times as often as each of the others is taken ("May
    Welland" beside a cousin named three times); otherwise all stay, and nobody is chosen. A woman
    with no namesake keeps "Miss X" whatever else she is called (an only daughter is "Miss Jenifer"
    to the servants and "Miss Tregear" to the vicar)."""
    if len(women) < 2:
        return [oid for _, oid in women]
    left = [(cl, oid) for cl, oid in women if _miss_first_uses(cl, surname) == 0]
    if len(left) > 1:
        left.sort(key=lambda t: -t[0].count)
        if left[0][0].count >= ELDEST_DOMINANCE * left[1][0].count:
            left = left[:1]
    return [oid for _, oid in left]


def _mr_first_uses(cl: Cluster, surname: str) -> int:
    """How often the text calls this man "Mr. <first name>" ("Mr. Piers", "Mr. Piers Quennell")."""
    return sum(len(c.occurrences) for c in cl.candidates
               if c.title in ("mr", "mister") and c.words and c.words[0] != surname)


def _eldest_son(surname: str, men: list[tuple[Cluster, str]]) -> list[str]:
    """Which of the men of one surname a bare "Mr. X" can be. By the same convention as the
    daughters' (:func:`_eldest_daughter`), "Mr. Quennell" is the eldest son and a younger brother
    is "Mr. Piers (Quennell)": where there are brothers, one the text ever calls "Mr. <first name>"
    is not "Mr. X", and the one brother left is."""
    if len(men) < 2:
        return [oid for _, oid in men]
    left = [oid for cl, oid in men if _mr_first_uses(cl, surname) == 0]
    return left if len(left) == 1 else [oid for _, oid in men]


def _eclipses(title: str | None, titled: int, cl: Cluster) -> bool:
    """Is a titled surname another person than a well-used full name of the same surname? Yes when
    the text sets the full name apart with the same title ("Mr. John Knightley") and the bare
    titled surname is used more than twice as often ("Mr. Knightley", 279 uses, against 69: the
    head of the family and his younger brother). A rarely used full name ("Fitzwilliam Darcy",
    twice), or one never titled ("Henry Crawford" beside "Mr. Crawford"), is the titled man's own."""
    full = cl.count
    titled_full = any(cc.title == title and len(cc.words) >= 2 for cc in cl.candidates)
    return titled_full and full >= ECLIPSE_MIN and titled > 2 * full


def _wife_by_his_name(c: Candidate, cl: Cluster, his: set[tuple[str, str]]) -> bool:
    """"Mrs. John Dashwood" is John Dashwood's wife, named by his name as was the custom, not him:
    when the text also calls that full name "Mr." (``his``: first and last names used with a man's
    title), a married title with it joins only a cluster already known as a woman's. Without such
    a "Mr.", "Mrs. Ada Grey" is Ada Grey herself."""
    if (c.words[0], c.words[-1]) not in his:
        return False

    def woman(x: Candidate) -> bool:
        return (title_class(x.title) or "").startswith("she")

    if title_class(c.title) == "she:married":
        return not any(woman(cc) for cc in cl.candidates)
    # the other order: "John Dashwood" meeting the cluster "Mrs. John Dashwood" started
    return not woman(c) and all(title_class(cc.title) == "she:married" for cc in cl.candidates)


def _wife_of_one_name(c: Candidate, clusters: list[Cluster], accepted: list[Candidate]) -> Cluster | None:
    """"Mrs. Orme" is the one "Mrs. Basil Orme" (a wife named by her husband's name) when the text
    names no other married woman of that surname with a first name, the full form comes first (it
    introduces her; a son's bride "Mrs. Basil Orme" met late is not his mother, "Mrs. Orme" all
    along), and the full form's cluster is hers alone (every full name in it carries a married title)."""
    if title_class(c.title) != "she:married":
        return None
    x = c.words[-1]
    wives = [d for d in accepted if len(d.words) >= 2 and d.words[-1] == x and title_class(d.title) == "she:married"]
    if len({d.words[:-1] for d in wives}) != 1:
        return None
    if min(o.start for d in wives for o in d.occurrences) > min(o.start for o in c.occurrences):
        return None
    homes = [cl for cl in clusters if any(d in cl.candidates for d in wives)]
    if len(homes) != 1:
        return None
    home = homes[0]
    if any(len(d.words) >= 2 and title_class(d.title) != "she:married" for d in home.candidates):
        return None
    return home


def _first_only_as_wife(x: str, cl: Cluster, his: set[tuple[str, str]]) -> bool:
    """The cluster has the first name ``x`` only through "Mrs. <x> <surname>" while the text calls
    "<x> <surname>" "Mr." too: a lone "John" is then the husband, not "Mrs. John Dashwood"."""
    withx = [cc for cc in cl.candidates if len(cc.words) >= 2 and cc.words[0] == x]
    return bool(withx) and all(title_class(cc.title) == "she:married" and (x, cc.words[-1]) in his
                               for cc in withx)


def _first_name_evidence(x: str, cl: Cluster) -> int:
    """How often the cluster's full names begin with the first name ``x``."""
    return sum(len(cc.occurrences) for cc in cl.candidates if len(cc.words) >= 2 and cc.words[0] == x)


def _near(a: Candidate, cl: Cluster, window: int = NEAR) -> bool:
    spots = sorted(o.start for c in cl.candidates for o in c.occurrences)
    import bisect

    for o in a.occurrences:
        i = bisect.bisect_left(spots, o.start)
        for j in (i - 1, i):
            if 0 <= j < len(spots) and abs(spots[j] - o.start) <= window:
                return True
    return False


def _first_matches(x: str, cl: Cluster) -> bool:
    """``x`` is one of the cluster's first names, or an initial of one, or a name one of them is the
    initial of ("Miss E. Pryce" and "Edith Pryce")."""
    return x in cl.firsts or any(len(a) == 1 and a.isupper() and b.startswith(a)
                                 for f in cl.firsts for a, b in ((x, f), (f, x)))


def _short_form_of(x: str, full: str) -> bool:
    if len(x) < 3 or x == full or len(x) > len(full):
        return False
    if _genders_differ(x, full):
        return False  # Danny is not Daniela, Patty not Patrick
    if x.lower() in KIN_NAMES or full.lower() in KIN_NAMES:
        return False  # kin titles are words, not names: "Gran" is not short for "Grandad"
    for suf in ("ie", "y", "ey"):
        stem = x.removesuffix(suf)
        if stem != x and len(stem) >= 4 and stem[-1] == "k" and \
                full.startswith(stem.removesuffix("ck").removesuffix("k") + "c"):
            return True  # a hard "c" spelt "k" in the pet form: "Nicky" is Nicolette, "Vicky" Victoria
    if len(x) == len(full):
        return False
    if full.startswith(x):
        return True
    for suf in NICK_SUFFIXES:
        if x.endswith(suf) and len(x) - len(suf) >= 3 and full.startswith(x[: -len(suf)]):
            return True
        stem = x[: -len(suf)] if x.endswith(suf) else ""
        if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            # a doubled consonant closes the syllable the full name leaves open: "Ollie" is Oliver,
            # "Sammy" Samuel, "Danny" Daniel; not "Barry" Barbara or "Patty" Patrick
            single = stem[:-1]
            if full.startswith(single) and len(full) > len(single) + 1 and full[len(single)] in "aeiouy":
                return True
    return False


# Common English pet forms of given names (a name lexicon, like the first-name genders): "Bill" is
# William, "Jack" John, "Charley" Charles. Used only where the surname is the same. Names people
# are given in their own right today (Robin, Daisy, Dora) are left out: "Robin Kell" may be Robert's sister.
PET_FORMS = {
    "william": ("bill", "billy", "will", "willy", "willie"), "john": ("jack", "johnny", "jackie"),
    "charles": ("charley", "charlie", "chas", "chuck"), "robert": ("bob", "bobby", "rob", "bert"),
    "richard": ("dick", "dickie", "rick", "ricky"), "thomas": ("tom", "tommy"), "edward": ("ned", "ted", "teddy", "ed"),
    "henry": ("harry", "hal", "hank"), "james": ("jim", "jimmy", "jem", "jamie"), "joseph": ("joe", "joey"),
    "francis": ("frank",), "frederick": ("fred", "freddy", "freddie"), "lawrence": ("larry",),
    "margaret": ("peggy", "meg", "maggie", "madge"), "mary": ("polly", "molly", "mamie", "mae"),
    "elizabeth": ("betsy", "betty", "bess", "bessie", "bet", "beth", "eliza", "lizzie", "lizzy", "libby"),
    "sarah": ("sally", "sadie"), "anne": ("nancy", "nan", "annie"), "ann": ("nancy", "annie"),
    "catherine": ("kate", "kitty", "katie", "cathy"), "katharine": ("kate", "kitty"),
    "martha": ("patsy", "patty", "mattie"), "dorothy": ("dolly", "dot"), "susan": ("sukey", "susie", "sue"),
    "eleanor": ("nell", "nelly", "ellie"), "helen": ("nell", "nelly"), "jane": ("jenny", "jennie"),
    "alexander": ("sandy", "alec", "alex"), "nicholas": ("nick", "nicky"), "matthew": ("matt",),
    "michael": ("mike", "mick", "micky"), "samuel": ("sam", "sammy"), "benjamin": ("ben", "benny"),
    "theodore": ("ted", "teddy", "theo"), "patrick": ("pat", "paddy"), "anthony": ("tony",),
    # more of the same kind: pet forms that share few letters with the name ("Kit", "Peg", "Hattie")
    "christopher": ("kit", "chris", "kester"), "katherine": ("kate", "kitty", "katie", "kath", "kit"),
    "harriet": ("hattie", "hatty", "hetty"), "henrietta": ("hetty", "etta", "hen"), "abraham": ("abe", "bram"),
    "judith": ("jude", "judy", "jodie"), "jocelyn": ("joss",), "bernadette": ("bernie",), "bernard": ("bernie", "barney"),
    "alexandra": ("alex", "sandra", "sandy", "lexie", "xandra", "sasha"), "honora": ("nora", "norah"),
    "ottilie": ("tilly", "tillie"), "matilda": ("tilly", "tillie", "tilda", "maud"), "dmitri": ("dima", "mitya"),
    "rebecca": ("becky", "becca", "bex"), "jennifer": ("jen", "jenny"), "albert": ("al", "bert", "bertie"),
    "alfred": ("alf", "alfie", "fred", "al"), "alan": ("al",), "gerald": ("gerry", "jerry"), "geraldine": ("gerry", "geri"),
    "ronald": ("ron", "ronnie"), "donald": ("don", "donny"), "timothy": ("tim", "timmy"), "andrew": ("andy", "drew"),
    "daniel": ("dan", "danny"), "david": ("dave", "davy"), "deborah": ("deb", "debbie", "debs"),
    "abigail": ("abby", "abi", "gail"), "josephine": ("jo", "josie"), "frances": ("fran", "frankie", "fanny"),
    "penelope": ("penny",), "cassandra": ("cass", "cassie"), "jessica": ("jess", "jessie"), "sophia": ("soph",),
    "sophie": ("soph",), "samantha": ("sam", "sammy"), "victoria": ("vicky", "tori"), "isabella": ("izzy", "bella"),
    "isabel": ("izzy", "bel"), "beatrice": ("bea", "trixie"), "beatrix": ("bea", "trixie"), "nathaniel": ("nat", "nate"),
    "zachary": ("zach", "zack"), "augustus": ("gus",), "rosalind": ("ros", "roz"),
    "barbara": ("babs", "barb"), "gwendolen": ("gwen",), "gwendolyn": ("gwen",),
}
PET_FORMS["alexander"] += ("al", "xander", "lex", "sasha")
PET_FORMS["eleanor"] += ("nora",)
PET_FORMS["margaret"] += ("peg", "mags")
PET_FORMS["catherine"] += ("kit", "cath", "cat")
PET_FORMS["katherine"] += ("cat",)
PET_FORMS["henry"] += ("hen",)
PET_FORMS["francis"] += ("frankie",)
_PET_OF: dict[str, set[str]] = {}
for _full, _pets in PET_FORMS.items():
    for _p in _pets:
        _PET_OF.setdefault(_p, set()).add(_full)


def _pet_form(a: str, b: str) -> bool:
    """Are two given names one name, one the pet or short form of the other ("Charley" and
    "Charles", "Bill" and "William", "Tom" and "Tommy")?"""
    if a == b:
        return False
    la, lb = a.lower(), b.lower()
    if lb in _PET_OF.get(la, ()) or la in _PET_OF.get(lb, ()):
        return True
    return _short_form_of(a, b) or _short_form_of(b, a)


def _pet_or_piece(x: str, full: str) -> bool:
    """Is the given name ``x`` a pet form of ``full`` ("Kit" and "Christopher", "Al" and "Alexander",
    :data:`PET_FORMS`) or a clipped piece of it: its start with a pet ending ("Mags" Margaret, and
    :func:`_short_form_of`'s "Mari", "Sammy") or its end, four letters or more with three cut
    ("Xander" Alexander)? Not a common English word the name lexicon does not know ("Mark" is no piece
    of "Markham"), not across the sexes, not a kin word; a piece only of a given name the name lexicon
    knows."""
    lx, lf = x.lower(), full.lower()
    if lx == lf:
        return False
    if lf in _PET_OF.get(lx, ()):
        return True
    if _genders_differ(x, full) or lx in KIN_NAMES or lf in KIN_NAMES:
        return False
    from fabula.cast.firstnames import first_name_gender
    from fabula.cast.names import english_words

    if not (x.isalpha() and full.isalpha()) or first_name_gender(full) is None:
        return False  # only a given name the lexicon knows is cut so: not "Anglo-India", "Hinduism"
    lex = english_words()
    if lex and first_name_gender(x) is None and any(lx in lex[p] for p in lex):
        return False
    if lx.endswith("s") and len(lx) >= 4 and lf.startswith(lx[:-1]) and len(lf) >= len(lx) + 1:
        return True  # "Mags", "Nads": the name's first syllable and an "s"
    if len(lx) >= 4 and lf.endswith(lx) and len(lf) - len(lx) >= 3:
        return True
    return len(lf) >= len(lx) + 2 and _short_form_of(x, full)  # not "Martin" and "Martins", a family


def _forms_of(x: str, cands: list[Candidate]) -> set[str]:
    """The given names the text uses that ``x`` is a pet form or piece of (see :func:`_pet_or_piece`)."""
    return {c.words[0] for c in cands if c.words and c.title not in SURNAME_TITLES
            and (len(c.words) >= 2 or not c.title) and _pet_or_piece(x, c.words[0])}


# Titles a given name may follow in place of the surname ("Mr Percival", "Miss Corvina", "Mrs Reggie"), unlike
# a rank ("Colonel Brandon" is a surname)
FIRST_NAME_TITLES = {"mr", "mister", "mrs", "miss", "ms", "master"}
# family titles before a given name ("Uncle Cal", "Auntie Tess"): the name may be a short form
KIN_TITLES = {"uncle", "aunt", "auntie", "aunty", "grandma", "granny", "grandpa"}
# titles a hospital puts before a surname ("Sister Hartigan", "Nurse Oduya") as well as a religious
# order or a nursery before a first name ("Sister Agnes", "Nurse Kitty")
WARD_TITLES = {"sister", "nurse", "matron"}

SIDE_BY_SIDE = 10  # tokens: two names this close in one sentence, both in speech or narration, are two people


def _side_by_side(a: Candidate, others: list[Candidate]) -> bool:
    """Does the name ``a`` stand beside one of the ``others``, coordinated or a few words off in the
    same speech or narration ("Al and Alexander", "Kit passed Christopher the salt")? Sorted starts
    and a window keep this linear in the occurrences: a novel's lead is named thousands of times."""
    near = sorted(((p.tok_start, p) for d in others for p in d.occurrences), key=lambda x: x[0])
    starts = [t for t, _ in near]
    at_start = set(starts)
    partnered = {q for _, p in near for q in p.partners}
    for o in a.occurrences:
        if o.tok_start in partnered or any(q in at_start for q in o.partners):
            return True  # coordinated, however far apart the parser put them
        lo = bisect_left(starts, o.tok_start - SIDE_BY_SIDE)
        hi = bisect_right(starts, o.tok_start + SIDE_BY_SIDE)
        for _, p in near[lo:hi]:
            later = p if p.tok_start >= o.tok_start else o
            if o.in_quote == p.in_quote and not later.sent_initial:
                return True  # a few words on, in the same sentence (the later one does not open one)
    return False


def _pet_home(c: Candidate, clusters: list[Cluster], cands: list[Candidate], window: int = NEAR) -> Cluster | None:
    """The one cluster a bare one-word name is a pet form or clipped piece of, or the full form of
    (the pet form placed first, used more): one name only among all the text's given names (an
    "Alex" beside both Alexander and Alexandra is neither), used nearby, never beside it."""
    x = c.words[0]
    cands = cands if c in cands else [*cands, c]  # a rejected name counts among the forms too
    short = [cl for cl in clusters if any(_pet_or_piece(x, f) for f in cl.firsts | cl.singles)]
    longer = [cl for cl in clusters if any(_pet_or_piece(f, x) and len(_forms_of(f, cands)) == 1 for f in cl.singles)]
    if len(short) == 1 and not longer and len(_forms_of(x, cands)) == 1:
        home = short[0]
    elif len(longer) == 1 and not short:
        home = longer[0]
    else:
        return None
    g = first_name_gender(x)
    # the home's names, and those not placed yet that carry its given names ("Florentina" alone)
    given = home.firsts | home.singles
    others = home.candidates + [d for d in cands if d.words and d.words[0] in given and d is not c]
    if not home.compatible(g) or not _near(c, home, window) or _side_by_side(c, others):
        return None
    return home


BOTH_IN_USE = 40  # name uses each of two given names must have to be two people ("Sir Thomas" and "Tom")


def _given_name_uses(first: str, surname: str, cands: list[Candidate]) -> int:
    """How often the text names someone by the given name ``first``: alone, with a title ("Sir
    Thomas") or before ``surname``."""
    n = 0
    for c in cands:
        if c.words[0] != first:
            continue
        if (len(c.words) >= 2 and c.words[-1] == surname) or (len(c.words) == 1 and c.title not in SURNAME_TITLES):
            n += len(c.occurrences)
    return n


def _both_in_use(a: str, b: str, surname: str, cands: list[Candidate]) -> bool:
    """Two forms of one given name that are both much used with one surname are two people, a father
    and his namesake son ("Sir Thomas Bertram" and "Tom Bertram")."""
    ua, ub = _given_name_uses(a, surname, cands), _given_name_uses(b, surname, cands)
    return min(ua, ub) >= BOTH_IN_USE


def _edit1(a: str, b: str) -> bool:
    """One letter added, dropped or changed (not the first): "Browlow" and "Brownlow"."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


MISSPELT_RATIO = 3  # how much more often the right spelling of a titled surname must be used


def _misspelling_of(c: Candidate, placed: list[tuple[Candidate, Cluster]], full_lasts: set[str]) -> Cluster | None:
    """The cluster of the titled surname ``c`` is a one-letter misspelling of ("Mr. Browlow" beside
    "Mr. Brownlow"): the same title, a surname of five letters or more one letter away, the other
    used at least :data:`MISSPELT_RATIO` times as often, and ``c``'s surname never part of a full
    name (two surnames the text introduces are two names)."""
    x = c.words[0]
    if len(x) < 5 or x in full_lasts:
        return None
    hits = {id(cl): cl for d, cl in placed if d.title == c.title and len(d.words) == 1 and _edit1(x, d.words[0])
            and len(d.occurrences) >= MISSPELT_RATIO * len(c.occurrences)}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _coordinated_singles(cands: list[Candidate]) -> set[frozenset[str]]:
    """Pairs of bare one-word names the text coordinates ("Ahmed and Karim ran in front"): two people,
    so a rare run of both ("Ahmed Karim") is a list that lost its comma, not one person's full name."""
    at = {o.tok_start: c.words[0] for c in cands if len(c.words) == 1 and not c.title for o in c.occurrences}
    out: set[frozenset[str]] = set()
    for c in cands:
        if len(c.words) != 1 or c.title:
            continue
        for o in c.occurrences:
            for p in o.partners:
                x = at.get(p)
                if x and x != c.words[0]:
                    out.add(frozenset((c.words[0], x)))
    return out


def _genders_differ(a: str, b: str) -> bool:
    """Do two given names usually belong to different genders (Danny and Daniela)?"""
    from fabula.cast.firstnames import first_name_gender

    ga, gb = first_name_gender(a), first_name_gender(b)
    return bool(ga and gb and ga != gb)


def cluster(accepted: list[Candidate], rejected: list[Candidate] | None = None,
            tagged: list[str] | tuple[str, ...] = ()) -> list[Cluster]:
    """Group accepted name candidates into characters. ``rejected`` single-word candidates may
    still join as short forms of an accepted name (a lone "Mari" beside "Marianne"). ``tagged`` are
    the full names the work's own character tags give (AO3's "Characters:"), which may join a bare
    first name and a bare surname the text never writes together."""
    sg = _surname_genders(accepted)
    his = {(c.words[0], c.words[-1]) for c in accepted if len(c.words) >= 2 and TITLES.get(c.title) == "he"}
    order = sorted(accepted, key=lambda c: (-len(c.words), not c.title, -len(c.occurrences)))
    clusters: list[Cluster] = []

    def new(c: Candidate, reason: str) -> None:
        cl = Cluster()
        cl.add(c, reason)
        clusters.append(cl)

    full_lasts = {c.words[-1] for c in accepted if len(c.words) >= 2}
    pairs = _coordinated_singles(accepted)
    # "Corran L." in a register or a list: a surname and an initial, placed once the full names are;
    # only a first word some full name ends in is a surname ("Jack R." is a first name and an initial)
    initialled = [c for c in order if _surname_initial(c) and c.words[0] in full_lasts]
    order = [c for c in order if not (_surname_initial(c) and c.words[0] in full_lasts)]

    def names_then_initialled():
        yield from order
        for c in initialled:
            hits = [cl for cl in clusters if c.words[0] in cl.lasts and any(
                len(cc.words) >= 2 and cc.words[-1] == c.words[0] and cc.words[0].startswith(c.words[1])
                for cc in cl.candidates)]
            if len(hits) == 1:
                hits[0].add(c, "a surname and the initial of the one first name with it")
            else:
                yield c  # no one full name it begins: placed as any other name is
    for c in names_then_initialled():
        w = c.words
        g = TITLES.get(c.title) if c.title else None
        if len(w) == 2 and not c.title and frozenset(w) in pairs and len(c.occurrences) <= 2:
            continue  # "Ahmed Karim and Jamila's faces" beside "Ahmed and Karim ran": two people, commas lost
        if len(w) >= 2:
            hits = [cl for cl in clusters if _first_matches(w[0], cl) and w[-1] in cl.lasts and cl.compatible(g)
                    and not _title_conflict(c, cl) and not _wife_by_his_name(c, cl, his)]
            # "Master Charles Bates" beside "Charley Bates": a pet form of the first name, same surname
            pets = [cl for cl in clusters if w[-1] in cl.lasts and cl.compatible(g) and not _title_conflict(c, cl)
                    and any(len(cc.words) >= 2 and cc.words[-1] == w[-1] and _pet_form(w[0], cc.words[0])
                            and not _both_in_use(w[0], cc.words[0], w[-1], accepted) for cc in cl.candidates)]
            if hits:
                max(hits, key=lambda cl: cl.count).add(c, f"same first and last name as '{' '.join(w)}'")
            elif len(pets) == 1:
                pets[0].add(c, "a pet form of the first name, with the same surname")
            else:
                new(c, "full name")
            continue
        if c.title and c.title in SURNAME_TITLES:
            typo = _misspelling_of(c, [(d, cl) for cl in clusters for d in cl.candidates], full_lasts)
            if typo is not None:
                typo.add(c, "a one-letter misspelling of a titled surname used far more often")
                continue
        x = w[0]
        if c.title and len(x) == 1 and x.isupper():
            # "Miss L.": the one character of that title's sex whose surname begins so
            hits = [cl for cl in clusters if cl.compatible(g) and any(ln.startswith(x) for ln in cl.lasts)]
            if len(hits) == 1:
                hits[0].add(c, f"titled initial of the only surname in '{x}'")
            else:
                new(c, "titled initial")
            continue
        if c.title:
            if c.title in SURNAME_TITLES:
                # "Mr Percival" beside "Mr Percival Fitzwaring", "Mrs Reggie" beside "Mrs Reggie Chivers": the
                # one longer name with this title and this first word, when no name ends in the word
                longer = [cl for cl in clusters if cl.compatible(g) and any(
                    cc.title == c.title and len(cc.words) >= 2 and cc.words[0] == x for cc in cl.candidates)]
                if c.title in FIRST_NAME_TITLES and len(longer) == 1 and not any(x in cl.lasts for cl in clusters):
                    longer[0].add(c, "same title and first name as a longer name")
                    continue
                same_title = [cl for cl in clusters if x in cl.lasts and cl.titles and cl.compatible(g)
                              and not _title_conflict(c, cl)
                              and any(cc.title and len(cc.words) == 1 for cc in cl.candidates)]
                if same_title:
                    max(same_title, key=lambda cl: cl.count).add(c, "same titled surname")
                    continue
                fulls = [cl for cl in clusters if x in cl.lasts and cl.compatible(g) and not _title_conflict(c, cl)
                         and not _first_name_clash(cl, g)]
                if any(x in cl.lasts and cl.compatible(g) and _title_conflict(c, cl) for cl in clusters):
                    new(c, "titled name")  # the one it would be is another person: not the next one left
                    continue
                ambiguous = _ambiguous(sg.get(x), c.title)
                firsts = [cl for cl in clusters if x in cl.firsts and cl.compatible(g)]
                # a family ("Mrs. Quill" too) or several full names of the surname ("Oswin Quill", "Vesper Quill")
                sexed = [cl for cl in fulls if _full_name_sex(cl) == g] \
                    if (ambiguous or len(fulls) > 1) and g in _SEXED else []
                if len(fulls) == 1 and not ambiguous and not _eclipses(c.title, len(c.occurrences), fulls[0]):
                    fulls[0].add(c, f"titled surname of the only '{x}'")
                elif len(sexed) == 1 and not _eclipses(c.title, len(c.occurrences), sexed[0]):
                    # "Mr. Quill" in a family of Quills, one man among them named in full by a man's name
                    sexed[0].add(c, f"titled surname of the only man or woman '{x}' named in full")
                elif not fulls and len(firsts) == 1 and (title_class(c.title) == "she:unmarried"
                                                         or c.title == "master"):
                    firsts[0].add(c, "Miss/Master with a first name")  # "Miss Julia" is Julia Bertram
                elif (wife := _wife_of_one_name(c, clusters, accepted)) is not None:
                    wife.add(c, "the married title of the one 'Mrs. <his name>' that introduced her")
                else:
                    new(c, "titled name")
            else:
                hits = [cl for cl in clusters if x in cl.firsts and cl.compatible(g)]
                short = [cl for cl in clusters if cl.compatible(g) and any(_short_form_of(x, f) for f in cl.firsts)]
                # "Lady Fairweather" beside "Lady Honoria Fairweather", "Sister Achebe" beside "Sister
                # Rosalind Achebe": the one full name with this title and this surname
                same_title = [cl for cl in clusters if x in cl.lasts and cl.compatible(g)
                              and any(cc.title == c.title and len(cc.words) >= 2 and cc.words[-1] == x
                                      for cc in cl.candidates)]
                # "Aunt Prudence" after "Aunt Pru": the full form of the one short name with this title
                longer = [cl for cl in clusters if cl.compatible(g) and any(
                    cc.title == c.title and len(cc.words) == 1 and _short_form_of(cc.words[0], x)
                    for cc in cl.candidates)]
                # "Sister Hartigan", "Nurse Oduya" on a ward: the title of the one person the story names
                # in full with that surname, when no one has it as a first name
                surname_of = [cl for cl in clusters if x in cl.lasts and cl.compatible(g)
                              and any(len(cc.words) >= 2 and cc.words[-1] == x for cc in cl.candidates)]
                if len(hits) == 1:
                    hits[0].add(c, "titled first name")
                elif not hits and c.title in WARD_TITLES and len(surname_of) == 1 \
                        and sum(x in cl.lasts for cl in clusters) == 1 and not _first_name_clash(surname_of[0], g):
                    surname_of[0].add(c, f"a ward title with the surname of the only '{x}'")
                elif not hits and len(short) == 1 and _near(c, short[0]):
                    short[0].add(c, "titled short form of a name used nearby")  # "Uncle Teo" is Teodor Vance
                elif not hits and len(same_title) == 1:
                    same_title[0].add(c, "same title and surname as a full name")
                elif not hits and len(longer) == 1 and _near(c, longer[0]):
                    longer[0].add(c, "titled full form of a short name used nearby")
                else:
                    new(c, "titled name")
            continue
        if x.lower() in TITLES:  # "the Colonel": the one character titled so, else its own person
            titled = sorted((cl for cl in clusters if x.lower() in cl.titles), key=lambda cl: -cl.count)
            if len(titled) == 1:
                titled[0].add(c, f"'the {x}' is the only one titled so")
            elif titled and titled[0].count >= TITLE_DOMINANCE * titled[1].count:
                titled[0].add(c, f"'the {x}' is the one titled so that the story is about")
            else:
                new(c, "a title used as a name")
            continue
        hits = [cl for cl in clusters if x in cl.firsts]
        hits = [cl for cl in hits if not _first_only_as_wife(x, cl, his)] or hits
        if hits:
            max(hits, key=lambda cl: (_first_name_evidence(x, cl), cl.count)).add(c, "first name")
            continue
        hits = [cl for cl in clusters if x in cl.lasts and not _office_of(x, cl)]
        if hits:
            male = [cl for cl in hits if cl.gender_hint == "he"]
            max(male or hits, key=lambda cl: cl.count).add(c, "surname")
            continue
        short = [cl for cl in clusters if any(_short_form_of(x, f) for f in cl.firsts | cl.singles)]
        if len(short) == 1 and _near(c, short[0]):
            short[0].add(c, "short form of a name used nearby")
            continue
        # the other way round: "Tobias" after "Toby", when the text uses the short form more often
        full = [cl for cl in clusters if any(_short_form_of(f, x) for f in cl.singles)]
        if len(full) == 1 and _near(c, full[0]):
            full[0].add(c, "full form of a short name used nearby")
            continue
        if not short and not full and (home := _pet_home(c, clusters, accepted)) is not None:
            home.add(c, "a pet form or clipped piece of one name used nearby (or its full form)")
            continue
        new(c, "name")
    for c in rejected or []:
        if len(c.words) != 1 or c.title:
            continue
        roles = {o.role for o in c.occurrences}
        if roles <= {"idiom", "place"}:
            continue
        owners = [cl for cl in clusters if c.words[0] in cl.firsts]
        if len(owners) == 1:
            owners[0].add(c, "first name of a full name")  # one "Kwame saw her" beside "Kwame Asante"
            continue
        # one "Kowalczyk knelt" beside "Orla Kowalczyk": a rare surname joins the one titled or
        # first-named person whose full name ends in it — not a place the parser paired with a
        # word ("Himalayan India"), nor a people ("Lucy Italian")
        surname_of = [cl for cl in clusters if c.words[0] in cl.lasts and _a_person(cl)]
        if len(surname_of) == 1 and not owners and "place" not in roles \
                and c.words[0].lower() not in DEMONYMS:
            surname_of[0].add(c, "surname of a full name")
            continue
        short = [cl for cl in clusters if any(_short_form_of(c.words[0], f) for f in cl.firsts | cl.singles)]
        if len(short) == 1 and _near(c, short[0], window=NEAR // 2):
            short[0].add(c, "short form of a name used nearby")
            continue
        if not short and not _english_word(c.words[0]) \
                and (home := _pet_home(c, clusters, accepted, window=NEAR // 2)) is not None:
            home.add(c, "a pet form or clipped piece of one name used nearby")
    clusters = _join_kin_titled_short_forms(clusters)
    return _join_tagged_full_names(_join_initialled_to_first_name(_join_pet_forms_of_one_name(clusters)), tagged,
                                   rejected or [])


def _join_kin_titled_short_forms(clusters: list[Cluster]) -> list[Cluster]:
    """"Auntie Tess" and "Uncle Cal" use a short or pet form of a given name the text writes in full
    ("Tessa", "Callum"), often far from where the full name is first used, so that when the titled
    form was placed the name's bare uses were not there yet to be near it. With every name placed: a
    person known only by a family title and one given name ("Uncle Cal", with any bare "Cal") joins
    the one other person whose given name it is a short or pet form of, used nearby."""
    out = list(clusters)
    for cl in clusters:
        if not cl.titles or not cl.titles <= KIN_TITLES or cl.lasts:
            continue
        words = {c.words[0] for c in cl.candidates}
        if len(words) != 1 or any(len(c.words) != 1 for c in cl.candidates):
            continue
        x = words.pop()
        g = TITLES.get(next(iter(cl.titles)))
        homes = [o for o in out if o is not cl and o.compatible(g) and not o.titles & KIN_TITLES
                 and any(_pet_form(x, f) for f in o.firsts | o.singles)]
        if len(homes) != 1 or not any(_near(c, homes[0]) for c in cl.candidates):
            continue
        for c in cl.candidates:
            homes[0].add(c, "a kin title with a short or pet form of a name used nearby")
        out.remove(cl)
    return out


def tag_full_names(tags: list[str]) -> list[tuple[str, str]]:
    """(first, last) of each character tag that is a plain full name: "Ruth Okonjo", "Tamsin Orr (Harbour Lights)"
    (the fandom in brackets dropped); generic tags ("Original Female Character(s)", "Reader") and one-word
    tags give nothing."""
    out = []
    for t in tags:
        words = re.sub(r"\s*\([^)]*\)\s*$", "", t).split()
        if len(words) < 2 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
            continue
        if any(w.lower() in ("original", "character", "characters", "reader", "you", "other", "others") for w in words):
            continue
        out.append((words[0], words[-1]))
    return out


def _join_tagged_full_names(clusters: list[Cluster], tagged: list[str] | tuple[str, ...],
                            rejected: list[Candidate] | None = None) -> list[Cluster]:
    """A work tagged "Ruth Okonjo" whose text calls her "Ruth" in talk and "Okonjo" in the narration:
    the tag is the writer's own statement that the two are one person. Joined only when exactly one
    character has that bare first name and exactly one other has that bare, untitled surname, no other
    tag shares the surname (a family: "Tamsin Orr", "Wyn Orr"), and neither already carries a
    different surname or first name. A first name too rare to stand as a character alone (only ever
    called out: "Ruth!") joins the one bare surname the tag gives it. The join's reason points at the
    joined name's first mention."""
    pairs = tag_full_names(list(tagged))
    lasts = Counter(last for _f, last in pairs)
    out = list(clusters)
    for first, last in pairs:
        a = [cl for cl in out if first in cl.firsts | cl.singles]
        b = [cl for cl in out if last in cl.lasts | cl.singles]
        if lasts[last] > 1 or len(b) != 1 or len(a) > 1:
            continue
        cb = b[0]
        if cb.titles or cb.firsts - {first} or cb.singles - {last}:
            continue  # the surname must stand bare: no title, no other first name
        reason = f"the work's character tags name '{first} {last}'"
        if not a:
            lone = [c for c in rejected or [] if c.words == (first,) and not c.title]
            if len(lone) == 1:
                cb.add(lone[0], reason)
            continue
        ca = a[0]
        if ca is cb or ca.lasts - {last} or not ca.compatible(cb.gender_hint):
            continue
        for c in cb.candidates:
            ca.add(c, reason)
        out = [o for o in out if o is not cb]
    return out


def _first_initial(c: Candidate) -> bool:
    """A two-word name whose first word is one capital, the initial of a first name ("O. Lowe")."""
    w = c.words
    return len(w) == 2 and len(w[0].rstrip(".")) == 1 and w[0][:1].isupper() and len(w[1]) > 1


def _join_initialled_to_first_name(clusters: list[Cluster]) -> list[Cluster]:
    """"O. Lowe" on a team sheet (and "Mr. Lowe") and "Osric" in the talk: an initial and a surname the
    text never writes out in full stand for the one person whose bare first name begins with that initial,
    when no other person's first name (bare or in a full name) begins so and no other person has
    that surname. A bare first name is one never seen with a surname: a first name the text does
    give a surname to is someone else's full name."""
    out = list(clusters)
    for cl in clusters:
        inits = [c for c in cl.candidates if _first_initial(c)]
        if not inits:
            continue
        initials = {c.words[0].rstrip(".") for c in inits}
        surnames = {c.words[-1] for c in inits}
        if any(c not in inits and not (c.title and c.words == (inits[0].words[-1],)) for c in cl.candidates):
            continue  # only the initialled name and the titled surname ("Mr. Lowe") may be there
        if len(initials) != 1 or len(surnames) != 1:
            continue
        x, last = next(iter(initials)), next(iter(surnames))
        if any(o is not cl and (last in o.lasts or last in o.singles) for o in out):
            continue
        begins = [o for o in out if o is not cl and any(f[:1] == x and len(f) > 1 for f in o.firsts | o.singles)]
        bare = [o for o in begins if not o.lasts and not o.titles]
        if len(begins) != 1 or len(bare) != 1:
            continue
        g = cl.gender_hint
        if not bare[0].compatible(g):
            continue
        for c in cl.candidates:
            bare[0].add(c, f"an initial and a surname: '{x}.' begins the one first name '{next(iter(bare[0].singles))}'")
        out = [o for o in out if o is not cl]
    return out


def _spelling_skeleton(name: str) -> str:
    """A name's sound-alike spelling ("Zach", "Zack" -> "zak"; "Katy", "Katie" -> "kati"), so that
    two spellings of one pet form meet while two different forms of one full name do not."""
    s = name.lower()
    for a, b in (("ck", "k"), ("ch", "k"), ("ph", "f"), ("y", "i"), ("c", "k")):
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s[:-1] if len(s) > 3 and s.endswith("e") else s


def _join_pet_forms_of_one_name(clusters: list[Cluster]) -> list[Cluster]:
    """Bare given names that are pet forms of one and the same full name (:data:`PET_FORMS`), with
    the full name itself when the text uses it alone ("Zach", "Zack" and "Zachary"), are one
    person: each stayed apart because :func:`_pet_home` wants one form per full name. Only when no
    two names of the text are full names a form could stand for (a "Fred" beside both "Alfred" and
    "Frederick" is neither), the first-name genders agree and no two of them stand side by side
    ("Zack and Zach")."""
    bare = [cl for cl in clusters if cl.candidates and all(len(c.words) == 1 and not c.title for c in cl.candidates)]
    if len(bare) < 2:
        return clusters
    names = {w.lower() for cl in clusters for w in cl.firsts | cl.singles}
    groups: dict[str, list[Cluster]] = {}
    for cl in bare:
        own = {w.lower() for w in cl.singles}
        pets_of = {f for w in own for f in _PET_OF.get(w, ())}
        if len(own) != 1 or len(pets_of & names) > 1:
            continue  # "Fred" beside "Alfred" and "Frederick": either
        used = pets_of & names
        # through a full name the text itself uses; else only spelling variants of one form
        # ("Zach"/"Zack"): "Alex" and "Sasha", "Izzy" and "Bella" may be two people
        keys = used or {f"{f}|{_spelling_skeleton(next(iter(own)))}" for f in pets_of}
        for f in keys | (own & set(PET_FORMS)):
            groups.setdefault(f, []).append(cl)
    gone: set[int] = set()
    placed: set[int] = set()
    for f, members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        members = [cl for cl in members if id(cl) not in placed]
        if len(members) < 2 or sum(f in {w.lower() for w in cl.singles} for cl in members) > 1:
            continue
        genders = {first_name_gender(w) for cl in members for w in cl.singles} - {None}
        if len(genders) > 1 or any(not cl.compatible(next(iter(genders), None)) for cl in members):
            continue
        cands = [c for cl in members for c in cl.candidates]
        if any(_side_by_side(c, [d for d in cands if d not in cl.candidates]) for cl in members for c in cl.candidates):
            continue
        home = max(members, key=lambda cl: cl.count)
        for cl in members:
            placed.add(id(cl))
            if cl is not home:
                for c in cl.candidates:
                    home.add(c, f"a pet form of the name {f.split('|')[0].title()}, as another name of one person is")
                gone.add(id(cl))
    return [cl for cl in clusters if id(cl) not in gone]


def _surname_initial(c: Candidate) -> bool:
    """An untitled two-word name whose second word is one capital, the surname first ("Corran L.")."""
    w = c.words
    return not c.title and len(w) == 2 and len(w[1].rstrip(".")) == 1 and w[1][:1].isupper() and len(w[0]) > 1


def _office_of(x: str, cl: Cluster) -> bool:
    """``x`` is a capitalised role noun ("Magistrate", "Surgeon") that ends the cluster's names only
    as an office ("City Magistrate", no title, no first name before it), not as a surname: "the
    Magistrate" of another court is not the City Magistrate (but "Butler" is John Butler)."""
    from fabula.cast.firstnames import first_name_gender
    from fabula.cast.nominals import NOUN_GENDER, person_nouns

    low = x.lower()
    if low not in NOUN_GENDER and person_nouns().get(low, 0.0) < 0.8:
        return False
    ends = [c for c in cl.candidates if len(c.words) >= 2 and c.words[-1] == x]
    return bool(ends) and not any(c.title or first_name_gender(" ".join(c.words)) for c in ends)


def _a_person(cl: Cluster) -> bool:
    """A cluster the text itself marks as a person: titled ("Dr.", "Mrs."), or led by a word the
    first-name lexicon knows."""
    from fabula.cast.firstnames import first_name_gender

    return bool(cl.titles) or any(len(c.words) >= 2 and first_name_gender(" ".join(c.words))
                                  for c in cl.candidates)


def titled_surname_merges(clusters: list[Cluster], ids: list[str], genders: dict[str, str]) -> list[tuple[str, str]]:
    """(source id, target id) pairs: a character known only as "Miss X" is the one woman whose
    full name ends in X ("Miss Grey" and "Ada Grey"), when the pronouns make exactly one such
    woman and she is never called "Mrs."; likewise one known only as "Mr. X" is the one man whose
    full name ends in X ("Mr. Crawford" and "Henry Crawford"). Runs after gender inference, which
    the titled-surname rule in :func:`cluster` cannot use."""
    out = []
    for cl, cid in zip(clusters, ids, strict=False):
        if not cl.candidates:
            continue
        titled = [c for c in cl.candidates if c.title]
        if not titled or any(len(c.words) != 1 for c in cl.candidates):
            continue
        if all(title_class(c.title) == "she:unmarried" for c in cl.candidates):
            want, barred = "she", "she:married"
        elif all(c.title in ("mr", "mister") for c in titled) and all(c.words == titled[0].words
                                                                      for c in cl.candidates):
            want, barred = "he", None  # "Mr. Crawford", and a bare "Crawford" joined to it
        else:
            continue
        x = next(c.words[-1] for c in cl.candidates if c.title)
        full = [(ocl, oid) for ocl, oid in zip(clusters, ids, strict=False) if oid != cid
                and any(len(c.words) >= 2 and c.words[-1] == x for c in ocl.candidates)]
        same = [oid for ocl, oid in full if genders.get(oid) == want
                and not (barred and any(title_class(c.title) == barred for c in ocl.candidates))
                and not (want == "he" and any(c.title in NOT_MISTER and c.words[-1:] == (x,)
                                              for c in ocl.candidates))]  # "Mr. Allard" is not Sir John
        others = [oid for ocl, oid in full if oid not in same and genders.get(oid) != ("he" if want == "she" else "she")]
        if want == "he" and len(same) > 1:
            same = _eldest_son(x, [(ocl, oid) for ocl, oid in full if oid in same])
            if len(same) == 1:  # the younger brothers and a titled father ("Sir Roland") are placed
                # and a namesake titled as a woman ("Mrs. Lyle, a Quennell daughter, as was") is none
                others = [oid for ocl, oid in full if oid in others and genders.get(oid) != "he"
                          and not any((title_class(c.title) or "").startswith("she") for c in ocl.candidates)]
        if want == "she":
            same = _eldest_daughter(x, [(ocl, oid) for ocl, oid in full if oid in same])
            tcl = next((ocl for ocl, oid in full if len(same) == 1 and oid == same[0]), None)
            if tcl is not None and _miss_first_uses(tcl, x) == 0:
                # a namesake of unknown sex named far less often does not block her, unless she is
                # herself a "Miss <first name>" (then that namesake may be the eldest sister)
                others = [oid for ocl, oid in full if oid in others and tcl.count < ELDEST_DOMINANCE * ocl.count]
        target = next(ocl for ocl, oid in full if same and oid == same[0]) if len(same) == 1 else None
        if target is not None and not others and not _eclipses(titled[0].title, cl.count, target):
            out.append((cid, same[0]))
    return out

"""Finding who a report quotes, with the patterns of :mod:`~marsad.extract.sources`: "police said", "according to
the Syrian Observatory for Human Rights", and short names ("the monitor", "WHO") resolved to the full names a
report gives elsewhere."""

from __future__ import annotations

import re
from collections.abc import Iterator

from marsad.extract.placenames import MONTH_OR_DAY
from marsad.extract.places import gazetteer, normalize
from marsad.extract.sources import ATTRIBUTION, CLAUSE, NOT_SOURCES, REPORTING_VERB, ROLE_SAID

_FROM_GAP = re.compile(r"^\s+(?:from|of|at|with)\s+(?:the\s+)?$")


_ANONYMOUS = re.compile(
    r"\s+who (?:pleaded|asked|spoke|requested|declined|craved?|begged|preferred|wished|refused|did not (?:want|wish))\b"
    r"[\w ]*$",
    re.IGNORECASE,
)
_TITLED_NAME = re.compile(
    # "Tunisian Prime Minister Habib Essid" is Habib Essid, "French President Francois Hollande" Francois Hollande
    # ("Ukraine's Donetsk Oblast Governor Pavlo Kyrylenko" is Pavlo Kyrylenko)
    r"^(?:(?:[A-Z][a-z]+(?:an|ian|ese|i|ish)|French|Dutch|Greek|Swiss|Czech|Thai)\s+)?"
    r"(?:[A-Z][a-z]+['’]s (?:[A-Z][a-z]+ ){1,2}(?=(?:Governor|Mayor|Minister|President)\b))?"
    # "Buffalo Police Commissioner Joseph Gramaglia" is Joseph Gramaglia
    # "The Kaduna State Police Command Spokesman Muhammad Jalige" is Muhammad Jalige
    r"(?:(?:[A-Z][a-z]+ ){0,2}(?:City |County |State )?Police (?:Command )?(?=(?:Commissioner|Chief|Spokes\w+)\b))?"
    r"(?:(?:Prime|Deputy|Vice|Foreign|Interior|Defen[cs]e|Information|Communications?|Home|Army)\s+)?"
    r"(?:Maj(?:\.? |-)Gen\.?|Brig\.? Gen\.?|Lt\.? Col\.?|Lt\.? Gen\.?|Col\.|Gen\.|Capt\.|"  # "Maj Gen Arnel Dela Vega"
    r"Major[ -]General|Governor|President|Mayor|Senator|Minister|Commissioner|Chief|General|Colonel|Major|Captain"
    r"|Air Commodore"
    r"|Commodore|Brigadier(?: General)?|Lieutenant(?: Colonel)?|Alhaji|Alhaja|Hajiya|Mallam"
    r"|Legislator|Lawmaker|Farmer|Trader|Pastor|Imam|Reverend|Photographer|Journalist|Reporter"
    r"|(?<=Police )Spokes(?:man|woman|person)|(?<=Police Command )Spokes(?:man|woman|person)"
    # "Farmer Mustapha Aji said", "The mayor of Bucha Anatolii Fedoruk reported"
    r"|(?:[Tt]he )?[Mm]ayor of [A-Z][\w'’-]+)\s+"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+?)"  # "Governor William Villamizar of Norte de Santander"
    r"(?: of (?:the )?[A-Z][\w'’-]+(?: (?:de|del|da|du|des) [A-Z][\w'’-]+)?(?: (?:State|Province|Region|County))?)?$"
)


def _initials(name: str) -> str:
    """ "World Health Organization" -> "WHO"; "" for a name of one word or of lower-case words."""
    capitals = [w if w.isupper() and len(w) <= 3 else w[0] for w in name.split() if w[:1].isupper()]
    return "".join(capitals) if len(capitals) >= 2 else ""  # "UN Assistance Mission in Afghanistan" -> "UNAMA"


def _spelled_out(acronym: str, text: str) -> str | None:
    """ "the Syrian Observatory for Human Rights (SOHR)", "The Southern Kaduna Peoples Union, SOKAPU,": the name an
    acronym stands for, where the text spells it out before it, in brackets or between commas."""
    for found in re.finditer(
        rf"((?:[A-Z][\w'’-]*,? (?:(?:for|of|on|the|and|in|&) )*){{2,8}})(?:\({re.escape(acronym)}\)"
        rf"|(?<=, ){re.escape(acronym)}(?=,))",
        text,
        re.IGNORECASE if not acronym.isupper() else 0,
    ):
        words = found.group(1).strip().rstrip(",").split()
        while words and words[-1].islower():
            words.pop()  # "The Southern Kaduna Peoples Union on (SOKAPU)": the name, not the word after it
        for start in range(len(words)):  # "The so-called Islamic State (IS)": the shortest tail that fits
            name = " ".join(words[start:])
            if words[start][:1].isupper() and _abbreviates(acronym.upper(), name):
                return name
    return None


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is made of the first letters of each capitalised word of ``name`` in turn: "SOKAPU" of
    "Southern Kaduna Peoples Union" (SO-KA-P-U), as well as "SKPU"; its plain initials too ("SOHR", "UNAMA")."""
    words = [w.upper() for w in name.split() if w[:1].isupper()]

    def fits(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(acronym)
        return any(acronym[i : i + k] == words[j][:k] and fits(i + k, j + 1) for k in range(1, len(words[j]) + 1))

    return len(words) >= 2 and fits(0, 0)


_REPORT_BY = re.compile(
    r"\b(?:report|study|survey) (?:published |released |issued )?(?:by|from) (?:the )?(?P<by>[A-Z][\w'’-]*"
    r"(?: (?:(?:for|of|on|in|and) )?[A-Z][\w'’-]*)*)(?: \((?P<acronym>[A-Z]{2,8})\))?"
    r"|\b(?P<own>[A-Z][\w-]*)['’]s (?:[\w-]+ )?(?:report|study|survey)\b"
    # "Put together by the Institute for Economics and Peace (IEP), the report said"
    r"|\b(?:[Pp]ut together|[Cc]ompiled|[Pp]roduced|[Pp]ublished) by (?:the )?(?P<maker>[A-Z][\w'’-]*"
    r"(?: (?:(?:for|of|on|in|and|&) )?[A-Z][\w'’-]*)*)(?: \([A-Z]{2,8}\))?, the (?:report|study|survey|index)\b"
)


def _report_author(text: str) -> str | None:
    """Who wrote the report a text tells of ("a mid-year report by UNAMA", "UNAMA's report"), named in full
    where the text spells its acronym out."""
    found = _REPORT_BY.search(text)
    if found is None:
        return None
    name = found.group("by") or found.group("own") or found.group("maker")
    if name.isupper():  # "UNAMA": the full name where the text spells it out
        return _spelled_out(name, text) or name
    return name


# the role of a person who speaks (not "Sinai Province, the Islamic State's branch in the peninsula, said")
_PERSON_ROLE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|official|resident|witness|leader|chairman|secretary|officer)\b"
)
# "The Middle Belt Farmers Union, MIBFU, said": the acronym between commas, read past
_ACRONYM_BETWEEN = re.compile(r"(?<=[a-z]), (?-i:[A-Z]{2,8}),(?= (?:said|says|told|stated|has said|in a statement)\b)")


def find_attributions(text: str, outlet: str | None = None) -> list[tuple[str, int, int]]:
    """Who the report quotes, ``(name, start, end)`` in order: "police", "Amnesty International"; not the
    ``outlet`` that publishes it recalling its own story ("DAILY POST reported the ... attacks")."""
    own = re.sub(r"\W+", " ", outlet or "").strip().lower()
    text = _ACRONYM_BETWEEN.sub(lambda m: " " * len(m.group(0)), text)  # (the same length: spans hold)
    return [
        f
        for f in _attributions(text)
        if not (own and re.sub(r"\W+", " ", f[0]).strip().lower() == own and _RECALLED.match(text, f[2]))
    ]


_PLACE_LINE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w'’-]+,?(?: [\w'’-]+){0,3}[ \t]*\n$")  # "Bucha, Kyiv region"
_LINE_IS_SENTENCE = re.compile(r"[^\n]{20,}[.!?][\"”’]?[ \t]*(?:\n|$)")  # a line of its own that ends a sentence


def _opens_own_line(text: str, line: int) -> bool:
    """Whether the line at ``line`` is a sentence of its own that a source opens, after a place's line ("Bucha, Kyiv
    region") or as a common noun ("The rights group said"), not a subheading run on from a headline."""
    if not _LINE_IS_SENTENCE.match(text, line):
        return False
    before = max(0, text.rfind("\n", 0, max(0, line - 1)))  # the line before it, with the break that opens it
    return bool(
        _PLACE_LINE.search(text, before, line)
        or re.match(r"(?:The|A|An) [a-z]", text[line : line + 6])
        or re.match(r"[A-Z][\w-]+['’]s [A-Z]", text[line : line + 40])  # "Sudan's Foreign Ministry claimed"
    )


_NAMED_WHO = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}),? who\s+$")
_SAID_ON = re.compile(r"\s+(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)$")
_RECALLED = re.compile(r"\s+(?:had |has |earlier |previously )?reported\s+(?:the|on|that|an?)\b")  # not ", X reported."


_POLICY_AFTER = re.compile(r"\s+(?:plans|it (?:will|would)|that it (?:will|would)|preparations|a ceasefire)\b")


def _attributions(text: str) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    named: list[str] = []
    for pattern in ATTRIBUTION:
        for match in _clause_matches(pattern, text) if pattern is ROLE_SAID else pattern.finditer(text):
            raw = match.group("who")
            # "... 80 schoolboys\n\nThe state government": a headline's end, then the story's first source (a headline
            # or subheading run into the next line is none: "... Pakistan\nDoctors say 40 people injured")
            cut = raw.rfind("\n\n") + 2 if "\n\n" in raw else 0
            if not cut and "\n" in raw and _opens_own_line(text, match.start("who") + raw.rfind("\n") + 1):
                cut = raw.rfind("\n") + 1  # "Bucha, Kyiv region\nLocal officials said", "... Bucha\nThe rights group"
            who_start = match.start("who") + cut
            while re.search(r"\b[A-Z]\.$", text[max(0, who_start - 2) : who_start]):
                who_start -= 2  # "The U.N on Friday says": the U.N, not its last letter
            if who_start < match.start("who") + cut:
                raw, cut = text[who_start : match.end("who")], 0
            who = re.sub(
                r"^(?:(?i:and|but|as|now|while|then|yesterday|today|later|meanwhile|even as|though|although|also)\s+)+"
                r"|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+and\s+"  # "hijacked on Tuesday and the military said"
                r"|^(?:a|the) statement (?:from|by)\s+"
                r"|^(?-i:[a-z])\w* but (?=(?:a|an|the)\s)"  # "incident but an officer in the area ..."
                # "an explosion in a house ..., an incident police said was related": the police
                r"|^(?:an?|the) (?:incident|attack|explosion|blast|act) (?=(?:police|officials|authorities)\b)"
                r"|\s+(?:also|further|has|have|had)$",  # "A high-ranking officer in the army also revealed"
                "",
                raw[cut:].strip(),
            )
            who = re.sub(r"^(?:the\s+)?[A-Z][\w-]*-based\s+(?=[A-Z])", "", who)  # "the London-based Syrian Observatory"
            # "the state-run Ethiopian Human Rights Commission", "the state-appointed human rights commission"
            who = re.sub(r"^(?:[Tt]he\s+)?(?:[Ss]tate|[Gg]overnment)-(?:run|appointed|owned|backed)\s+", "", who)
            who = re.sub(r"^s\s+(?=[A-Za-z])", "", who)  # "Tunisia’s Interior Ministry": not the possessive's "s"
            who = re.sub(
                r"^(?:NGO|charity|rights group|watchdog|monitor)\s+(?=[A-Z])", "", who
            )  # "NGO Human Rights Watch"
            who = _ANONYMOUS.sub("", who)  # "A government source who pleaded anonymity" is the government source
            who = re.sub(
                r"\s+who (?:confirmed|spoke|witnessed|saw|described|is|was)\b.*$", "", who
            )  # "A military source who confirmed"
            who = _SAID_ON.sub("", who)  # "Mr. Abdulmaliki Sumonu on Tuesday said", "Reports on Wednesday said"
            who = re.sub(r"\s+which (?:controls?|holds?|runs?|rules?)\b.*$", "", who)  # "group which controls ..."
            who = _TITLED_NAME.sub(r"\1", who)  # "Governor Babagana Zulum of Borno State" is Babagana Zulum
            who = _OFFICE_THEN_NAME.sub(r"\1", who)
            if who in NOT_SOURCES or who.split()[0] in ("He", "She", "They", "It", "I", "We", "BEIRUT") or "\n" in who:
                continue  # a headline run into the first line is not a source
            if _desk(who, text, who_start):
                continue  # "KARACHI: Militants launched ...": a desk's dateline, not a source
            if re.search(r"\bby\s+$", text[max(0, who_start - 5) : who_start]) and who.endswith(" and"):
                continue  # "taken hostage by a rebel group in Balochistan and confirmed": the doer, not who spoke
            if _POLICY_AFTER.match(text, match.end()):
                continue  # "Malawi has announced plans to withdraw": a decision, not information about the acts
            if pattern is not ROLE_SAID and (
                _WENT_TO.search(text, max(0, who_start - 80), who_start)
                or re.search(r"\b(?:state|province|region) of\s+$", text[max(0, who_start - 12) : who_start])
            ):
                continue  # "who fled Ardamata ... to Chad on Thursday told", "in the ... state of Jalisco said": places
            if text.endswith("what ", 0, match.start("who")) or MONTH_OR_DAY.fullmatch(who):
                continue  # "in what villagers believed", "... fled in February told": not sources
            start = who_start
            if (person := _NAMED_WHO.search(text, max(0, start - 60), start)) and re.match(r"(?:is|was)\s", who):
                who, start = person[1], person.start(1)  # "Mohammed Lamin who is the state commissioner ... said"
            elif role := _ROLE_OF.search(text, max(0, start - 40), start):  # "The archbishop of Colombo said"
                who, start = text[role.start(1) : match.end("who")], role.start(1)
            elif office := _OFFICE_OF_TOWN_IN.search(text, max(0, start - 80), start):
                who, start = (
                    office[1],
                    office.start(1),
                )  # "the bishop of Dori in northern Burkina Faso told": the bishop
            elif member := _MEMBER_OF.search(text, max(0, start - 20), start):
                who, start = member[0] + who, member.start()  # "a member of the church who did not want to be named"
            if " " not in who and (given := _GIVEN_NAME_BEFORE.search(text, max(0, start - 30), start)):
                who, start = given[1] + who, given.start(1)
            found.append((who, start, match.end("who")))
            if len(who.split()) >= 3:
                named.append(who)
    for match in _SEEN_BY.finditer(text):  # "The UN report seen by Reuters on Friday said": the report, not Reuters
        found = _speaker_instead(found, match, "by")
    for match in _APPOSITIVE_SAID.finditer(text):  # "Idris Dahiru, a resident of Tudun Biri in Igabi ... said"
        misread, who = ("role", "who") if match.group("who") else ("unit", "officer")
        if any(match.start(misread) <= f[1] < match.end(misread) for f in found):  # not the place in the apposition
            found = _speaker_instead(found, match, misread, who)
        elif (
            match.group("who")
            and _PERSON_ROLE.search(match.group("role"))
            and not any(match.start() <= f[1] < match.end() for f in found)
        ):
            found.append((match.group("who"), match.start("who"), match.end("who")))  # "..., a spokesman of the union,"
    for match in _ROLE_THEN_NAME_SAID.finditer(text):  # "The head of the Spanish region of Catalonia, Carles ..., said"
        found = _speaker_instead(found, match, "role")
    named_spans = [(s, e) for w, s, e in found if len(w.split()) >= 2 and w[0].isupper()]
    found = [  # "activists from the Euphrates Rights Monitor": the organisation is the source
        f for f in found if not any(0 < s - f[2] <= 25 and _FROM_GAP.match(text[f[2] : s]) for s, _ in named_spans)
    ]
    # "according to Belgian officials": the whole name, not the word a shorter pattern stopped at
    found = [f for f in found if not any(g[1] == f[1] and _FULLER.fullmatch(g[0], len(f[0])) for g in found)]
    resolved = []
    for who, start, end in sorted(found, key=lambda f: f[1]):
        short = re.sub(r"^(?:the|The)\s+", "", who)
        surname = re.fullmatch(r"(?:(?:Mr|Mrs|Ms|Dr)\.? )?([A-Z][a-z][\w'’-]+)", short)
        last = surname[1] if surname and surname[1].lower() not in _NOT_SURNAMES else None
        people = [w for w, s, _ in found if s < start and len(w.split()) >= 2 and _surname(w) == last]
        if surname and (people or short != surname[1]):  # "Mr Lawal said", "Sumonu told": the Dauda Lawal named before
            who = people[-1] if people else who
        elif last and (given := _given_name(text, last, start)):
            who = given  # "Sobejana said" after "Major General Cirilito Sobejana. commander of ...", named as no source
        elif short.lower() in _ROLES and any(_PERSON_END.search(n) for n in named if short.lower() in n.lower()):
            pass  # "police said" is the police, not "District Police Officer Shehbaz Elahi" named later
        elif short.lower() in ("report", "study", "survey") and (author := _report_author(text)):
            who = author  # "The report says" of "a mid-year report by UNAMA": the body that wrote it
        elif (
            short.lower() in ("monitor", "observatory", "network", "group", "charity", "report")
            or len(short.split()) == 1
        ):
            who = _full_name(short, who, start, named, found, text) or who
        elif _SHORT_NAME.search(short) and not (_ONE_OF.match(short) or _NAMED_BODY.match(short)):  # "the NGO"
            head = short.split()[-1].lower()
            earlier = [n for n in named if text.find(n) < start]
            bodies = [n for n in earlier if not _PERSON_END.search(n)]  # (not "Deputy Executive Ted Chaiban")
            who = next((n for n in reversed(earlier) if head in n.lower()), None) or (
                (bodies or earlier)[-1] if earlier and _GENERIC_HEAD.search(short) else who
            )
        if re.fullmatch(r"(?:[Tt]he )?rights group", who) and (groups := _RIGHTS_GROUP.findall(text, 0, start)):
            who = groups[-1]  # "The rights group said" after a headline's "Human Rights Watch: Evidence of ..."
        who = _AUTHOR_OF.sub(r"\1", who)  # "A new Amnesty International report says": Amnesty International
        resolved.append((re.sub(r"^(?:the|The)\s+", "", who), start, end))
    return resolved


def _given_name(text: str, surname: str, before: int) -> str | None:
    """The full name a bare surname stands for where the text names the person earlier, not as a source (two given
    names where the text gives them: "Ismail Adam Arbab"; a title is no given name)."""
    found = re.search(rf"\b((?-i:[A-Z])[a-z]+(?: (?-i:[A-Z])[a-z]+)?) {re.escape(surname)}\b", text[:before])
    if found and (found[1].split()[0] in _NOT_GIVEN or _TITLE_WORD.fullmatch(found[1].split()[0])):
        found = re.search(rf"\b((?-i:[A-Z])[a-z]+) {re.escape(surname)}\b", text[:before])  # "Governor Khamis Abbakar"
    return f"{found[1]} {surname}" if found and found[1] not in _NOT_GIVEN else None


_WENT_TO = re.compile(r"\b(?:fled|escaped|crossed|went|moved)\b[^.;]{0,60}\b(?:(?<!according )to|into)\s+$")
_TITLE_WORD = re.compile(
    r"Governor|Commander|Chief|Mayor|Senator|Sheikh|Imam|Pastor|Father|Bishop|Judge|Sergeant|Lieutenant|Professor|Prof"
    r"|Doctor|Spokesman|Spokeswoman|King|Prince|Emir|Sultan|Deputy|Lt|Gen|Col|Maj|Capt|Sgt|Brig|Hon|Rev|Sir|Mallam|Alhaji"
)
_NOT_GIVEN = frozenset({"General", "Colonel", "Major", "Captain", "Mr", "Mrs", "Ms", "Dr", "President", "Minister"})


_FULLER = re.compile(
    r" (?:officials|sources|authorities|officers|police|ministry|government)"
    # "Istanbul's governor Vasip Sahin"
    r"|(?:['’]s)? (?:governor|mayor|police chief|health minister|prosecutor)(?: [A-Z][\w'’-]+){1,3}"
)
_AUTHOR_OF = re.compile(
    r"^(?:An?|The) (?:new |recent |latest )?((?-i:[A-Z])[\w'’-]*(?: [A-Z][\w'’-]*)*) (?:report|study)$"
)


def _full_name(
    short: str, who: str, start: int, named: list[str], found: list[tuple[str, int, int]], text: str
) -> str | None:
    """The full name a short one stands for ("the monitor", "WHO", "the organisation", "The group"): a longer name
    holding it, the name its initials spell, the last body named before it, or the group named before it."""
    full = next(  # (not "A police officer" for "police": one of them, not the body's full name)
        (
            n
            for n in named
            if short.lower() in n.lower()
            and n.lower() != short.lower()
            and not (short.lower() in _BODIES and _ONE_OF.match(n))
        ),
        None,
    )
    if full is None and short.isupper():  # "WHO" after "the World Health Organization"
        full = next((n for n in named if _initials(n) == short), None) or _spelled_out(short, text)
    elif full is None and short.isalpha() and short.istitle():  # "Sokapu" after "Peoples Union (Sokapu)"
        full = _spelled_out(short, text)
    if full is None and _GENERIC_HEAD.search(short.lower()):  # "the organisation said"
        full = next(  # (a body, not "UNICEF’s ... Deputy Executive Ted Chaiban")
            (n for n in reversed(named) if text.find(n) < start and _initials(n) and not _PERSON_END.search(n)),
            None,
        )
    if full is None:  # "Amnesty said" after "Amnesty International said"
        full = next(
            (
                w
                for w, s, _ in found
                if s < start
                and w.lower().startswith(short.lower() + " ")
                and not w.lower().endswith((" report", " study", " statement"))  # (not "UN report" for "UN")
            ),
            None,
        )
    if full is None and short.lower() == "group":  # "The group said" after "according to group Kyunhla"
        earlier = [w for w, s, _ in reversed(found) if s < start and w[:1].isupper() and w != who]
        # a body over a person named since ("Save the Children ..., a spokesperson, Zaw Min Tun, said")
        full = next((w for w in earlier if not _PERSON_END.search(w)), None) or next(iter(earlier), None)
    return full


_ONE_OF = re.compile(r"(?:an?|one)\s", re.I)
_BODIES = {"police", "army", "military", "government", "authorities", "agency"}
# the office a place names: "The archbishop of Colombo said" is the archbishop, not Colombo
_ROLE_OF = re.compile(
    r"\b((?:[Aa]rch)?[Bb]ishop|[Mm]ayor|[Gg]overnor|[Pp]refect|[Ii]mam|[Pp]riest|[Pp]astor|[Cc]ardinal)"
    r" of (?:the )?\s*$"
)
_OFFICE_OF_TOWN_IN = re.compile(
    r"\b((?:(?:[Aa]rch)?[Bb]ishop|[Mm]ayor|[Gg]overnor|[Pp]refect|[Ii]mam|[Pp]riest|[Pp]astor|[Cc]ardinal) of (?:the )?"
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) in (?:the )?(?:(?:north|south|east|west)(?:-?(?:east|west))?ern |central )?$"
)
_MEMBER_OF = re.compile(r"\b(?:a|an|one) member of (?:the )?$")
_SEEN_BY = re.compile(
    r"\b(?:[Tt]he|[Aa]n?) (?:[a-z]+ )?(?P<who>(?:[A-Z][\w.]*\s+){1,3}(?:report|document|assessment|memo))"
    r" (?:seen|obtained|reviewed) by (?P<by>[A-Z][\w-]*(?: [A-Z][\w-]*)?)(?: on [A-Z][a-z]+day)?"
    r" (?:said|says|showed|shows)\b"
)


def _speaker_instead(
    found: list[tuple[str, int, int]], match: re.Match, misread: str, who: str = "who"
) -> list[tuple[str, int, int]]:
    """``found`` with the sources read inside ``match``'s group ``misread`` replaced by its group ``who``."""
    kept = [f for f in found if not match.start(misread) <= f[1] < match.end(misread)]
    return [*kept, (_TITLED_NAME.sub(r"\1", match.group(who)), match.start(who), match.end(who))]


# a person named with who they are, then what they said: the person is the source, not the place in the apposition
_APPOSITIVE_SAID = re.compile(
    r"(?:^|(?<=[.!?\n] ))(?P<who>(?!(?:In|At|On|From|The|A|An)\b)[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’-]+){1,3}), "
    r"(?P<role>(?:(?:a|an|the) |(?=(?:head|chairman|chairperson|spokes(?:man|person|woman)|leader|chief|commissioner"
    r"|director) of ))[^,;.\"“]{3,100}?),? (?:said|says|told|confirmed)\b"
    # "Gen. Cirilito Sobejana of the Army’s 6th Infantry Division said": the officer, not the unit
    r"|(?<=\s)(?P<officer>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}) of the (?P<unit>(?:[A-Z][\w'’]+ )?\d+(?:st|nd|rd|th) "
    r"[A-Z][\w ]{3,40}?) (?:said|says|told|confirmed)\b",
    re.M,
)
# the office first, then the person who holds it, then what they said: "The head of the Spanish region of Catalonia,
# Carles Puigdemont, said"
_ROLE_THEN_NAME_SAID = re.compile(
    r"\b(?P<role>[Tt]he (?:head|leader|chief|president|governor|mayor|premier|spokes(?:man|woman|person)) of"
    r" [^,;.\"“]{3,80}"
    # "Libya's air force commander, Saqr al-Joroushi, told Egyptian state TV"
    r"|(?-i:[A-Z])[\w-]+['’]s (?:[\w-]+ ){0,3}(?:commander|chief|spokes(?:man|woman|person)|minister|governor))"
    r", (?P<who>[A-Z][a-z][\w'’-]*(?: (?:(?:al|el|bin|ibn)-)?[A-Z][\w'’-]+){1,3}),? (?:said|says|told)\b"
)
# "Saqer al-Joroushi confirmed": the given name before a surname's particle
_GIVEN_NAME_BEFORE = re.compile(r"\b([A-Z][a-z][\w'’]+ (?:al|el)-)$")
# "Head of Catalonia’s Regional Interior Department Joaquim Forn": the person, without the office before the name
_OFFICE_THEN_NAME = re.compile(
    r"^(?:[Tt]he )?(?:(?:[Hh]ead|[Cc]hief|[Dd]irector|[Cc]ommander|[Ss]pokes(?:man|woman|person)) of (?:the )?)?"
    r"(?:[A-Z][\w'’-]*\s+){0,5}(?:Department|Ministry|Office|Agency|Police|Council|Commission|Service|Forces?|Command)"
    r" ([A-Z][a-z][\w'’-]+ [A-Z][a-z][\w'’-]+)$"
)
# a body's last word, not a person's surname ("The Observatory reported" is not "Syrian Observatory" cut short)
_NOT_SURNAMES = frozenset(
    "observatory police army ministry government agency group network council commission office committee".split()
)
_PERSON_END = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+$")
_ROLES = frozenset(
    "police army military government authorities officials residents witnesses sources villagers survivors".split()
)


def _desk(who: str, text: str, start: int) -> bool:
    """Whether a capitalised "source" opening a line is a town's name, as a wire desk writes it ("KARACHI:")."""
    if not who.isupper() or " " in who or (start and text[start - 1] != "\n"):
        return False
    place = gazetteer().resolve(who.title())
    return place is not None and place.precision == "town" and normalize(place.name) == normalize(who)


class _Shifted:
    """A match found in a clause, with positions in the whole text."""

    def __init__(self, match: re.Match, offset: int) -> None:
        self._match, self._offset = match, offset

    def group(self, name: str) -> str:
        return self._match.group(name)

    def start(self, name: str | int = 0) -> int:
        return self._match.start(name) + self._offset

    def end(self, name: str | int = 0) -> int:
        return self._match.end(name) + self._offset


def _clause_matches(pattern: re.Pattern, text: str) -> Iterator[_Shifted]:
    """``pattern.finditer(text)`` for a pattern that cannot cross punctuation, searching only clauses with a verb."""
    for clause in CLAUSE.finditer(text):
        if REPORTING_VERB.search(clause.group()):
            for match in pattern.finditer(clause.group()):
                yield _Shifted(match, clause.start())


# a short name for a source the report named in full before
_SHORT_NAME = re.compile(
    r"(?:^|\s)(?:[\w-]+-based |UK-based |Britain-based |London-based |New York-based )?"
    r"(?:observatory|monitor|rights group|human rights group|watchdog|ngo|agency|un agency|organi[sz]ation|"
    r"charity|monitoring group)$",
    re.IGNORECASE,
)
# "the IRNA news agency", "Fars news agency": a body named, not a short name for one named before ("the UN agency")
_NAMED_BODY = re.compile(r"(?!UN\b)(?:[A-Z]{2,}|[A-Z][a-z]+)(?!-based)\b(?: [\w-]+)* \w+$")
_RIGHTS_GROUP = re.compile(r"\b(Human Rights Watch|Amnesty International|(?:[A-Z][\w'’-]+ ){1,4}for Human Rights)\b")
_GENERIC_HEAD = re.compile(r"(?:rights group|watchdog|ngo|agency|organi[sz]ation|charity|monitoring group)$", re.I)


def sole_source(found: list[tuple[str, int, int]], text: str = "") -> tuple[str, int, int] | None:
    """The one source a report cites ("Officials said four guards died"), when it cites only one; an acronym
    the report spells out ("the United Nations Mission in Syria (UNMIS)") names the same source."""
    named = {_spelled_out_name(f[0], text).lower() for f in found}
    return found[0] if found and len(named) == 1 else None


def _surname(name: str) -> str:
    """A person's last name without its particle: "Saqer al-Joroushi" -> "Joroushi"."""
    return re.sub(r"^(?:al|el)-", "", name.split()[-1])


def _spelled_out_name(name: str, text: str) -> str:
    """The full name an acronym stands for where the text gives it in brackets after the name, else the name."""
    if not re.fullmatch(r"[A-Z]{2,8}", name):
        return name
    spelled = re.search(rf"((?:[A-Z][\w'’-]*,? (?:(?:for|of|on|the|and|in|&) )*){{2,8}})\({name}\)", text)
    return spelled.group(1).strip() if spelled else name

"""Sentence-level rules over a spaCy parse: incident mentions and claims in one document.

Each sentence is read for event triggers (:mod:`~marsad.extract.lexicon`). A sentence with a
trigger, a count and an aggregate marker ("since last June", "in 2018", "a total of") yields a
*claim*; any other sentence with a trigger yields an *incident mention*. Mentions of the same type
in one document are one incident; an incident needs an anchor (a count, a date or a place) or it is
dropped as background. Values come with the character spans they were read from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from marsad.extract import lexicon as lx
from marsad.extract.actors import ANAPHORA, Actor, actor_table
from marsad.extract.counts import Count, CountMention, count_for, find_counts, number_value
from marsad.extract.dates import UNKNOWN, DateValue, resolve
from marsad.extract.places import Place, gazetteer, normalize
from marsad.extract.records import NO_LOCATION, Claim, Incident, SourceRef
from marsad.extract.semantic import action_verb
from marsad.util import sha256_hex

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 9}
_PLACE_RANK = {"point": 0, "town": 1, "admin1": 2, "region": 3, "country": 4}
_SUPPRESSES = {
    "child_recruitment": {"abduction", "sexual_violence"},  # "abducted boys to use as fighters" is recruitment
    "abduction": {"attack_on_school_or_hospital"},
    "attack_on_school_or_hospital": {"killing", "bombing", "abuse"},
    "execution": {"killing"},
    "bombing": {"killing"},
    "sexual_violence": {"abduction"},
    "armed_clash": {"killing", "bombing"},  # car bombs at a base's gate, then hours of fighting: a battle
}
NEW_TYPE_SIMILARITY = 0.6
_RELEASE = re.compile(r"(?:released|published|posted|distributed|uploaded|aired)\s+(?:[\w'-]+\s+){0,6}$", re.IGNORECASE)
_CONTINUES_CLAIM = re.compile(
    r"\b(?:of (?:those|them|whom)|the (?:rest|remainder)|over the same period|during the year)\b", re.I
)
_LINKED = re.compile(r"(?:linked|affiliated|allied) to\s+(?:the\s+)?$", re.IGNORECASE)
_SAID = re.compile(r"(?:said|told|reported|announced|added|stated|says)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:(?:ez|al|el|of|de|da|do|dos|du|la|le)[\s-]+)?[A-Z][\w'’-]+)*")


@dataclass
class DocumentInfo:
    """What the analysis needs to know about a stored document."""

    id: str
    text: str
    published: date | None
    url: str | None = None
    outlet: str | None = None


@dataclass
class _Mention:
    type: str
    start: int
    end: int
    counts: list[tuple[CountMention, str]] = field(default_factory=list)
    places: list[tuple[Place, str, int, int]] = field(default_factory=list)
    dates: list[tuple[DateValue, int, int]] = field(default_factory=list)
    actors: list[tuple[Actor, int, int]] = field(default_factory=list)
    attribution: tuple[str, int, int] | None = None
    methods: set[str] = field(default_factory=set)
    child_roles: set[str] = field(default_factory=set)
    trigger: tuple[int, int, str] | None = None
    semantic: bool = False  # typed by the semantic typer, not by a trigger word


def _trigger(sent, event_type: str) -> tuple[int, int, str]:
    """The trigger's span within the sentence: the lexicon's word, else the first verb of action."""
    match = lx.TRIGGERS[event_type].search(sent.text)
    if match:
        return match.start(), match.end(), match.group(0).lower()
    verb = action_verb(sent)
    start = verb.idx - sent.start_char
    return start, start + len(verb.text), verb.text.lower()


def analyse(doc, info: DocumentInfo) -> tuple[list[Incident], list[Claim]]:
    """Incidents and claims in one parsed document (``doc`` is a spaCy ``Doc`` of ``info.text``)."""
    places = _places(doc, info.text)
    actors = actor_table().find(info.text, _main_country(places))
    places = _plausible_places(places, actors)
    main_actor = _main_actor(actors)
    attributions = _attributions(info.text)
    mentions: list[_Mention] = []
    claims: list[Claim] = []
    previous_types: list[str] = []
    read = [(sent, [t for t, pattern in lx.TRIGGERS.items() if pattern.search(sent.text)]) for sent in doc.sents]
    typed = _semantic_types(doc, {t for _, types in read for t in types})
    for sent, types in read:
        text = sent.text
        if not types and sent.start_char in typed:
            types = [typed[sent.start_char]]  # no trigger word; the semantic typer's nearest examples
        named = types  # every act the sentence names: a figure counts the one beside it
        for stronger, weaker in _SUPPRESSES.items():
            if stronger in types:
                types = [t for t in types if t not in weaker]
        if lx.BACKGROUND.search(text):
            previous_types = types or previous_types
            continue
        if not types:
            if previous_types and lx.AGGREGATE.search(text):  # "they had treated 70 such women since January"
                context = _SentenceContext(doc, sent, info, places, actors, main_actor, attributions)
                counts = context.victim_counts()
                if counts:
                    claims.append(context.claim(previous_types[0], counts))
            previous_types = []
            continue
        previous_types = types
        context = _SentenceContext(doc, sent, info, places, actors, main_actor, attributions)
        counts = context.victim_counts()
        if counts and claims and _CONTINUES_CLAIM.search(text):
            claims[-1].breakdown += [
                {"category": category, "count": c.count.as_json(), "span": [c.start, c.end]} for c, category in counts
            ]
            continue
        specific = any(d[0].precision in ("day", "week") for d in context.dates())
        aggregate = lx.AGGREGATE.search(text) and not lx.NOT_AGGREGATE.search(text)
        closed = "attack_on_school_or_hospital" in types and _CLOSED.search(text)
        if not counts and (aggregate or closed):
            counts = context.facility_counts()  # "more than 1,300 schools have been forced to close"
        plural = any(max(c.count.low or 0, c.count.best or 0) >= 2 for c, _ in counts)
        if counts and plural and (aggregate or closed or (claims and not specific)):
            event_type, counts = _figure(sent, types, named, counts)
            claims.append(context.claim(event_type, counts))
            continue
        if "abduction" in types and _BACKSTORY.search(text):
            types = [t for t in types if t != "abduction"]  # "the victims had been rounded up": how they were taken
        for event_type in types:
            own = _nearest_counts(sent, event_type, counts) if len(types) > 1 else counts
            mentions.append(_inherit(context.mention(event_type, own), mentions))
    incidents = _incidents(mentions, info, _blamed(doc, actors), places, _sole_source(attributions))
    return incidents, claims


_CLOSED = re.compile(r"\b(?:closed|shut|close|closure)\b", re.IGNORECASE)


def _figure(sent, types: list[str], named: list[str], counts: list[tuple[CountMention, str]]) -> tuple[str, list]:
    """The act a figure counts and the figure itself: the count and trigger word closest together,
    the stronger reading first ("abducted 1,200 children to fill its ranks" counts recruitment).
    Civilians killed during a battle are killings; children counted as bombers are the use of
    children, a recruitment figure."""
    pairs = [
        (abs(count.start - (sent.start_char + _trigger(sent, t)[0])), index, t)
        for index, (count, _) in enumerate(counts)
        for t in types
    ]
    _, index, event_type = min(pairs)
    ordered = [counts[index]] + counts[:index] + counts[index + 1 :]
    category = ordered[0][1]
    if event_type == "armed_clash" and "killing" in named and category in ("civilians", "children"):
        event_type = "killing"
    if event_type == "bombing" and category == "children":
        event_type = "child_recruitment"
    return event_type, ordered


_BACKSTORY = re.compile(r"\b(?:the (?:victims|dead|bodies)|those (?:killed|executed|beheaded))\b", re.IGNORECASE)


def _nearest_counts(sent, event_type: str, counts: list[tuple[CountMention, str]]) -> list:
    """In "abducted three aid workers and killed four health workers" each act has its own count:
    the first one after its trigger word (else all of them, as for a single act)."""
    start = sent.start_char + _trigger(sent, event_type)[0]
    after = [c for c in counts if c[0].start >= start]
    return [min(after, key=lambda c: c[0].start)] if after else counts


def _inherit(mention: _Mention, earlier: list[_Mention]) -> _Mention:
    """A bare follow-up sentence ("Seven people were abducted.") happened where, when and by whom the
    sentence before it says: it takes those values (and their spans) from the previous mention."""
    if earlier and not (mention.places or mention.dates or mention.actors):
        previous = earlier[-1]
        mention.places, mention.dates, mention.actors = previous.places, previous.dates, previous.actors
        mention.attribution = mention.attribution or previous.attribution
    return mention


def _semantic_types(doc, lexicon_types: set[str]) -> dict[int, str]:
    """Sentence start -> type from the semantic typer; a type the trigger words did not find in the
    document must be a close match, since sentences around a found event mostly retell it."""
    verdicts = getattr(doc._, "marsad_events", None) or []
    return {
        start: event_type
        for start, event_type, similarity in verdicts
        if event_type in lexicon_types or not lexicon_types or similarity >= NEW_TYPE_SIMILARITY
    }


def _blamed(doc, mentions) -> list[Actor]:
    """Actors named in sentences that blame them or say they claimed an attack."""
    found = []
    for sent in doc.sents:
        denied = re.search(r"\bno (?:group|one)\b", sent.text, re.IGNORECASE) and not re.search(
            r"\b(?:blamed|attributed)\b", sent.text
        )  # "no group has claimed it" names no one, "but officials blamed X" does
        if lx.BLAME.search(sent.text) and not denied:
            found += [m.actor for m in mentions if sent.start_char <= m.start < sent.end_char]
    return found


class _SentenceContext:
    """Reads one sentence's values, each with its span in the document."""

    def __init__(self, doc, sent, info: DocumentInfo, places, actors, main_actor, attributions) -> None:
        self.doc, self.sent, self.info = doc, sent, info
        self.text, self.offset = sent.text, sent.start_char
        self.end = sent.end_char
        self.places = [p for p in places if self.offset <= p[2] < self.end]
        self.actors = [(m.actor, m.start, m.end) for m in actors if self.offset <= m.start < self.end]
        self.main_actor = main_actor
        tail = re.match(r"\s*[,;][^.]{0,60}\.", info.text[self.end :])  # ", elders said." split off by the parser
        reach = self.end + (tail.end() if tail else 0)
        self.attributions = [a for a in attributions if self.offset <= a[1] < reach]
        self._fighting = bool(lx.TRIGGERS["armed_clash"].search(self.text))
        self._dates: list[tuple[DateValue, int, int]] | None = None

    def victim_counts(self) -> list[tuple[CountMention, str]]:
        found = []
        child_killers = bool(lx.CHILD_PERPETRATOR.search(self.text))
        for mention in find_counts(self.text):
            after, before = self.text[mention.end :], self.text[: mention.start]
            if lx.NOT_VICTIM_COUNT.match(after) or lx.WOUNDED.search(before) or lx.WOUNDED.match(after):
                continue
            if re.search(r"\b(?:aged|between|age of|ages of)\s*$", before, re.IGNORECASE) or re.match(
                r"\s*(?:and \d+ )?years", after
            ):
                continue
            noun = lx.VICTIM_AFTER_COUNT.match(after)
            if noun is None and re.match(r"\s+(?:people\s+)?dead\b", after):  # "leaving 17 dead"
                shifted = CountMention(
                    mention.start + self.offset, mention.end + self.offset, mention.text, mention.count
                )
                found.append((shifted, "people"))
                continue
            if noun and re.match(r"\s+(?:who [\w ]{1,30}?\s+)?(?:said|told|say|says|reported)\b", after[noun.end() :]):
                continue  # "two residents said": the sources, not the victims
            if noun is None and not re.match(r"\s+of (?:them|those|whom)", after):
                continue
            category = lx.VICTIM_NOUNS.get(noun.group("noun").lower(), "people") if noun else "people"
            if child_killers and category == "children":
                continue  # the children are the ones made to kill, not the victims
            shifted = CountMention(mention.start + self.offset, mention.end + self.offset, mention.text, mention.count)
            found.append((shifted, category))
        single = lx.SINGLE_VICTIM.search(self.text)
        if single and re.match(r"\s+(?:said|says|told|who asked)", self.text[single.end() :]):
            single = None  # "a teacher said": a source, not a victim
        if single and found and re.match(r"\s+and\s+$", self.text[single.end() : found[0][0].start - self.offset]):
            extra = found[0][0]
            plus_one = Count(
                *(None if v is None else v + 1 for v in (extra.count.low, extra.count.best, extra.count.high)),
                extra.count.qualifier,
            )
            found.insert(
                0, (CountMention(self.offset + single.start(), extra.end, single.group(0), plus_one), found[0][1])
            )
        if single and found and _AND_GAP.match(self.text[found[0][0].end - self.offset : single.start()]):
            extra = found[0][0]  # "two nurses and a boy"
            plus = Count(
                *(None if v is None else v + 1 for v in (extra.count.low, extra.count.best, extra.count.high)),
                extra.count.qualifier,
            )
            found.insert(0, (CountMention(extra.start, self.offset + single.end(), extra.text, plus), found[0][1]))
        _join_sums(self.text, self.offset, found)
        if not found and single and re.match(r"\s+and (?:his|her|their) [a-z]+\b", self.text[single.end() :]):
            two = CountMention(
                self.offset + single.start(), self.offset + single.end(), single.group(0), count_for(2, None)
            )
            found.append((two, "people"))
        if not found and single:
            count = CountMention(
                self.offset + single.start(), self.offset + single.end(), single.group(0), count_for(1, None)
            )
            category = lx.VICTIM_NOUNS.get(single.group("noun").lower(), "people")
            if not (child_killers and category == "children"):
                found.append((count, category))
        return found

    def single_object(self, trigger_start: int) -> list[tuple[CountMention, str]]:
        """Dependency rule: "beheaded the retired head of antiquities", "killed its guard" name one victim."""
        trigger = next((t for t in self.sent if t.idx == trigger_start), None)
        verbs = [trigger] if trigger is not None and trigger.pos_ == "VERB" else []
        verbs += [t for t in self.sent if t.pos_ == "VERB" and t.lemma_.lower() in _VIOLENT_LEMMAS | _TAKING_LEMMAS]
        for child in (c for verb in verbs for c in verb.children):
            if child.dep_ in ("dobj", "nsubjpass") and child.tag_ == "NN" and child.lemma_.lower() not in _THINGS:
                if any(
                    t.dep_ == "poss" or (t.dep_ == "det" and t.lower_ not in ("any", "every", "each", "no"))
                    for t in child.children
                ):  # "killed its guard" names one victim; "any teacher who returned" names none
                    start = min(t.idx for t in child.subtree)
                    return [
                        (CountMention(start, child.idx + len(child.text), child.text, count_for(1, None)), "people")
                    ]
        return []

    def facility_counts(self) -> list[tuple[CountMention, str]]:
        """Counts of schools, hospitals and clinics: the unit of attacks-on-schools claims."""
        found = []
        for mention in find_counts(self.text):
            unit = re.match(
                r"\s+(schools|hospitals|clinics|health (?:facilities|centres|centers))\b", self.text[mention.end :]
            )
            if unit:
                shifted = CountMention(
                    mention.start + self.offset, mention.end + self.offset, mention.text, mention.count
                )
                found.append((shifted, unit.group(1)))
        return found

    def dates(self) -> list[tuple[DateValue, int, int]]:
        out = []
        if self._dates is not None:
            return self._dates
        for ent in self.sent.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            lead = self.info.text[max(self.offset, ent.start_char - 40) : ent.start_char]
            if re.match(r"\s*(?:prayers?|sermons?|market)\b", self.info.text[ent.end_char :]) and not re.search(
                r"\b(?:during|at|after)\s+$", self.info.text[ent.start_char - 8 : ent.start_char]
            ):
                continue  # "for missing Friday prayers" names a prayer; "during Friday prayers" is a day
            if _RELEASE.search(lead) or _SAID.search(lead) or re.search(r"\bsince\s+$", lead, re.IGNORECASE):
                continue  # when a video came out, a source spoke or a state began, not when the act happened
            value = resolve(self.info.text[max(self.offset, ent.start_char - 6) : ent.end_char], self.info.published)
            if value.precision != "unknown":
                out.append((value, ent.start_char, ent.end_char))
        self._dates = out
        return out

    def perpetrators(self, trigger_start: int) -> list[tuple[Actor, int, int]]:
        def lead(actor: tuple[Actor, int, int]) -> str:
            return self.info.text[max(0, actor[1] - 30) : actor[1]]

        named = [a for a in self.actors if not _LINKED.search(lead(a)) and not lx.OWNED_BY.search(lead(a))]
        groups = [a for a in named if a[0].kind == "armed_group" or self._fighting]
        # a state actor is a perpetrator when it is the one acting (named before the act)
        before = [a for a in groups if a[1] < trigger_start] or [a for a in named if a[1] < trigger_start]
        if self._fighting and len(named) > 1:
            before = named  # a battle's parties are all named actors, on either side of the verb
        chosen = before or groups or [a for a in self.actors if re.search(r"\b(?:by|blamed)\b", self.text)]
        if not chosen and self.main_actor and ANAPHORA.search(self.text):
            match = ANAPHORA.search(self.text)
            chosen = [(self.main_actor, self.offset + match.start(), self.offset + match.end())]
        unique: dict[str, tuple[Actor, int, int]] = {}
        for actor in chosen:
            unique.setdefault(actor[0].id, actor)
        return list(unique.values())

    def mention(self, event_type: str, counts: list[tuple[CountMention, str]]) -> _Mention:
        start, end, word = _trigger(self.sent, event_type)
        trigger_start = self.offset + start
        if not counts and event_type in ("execution", "killing", "abduction", "abuse", "attack_on_school_or_hospital"):
            counts = self.single_object(trigger_start)
        mention = _Mention(
            event_type,
            self.offset,
            self.end,
            counts=counts,
            places=self.places,
            dates=self.dates(),
            trigger=(trigger_start, self.offset + end, word),
            semantic=lx.TRIGGERS[event_type].search(self.text) is None,
        )
        mention.actors = self.perpetrators(trigger_start)
        mention.attribution = self.attributions[0] if self.attributions else None
        mention.methods = {name for name, pattern in lx.METHODS.items() if pattern.search(self.text)}
        mention.child_roles = _child_roles(self.text, event_type, counts)
        if _child_agent(self.sent):
            mention.child_roles.add("perpetrator")
            mention.child_roles.discard("victim")
        return mention

    def claim(self, event_type: str, counts: list[tuple[CountMention, str]]) -> Claim:
        main, unit = counts[0]
        breakdown = [
            {"category": category, "count": c.count.as_json(), "span": [c.start, c.end]} for c, category in counts[1:]
        ]
        for match in lx.BREAKDOWN.finditer(self.text):
            number = match.group("n1") or match.group("n2")
            category = (match.group("c1") or match.group("c2") or "").strip()
            value = number_value(number or "")
            if value and not any(b["count"]["best"] == value for b in breakdown):
                breakdown.append(
                    {
                        "category": category,
                        "count": count_for(value, None).as_json(),
                        "span": [self.offset + match.start(), self.offset + match.end()],
                    }
                )
        period = self._period()
        actors = self.perpetrators(main.start)
        source = _source(self.info, (self.offset, self.end), self.attributions[0][0] if self.attributions else None)
        source.evidence = {"count": [main.start, main.end]}
        if actors:
            source.evidence["perpetrator"] = [actors[0][1], actors[0][2]]
        claim_id = "clm_" + sha256_hex(f"{self.info.id}:{main.start}".encode())[:16]
        return Claim(
            claim_id,
            event_type,
            main.count,
            unit,
            [a[0] for a in actors],
            breakdown,
            period,
            _location(self.places),
            source.attributed_to,
            [source],
        )

    def _period(self) -> DateValue:
        since = re.search(r"\bsince\s+(.{3,70}?)(?:[,.;]|$)", self.text)
        if since:
            start = resolve(since.group(1), self.info.published)
            if start.precision != "unknown":
                end = self.info.published.isoformat() if self.info.published else None
                return DateValue(start.start, end, start.precision)
        dates = self.dates()
        return min(dates, key=lambda d: _PRECISION_RANK[d[0].precision])[0] if dates else UNKNOWN


_THINGS = {
    "school",
    "hospital",
    "clinic",
    "village",
    "town",
    "city",
    "video",
    "camp",
    "building",
    "road",
    "convoy",
    "market",
    "base",
    "checkpoint",
    "area",
    "region",
    "house",
    "home",
    "mosque",
    "church",
    "attack",
    "group",
    "footage",
}
_JOINED = re.compile(r"^\s+(?:[\w'-]+\s+){0,3}and\s+$")


def _join_sums(text: str, offset: int, found: list[tuple[CountMention, str]]) -> None:
    """'Twelve soldiers and at least 20 militants were killed': the victims are the sum, put first."""
    if len(found) < 2:
        return
    (first, cat_a), (second, cat_b) = found[0], found[1]
    if not _JOINED.match(text[first.end - offset : second.start - offset]):
        return
    a, b = first.count, second.count
    low = (a.low if a.low is not None else a.best or 0) + (b.low if b.low is not None else b.best or 0)
    exact = a.qualifier == b.qualifier == "exact"
    high = a.high + b.high if exact else None
    total = Count(low, low, high, "exact" if exact else "at_least")
    found.insert(
        0,
        (
            CountMention(first.start, second.end, text[first.start - offset : second.end - offset], total),
            cat_a if cat_a == cat_b else "people",
        ),
    )


_TAKING_LEMMAS = {"abduct", "kidnap", "seize", "capture"}
_VIOLENT_LEMMAS = {"shoot", "execute", "behead", "kill", "detonate", "blow", "stab", "slaughter", "murder"}
_MAKERS = {"force", "make", "order", "show", "see", "use", "train"}
_CHILD_WORDS = {"boy", "girl", "child", "teenager", "minor", "cub", "schoolboy", "schoolgirl", "youngster", "kid"}


def _child_agent(sent) -> bool:
    """Dependency rule: a child is the one doing the violent act (its subject, its agent, or the
    object of "force/make/order" whose complement the act is: "forced a boy to shoot")."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _VIOLENT_LEMMAS:
            continue
        doers = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in _MAKERS:
            doers += [c for c in verb.head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in _CHILD_WORDS:
            doers.append(verb.head)
        for doer in doers:
            if any(t.lemma_.lower() in _CHILD_WORDS for t in doer.subtree):
                return True
    return False


def _child_roles(text: str, event_type: str, counts: list[tuple[CountMention, str]]) -> set[str]:
    roles: set[str] = set()
    if not lx.CHILD_TERMS.search(text):
        return roles
    if lx.CHILD_PERPETRATOR.search(text):
        roles.add("perpetrator")
    if event_type == "child_recruitment" or lx.CHILD_RECRUIT.search(text):
        roles.add("recruit")
    if lx.CHILD_WITNESS.search(text):
        roles.add("witness")
    if event_type in _VICTIM_TYPES and "perpetrator" not in roles:
        if any(category == "children" for _, category in counts) or re.search(
            r"(?:abduct\w*|kidnap\w*|kill\w*|seiz\w*|sold|held|carried (?:off|away)|snatched|took)[^.;]{0,60}"
            r"(?:children|girls|boys|schoolgirls|students|pupils)"
            r"|(?:children|girls|boys|schoolgirls)\b[^.;]{0,40}\b(?:were|was) (?:\w+ )?(?:raped|abducted|killed|sold)",
            text,
            re.IGNORECASE,
        ):
            roles.add("victim")
    return roles


def _places(doc, text: str) -> list[tuple[Place, str, int, int]]:
    """Resolvable place names: NER spans first, then capitalised phrases the gazetteer knows.

    ``text`` is ``doc.text`` passed in: spaCy rebuilds that string from the tokens on every access.
    """
    places = gazetteer()
    found: list[tuple[Place, str, int, int]] = []
    taken: list[tuple[int, int]] = []
    for ent in doc.ents:
        dateline = ent.text.isupper() and re.match(r"\s*[-–—]", text[ent.end_char :])  # "BAGHDAD - ..." is the desk
        if (
            ent.label_ in ("GPE", "LOC", "FAC", "PERSON", "ORG", "NORP")
            and any(c.isupper() for c in ent.text)
            and not dateline
        ):
            place = places.resolve(ent.text)
            if place is not None and ent.label_ != "NORP":
                found.append((place, ent.text, ent.start_char, ent.end_char))
                taken.append((ent.start_char, ent.end_char))
    for match in _CAPITALISED.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        for candidate in (match.group(0), match.group(0) + " province", match.group(0) + " region"):
            if candidate == match.group(0) and not _plausible_place(text, match):
                continue
            place = places.resolve(match.group(0)) if candidate == match.group(0) else None
            if place is not None:
                found.append((place, match.group(0), match.start(), match.end()))
                break
    region_suffix = re.compile(
        r"\b([A-Z][\w'’-]+(?:[\s-](?:(?:ez|al|el|ad|as|de|da|du)[\s-])?[A-Z][\w'’-]+)*)\s+"
        r"(province|region|State|state|district|Governorate)\b"
    )
    for match in region_suffix.finditer(text):
        place = places.resolve(match.group(0))
        if place is not None and place.precision in ("admin1", "region"):
            found.append((place, match.group(0), match.start(), match.end()))
    nested = [
        p
        for p in found
        if any(q is not p and q[2] <= p[2] and p[3] <= q[3] and (q[3] - q[2]) > (p[3] - p[2]) for q in found)
    ]
    return sorted((p for p in found if p not in nested), key=lambda p: p[2])


def _plausible_place(text: str, match: re.Match[str]) -> bool:
    """A capitalised word after a locative preposition, or of two words or more, may be a place."""
    before = text[max(0, match.start() - 12) : match.start()].lower()
    sentence_start = (
        match.start() == 0
        or text[match.start() - 2 : match.start()] in (". ", "\n\n")
        or text[match.start() - 1] == "\n"
    )
    return bool(re.search(r"\b(?:in|at|near|of|from|outside|around|to|into|across)\s+(?:the\s+)?$", before)) or (
        " " in match.group(0) and not sentence_start
    )


def _plausible_places(places: list[tuple[Place, str, int, int]], actors) -> list[tuple[Place, str, int, int]]:
    """Drop readings that are not places here: words of an actor's name ("Khorasan" in ISKP's), short
    acronyms read as towns ("UN"), and towns abroad matched by an alternate name when the report
    names its country ("Boni" in Mali is not Bonn)."""
    countries = {p[0].country for p in places if p[0].precision == "country"}
    kept = []
    for place, text, start, end in places:
        if any(m.start < end and start < m.end for m in actors):
            continue
        if place.precision == "town" and text.isupper() and len(text) <= 4:
            continue
        if countries and place.precision == "town" and place.country not in countries:
            if normalize(place.name) != normalize(text):
                continue
        kept.append((place, text, start, end))
    return kept


def _main_country(places: list[tuple[Place, str, int, int]]) -> str | None:
    countries = Counter(p[0].country for p in places if p[0].country)
    return countries.most_common(1)[0][0] if countries else None


def _main_actor(mentions) -> Actor | None:
    groups = Counter(m.actor for m in mentions if m.actor.kind == "armed_group")
    return groups.most_common(1)[0][0] if groups else None


def _attributions(text: str) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    named: list[str] = []
    for pattern in lx.ATTRIBUTION:
        for match in pattern.finditer(text):
            who = match.group("who").strip()
            if who in lx.NOT_SOURCES or who.split()[0] in ("He", "She", "They", "It", "BEIRUT"):
                continue
            found.append((who, match.start("who"), match.end("who")))
            if len(who.split()) >= 3:
                named.append(who)
    named_spans = [(s, e) for w, s, e in found if len(w.split()) >= 2 and w[0].isupper()]
    found = [  # "activists from the Euphrates Rights Monitor": the organisation is the source
        f for f in found if not any(0 < s - f[2] <= 25 and _FROM_GAP.match(text[f[2] : s]) for s, _ in named_spans)
    ]
    resolved = []
    for who, start, end in sorted(found, key=lambda f: f[1]):
        short = re.sub(r"^(?:the|The)\s+", "", who)
        if (
            short.lower() in ("monitor", "observatory", "network", "group", "charity", "report")
            or len(short.split()) == 1
        ):
            full = next((n for n in named if short.lower() in n.lower() and n.lower() != short.lower()), None)
            who = full or who
        resolved.append((re.sub(r"^(?:the|The)\s+", "", who), start, end))
    return resolved


_SMALL_PLACE = re.compile(
    r"\b(?:town|village|city|district|camp|hamlet|settlement) of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r"|\b(?:in|at|near) ([A-Z][\w'’-]+) (?:in|near) (?:the )?(?:(?:northern|southern|eastern|western|central) )?[A-Z]"
)
_FROM_GAP = re.compile(r"^\s+(?:from|of|at|with)\s+(?:the\s+)?$")
_AND_GAP = re.compile(r"^\s+(?:[\w'-]+\s+){0,2}and\s+$")
_VICTIM_TYPES = (
    "abduction",
    "killing",
    "sexual_violence",
    "bombing",
    "abuse",
    "execution",
    "attack_on_school_or_hospital",
)


def _named_small_place(text: str, places: list[tuple[Place, str, int, int]]) -> dict | None:
    """'the village of Ocua in Niassa province': a place the gazetteer lacks keeps its own name,
    with the country (and coarser coordinates' precision) of the wider places around it."""
    match = _SMALL_PLACE.search(text)
    name = (match.group(1) or match.group(2)) if match else None
    if name is None or actor_table().find(name):
        return None
    wider = _location(places) if places else dict(NO_LOCATION)
    known = gazetteer().resolve(name)
    if known is not None and known.country in (wider["country"], None):
        return None  # a town the gazetteer knows ("Boni" in Mali is not the Bonn it knows by that name)
    precision = wider["precision"] if wider["precision"] in ("admin1", "region", "country") else "country"
    return {
        **wider,
        "name": name,
        "lat": None if precision == "country" else wider["lat"],
        "lon": None if precision == "country" else wider["lon"],
        "precision": precision if wider["country"] else "unknown",
    }


def _location(places: list[tuple[Place, str, int, int]]) -> dict:
    if not places:
        return dict(NO_LOCATION)
    best = min(places, key=lambda p: _PLACE_RANK.get(p[0].precision, 9))
    location = best[0].as_json()
    if location["country"] is None:
        location["country"] = next((p[0].country for p in places if p[0].country), None)
    admin1 = next((p[0].admin1 for p in places if p[0].admin1 and p[0].country == location["country"]), None)
    location["admin1"] = location["admin1"] or admin1
    return location


def _source(info: DocumentInfo, span: tuple[int, int], attributed_to: str | None) -> SourceRef:
    return SourceRef(info.id, info.url, info.outlet, attributed_to, [span])


def _sole_source(found: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The one source a report cites ("Officials said four guards died"), when it cites only one."""
    return found[0] if found and len({f[0].lower() for f in found}) == 1 else None


def _incidents(
    mentions: list[_Mention], info: DocumentInfo, blamed: list[Actor], doc_places: list, source: tuple | None
) -> list[Incident]:
    by_type: dict[str, list[_Mention]] = {}
    for mention in mentions:
        by_type.setdefault(mention.type, []).append(mention)
    if "killing" in by_type and "execution" not in by_type and lx.CUSTODY.search(info.text):
        by_type["execution"] = by_type.pop("killing")  # killed while in their hands: an execution
        for mention in by_type["execution"]:
            mention.type = "execution"
    absorber = next(
        (t for t in ("armed_clash", "execution", "bombing", "attack_on_school_or_hospital") if t in by_type), None
    )
    if absorber and "killing" in by_type:
        for mention in by_type.pop("killing"):  # the same deaths told again: their counts and places count
            mention.type = absorber
            by_type[absorber].append(mention)
    incidents = []
    for event_type, group in by_type.items():
        anchored = [
            m
            for m in group
            if m.counts
            or m.places
            or any(d[0].precision in ("day", "week") for d in m.dates)
            or (event_type == "child_recruitment" and m.actors)
        ]
        if not anchored:
            continue
        for mention in group:
            if mention not in anchored:
                mention.child_roles = set()
        incident = _incident(event_type, anchored + [m for m in group if m not in anchored], info, doc_places)
        if source and not incident.sources[0].attributed_to:
            incident.sources[0].attributed_to = source[0]
            incident.sources[0].evidence["attributed_to"] = [source[1], source[2]]
        if not incident.perpetrators and blamed:
            incident.perpetrators = [blamed[0]]
        incidents.append(incident)
    return incidents


def _incident(event_type: str, group: list[_Mention], info: DocumentInfo, info_places: list) -> Incident:
    first = group[0]
    incident_id = "inc_" + sha256_hex(f"{info.id}:{event_type}:{first.start}".encode())[:16]
    incident = Incident(incident_id, event_type)
    source = _source(info, (first.start, first.end), None)
    source.evidence["trigger"] = [first.trigger[0], first.trigger[1]]
    told = " ".join(info.text[m.start : m.end] for m in group).lower()
    incident.flags = {flag for flag, word in (("suicide", "suicide"), ("at_school", "school")) if word in told}
    counted = next((m.counts for m in group if m.counts), [])
    if counted:
        count, category = counted[0]
        incident.victim_count = count.count
        incident.victim_categories = sorted({c for _, c in counted})
        source.evidence["count"] = [count.start, count.end]
        children = [c for c, category in counted if category == "children"]
        incident.children_count = children[0].count.best if children else None
    dates = [d for m in group for d in m.dates]
    if dates:
        value, start, end = min(dates, key=lambda d: (_PRECISION_RANK[d[0].precision], d[1]))
        incident.date = value
        source.evidence["date"] = [start, end]
    places = [p for m in group for p in m.places]
    if not places and info_places:
        places = [p for p in info_places if not p[1].isupper()][:1]  # the title place (not a dateline) stands in
    told_text = " ".join(info.text[m.start : m.end] for m in group)
    incident.location = _named_small_place(told_text, places) or _location(places)
    if places:
        best = min(places, key=lambda p: _PLACE_RANK.get(p[0].precision, 9))
        source.evidence["location"] = [best[2], best[3]]
    actors = [a for m in group for a in m.actors]
    incident.perpetrators = list({a[0].id: a[0] for a in actors}.values())
    if actors:
        source.evidence["perpetrator"] = [actors[0][1], actors[0][2]]
    attribution = next((m.attribution for m in group if m.attribution), None)
    if attribution:
        source.attributed_to = attribution[0]
        source.evidence["attributed_to"] = [attribution[1], attribution[2]]
    incident.methods = sorted({x for m in group for x in m.methods})
    roles = {r for m in group for r in m.child_roles}
    if event_type in ("killing", "execution", "bombing", "abduction") and lx.CHILD_VICTIMS_NOTED.search(info.text):
        roles.add("victim")
    if event_type in ("execution", "abuse", "killing", "attack_on_school_or_hospital") and lx.CHILD_WITNESS.search(
        info.text
    ):
        roles.add("witness")  # "Children were among those made to watch", told in a later sentence
    if event_type in ("execution", "killing", "bombing") and lx.CHILD_PERPETRATOR.search(info.text):
        roles.add("perpetrator")  # "A teenage boy fired at the prisoners", told in a later sentence
        roles.discard("victim")
    incident.child_roles = sorted(roles)
    source.spans = [(m.start, m.end) for m in group]
    incident.sources = [source]
    filled = sum(bool(x) for x in (incident.victim_count, dates, places, actors, attribution))
    semantic_only = all(m.semantic for m in group)  # no trigger word: typed by nearest examples
    incident.confidence = round(min(0.95, 0.45 + 0.1 * filled) - (0.15 if semantic_only else 0.0), 2)
    return incident

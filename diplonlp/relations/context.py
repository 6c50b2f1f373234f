"""What every relation rule needs: entities by position, the dateline, the sides of the talks."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field

from ..analysis import Analysis, Coverage
from ..inflect import both_states_at
from ..lexicon import post_heads, words
from ..mentions import datelines
from ..models import Document, Evidence, Meeting, Mention, Post
from ..morph import lemmas
from ..posts.heads import DEPUTY_PREFIXES, HONORIFICS, said_plural
from ..posts.phrase import CLOSING_QUOTES, OPENING_QUOTES, QUOTES
from ..posts.right import headed_at
from ..text import DASHES, LIST_MARKS
from . import setting


@dataclass(frozen=True, slots=True)
class Ref:
    """One mention of an entity: where it is and which entity (id, kind) it belongs to."""

    start: int
    stop: int
    id: str
    kind: str  # person, post, country, org, location, sector, date
    adjective: bool = False


KIND_OF = {"persons": "person", "posts": "post", "countries": "country", "organizations": "org",
           "locations": "location", "sectors": "sector", "dates": "date"}
TALK_NOUNS = words("context.talk_nouns")
SPOKESMAN_TITLES = words("context.spokesman_titles")
SAYING = setting.REPORTING | words("context.briefing")
TALK_EVENTS = words("context.talk_events")
TALK_PRONOUNS = words("context.talk_pronouns")
WITNESSED = words("context.witnessed")
TALK_PASSIVES = words("context.talk_passives")
LIST_GLUE = re.compile(rf"[,{re.escape(QUOTES)}]|\bи\b")
"""What may stand between the bodies of one list (`в рамках БРИКС, ШОС и «Группы двадцати»`): commas, `и`, quotes."""
SIGNED = words("agreement.signed")
SIDE_STATES = words("context.side_states")
SIDE_NOUNS = words("cooperation.side_nouns")
TOPIC_KINDS = ("company", "other")
"""The kinds of organizations a sentence of discussion names as its subject, not as a side (`_discussed_by_no_one`)."""
SIDE_STATE_QUANTIFIERS = words("context.side_state_quantifiers")
RULES = ("signed_by_sides", "sides_by_title", "states_as_sides", "credentials_no_sides", "sides_of_several_meetings",
         "sides_of_each_meeting", "pair_of_talks", "item_heading_ends_scope", "delegation_region_head",
         "joint_work_frame", "list_item_of_opener", "dateline_alone", "region_of_executive",
         "head_of_named_region", "states_between_of_topic", "meetings_told_plural", "meeting_of_named_side")
"""`signed_by_sides`: `Также был подписан пакет документов о сотрудничестве в сферах …` after the talks: a signing
in the short passive naming no one (no person, state, body or date in its sentence, but those before whom it is done:
`В присутствии Президента Узбекистана подписаны соглашения …`) was the sides' (`sides_of_talks`, read by cooperation
and agreements).
`sides_by_title`: `Президенты подписали программу …` after the talks of two presidents: a plural title naming no
state, body or holder, which every person of the latest meeting holds, stands for the sides of the talks.
`states_as_sides`: `Белорусский лидер отметил, что страны успешно сотрудничают …`: `страны`, `государства` as a
subject, with no word after it saying which (not `страны региона`, `государства – члены ЕАЭС`) and none before it
but `две`, `обе`, `наши` (not `другие страны`), are the sides of the talks.
`credentials_no_sides`: after several credentials received, a sentence of cooperation that only refers back to the
talks (`пожелал дипломатам успехов`) has no two sides for `cooperation_sides_of_talks`.
`sides_of_several_meetings`: for membership, the sides of talks are those of every meeting told in the sentence of
the last one that shares a participant with it (one host, several guests; each is a member alone, while which of
them cooperate is not told).
`sides_of_each_meeting`: for cooperation, `В ходе встреч`, `бесед` (`context.several_meetings`, plural) after several
meetings told in one sentence that share a participant refer to each of them: each meeting's sides cooperate (`провел
встречи с министром … Саудовской Аравии … и Генеральным секретарем ОИС … В ходе встреч обсуждены вопросы
сотрудничества …`: Tajikistan with Saudi Arabia, and with the OIC); so do the fields a later sentence names.
`meeting_of_named_side`: of those meetings, a sentence naming the state of one counterpart alone (`С таиландским
коллегой рассмотрены перспективы туризма` after meetings with the ministers of Spain and Thailand) tells that
meeting's sides only.
`pair_of_talks`: `двух стран`, `между странами` where the sentences around name more than two states at once (a
pipeline `Туркменистан – Афганистан – Пакистан – Индия` after talks of two of them): the two sides of the latest
talks, where both are among them, not the first two named; `между тремя странами` (another numeral than `два`,
`оба`: `cooperation.pair_numerals`) is the three or more states the nearest sentence naming so many names.
`item_heading_ends_scope`: a digest item's heading (`О консультациях по вопросам миграции`, a line of its own after
the lead ending in no full stop, a blank line after it) opens another event: the sides of the talks told before it
are not those of a sentence after it (`last_meeting`), its own talks word refers to none of them, and the fields it
and the sentences after it name are not the cooperation told before it.
`delegation_region_head`: `Хоким Бухары … провел встречу с делегацией провинции Шэньси Китая во главе с
вице-губернатором Сюй Дачжэ`: a head of a region whose title names none heads the region of the delegation they
lead, so talks of heads of regions are the regions' (`regions_of_heads`).
`joint_work_frame`: `Обсуждены также вопросы взаимодействия в АТЭС`: an organization after a word of joint work and
`в` (`membership.joint_work`) is where the talks' sides work, as one `в рамках` opens is, no side of the talks: a
discussion naming no one else speaks of the talks told before.
`dateline_alone`: `Баку, 3 октября, АЗЕРТАДЖ` on a line of its own, a blank line after it (`mentions.datelines.lead`):
the lead, whose events the dateline's day and place are, is the paragraph after it.
`list_item_of_opener`: `В ходе встречи стороны обсудили:` then `• сотрудничество в сферах образования …;` on lines
of their own: a list's item speaks of the sides where the sentence whose line ends in the colon opening the list
does.
`region_of_executive`: `Председатель Могилевского облисполкома A и губернатор Омской области B подписали …`: the
head of a region's executive body heads the region its adjective names, where the text names it (`Могилевская
область`), a side as a governor's region is, or, named by its noun alone, the region of the delegation they lead
(`Делегация Гродненской области во главе с председателем облисполкома …`). `head_of_named_region`: so does a
`глава` of no body whose title names a region and no state (`глава Республики Саха (Якутия)`).
`states_between_of_topic`: `Обсуждены вопросы межпарламентского сотрудничества и повестка мирного процесса между
Азербайджаном и Арменией`: states `между` opens after a noun of no cooperation are what the talks were about, no one
the passive's sentence names (`_discussed_by_no_one`).
`meetings_told_plural`: `… провел встречи с министром … Кыргызстана A и министром … Таджикистана B. Обсуждались
вопросы двустороннего сотрудничества …`: a sentence referring to meetings told with a plural `встречи` refers to each
of them, as `В ходе встреч` does (`sides_of_each_meeting`)."""
COOPERATION_WORDS = words("cooperation.cooperation")
TOPICS = words("membership.topics")
"""Nouns of what talks are about before a place's preposition (`ситуацию в Мьянме`): the state is a topic."""
AIDED = words("membership.aided")
"""Nouns of aid right before a state (`поддержку Украины`): the state is a topic."""
BORDERS = words("membership.borders")
"""Nouns of a border a state's adjective names (`на таджикско-афганской границе`): the state is a topic."""
SEVERAL_MEETINGS = words("context.several_meetings")
JOINT_WORK = words("membership.joint_work")


@dataclass
class Context:
    doc: Analysis
    out: Document
    refs: list[Ref]
    starts: list[int]
    country_of: dict[str, str | None]  # person id -> country code
    org_of: dict[str, str | None]  # person id -> organization id of their post
    employer_of: dict[str, str]  # person id -> organization id of their post, of any kind (a company too)
    lead: tuple[int, int]  # character span of the lead paragraph (the dateline's events)
    held: set[str] = field(default_factory=set)  # ids of the posts someone holds
    home_of: dict[str, str] = field(default_factory=dict)  # person id -> their state's code, a mention or not
    region_of: dict[str, str] = field(default_factory=dict)  # person id -> the region they head (its location id)
    governors: frozenset[str] = frozenset()  # the persons holding a post that heads a region or town, named or not
    dateline_date: str | None = None
    dateline_place: str | None = None
    dateline_state: str | None = None  # the country the dateline's place lies in
    dateline_stop: int = 0  # where the dateline ends
    meetings: list[tuple[int, Meeting]] = field(default_factory=list)  # (sentence index, meeting)
    meeting_of: dict[frozenset[str], Meeting] = field(default_factory=dict)  # participants -> meeting told
    scene: setting.Scene | None = None  # what the setting rules read of the whole document, once asked
    calls: list[tuple[int, Meeting]] = field(default_factory=list)  # phone calls told: no meetings, but sides
    visits: list[tuple[int, Meeting]] = field(default_factory=list)  # visits' sides: the visitor, the state visited
    changed: list[tuple[str, str, int, int]] = field(default_factory=list)  # (kind, rule, start, stop) of a rule
    # that changed or informed a relation another rule made (`meeting_joined`, `call_sides`), for `Pipeline.trace`
    _unheld_titles: dict[int, list[tuple[int, int]]] | None = None  # sentence -> titles found that no one holds
    _holders: dict[tuple[str, str], dict[str, int]] | None = None  # (title, country id) -> holder -> first named
    _titles: dict[str, set[str]] | None = None  # person id -> titles of the posts they hold
    _plural_titles: dict[int, set[str]] | None = None  # sentence -> plural titles naming no state or body
    _topics: set[str] | None = None  # ids of the organizations a discussion names as its subject (`TOPIC_KINDS`)
    _headings: list[int] | None = None  # the sentences that head a digest's items (`subheading`)
    _said: dict[int, int | None] = field(default_factory=dict)  # sentence -> the comma what was said ends at

    @classmethod
    def build(cls, doc: Analysis, out: Document) -> Context:
        refs: list[Ref] = []
        adjectives = {(f.start, f.stop) for f in doc.found.get("country", []) if f.data["adjective"]}
        for group, kind in KIND_OF.items():
            for entity in getattr(out, group):
                if kind == "date" and _term(entity.value):
                    continue
                for m in entity.mentions:
                    refs.append(Ref(m.start, m.stop, entity.id, kind, (m.start, m.stop) in adjectives))
        refs += [Ref(r.start, r.stop, r.entity, "person") for r in doc.references]  # `он` of a named person
        refs.sort(key=lambda r: (r.start, r.stop))
        org_by_name = {o.name: o.id for o in out.organizations if o.kind == "international"}  # a side of its own:
        # the UN's coordinator speaks for the UN; a university's president is no side of the talks
        post_by_id = {p.id: p for p in out.posts}
        known = {c.id for c in out.countries}
        country_of: dict[str, str | None] = {
            p.id: f"country-{p.country}" if f"country-{p.country}" in known else None for p in out.persons}
        org_of: dict[str, str | None] = {}
        employer_of: dict[str, str] = {}
        org_ids = {o.name: o.id for o in out.organizations}
        held: set[str] = set()
        for rel in out.relations:
            if rel.kind == "holds_post":
                held.add(rel.post)
                post = post_by_id[rel.post]
                if post.organization and rel.person not in org_of:
                    org_of[rel.person] = org_by_name.get(post.organization)
                    employer_of[rel.person] = org_ids.get(post.organization, post.organization)
        dateline = datelines.opening(doc.text, doc.header.stop)
        region_of, governors = _regions_headed(doc, out, refs, [r.start for r in refs])
        ctx = cls(doc, out, refs, [r.start for r in refs], country_of, org_of, employer_of,
                  datelines.lead(doc, dateline), held=held, home_of={p.id: p.country for p in out.persons if p.country},
                  region_of=region_of, governors=governors)
        if dateline:
            ctx._read_dateline(dateline)
        return ctx

    def _read_dateline(self, match: re.Match[str]) -> None:
        self.dateline_stop = match.end()
        place = datelines.place_of(match, self.out.locations)
        if place is not None:
            self.dateline_place = place.id
            self.dateline_state = f"country-{place.country}" if place.country else None
        for ref in self.between(match.start(2), match.end(2), ("date",)) if match.group(2) else ():
            self.dateline_date = ref.id

    def unheld_titles(self, s: int) -> list[tuple[int, int]]:
        """The (start, stop) of every title found in sentence ``s`` that names no post someone holds, plural titles
        too (`встреча президентов России и Китая`: no post entity), read once for the document; not an occupation
        (`ситуация с российскими журналистами в Латвии`), a post only where someone holds it (rule
        `occupation_no_official`)."""
        if self._unheld_titles is None:
            held = Coverage([(m.start, m.stop) for p in self.out.posts if p.id in self.held for m in p.mentions])
            self._unheld_titles = {}
            for f in self.doc.found.get("post", []):
                if f.data.get("family") == "profession" and self.on("occupation_no_official"):
                    continue
                if not held.covers(f.start):
                    self._unheld_titles.setdefault(self.doc.tokens[f.a].sent, []).append((f.start, f.stop))
        return self._unheld_titles.get(s, [])

    def in_headline(self, s: int) -> bool:
        """Is sentence ``s`` a headline: before the lead a dateline opens, or, with none, the text's first line when
        it ends in no full stop and a blank line follows (`Арарат Мирзоян провел встречи с главами МИД Мексики и
        Мавритании`)? (`datelines.in_headline`)"""
        return datelines.in_headline(self.doc, self.lead[0], s)

    def subheading(self, s: int) -> bool:
        """Is sentence ``s`` a digest item's heading after the lead: a line of its own ending in no full stop, with a
        blank line after it (`О консультациях по вопросам миграции`), which opens another event?"""
        sent, text = self.doc.sents[s], self.doc.text
        return sent.start > self.lead[1] and text[sent.start:sent.stop].rstrip()[-1:] not in ".!?…:;" and \
            text[:sent.start].rstrip(" ").endswith("\n") and text.startswith("\n\n", sent.stop)

    def holders(self, title: str, country: str) -> dict[str, int]:
        """The persons holding a post of ``title`` of state ``country`` (an id: `country-KZ`), each with where the
        text first names them; read once for the document."""
        if self._holders is None:
            posts = {p.id: p for p in self.out.posts}
            first = {p.id: p.mentions[0].start for p in self.out.persons if p.mentions}
            self._holders = {}
            for rel in self.out.relations:
                if rel.kind == "holds_post" and (post := posts[rel.post]).country and rel.person in first:
                    self._holders.setdefault((post.title, f"country-{post.country}"), {})[rel.person] = \
                        first[rel.person]
        return self._holders.get((title, country), {})

    def on(self, rule: str) -> bool:
        """Whether the named rule runs (`Analysis.on`)."""
        return self.doc.on(rule)

    def between(self, start: int, stop: int, kinds: tuple[str, ...]) -> list[Ref]:
        """Mentions of ``kinds`` lying inside ``start:stop``, in text order; one nested in another
        (`РК` in `МИД РК`) is left out, and so is a state whose very words name a body of it (`Кыргызстана` after
        `министерствами иностранных дел Казахстана и`: `bodies_of_states`)."""
        i = bisect_left(self.starts, start)
        out: list[Ref] = []
        reach, reach_start = -1, -1  # the furthest stop of a kept ref, and the first start reaching it
        while i < len(self.refs) and self.refs[i].start < stop:
            ref = self.refs[i]  # refs go by start: every kept one starts at or before this one
            nested = ref.stop < reach or (ref.stop == reach and reach_start < ref.start)
            if out and (ref.start, ref.stop) == (out[-1].start, out[-1].stop) and \
                    {ref.kind, out[-1].kind} == {"country", "org"} and ref.kind in kinds:
                out[-1] = ref if ref.kind == "org" else out[-1]
            elif ref.kind in kinds and ref.stop <= stop and not nested:
                out.append(ref)
                if ref.stop > reach:
                    reach, reach_start = ref.stop, ref.start
            i += 1
        return out

    def in_sentence(self, s: int, kinds: tuple[str, ...]) -> list[Ref]:
        sent = self.doc.sents[s]
        return self.between(sent.start, sent.stop, kinds)

    def subject(self, k: int, kinds: tuple[str, ...]) -> Ref | None:
        """The mention in the subject of the clause token ``k`` stands in, of the first of ``kinds`` found there
        (`министр обороны США Майкл Флинн`: the person, given first): the parse's `nsubj` of the nearest head
        above ``k`` that has one (a verb joined by `и` shares its first verb's), on its side of that head (`По
        приглашению … Саидова в Ташкент прибыл Министр … Аракчи`: the parse may hang `Саидова` on `Министр`)."""
        toks = self.doc.tokens
        first, last = self.doc.sent_bounds(k)
        i, seen = k, set[int]()
        while i not in seen and first <= i < last:
            seen.add(i)
            subjects = [t.i for t in toks[first:last] if t.head == i and t.rel.startswith("nsubj")]
            if subjects:  # `В.Путин`: the parse may hang a name's parts on the verb one by one
                span = [t.i for t in toks[first:last] if any(self.under(t.i, j, first, last) for j in subjects)
                        and (t.i > i) == (subjects[0] > i)]  # not across its verb: a misparse's apposition
                stop = toks[max(span)].stop
                found = [r for r in self.between(toks[min(span)].start, self.doc.sents[toks[k].sent].stop, kinds)
                         if r.start < stop]
                return min(found, key=lambda r: (kinds.index(r.kind), r.start), default=None)
            i = toks[i].head
        return None

    def under(self, i: int, top: int, first: int, last: int) -> bool:
        """Does token ``i``'s chain of heads reach ``top`` inside the sentence ``first:last``?"""
        toks, steps = self.doc.tokens, 0
        while i != top and first <= i < last and steps < last - first:
            i, steps = toks[i].head, steps + 1
        return i == top

    def list_items(self, s: int) -> list[int]:
        """The sentences after ``s`` that continue a list it opens with a colon: each while the one before it ends
        in `:` or `;` (`приняли участие:` / `Министр … A;` / `Министр … B.`)."""
        sents = self.doc.sents
        items: list[int] = []
        while s + 1 < len(sents) and self.doc.text[sents[s].start:sents[s].stop].rstrip().endswith((":", ";")):
            s += 1
            items.append(s)
        return items

    def reporting_comma(self, s: int) -> int | None:
        """The comma in sentence ``s`` where what was said ends (`setting.reporting_comma`), read once a sentence."""
        if s not in self._said:
            self._said[s] = setting.reporting_comma(self, s)
        return self._said[s]

    def sentence_lemmas(self, s: int) -> list[frozenset[str]]:
        sent = self.doc.sents[s]
        return [lemmas(t.text) for t in self.doc.tokens[sent.first:sent.last]]

    def evidence(self, s: int, last: int | None = None) -> Evidence:
        first = self.doc.sents[s]
        end = self.doc.sents[last if last is not None else s]
        return Evidence(start=first.start, stop=end.stop, text=self.doc.text[first.start:end.stop])

    def when_where(self, s: int, persons: Collection[str] = ()) -> tuple[str | None, str | None]:
        """Date and place of an event of ``persons`` told in sentence ``s`` (`setting.when_where`)."""
        return setting.when_where(self, s, persons)

    def party_of(self, ref: Ref) -> str | None:
        """The state or body a mention speaks for: a person's country (or organization), else itself."""
        if ref.kind == "person":
            return self.country_of.get(ref.id) or self.org_of.get(ref.id)
        if ref.kind in ("country", "org", "location"):
            return ref.id
        return None

    def named_from(self, s: int, ref: Ref) -> int:
        """Where the phrase naming person ``ref`` opens: at a title right before the name (`Президентом Турции
        Эрдоганом`; a title of rank may stand between: `министр энергетики Саудовской Аравии принц Абдулазиз`), else
        at the name."""
        posts = [p for p in self.in_sentence(s, ("post",)) if p.stop <= ref.start and
                 all(lemmas(w) & HONORIFICS for w in self.doc.text[p.stop:ref.start].split())]
        return posts[-1].start if posts else ref.start

    def witness(self, s: int, ref: Ref) -> bool:
        """`… в присутствии Президента США Дональда Трампа подписали …`: is person ``ref`` named right after `в
        присутствии` (`context.witnessed`), one before whom others act, no side of what they do (rule
        `witness_not_signer`)?"""
        before = self.doc.text[self.doc.sents[s].start:self.named_from(s, ref)].lower().split()
        return " ".join(before[-2:]) in WITNESSED and self.on("witness_not_signer")

    def last_meeting(self, s: int) -> Meeting | None:
        """The latest meeting or phone call told at or before sentence ``s`` (`стороны`, `собеседники` refer to
        it); a meeting where both are told in one sentence; else the latest visit's sides (`visit_sides`)."""
        floor = self.item_start(s)
        meeting = next(((k, m) for k, m in reversed(self.meetings) if floor <= k <= s), None)
        call = next(((k, m) for k, m in reversed(self.calls) if floor <= k <= s), None)
        if call is not None and (meeting is None or call[0] > meeting[0]):
            return call[1]
        visit = next((m for k, m in reversed(self.visits) if floor <= k <= s), None)
        return meeting[1] if meeting else visit

    def item_start(self, s: int) -> int:
        """The sentence that opens the digest item sentence ``s`` is in: the latest heading at or before it
        (`item_headings`), else the first."""
        headings = self.item_headings()
        i = bisect_right(headings, s)
        return headings[i - 1] if i else 0

    def item_headings(self) -> list[int]:
        """The sentences that head a digest's items (`subheading`; rule `item_heading_ends_scope`), read once."""
        if self._headings is None:
            on = self.on("item_heading_ends_scope")
            self._headings = [k for k in range(len(self.doc.sents)) if on and self.subheading(k)]
        return self._headings

    def meeting_parties(self, meeting: Meeting) -> list[str]:
        parties: list[str] = []
        for pid in meeting.participants:
            party = self._participant_party(pid)
            if party and party not in parties:
                parties.append(party)
        return parties

    def _participant_party(self, pid: str) -> str | None:
        """The state or body a meeting's participant speaks for: a person's country (or organization), else itself."""
        return self.country_of.get(pid) or self.org_of.get(pid) if pid.startswith("person-") else pid

    def meeting_sides(self, meeting: Meeting) -> list[str]:
        """The sides of ``meeting``: the regions where heads of regions held it (`regions_of_heads`), else its
        parties."""
        return self.regions_of_heads(meeting) or self.meeting_parties(meeting)

    def salient_pair(self, s: int) -> list[str]:
        """The two states the text speaks of around sentence ``s`` (`двух стран`, `между странами`): the first two
        named, or, where more are named at once or the sides of the talks are the subject (`Стороны обсудили
        ситуацию на таджикско-афганской границе и военно-техническое сотрудничество двух стран`), the two sides of
        the talks among them (`pair_of_talks`)."""
        if self.on("pair_of_talks") and self.mentions_sides(s, events=False):
            meeting = self.last_meeting(s)
            sides = self.meeting_parties(meeting) if meeting else []
            if len(sides) == 2 and all(p.startswith("country-") for p in sides):
                return sides
        seen: list[str] = []
        for k in (s, s - 1, s - 2):
            if k < 0:
                break
            for ref in self.in_sentence(k, ("country", "person")):
                party = self.party_of(ref)
                if party and party.startswith("country-") and party not in seen:
                    seen.append(party)
            if len(seen) > 2 and self.on("pair_of_talks"):
                return self._pair_of_talks(s, seen)
            if len(seen) >= 2:
                return seen[:2]
        return []

    def states_listed(self, s: int) -> list[str]:
        """`между тремя странами`: the states, three or more, of the nearest of sentence ``s`` and the two before it
        that names so many by name (rule `pair_of_talks`'s, for more than a pair), else []."""
        if not self.on("pair_of_talks"):
            return []
        for k in range(s, max(s - 3, -1), -1):
            named = list(dict.fromkeys(r.id for r in self.in_sentence(k, ("country",)) if not r.adjective))
            if len(named) >= 3:
                return named
        return []

    def _pair_of_talks(self, s: int, seen: list[str]) -> list[str]:
        """Of more than two states named around sentence ``s``, the two sides of the latest talks if both are among
        them (`Стороны обсудили … газопровода Туркменистан – Афганистан – Пакистан – Индия. … подписан Меморандум
        … между МИД двух стран` after talks of Turkmenistan and Pakistan), else the first two."""
        meeting = self.last_meeting(s)
        sides = self.meeting_parties(meeting) if meeting else []
        return sides if len(sides) == 2 and set(sides) <= set(seen) else seen[:2]

    def both_states(self, s: int) -> list[str]:
        """`двух стран`, `обеих стран`, `двух государств` in sentence ``s``: the pair it means, else []."""
        return self.salient_pair(s) if next(self.both_words(s), None) is not None else []

    def both_words(self, s: int) -> Iterator[int]:
        """Where `двух стран`, `обеих стран`, `двух государств` open in sentence ``s`` (token indices, in order)."""
        sent = self.doc.sents[s]
        return (k for k in range(sent.first, sent.last - 1) if both_states_at(self.doc.tokens, k))

    def sides_of_talks(self, s: int, events: bool = True) -> list[str]:
        """The parties `стороны`, `министры`, `собеседники` (and, with ``events``, `в ходе встречи`) in sentence
        ``s`` stand for, else []."""
        meeting = self._talks_referred(s, events)
        return self.meeting_parties(meeting) if meeting else []

    def regions_of_heads(self, meeting: Meeting) -> list[str]:
        """`Аким Алматинской области … провел встречу с губернатором Иссык-Кульской области Кыргызстана … Стороны
        обсудили развитие приграничной торговли`: where every side is a person heading a region their title names,
        the regions are the sides, as the contract has regions cooperate and sign (rule `regions_of_heads`); else
        none."""
        regions = [self.region_of.get(pid) for pid in meeting.participants]
        if len(regions) < 2 or len(set(regions)) < 2 or not self.on("regions_of_heads"):
            return []
        return self.heads_regions(meeting.participants) or self._region_of_unnamed_state(meeting)

    def heads_regions(self, persons: Collection[str]) -> list[str]:
        """The regions, two or more, of ``persons`` where each heads one their title names (rule `regions_of_heads`:
        `Аким Алматы A и мэр Бишкека B подписали …`); else []."""
        regions = [self.region_of.get(pid) for pid in persons]
        if None in regions or len(set(regions)) < 2 or not self.on("regions_of_heads"):
            return []
        return list(dict.fromkeys(r for r in regions if r is not None))

    def _region_of_unnamed_state(self, meeting: Meeting) -> list[str]:
        """`Генеральный консул Казахстана в Новосибирске … встретился с губернатором Новосибирской области …`: a head
        of a region whose state no word names stands for the region beside the others' states or bodies (rule
        `region_of_unnamed_state`); else none."""
        parties: list[str] = []
        unnamed = False  # does a head of a region stand for it?
        for pid in meeting.participants:
            party = self._participant_party(pid)
            if party is None and pid in self.region_of:
                party, unnamed = self.region_of[pid], True
            if party is None or (pid not in self.region_of and pid in self.governors):
                return []  # `делегацию провинции … во главе с губернатором Ли Чхоль У`: a region no title names
            parties += [party] if party not in parties else []
        return parties if unnamed and len(parties) >= 2 and self.on("region_of_unnamed_state") else []

    def region_sides_of_talks(self, s: int) -> list[str]:
        """`sides_of_talks`, the regions where heads of regions held the talks (`regions_of_heads`)."""
        meeting = self._talks_referred(s, True)
        return self.meeting_sides(meeting) if meeting else []

    def all_sides_of_talks(self, s: int, events: bool = True) -> list[str]:
        """`sides_of_talks`, with the parties of every meeting told in the same sentence as the last one and sharing
        a participant with it (`_with_fellow_meetings`)."""
        meeting = self._talks_referred(s, events)
        sides = self.meeting_parties(meeting) if meeting else []
        return self._with_fellow_meetings(meeting, sides) if meeting and sides else sides

    def _talks_referred(self, s: int, events: bool) -> Meeting | None:
        """The meeting (or call) whose sides sentence ``s`` speaks of, else None."""
        return self.last_meeting(s) if self.mentions_sides(s, events) or self.signed_by_sides(s) or \
            self.titled_sides(s) else None

    def _with_fellow_meetings(self, meeting: Meeting, parties: list[str]) -> list[str]:
        """``parties`` (those of ``meeting``) and those of every other meeting told in its sentence that shares a
        participant with it (`Мадуро принял министров … Никарагуа … и … Боливии. Стороны обсудили координацию в рамках
        АЛБА`: all three states; rule `sides_of_several_meetings`)."""
        told = next((k for k, m in self.meetings if m is meeting), None)
        for k, m in self.meetings if self.on("sides_of_several_meetings") else ():
            if k == told and m is not meeting and set(m.participants) & set(meeting.participants):
                parties += [p for p in self.meeting_parties(m) if p not in parties]
        return parties

    def sides_of_each_meeting(self, s: int) -> tuple[list[list[str]], str]:
        """`sides_of_each_meeting`: the parties of each meeting a plural `встреч`, `бесед` in sentence ``s`` refers
        to, where it refers to two or more, else [], and the rule that chose them (the caller that uses them says so
        in ``changed``)."""
        sent = self.doc.sents[s]
        if not self.on("sides_of_each_meeting"):
            return [], "sides_of_each_meeting"
        plural = any(lemmas(t.text) & SEVERAL_MEETINGS and t.feats.get("Number") == "Plur"
                     for t in self.doc.tokens[sent.first:sent.last])
        meeting = self._talks_referred(s, True)
        told = next((k for k, m in self.meetings if m is meeting), None)
        if not plural and not (meeting is not None and meeting.rule == "meetings_plural" and told is not None and
                               not self.in_headline(told) and self.on("meetings_told_plural")):
            return [], "sides_of_each_meeting"
        each = [m for k, m in self.meetings if k == told and meeting is not None and (
            m is meeting or set(m.participants) & set(meeting.participants))]
        sides = [parties for m in each if len(parties := self.meeting_parties(m)) >= 2]
        return self._one_side_named(s, sides) if len(sides) >= 2 else ([], "sides_of_each_meeting")

    def _one_side_named(self, s: int, sides: list[list[str]]) -> tuple[list[list[str]], str]:
        """`… провел встречи с министрами Испании, Таиланда и … . С таиландским коллегой рассмотрены перспективы
        туризма`: of the meetings' ``sides``, the one meeting whose counterpart's state alone sentence ``s`` names
        (rule `meeting_of_named_side`); else all of them (`sides_of_each_meeting`)."""
        if not self.on("meeting_of_named_side"):
            return sides, "sides_of_each_meeting"
        common = set.intersection(*(set(p) for p in sides))
        named = {r.id for r in self.in_sentence(s, ("country",))} - common
        chosen = [p for p in sides if named & set(p)]
        return (chosen, "meeting_of_named_side") if len(chosen) == 1 else (sides, "sides_of_each_meeting")

    def one_of_credentials(self, meeting: Meeting) -> bool:
        """Is ``meeting`` one of several credentials received (`пожелал дипломатам …` after a list of ambassadors
        stands for all of them, not the last one's state: no sides for `cooperation_sides_of_talks`; rule
        `credentials_no_sides`)? A headline's telling the lead's again, of the same persons, is not another."""
        return self.on("credentials_no_sides") and meeting.rule == "meeting_credentials" and len(
            {frozenset(m.participants) for _, m in self.meetings if m.rule == "meeting_credentials"}) > 1

    def titled_sides(self, s: int) -> bool:
        """`sides_by_title`: a plural title in sentence ``s`` naming no state or body, no one's post, that every
        person of the latest meeting holds (`Президенты` after the talks of two presidents)."""
        if not self.on("sides_by_title"):
            return False
        if self._plural_titles is None:  # sentence -> plural titles naming no state or body, read once
            self._plural_titles = {}
            for f in self.doc.found.get("post", []):
                if f.data["plural"] and f.data["country"] is None and f.data["organization"] is None:
                    self._plural_titles.setdefault(self.doc.tokens[f.a].sent, set()).add(f.data["title"])
        titles = self._plural_titles.get(s, set())
        meeting = self.last_meeting(s) if titles else None
        persons = [p for p in meeting.participants if p.startswith("person-")] if meeting else []
        return len(persons) >= 2 and any(all(title in self.titles_held(p) for p in persons) for title in titles)

    def reports(self, ref: Ref, k: int) -> bool:
        """Is person ``ref`` a spokesperson (`context.spokesman_titles`) who is the subject of a verb of saying
        between their name and token ``k`` (`Официальный представитель МИД Айбек Смадияров сообщил, что … состоялись
        переговоры`, `проинформировал о визите …`): who reports the event told after it, taking no part in it (rule
        `spokesman_reports`)?"""
        if ref.kind != "person" or not self.titles_held(ref.id) & SPOKESMAN_TITLES or not self.on("spokesman_reports"):
            return False
        rng = self.doc.token_range(ref.start, ref.stop)
        return rng is not None and any(t.is_finite_verb and lemmas(t.text) & SAYING for t in self.doc.tokens[rng[1]:k])

    def titles_held(self, person: str) -> set[str]:
        """The titles of the posts ``person`` (an id) holds, read once for the document."""
        if self._titles is None:
            posts = {p.id: p for p in self.out.posts}
            self._titles = {}
            for rel in self.out.relations:
                if rel.kind == "holds_post":
                    self._titles.setdefault(rel.person, set()).add(posts[rel.post].title)
        return self._titles.get(person, set())

    def signed_by_sides(self, s: int) -> bool:
        """Does sentence ``s`` tell a signing in the short passive (`был подписан`, `подписаны`) and name no one but
        those before whom it is done (`В присутствии Президента Узбекистана подписаны соглашения …`: `witness`), nor a
        date (`В 2019 году было подписано соглашение …` is another, earlier signing; rule `signed_by_sides`)?"""
        if not self.on("signed_by_sides"):
            return False
        sent = self.doc.sents[s]
        return any(t.feats.get("Variant") == "Short" and t.feats.get("Voice") == "Pass" and lemmas(t.text) & SIGNED
                   for t in self.doc.tokens[sent.first:sent.last]) and not self._named_apart_from_witnesses(s)

    def _named_apart_from_witnesses(self, s: int) -> bool:
        """Does sentence ``s`` name a person, state, body or date outside the phrases naming a `witness`?"""
        named = self.in_sentence(s, ("person", "country", "org", "date"))
        witnesses = [(self.named_from(s, r), r.stop) for r in named if r.kind == "person" and self.witness(s, r)]
        return any(not any(a <= r.start and r.stop <= b for a, b in witnesses) for r in named)

    def is_topic(self, ref: Ref) -> bool:
        """Is the state ``ref`` what the talks were about, after a topic noun and its preposition (`обсудили ситуацию
        в Мьянме и сотрудничество в рамках АСЕАН`, `membership.topics`) or right after a noun of aid (`поддержку
        Украины`, `membership.aided`), an adjective of a border (`на таджикско-афганской границе`,
        `membership.borders`), or part of a name in quotes (`подготовку к саммиту «Россия – Африка»`): no
        member of a frame (rule `membership_frame`), nor a side of two-sided cooperation (`cooperation_bilateral`)?"""
        rng = self.doc.token_range(ref.start, ref.stop)
        toks = self.doc.tokens
        if ref.kind != "country" or rng is None or rng[0] < 1:
            return False
        if lemmas(toks[rng[0] - 1].text) & AIDED or self.in_quotes(rng[0]):
            return True  # `обсудили поддержку Украины и оборонное сотрудничество в рамках НАТО`
        if ref.adjective and any(lemmas(t.text) & BORDERS for t in toks[rng[1]:rng[1] + 2]):
            return True  # `безопасность на таджикско-афганской границе`: where, not a member
        return rng[0] >= 2 and toks[rng[0] - 1].lower in ("в", "во", "на", "вокруг") and \
            bool(lemmas(toks[rng[0] - 2].text) & TOPICS)

    def in_quotes(self, k: int) -> bool:
        """Is token ``k`` inside quotes its sentence opens before it (`«Центральная Азия – Китай»`)?"""
        toks = self.doc.tokens
        opened = 0
        for t in toks[self.doc.sents[toks[k].sent].first:k]:
            opened += (t.text in OPENING_QUOTES) - (t.text in CLOSING_QUOTES)
        return opened > 0

    def mentions_sides(self, s: int, events: bool = True) -> bool:
        """Does sentence ``s`` speak of the sides of the talks (`стороны`, `собеседники`, `главы ведомств`) or,
        with ``events``, of the talks themselves (`в ходе встречи`, `по итогам переговоров`, `Обсуждены вопросы …`)?
        A list's item does where the sentence opening the list does (`list_item_of_opener`)."""
        if (opener := self.list_opener(s)) is not None and self._mentions_sides(opener, events):
            return True
        return self._mentions_sides(s, events)

    def list_opener(self, s: int) -> int | None:
        """`В ходе встречи стороны обсудили:` then `• сотрудничество в сферах …;` a line of its own each: the sentence
        whose line ends in the colon that opens the list sentence ``s`` is an item of (a line opening with a list
        mark, `text.LIST_MARKS`, after such items only), if any (rule `list_item_of_opener`)."""
        if not self.on("list_item_of_opener") or not self._list_item(s):
            return None
        k = s - 1
        while k >= 0 and self._list_item(k) and not self._opens_list(k):
            k -= 1
        return k if k >= 0 and self._opens_list(k) else None

    def _opens_list(self, s: int) -> bool:
        """Does a line of sentence ``s`` end in a colon?"""
        text = self.doc.text[self.doc.sents[s].start:self.doc.sents[s].stop]
        return text.rstrip().endswith(":") or ":\n" in text

    def _list_item(self, s: int) -> bool:
        """Does sentence ``s`` open a line with a list mark (`•`, `–`, `-`)?"""
        first = self.doc.sents[s].first
        return self.doc.tokens[first].text in LIST_MARKS and self.doc.opens_line(first)

    def _mentions_sides(self, s: int, events: bool) -> bool:
        """`mentions_sides` read in sentence ``s`` alone."""
        sent = self.doc.sents[s]
        states = self.on("states_as_sides")
        for k in range(sent.first, sent.last):
            tok = self.doc.tokens[k]
            said = lemmas(tok.text)
            if (said & TALK_NOUNS and said_plural(tok)) or tok.lower in TALK_PRONOUNS or (
                    events and said & TALK_EVENTS) or (states and said & SIDE_STATES and self._states_as_sides(k)):
                return True
        return events and self._discussed_by_no_one(s)

    def _states_as_sides(self, k: int) -> bool:
        """`страны успешно сотрудничают`: a plural `страны` or `государства` at ``k`` as a subject (the parse's, or
        before a verb in a sentence with none), with no word after it saying which and none before it but `две`,
        `обе`, `наши` (rule `states_as_sides`)."""
        toks = self.doc.tokens
        tok = toks[k]
        if tok.feats.get("Case") != "Nom" or not said_plural(tok) or not (
                tok.rel.startswith("nsubj") or (not tok.rel and self._verb_next(k))):
            return False
        after = toks[k + 1] if k + 1 < len(toks) else None
        before = toks[k - 1] if k else None
        qualified = after is not None and (after.text in DASHES or (after.pos in ("NOUN", "PROPN", "ADJ", "NUM") and
                                                                     after.feats.get("Case") == "Gen"))
        modified = before is not None and before.pos in ("ADJ", "DET", "NUM") and \
            not lemmas(before.text) & SIDE_STATE_QUANTIFIERS
        return not qualified and not modified

    def _verb_next(self, k: int) -> bool:
        """Is a finite verb right after token ``k``, adverbs aside (`страны успешно сотрудничают`)? Where the
        sentence has no parse (it names no one), this tells a subject."""
        toks, last = self.doc.tokens, self.doc.sents[self.doc.tokens[k].sent].last
        j = k + 1
        while j < last and toks[j].pos == "ADV":
            j += 1
        return j < last and toks[j].is_finite_verb

    def _discussed_by_no_one(self, s: int) -> bool:
        """`Обсуждены вопросы реформирования энергетического сектора`, `Также обсуждались …`: a verb of discussion in
        the passive in a sentence that names no one (the bodies of a frame aside: `в рамках СНГ, ОДКБ и ШОС`; nor a
        company or a plant, nor a state by its adjective, what the talks were about: `строительства АЭС «Эль-Дабаа»`,
        `создания российской промышленной зоны`; nor a side of those talks, `проектов банка в Узбекистане`) speaks of
        the talks told before."""
        sent = self.doc.sents[s]
        refs = self.in_sentence(s, ("person", "country", "org"))
        meeting = self.last_meeting(s) if refs else None
        sides = {*self.meeting_parties(meeting), *meeting.participants} if meeting else set()
        if any(self._names_a_side(s, r) and r.id not in sides for r in refs):
            return False
        return any(lemmas(t.text) & TALK_PASSIVES and t.feats.get("Voice") == "Pass"
                   for t in self.doc.tokens[sent.first:sent.last])

    def _names_a_side(self, s: int, ref: Ref) -> bool:
        """Is ``ref`` in sentence ``s`` someone who may be a side: a person, a state by its name or by an adjective
        said of a side, a body neither of a frame nor of a kind a discussion names as its subject (`TOPIC_KINDS`)?"""
        if ref.adjective and not self.side_named(ref):
            return False
        if self._topics is None:
            self._topics = {o.id for o in self.out.organizations if o.kind in TOPIC_KINDS}
        if ref.kind == "country" and self._between_of_topic(ref):
            return False
        return ref.kind != "org" or not (ref.id in self._topics or self._framed(s, ref))

    def _between_of_topic(self, ref: Ref) -> bool:
        """`повестка мирного процесса между Азербайджаном и Арменией`: is the state ``ref`` in the run of states
        `между` opens after a noun of no cooperation (`cooperation.cooperation`), what the talks were about (rule
        `states_between_of_topic`)?"""
        rng = self.doc.token_range(ref.start, ref.stop)
        if rng is None or not self.on("states_between_of_topic"):
            return False
        toks, ends, k = self.doc.tokens, self.doc.ending_at("country"), rng[0]  # back over the run of states
        first = self.doc.sents[toks[k].sent].first
        while k - 1 > first and (toks[k - 1].lower in ("и", ",") or k in ends):
            k = ends[k].a if k in ends else k - 1
        return k - 2 >= first and toks[k - 1].lower == "между" and toks[k - 2].pos == "NOUN" and \
            not lemmas(toks[k - 2].text) & COOPERATION_WORDS

    def side_named(self, ref: Ref) -> bool:
        """Is the state's adjective ``ref`` said of a side (`С французской стороной обсуждалось …`,
        `российская сторона готова …`: `cooperation.side_nouns`)?"""
        rng = self.doc.token_range(ref.start, ref.stop)
        return rng is not None and rng[1] < len(self.doc.tokens) and \
            bool(lemmas(self.doc.tokens[rng[1]].text) & SIDE_NOUNS)

    def _framed(self, s: int, ref: Ref) -> bool:
        """Is the organization ``ref`` in the list `в рамках` opens in sentence ``s`` (`вопросы взаимодействия в
        рамках СНГ, ОДКБ и ШОС`), or `в` after a word of joint work (`Обсуждены также вопросы взаимодействия в АТЭС`;
        rule `joint_work_frame`), the talks' setting rather than a side of them?"""
        start = self.doc.sents[s].start
        at = self.doc.text.rfind("в рамках ", start, ref.start)
        opened = [at + len("в рамках ")] if at >= 0 else []
        if self.on("joint_work_frame"):
            sent, toks = self.doc.sents[s], self.doc.tokens
            opened += [toks[k].stop for k in range(sent.first + 1, sent.last) if toks[k].lower in ("в", "во") and
                       toks[k].stop <= ref.start and lemmas(toks[k - 1].text) & JOINT_WORK]
        return any(self._listed_from(s, end, ref) for end in opened)

    def _listed_from(self, s: int, end: int, ref: Ref) -> bool:
        """Is the organization ``ref`` in the list of organizations that opens at character ``end``?"""
        gap = ""
        for r in self.in_sentence(s, ("org",)):
            if end <= r.start and r.stop <= ref.start:
                gap, end = gap + self.doc.text[end:r.start], r.stop
        return not LIST_GLUE.sub(" ", gap + self.doc.text[end:ref.start]).strip()  # `в рамках БРИКС и «Группы …»`


def governs(post: Post) -> bool:
    """Does ``post`` head a region or town (`аким`, `губернатор`; `вице-губернатор`: the region's too)?"""
    word = post.title.split()[-1]
    prefix, _, rest = word.partition("-")
    head = post_heads().single(rest if prefix in DEPUTY_PREFIXES else word)
    return head is not None and head.family == "governor"


def _regions_headed(doc: Analysis, out: Document, refs: list[Ref], starts: list[int]
                    ) -> tuple[dict[str, str], frozenset[str]]:
    """Person id -> the place their post's phrase names where the post heads a region or town (`аким Алматинской
    области`, `губернатор Иссык-Кульской области Кыргызстана`, `вице-губернатор провинции Шаньдун`), else the place of
    the delegation they head (`_delegation_region`); and every person holding such a post, a place named or not (`во
    главе с губернатором Ли Чхоль У`)."""
    posts = {p.id: p for p in out.posts}
    headed: dict[str, str] = {}
    governors: set[str] = set()
    for rel in out.relations:
        if rel.kind != "holds_post" or rel.person in headed:
            continue
        post = posts[rel.post]
        inside = [r for m in post.mentions for r in refs[bisect_left(starts, m.start):bisect_left(starts, m.stop)]
                  if r.stop <= m.stop]
        if not governs(post):
            region = _region_of_executive(doc, out, post, (refs, starts)) or _region_headed_by_title(doc, post, inside)
            if region is not None:
                headed[rel.person] = region
                governors.add(rel.person)
            continue
        governors.add(rel.person)
        place = next((r.id for r in inside if r.kind == "location"), None) or \
            _delegation_region(doc, refs, starts, post.mentions)
        if place is not None:
            headed[rel.person] = place
    return headed, frozenset(governors)


DELEGATIONS = words("references.delegations")
REGIONAL_EXECUTIVES = words("context.regional_executives")
BODY_HEAD_TITLES = words("references.body_head_titles")


def _region_headed_by_title(doc: Analysis, post: Post, inside: list[Ref]) -> str | None:
    """`глава Республики Саха (Якутия)`, `глава Татарстана`: a head's title (`references.body_head_titles`) of no
    body whose phrase names a region and no state heads that region (rule `head_of_named_region`); else None."""
    if post.title not in BODY_HEAD_TITLES or post.organization or not doc.on("head_of_named_region") or \
            any(r.kind in ("country", "org") for r in inside):
        return None
    return next((r.id for r in inside if r.kind == "location"), None)


def _region_of_executive(doc: Analysis, out: Document, post: Post, at: tuple[list[Ref], list[int]]) -> str | None:
    """`председатель Могилевского облисполкома`: the head of a region's executive body (`context.regional_executives`)
    named by an adjective heads the region the text names by that adjective and `область` (`Могилевская область`);
    one named by the body's noun alone (`председатель облисполкома`) the region of the delegation they lead (rule
    `region_of_executive`); else None."""
    if not doc.on("region_of_executive"):
        return None
    named = (post.organization or "").split()
    if len(named) == 2 and lemmas(named[1]) & REGIONAL_EXECUTIVES:
        stem = lemmas(named[0])
        return next((loc.id for loc in out.locations if (parts := loc.name.split())[-1:] == ["область"] and
                     len(parts) == 2 and lemmas(parts[0]) & stem), None)
    title = post.name.split()
    if post.organization is None and len(title) == 2 and lemmas(title[1]) & REGIONAL_EXECUTIVES:
        return _delegation_region(doc, *at, post.mentions)
    return None


def _delegation_region(doc: Analysis, refs: list[Ref], starts: list[int], mentions: list[Mention]) -> str | None:
    """`делегацию провинции Шэньси Китая во главе с вице-губернатором Сюй Дачжэ`: for a head of a region whose title
    names none, the last place named between the delegation's noun (`references.delegations`, up to eight words
    back in the sentence) and the `во главе с` right before the title (rule `delegation_region_head`); else None."""
    if not doc.on("delegation_region_head"):
        return None
    toks = doc.tokens
    for m in mentions:
        rng = doc.token_range(m.start, m.stop)
        k = rng[0] - 3 if rng else -1  # `во главе с` right before the title
        if not headed_at(toks, k):
            continue
        first = doc.sents[toks[k].sent].first
        d = next((d for d in range(k - 1, max(first, k - 8) - 1, -1) if lemmas(toks[d].text) & DELEGATIONS), None)
        places = [r for r in refs[bisect_left(starts, toks[d].stop):bisect_left(starts, toks[k].start)]
                  if r.kind == "location"] if d is not None else []
        if places:
            return places[-1].id
    return None


def _term(value: str) -> bool:
    """A span of years (`план на 2026–2027 годы`, `в 1941–1945 годах`) is a term, never an event's date."""
    return bool(re.fullmatch(r"\d{4}/\d{4}", value))

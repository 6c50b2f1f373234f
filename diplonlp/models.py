"""Typed output of diplonlp: the `Document` and everything it holds (see ANNOTATION.md)."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from .frames import Frames


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


EntityKind = Literal["person", "post", "country", "organization", "location", "sector", "date"]


class Mention(_Model):
    """A span of the original text: ``text[start:stop] == mention.text``."""

    start: int = Field(ge=0, description="offset of the first character in `Document.text`")
    stop: int = Field(ge=0, description="offset after the last character: `text[start:stop] == mention.text`")
    text: str = Field(description="the span as written (any case, any inflection)")
    kind: EntityKind | None = Field(default=None, description="the kind of the entity the mention belongs to")
    sentence: int | None = Field(default=None, description=(
        "index in `Document.sentences` of the sentence it lies in; null in the header line"))


class Span(_Model):
    """Offsets of a sentence, or of the sentence(s) a relation was read from."""

    start: int = Field(ge=0, description="offset of the first character of the first sentence")
    stop: int = Field(ge=0, description="offset after the last character of the last sentence")


class Evidence(Span):
    """The sentence(s) a relation was read from: offsets and the text itself."""

    text: str = Field(default="", description="`Document.text[start:stop]`")


class Person(_Model):
    """A named human: one per real person, all mentions merged."""

    id: str = Field(description="`person-N`, unique within the document, numbered in order of first mention")
    name: str = Field(
        description=(
            "full name in the nominative, at its fullest in the text "
            "(`Валихан Туреханов`; `М. Ю. Галузин` when only initials are given)"))
    first: str | None = Field(default=None, description="first name, nominative")
    middle: str | None = Field(default=None, description="patronymic, nominative")
    last: str | None = Field(default=None, description="surname, nominative; of a person of a state whose names are "
                             "written surname first, the first word (`Ван И`: last `Ван`, first `И`)")
    country: str | None = Field(
        default=None, description="ISO 3166-1 alpha-2 code of the state the person serves, from their posts")
    mentions: list[Mention] = Field(
        default_factory=list, description=(
            "full names, surnames, initials + surname, and role nouns (`Посол`) that refer to the person"))


class Post(_Model):
    """A position, held by a person (see `holds_post`) or named without a holder."""

    id: str = Field(description="`post-N`, unique within the document")
    name: str = Field(description="the whole post phrase in the nominative (`посол Казахстана в Таджикистане`)")
    title: str = Field(
        description="the head noun phrase, nominative, lower case (`посол`, `заместитель министра иностранных дел`)")
    country: str | None = Field(default=None, description="ISO code of the state the post represents")
    host: str | None = Field(
        default=None, description=(
            "for diplomats: ISO code of the host state, or the organization a permanent representative "
            "is accredited to (`ООН`)"))
    organization: str | None = Field(
        default=None, description="the organization the post belongs to, where named (its abbreviation or name)")
    mentions: list[Mention] = Field(default_factory=list, description="the post phrases as written")


class Country(_Model):
    """A sovereign state, named or referred to by an adjective or demonym."""

    id: str = Field(description="`country-XX`, XX being the ISO code")
    code: str = Field(description="ISO 3166-1 alpha-2 code (`KZ`)")
    name: str = Field(description="short Russian name (`Казахстан`)")
    mentions: list[Mention] = Field(
        default_factory=list, description=(
            "names, abbreviations, adjectives and demonyms; each part of a compound adjective"))


OrganizationKind = Literal[
    "international", "ministry", "government", "parliament", "embassy", "media", "company", "education",
    "other",
]


class Organization(_Model):
    """A named organization: international, state body, company, media, university, fund."""

    id: str = Field(description="`org-N`, unique within the document")
    name: str = Field(
        description="the fullest name in the nominative (`Министерство иностранных дел Республики Казахстан`)")
    abbr: str | None = Field(default=None, description="abbreviation, where there is one (`МИД РК`, `ООН`)")
    country: str | None = Field(default=None, description="ISO code of the state the body belongs to")
    kind: OrganizationKind = Field(default="other", description="what sort of body it is")
    mentions: list[Mention] = Field(
        default_factory=list, description="full names, abbreviations and short forms as written")


class Location(_Model):
    """A place below or beside the state level: region, city, capital, macro-region."""

    id: str = Field(description="`loc-N`, unique within the document")
    name: str = Field(description="nominative name (`Алматинская область`, `Нови-Сад`)")
    country: str | None = Field(default=None, description="ISO code of the state it lies in, where known")
    mentions: list[Mention] = Field(default_factory=list, description="the place names as written")


SectorCode = Literal[
    "political", "trade", "economic", "investment", "industry", "agriculture", "energy", "water", "transport",
    "logistics", "digital", "education", "science", "culture", "humanitarian", "sport", "tourism", "health",
    "security", "defense", "environment", "finance", "space", "consular", "legal", "media",
]


class Sector(_Model):
    """A field of cooperation or of the talks, by the contract's sector code."""

    id: str = Field(description="`sector-<code>`")
    code: SectorCode = Field(description="one of the contract's sector codes")
    name: str = Field(description="the sector's Russian name (`энергетика`)")
    mentions: list[Mention] = Field(
        default_factory=list, description="every wording of the sector; a compound adjective counts once for each part")


ISO_DATE = r"\d{4}(-\d{2}(-\d{2})?)?"


class DateEntity(_Model):
    """A calendar date, month, year or interval the text names, or a relative one (`вчера`, `в понедельник`,
    `на прошлой неделе`) resolved against the document date."""

    id: str = Field(description="`date-N`, unique within the document")
    value: str = Field(
        pattern=rf"^{ISO_DATE}(/{ISO_DATE})?$", description=(
            "ISO form as far as known: `2026-02-13`, `2026-02`, `2016`; an interval as ISO 8601 `start/stop` "
            "(`2025-04-08/2025-04-09`)"))
    start: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$", description="first day the value covers (`2016` → `2016-01-01`)")
    stop: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$", description="last day the value covers (`2016` → `2016-12-31`)")
    mentions: list[Mention] = Field(
        default_factory=list, description="the date phrases as written (the header line included)")


class _Relation(_Model):
    evidence: Evidence | None = Field(default=None, description="the sentence(s) the relation was read from")
    rule: str | None = Field(default=None, description=(
        "the name of the rule that produced the relation (docs/relations.md lists them)"))


class HoldsPost(_Relation):
    """The person holds the post."""

    kind: Literal["holds_post"] = "holds_post"
    person: str = Field(description="id of the person")
    post: str = Field(description="id of the post")


class Meeting(_Relation):
    """A meeting, talks or negotiations that took place (not a reception, not a planned meeting)."""

    kind: Literal["meeting"] = "meeting"
    participants: list[str] = Field(
        description="ids of those who met: persons; organizations or countries where no person is named")
    date: str | None = Field(default=None, description="id of the date entity, where known")
    location: str | None = Field(
        default=None, description="id of the location (or country) where it took place, where known")


class Visit(_Relation):
    """A visit that took place, told now or in retrospect (not a planned trip)."""

    kind: Literal["visit"] = "visit"
    visitor: str = Field(description="id of the person (or country) who visited")
    destination: str = Field(description="id of the location, country or organization visited")
    date: str | None = Field(default=None, description="id of the date entity, where known")


class Cooperation(_Relation):
    """States, regions or organizations cooperating in one or more sectors."""

    kind: Literal["cooperation"] = "cooperation"
    parties: list[str] = Field(description="ids of the cooperating countries, regions or organizations, two or more")
    sectors: list[str] = Field(
        default_factory=list, description="ids of the sectors it concerns (a cooperation is reported only with one)")


class Agreement(_Relation):
    """A document that was signed (not one in preparation)."""

    kind: Literal["agreement"] = "agreement"
    parties: list[str] = Field(description="ids of the parties that signed")
    date: str | None = Field(default=None, description="id of the signing date entity, where known")
    title: str | None = Field(default=None, description="the document's name as the text gives it, where given")


class Membership(_Relation):
    """A state or body belonging to, or acting within, an organization."""

    kind: Literal["membership"] = "membership"
    member: str = Field(description="id of the country or organization that belongs or acts within")
    organization: str = Field(description="id of the organization")


Relation = Annotated[
    HoldsPost | Meeting | Visit | Cooperation | Agreement | Membership, Field(discriminator="kind")
]


Entity = Person | Post | Country | Organization | Location | Sector | DateEntity
"""Any entity a `Document` holds; `Document.entity` returns one by id."""

ENTITY_GROUPS = ("persons", "posts", "countries", "organizations", "locations", "sectors", "dates")
"""The Document fields that hold entities, in output order."""

KIND: dict[str, EntityKind] = {
    "persons": "person", "posts": "post", "countries": "country", "organizations": "organization",
    "locations": "location", "sectors": "sector", "dates": "date"}
"""Each entity field's kind (what `Mention.kind` says)."""


class Document(_Model):
    """Everything diplonlp read from one text; ``model_dump(mode="json")`` is the contract's shape."""

    id: str | None = Field(default=None, description=(
        "the caller's id for the text (`extract(text, id=…)`, a record's `id`; the CLI: the file's path)"))
    text: str = Field(description="the input text, unchanged: every offset points into it")
    date: str | None = Field(default=None, description=(
        "the document date (ISO): the caller's (`extract(text, date=…)`, a record's `date`), else the "
        "`date` header line's, else that of a dateline with a year (`ДУШАНБЕ, 14.07.2021 /НИАТ «Ховар»/`); "
        "it anchors year-less and relative dates"))
    persons: list[Person] = Field(default_factory=list, description="people named in the text")
    posts: list[Post] = Field(default_factory=list, description="posts held or named")
    countries: list[Country] = Field(default_factory=list, description="sovereign states")
    organizations: list[Organization] = Field(default_factory=list, description="named organizations")
    locations: list[Location] = Field(default_factory=list, description="places below or beside the state level")
    sectors: list[Sector] = Field(default_factory=list, description="fields of cooperation or of the talks")
    dates: list[DateEntity] = Field(default_factory=list, description=(
        "calendar dates, months, years and intervals, relative ones resolved against the document date"))
    relations: list[Relation] = Field(default_factory=list, description="every relation, told apart by its `kind`")
    sentences: list[Span] = Field(default_factory=list, description=(
        "the sentences of the text after the header line, in order (what `Mention.sentence` indexes)"))

    def entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, of any kind, or None."""
        for group in ENTITY_GROUPS:
            for item in getattr(self, group):
                if item.id == entity_id:
                    return item
        return None

    def to_frames(self, doc_id: Hashable = 0) -> Frames:
        """pandas tables ``(entities, mentions, relations)``, one row each, joinable on ``(doc_id, id)``."""
        from .frames import to_frames

        return to_frames({doc_id: self})

    def to_text(self) -> str:
        """A plain-text view for terminals: persons with posts, entities, relations as short sentences, then
        the text with mentions marked ``[as written|id]`` (what ``diplonlp extract --format text`` prints)."""
        from .summary import to_text

        return to_text(self)

    def to_displacy(self) -> dict[str, Any]:
        """displaCy's manual entity format (``text``, ``ents`` with ``start``/``end``/``label``/``kb_id``,
        ``title``): ``spacy.displacy.render(doc.to_displacy(), style="ent", manual=True)``. Where mentions
        nest, the outer one is shown."""
        from .views import to_displacy

        return to_displacy(self)

    def _repr_html_(self) -> str:
        """Jupyter's view: the text with mentions highlighted by kind, then entity and relation tables."""
        from .display import to_html

        return to_html(self)

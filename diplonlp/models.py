"""Typed output of diplonlp: the `Document` and everything it holds (see ANNOTATION.md)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Model):
    """A span of the original text: ``text[start:stop] == mention.text``."""

    start: int = Field(ge=0)
    stop: int = Field(ge=0)
    text: str


class Span(_Model):
    """Offsets of the sentence(s) a relation was read from."""

    start: int = Field(ge=0)
    stop: int = Field(ge=0)


class Person(_Model):
    id: str
    name: str
    first: str | None = None
    middle: str | None = None
    last: str | None = None
    country: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class Post(_Model):
    id: str
    name: str
    title: str
    country: str | None = None
    host: str | None = None
    organization: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class Country(_Model):
    id: str
    code: str
    name: str
    mentions: list[Mention] = Field(default_factory=list)


OrganizationKind = Literal[
    "international", "ministry", "government", "parliament", "embassy", "media", "company", "education",
    "other",
]


class Organization(_Model):
    id: str
    name: str
    abbr: str | None = None
    country: str | None = None
    kind: OrganizationKind = "other"
    mentions: list[Mention] = Field(default_factory=list)


class Location(_Model):
    id: str
    name: str
    country: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


SectorCode = Literal[
    "political", "trade", "economic", "investment", "industry", "agriculture", "energy", "water", "transport",
    "logistics", "digital", "education", "science", "culture", "humanitarian", "sport", "tourism", "health",
    "security", "defense", "environment", "finance", "space", "consular", "legal", "media",
]


class Sector(_Model):
    id: str
    code: SectorCode
    name: str
    mentions: list[Mention] = Field(default_factory=list)


class DateEntity(_Model):
    id: str
    value: str = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    mentions: list[Mention] = Field(default_factory=list)


class _Relation(_Model):
    evidence: Span | None = None


class HoldsPost(_Relation):
    kind: Literal["holds_post"] = "holds_post"
    person: str
    post: str


class Meeting(_Relation):
    kind: Literal["meeting"] = "meeting"
    participants: list[str]
    date: str | None = None
    location: str | None = None


class Visit(_Relation):
    kind: Literal["visit"] = "visit"
    visitor: str
    destination: str
    date: str | None = None


class Cooperation(_Relation):
    kind: Literal["cooperation"] = "cooperation"
    parties: list[str]
    sectors: list[str] = Field(default_factory=list)


class Agreement(_Relation):
    kind: Literal["agreement"] = "agreement"
    parties: list[str]
    date: str | None = None
    title: str | None = None


class Membership(_Relation):
    kind: Literal["membership"] = "membership"
    member: str
    organization: str


Relation = Annotated[
    HoldsPost | Meeting | Visit | Cooperation | Agreement | Membership, Field(discriminator="kind")
]


class Document(_Model):
    """Everything diplonlp read from one text; ``model_dump(mode="json")`` is the contract's shape."""

    text: str
    date: str | None = None
    persons: list[Person] = Field(default_factory=list)
    posts: list[Post] = Field(default_factory=list)
    countries: list[Country] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    sectors: list[Sector] = Field(default_factory=list)
    dates: list[DateEntity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)

    def entity(self, entity_id: str) -> BaseModel | None:
        """The entity with this id, of any kind, or None."""
        for group in (self.persons, self.posts, self.countries, self.organizations, self.locations,
                      self.sectors, self.dates):
            for item in group:
                if item.id == entity_id:
                    return item
        return None

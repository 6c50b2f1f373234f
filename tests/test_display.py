"""The notebook view: every mention highlighted once by kind, nested marks well formed, any text escaped."""

from __future__ import annotations

from html.parser import HTMLParser

from diplonlp import Document
from diplonlp.display import COLOURS
from diplonlp.models import ENTITY_GROUPS, KIND, Country, Mention, Person

from .conftest import FIXTURES


class Marks(HTMLParser):
    """Collects the text inside each <mark> (with its class and title) and checks nesting."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[list[str]] = []
        self.marks: list[tuple[str, str, str]] = []
        self.tags: list[str] = []
        self.text_parts: list[str] = []
        self.in_text = 0
        self.classes: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        self.classes.append(attrs.get("class") or "")
        if attrs.get("class") == "dn-text":
            self.in_text = len(self.tags)
        if tag == "mark":
            self.open.append([attrs["class"], attrs["title"], ""])

    def handle_endtag(self, tag):
        assert self.tags and self.tags[-1] == tag, f"</{tag}> closes <{self.tags[-1]}>"
        if tag == "mark":
            kind, title, text = self.open.pop()
            self.marks.append((kind, title, text))
        if self.in_text == len(self.tags):
            self.in_text = 0
        self.tags.pop()
        self.classes.pop()

    def handle_data(self, data):
        for item in self.open:
            item[2] += data
        if self.in_text:
            self.text_parts.append(data)


def parse(html: str) -> Marks:
    parser = Marks()
    parser.feed(html)
    parser.close()
    assert not parser.tags, f"unclosed {parser.tags}"
    return parser


def test_fixture_html_highlights_every_mention_by_kind(nlp):
    text = (FIXTURES / "doc_13_astana_visit.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    html = doc._repr_html_()
    parsed = parse(html)
    assert "".join(parsed.text_parts) == text  # the whole text, once, in order
    expected = sorted((f"dn-{KIND[g]}", m.text) for g in ENTITY_GROUPS for e in getattr(doc, g) for m in e.mentions)
    assert sorted((kind, text) for kind, _, text in parsed.marks) == expected
    assert ("dn-person", "person: Петер Сийярто (country=HU) [person-1]", "Петер Сийярто") in parsed.marks
    assert any(kind == "dn-post" and "title=министр иностранных дел" in title and text == "министр иностранных дел "
               "Венгрии" for kind, title, text in parsed.marks)
    for kind in COLOURS:  # the legend names every kind
        assert f'<span class="dn-key-{kind}">{kind}</span>' in html
    assert "<h4>persons (3)</h4>" in html and "<h4>relations (" in html
    assert "participants: Петер Сийярто (person-1), Мурат Нуртлеу (person-2)" in html


def test_html_escapes_the_text_and_splits_crossing_mentions():
    text = "<script>alert('x')</script> Иван & Россия"
    ivan, russia = text.index("Иван"), text.index("Россия")
    person = Person(id="person-1", name="Иван <b>", mentions=[Mention(start=ivan, stop=russia + 2,
                                                                      text=text[ivan:russia + 2])])
    country = Country(id="country-RU", code="RU", name="Россия", mentions=[Mention(start=russia, stop=len(text),
                                                                                    text="Россия")])
    doc = Document(text=text, persons=[person], countries=[country])
    html = doc._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html and "Иван &lt;b&gt;" in html
    parsed = parse(html)
    assert "".join(parsed.text_parts) == text
    # the country crosses the person's end: its inside nests in the person, the rest follows
    assert [(k, t) for k, _, t in parsed.marks] == [("dn-country", "Ро"), ("dn-person", "Иван & Ро"),
                                                      ("dn-country", "ссия")]


def test_empty_document_renders():
    parsed = parse(Document(text="")._repr_html_())
    assert parsed.marks == [] and parsed.text_parts == []

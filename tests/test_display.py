"""The notebook view: every mention highlighted once by kind with its chip, nested marks well formed, any text
escaped, blank-line runs collapsed, theme colours from CSS variables, relation evidence with its arguments
marked."""

from __future__ import annotations

from html.parser import HTMLParser

from diplonlp import Document
from diplonlp.display import BLANK_LINES, COLOURS
from diplonlp.models import ENTITY_GROUPS, KIND, Country, Mention, Person

from .conftest import FIXTURES


class Marks(HTMLParser):
    """Collects the text inside each <mark> (with its class and title) and checks nesting."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[list[str]] = []
        self.marks: list[tuple[str, str, str]] = []  # in the text
        self.evidence_marks: list[tuple[str, str, str]] = []  # in the relations' evidence
        self.tags: list[str] = []
        self.text_parts: list[str] = []
        self.in_text = 0
        self.classes: list[str] = []
        self.chips: list[tuple[str, str]] = []  # (the mark's text so far, the chip's words)

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
            (self.marks if self.in_text else self.evidence_marks).append((kind, title, text))
        if self.in_text == len(self.tags):
            self.in_text = 0
        self.tags.pop()
        self.classes.pop()

    def handle_data(self, data):
        if self.classes and self.classes[-1] == "dn-chip":
            self.chips.append((self.open[-1][2] if self.open else "", data))
            return
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
    assert "".join(parsed.text_parts) == BLANK_LINES.sub("\n", text)  # the whole text, once, in order
    assert "\n\n" in text and "\n\n" not in "".join(parsed.text_parts)
    expected = sorted((f"dn-{KIND[g]}", m.text) for g in ENTITY_GROUPS for e in getattr(doc, g) for m in e.mentions)
    assert sorted((kind, text) for kind, _, text in parsed.marks) == expected
    assert ("dn-person", "person: Петер Сийярто (country=HU) [person-1]", "Петер Сийярто") in parsed.marks
    assert any(kind == "dn-post" and "title=министр иностранных дел" in title and text == "министр иностранных дел "
               "Венгрии" for kind, title, text in parsed.marks)
    for kind in COLOURS:  # the legend names every kind
        assert f'<span class="dn-key dn-{kind}">{kind}</span>' in html
    assert ("Сийярто", "person · Сийярто") in parsed.chips  # a surname says whose it is
    assert ("Петер Сийярто", "person") in parsed.chips and ("Венгрии", "country") in parsed.chips
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


def test_a_role_noun_chip_names_the_person_and_evidence_marks_the_arguments(nlp):
    doc = nlp("Посол Казахстана в Сербии Мади Атамкулов встретился с мэром Белграда. Посол посетил Нови-Сад.")
    html = doc._repr_html_()
    parsed = parse(html)
    assert ("Посол", "person · Атамкулов") in parsed.chips
    evidence = html[html.index("<h4>relations"):]
    # the visit's sentence: its visitor and destination marked, nothing else
    assert '<td><mark class="dn-person" title="person: Мади Атамкулов' in evidence
    assert '<mark class="dn-location" title="location: Нови-Сад' in evidence
    talks = nlp("Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром иностранных дел "
                "Венгрии Петером Сийярто.")
    assert [r.kind for r in talks.relations] == ["holds_post", "holds_post", "meeting"]
    table = talks._repr_html_()
    table = table[table.index("<h4>relations"):]
    assert table.count('rowspan="3"') == 1 and table.count("провел переговоры") == 1  # the sentence shown once


def test_theme_colours_come_from_css_variables():
    html = Document(text="Москва")._repr_html_()
    assert "var(--jp-content-font-color1" in html and "var(--jp-border-color2" in html
    assert "max-width:60em" not in html and "#f4f4f4" not in html and "#ddd" not in html

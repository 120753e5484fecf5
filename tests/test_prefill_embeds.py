"""An embedded post's words are its author's, and its tags are never shown (issue 11). Made-up cases."""

from __future__ import annotations

import pytest

from briefing.prefill import prefill
from briefing.prefill.embeds import embed_author, handle_speaker
from briefing.prefill.text import trim_span
from briefing.reader import article_from_text
from tests.prefill_support import texts

_PEOPLE = ["Anna Lind", "Tom O'Hara", "Harbour Authority"]


@pytest.mark.parametrize(
    ("handle", "name"),
    [
        ("AnnaLind", "Anna Lind"),  # the whole name run together
        ("realAnnaLind", "Anna Lind"),
        ("TomOHara", "Tom O'Hara"),  # the apostrophe is no letter of a handle
        ("MayorLind", "@MayorLind"),  # "Mayor" is more than a short prefix: no guess
        ("SenLind", "Anna Lind"),  # a title's abbreviation before the surname
        ("harbourwatch", "@harbourwatch"),  # nobody the article names
    ],
)
def test_an_embeds_author_is_named_as_the_article_names_them(handle: str, name: str) -> None:
    text = f'The mayor posted on Monday. <tweet author="@{handle}" date="May 2">The quay reopens today.</tweet>.'
    assert embed_author(text, text.index("<tweet"), _PEOPLE) == name


def test_only_a_sentence_inside_the_embed_is_its_authors() -> None:
    text = (
        '<tweet tweet-author="@AnnaLind">The quay reopens today. Come and see it.<tweet/>. '
        "The harbour authority confirmed the date."
    )
    assert embed_author(text, text.index("Come"), _PEOPLE) == "Anna Lind"  # the embed's second sentence too
    assert embed_author(text, text.index("The harbour"), _PEOPLE) is None  # after its closing tag
    assert embed_author('<tweet tweet-id="7">The quay reopens.</tweet>', 0, _PEOPLE) is None  # no author given


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ('<tweet author="@AnnaLind">The quay reopens today.', "The quay reopens today."),
        ("Come and see it</tweet>.", "Come and see it"),
        ("I will always be a big fan.<tweet/>.", "I will always be a big fan."),
        ("The <b>new</b> quay opens.", "The <b>new</b> quay opens."),  # inside the sentence: left as written
    ],
)
def test_an_items_span_leaves_an_embeds_tags_out(raw: str, shown: str) -> None:
    start, end = trim_span(raw, 0, len(raw))
    assert raw[start:end] == shown


def test_a_summary_line_from_an_embed_names_its_author_and_shows_no_tags() -> None:
    body = (
        "Mayor Anna Lind reopened the old quay of Varna on Monday after two years of repairs.\n\n"
        '<tweet author="@AnnaLind" date="May 2">The old quay is open again, and it is yours.</tweet>.\n\n'
        "The harbour authority said the repairs cost four million euros, a million more than planned."
    )
    brief = prefill(article_from_text("Varna quay reopens\n\n" + body))
    items = [item for section in brief.sections for item in section.items]
    assert all("<" not in item.text for item in items), [item.text for item in items]
    embed = [item for item in items if item.text.startswith("The old quay is open again")]
    assert embed and embed[0].speaker == "Anna Lind"


@pytest.mark.parametrize(
    ("tag", "signature", "name"),
    [
        ('<tweet tweet-id="7">', "— Anna Lind (@annalind) May 2, 2016", "Anna Lind"),  # the tag names nobody
        ('<tweet tweet-id="7">', "— Harbour Watch (@hwatch) May 2, 2016", "Harbour Watch"),  # nobody in the cast
        ('<tweet author="@hwatch">', "— Harbour Watch (@hwatch) May 2, 2016", "Harbour Watch"),  # not "@hwatch"
        ('<tweet author="@AnnaLind">', "— Harbour Watch (@hwatch) May 2, 2016", "Anna Lind"),  # another's: the tag
        ('<tweet tweet-id="7">', "- see you there (May 2)", None),  # no handle: no signature, no guess
    ],
)
def test_an_embeds_signature_line_names_its_author(tag: str, signature: str, name: str | None) -> None:
    text = f"The mayor posted on Monday. {tag}The quay reopens today. Come and see it {signature}<tweet/>."
    assert embed_author(text, text.index("Come"), _PEOPLE) == name


def test_an_embeds_signature_line_is_no_part_of_an_item() -> None:
    body = (
        "Mayor Anna Lind reopened the old quay of Varna on Monday after two years of repairs.\n\n"
        '<tweet tweet-id="7">The old quay is open again, and it is yours to enjoy this summer. '
        "— Varna Harbour Watch (@varnawatch) May 2, 2016<tweet/>.\n\n"
        '<tweet tweet-id="8">Boats may moor at the old quay from Friday, free of charge.'
        "— Anna Lind (@annalind) May 2, 2016<tweet/>.\n\n"
        "The harbour authority said the repairs cost four million euros, a million more than planned."
    )
    brief = prefill(article_from_text("Varna quay reopens\n\n" + body))
    items = {item.text: item.speaker for section in brief.sections for item in section.items}
    assert items["The old quay is open again, and it is yours to enjoy this summer."] == "Varna Harbour Watch"
    assert not any("(@" in text for text in items), items  # a signature split off as its own "sentence" too


@pytest.mark.parametrize(
    ("lead_in", "speaker"),
    [
        ("Councillor Tom Reyes, who voted against the repairs, tweeted on Monday night:", "Tom Reyes"),
        ("Here is one of the posts from Monday night about the quay:", None),  # nobody introduces it: no guess
        ("Councillor Tom Reyes voted against the repairs in March.", None),  # no lead-in: the post may be anyone's
    ],
)
def test_an_embed_without_an_author_is_its_lead_ins_speakers(lead_in: str, speaker: str | None) -> None:
    body = (
        "Mayor Anna Lind reopened the old quay of Varna on Monday after two years of repairs.\n\n"
        f"{lead_in}\n\n"
        '<tweet tweet-id="7">Four million euros for a quay nobody uses in winter is a scandal.<tweet/>.\n\n'
        "The harbour authority said the repairs cost four million euros, a million more than planned."
    )
    brief = prefill(article_from_text("Varna quay reopens\n\n" + body))
    items = {item.text: item.speaker for section in brief.sections for item in section.items}
    post = "Four million euros for a quay nobody uses in winter is a scandal."
    # the lead-in and its post are one Position, tag left out; a post nobody introduces is no Summary line, and
    # never gets a guessed speaker
    assert [who for text, who in items.items() if post in text] == ([speaker] if speaker else [])
    if speaker:
        assert f"{lead_in} {post}" in items


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("The quay is open, come along! https://t.co/Qx7Lm2</tweet>.", "The quay is open, come along!"),
        ("The quay is open https://t.co/Qx7Lm2 https://t.co/Rr81<tweet/>.", "The quay is open"),  # two links
        ("Boats moor here. pic.twitter.com/Zk31pq SIGN UP FOR OUR NEWSLETTER ", "Boats moor here."),
        ("Boats moor here. Sign up for our newsletter", "Boats moor here."),  # the furniture in any case
        ("See https://t.co/Qx7Lm2 for the timetable.", "See https://t.co/Qx7Lm2 for the timetable."),  # mid-way
        ("Our site is not.t.co/abc", "Our site is not.t.co/abc"),  # never cut inside a word
    ],
)
def test_an_items_span_leaves_a_posts_trailing_links_and_page_furniture_out(raw: str, shown: str) -> None:
    start, end = trim_span(raw, 0, len(raw))
    assert raw[start:end] == shown


@pytest.mark.parametrize(
    ("speaker", "words", "name"),
    [
        ("AnnaLind", ".@AnnaLind opens the quay today", "Anna Lind"),  # the dot before a handle: Twitter's habit
        ("AnnaLind", "@AnnaLind opens the quay today", "Anna Lind"),
        ("harbourwatch", ".@harbourwatch counts the boats", "harbourwatch"),  # nobody in the cast: as found
        ("Anna Lind", "Anna Lind opens the quay", "Anna Lind"),  # a name, not a handle
    ],
)
def test_a_speaker_named_by_handle_is_named_as_the_cast_names_them(speaker: str, words: str, name: str) -> None:
    assert handle_speaker(speaker, words, _PEOPLE) == name


def test_a_post_naming_its_speaker_by_handle_reads_clean_and_names_them() -> None:
    body = (
        "Mayor Anna Lind reopened the old quay of Varna on Monday after two years of repairs.\n\n"
        '<tweet tweet-author="@VarnaNews" tweet-date="May 2">.@AnnaLind promises to rebuild the whole harbour by '
        "2030 in her speech https://t.co/Qx7Lm2 https://t.co/Rr81<tweet/>.\n\n"
        "The harbour authority said the repairs cost four million euros, a million more than planned."
    )
    brief = prefill(article_from_text("Varna quay reopens\n\n" + body))
    items = [item for section in brief.sections for item in section.items if "rebuild" in item.text]
    assert [(item.text, item.speaker) for item in items] == [
        (".@AnnaLind promises to rebuild the whole harbour by 2030 in her speech", "Anna Lind")
    ]


def test_a_post_by_someone_the_article_names_is_their_position_and_a_passers_by_is_left_out() -> None:
    body = (
        "Mayor Anna Lind reopened the old quay of Varna on Monday after two years of repairs.\n\n"
        '<tweet author="@annalind">Boats may moor at the old quay from Friday, free of charge</tweet>.\n\n'
        '<tweet author="@quaywatcher99">Nobody I know will ever moor a boat at that quay again</tweet>.\n\n'
        "The harbour authority said the repairs cost four million euros, a million more than planned."
    )
    brief = prefill(article_from_text("Varna quay reopens\n\n" + body))
    positions = texts(brief, "positions")
    everywhere = [item.text for section in brief.sections for item in section.items]
    assert "Boats may moor at the old quay from Friday, free of charge" in positions
    assert not any("Boats may moor" in line for line in texts(brief, "summary"))
    assert not any("Nobody I know" in line for line in positions + texts(brief, "summary")), everywhere

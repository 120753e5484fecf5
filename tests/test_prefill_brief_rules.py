"""Rules on the brief as a whole, on made-up articles: summary lines cut to the sentence proper."""

from __future__ import annotations

import pytest

from briefing.prefill import prefill
from briefing.prefill.classify import is_forward_looking
from briefing.prefill.compress import generic_your, lead_span, past_dateline
from briefing.prefill.readable import dangling_opener
from briefing.prefill.summary import not_a_sentence, select_summary, writer_voice
from briefing.prefill.text import content_words, prose_words
from briefing.reader import article_from_text
from briefing.repeats import meaningful_words, repeats
from tests.prefill_support import assert_faithful, texts


def _cut(sentence: str) -> str:
    start, end = lead_span(sentence, 0, len(sentence))
    return sentence[start:end]


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        (
            "(CNN)Rescuers pulled a man from the wreckage of a hotel after four days under the rubble.",
            "Rescuers pulled a man from the wreckage of a hotel after four days under the rubble.",
        ),
        (
            "Lisbon, Portugal (Wire) -- The port reopened on Monday after a strike that lasted three weeks.",
            "The port reopened on Monday after a strike that lasted three weeks.",
        ),
        (
            "PORTSMOUTH, N.H. — The shipyard will hire four hundred welders before the end of the year.",
            "The shipyard will hire four hundred welders before the end of the year.",
        ),
        (
            "WASHINGTON -- The Senate passed the harbour bill on Tuesday after a week of debate.",
            "The Senate passed the harbour bill on Tuesday after a week of debate.",
        ),
        (
            "It comes just one day after the council voted to sell the harbour to a private buyer.",
            "the council voted to sell the harbour to a private buyer.",
        ),
        (
            "The council will debate the harbour plan in its meeting, it emerged today.",
            "The council will debate the harbour plan in its meeting",
        ),
        (
            "The harbour authority approved the new terminal on Tuesday, prompting hopes of jobs in the port.",
            "The harbour authority approved the new terminal on Tuesday",
        ),
        (
            "A judge jailed the harbour master for five years, including two for fraud at the port.",
            "A judge jailed the harbour master for five years",
        ),
        (  # a photo caption, its title first, glued onto the sentence: the summary line is the sentence
            (
                "Storm damage: The harbour wall of Varna after the storm on Sunday ‘The Breach’ "
                "The port authority says the repairs to the harbour wall will take until the spring."
            ),
            "The port authority says the repairs to the harbour wall will take until the spring.",
        ),
        (  # a titled caption glued onto a sentence that opens on a word the article writes in lower case
            (
                "Wanted: Harbour thief caught on camera at the quay of Varna "
                "Police in Varna have asked for help, and police say the thief fled by boat."
            ),
            "Police in Varna have asked for help, and police say the thief fled by boat.",
        ),
        (  # the writer's aside to the reader before a colon
            "Harbour fans, mark your calendars: The old lighthouse of Varna opens to visitors on Saturday.",
            "The old lighthouse of Varna opens to visitors on Saturday.",
        ),
        (  # the web's horizontal bar, a non-breaking space, a long dash with no space after it
            "WASHINGTON \u2015 The harbour board approved the new quay on Tuesday after a long debate.",
            "The harbour board approved the new quay on Tuesday after a long debate.",
        ),
        (
            "VARNA, Bulg.\u00a0\u2014 The harbour board approved the new quay on Tuesday after a long debate.",
            "The harbour board approved the new quay on Tuesday after a long debate.",
        ),
        (
            "VARNA \u2014Standing on the new quay, the mayor thanked the dock workers for their patience.",
            "Standing on the new quay, the mayor thanked the dock workers for their patience.",
        ),
        (  # a hyphen between capitals is a compound, not a dateline
            "US-China shipping talks resumed in Varna on Tuesday after a break of two years.",
            "US-China shipping talks resumed in Varna on Tuesday after a break of two years.",
        ),
        (  # a participle clause that only elaborates goes, to the sentence's end
            "The port of Varna reopened on Monday after a three-week strike, prompting talk of a new contract.",
            "The port of Varna reopened on Monday after a three-week strike",
        ),
        (  # the sentence goes on past the "-ing" word: a conjunction, "the last", a list, a verb, a clause
            "On Monday the mayor stood on the quay in Varna and, citing the storm, closed the old harbour.",
            "On Monday the mayor stood on the quay in Varna and, citing the storm, closed the old harbour.",
        ),
        (
            "The strike can be seen as perhaps the last, wheezing gasp of the old dockers' union.",
            "The strike can be seen as perhaps the last, wheezing gasp of the old dockers' union.",
        ),
        (
            "The plan would repair the quays, cranes, warehouses, aging rail sidings and the harbour wall.",
            "The plan would repair the quays, cranes, warehouses, aging rail sidings and the harbour wall.",
        ),
        (
            "The two mayors admit that, given the storm damage, reopening the port will not be easy.",
            "The two mayors admit that, given the storm damage, reopening the port will not be easy.",
        ),
        (
            "Two days before the storm hit the coast, killing 12, he toured the harbour wall with engineers.",
            "Two days before the storm hit the coast, killing 12, he toured the harbour wall with engineers.",
        ),
        (  # a noun that ends like a superlative is no "the last"
            "Dock workers in the port of Varna staged the protest, prompting talks with the authority.",
            "Dock workers in the port of Varna staged the protest",
        ),
        (  # ... while an aside with a clause of its own is still an aside
            "The port of Varna reopened on Monday after the strike, believing there may be more ships to come.",
            "The port of Varna reopened on Monday after the strike",
        ),
        (  # past a semicolon a new clause begins: what comes after it is no aside, and the sentence stays whole
            (
                "Three things kept the port shut: the strike; the storm damage, including the breach in the harbour "
                "wall; and the customs dispute with Burgas."
            ),
            (
                "Three things kept the port shut: the strike; the storm damage, including the breach in the harbour "
                "wall; and the customs dispute with Burgas."
            ),
        ),
    ],
)
def test_lead_span_cuts_datelines_lead_ins_and_empty_tails(sentence: str, cut: str) -> None:
    assert _cut(sentence) == cut


@pytest.mark.parametrize(
    "sentence",
    [
        "A reporter for The Times Union interviewed the mayor about the bridge on Tuesday.",
        "NATO and the EU - the two pillars of the alliance - met in Brussels on Tuesday to talk.",
        "The club was relegated to League One after a season of defeats and injuries.",
        "With the new Avengers: Age of Ultron film out this week, the cinema sold every seat.",
        "She told the court that the phrase 'Harbour Dream' was painted on every one of the boats.",
        "The mayor criticised the harbour plan on Tuesday, saying it would cost the city far too much.",
        "The port will close for a week from Monday, according to a notice from the harbour authority.",
        # a claim nobody vouches for stays one: the line would otherwise state it as fact
        "The harbour of Varna will be sold to a private buyer next year, it has been claimed.",
        "The ferry sank off the coast of Varna last winter, during a storm that lasted three days.",
        "The minister promised ‘a new harbour wall for the old town, protecting every home’ at the meeting.",
        # a parenthesis the sentence goes on after: the phrase on "of" belongs to "the licences"
        "The harbour council of Varna on Monday restored the licences, including the right to fish, of 300 families.",
        # ... or the verb of the clause it interrupts
        "The report says a dock worker in Varna, working 15 hours and earning £87 a week, would lose money on more shifts.",
        # an "aside" longer than the clause it hangs on says more than it: no mere elaboration
        (
            "The harbour authority of Varna approved the new terminal on Tuesday, ending a dispute with the"
            " dock workers' union that had closed the port for three months."
        ),
        # an aside that quotes someone carries their words, in single quotes or the NYT's two apostrophes alike
        "The mayor of Varna closed the harbour to all ships, sending the crews home with 'we cannot risk it'.",
        "The mayor of Varna closed the harbour to all ships, sending the crews home with ''we cannot risk it.''",
        # a speech tag, not a caption's title; the mayor's words go on without a caption glued on
        "He said: The harbour wall will be rebuilt in granite before The Storms return to Varna next winter.",
        "Varga added: The harbour wall of the old town will be rebuilt in granite before The Storms come back.",
        "Bottom line: the council of Varna will pay for the harbour wall out of The Harbour Fund next year.",
        # after a caption's title, a name is no sentence's first word: "Ivo" is never written in lower case
        "Wanted: Police in Varna are hunting harbour master Ivo Brod who fled the port with the cash box.",
        # a lead-in in the first person that says who spoke, or one that is no aside to the reader
        "I told them: The harbour wall will be rebuilt in granite before the storms return next winter.",
        "The verdict of the harbour board: The wall will be rebuilt in granite before the storms return.",
    ],
)
def test_lead_span_leaves_whole_sentences_whole(sentence: str) -> None:
    assert _cut(sentence) == sentence


def test_the_summary_leaves_out_a_caption_glued_to_a_sentence() -> None:
    body = (
        "The harbour authority approved a new container terminal on Tuesday after a decade of delays. "
        "Harbour master Paula Reyes inspects the quay on Monday "
        "The terminal will double the port's capacity and employ four hundred people, officials said. "
        "Shipping lines welcomed the decision and promised new routes to the port. "
        "Environmental groups said they would challenge the terminal in court next month."
    )
    brief = prefill(article_from_text("Harbour terminal approved\n\n" + body))
    assert_faithful(brief)
    summary = texts(brief, "summary")
    assert "The terminal will double the port's capacity and employ four hundred people, officials said." in summary
    assert not any("Paula Reyes inspects" in line for line in summary)


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("''", "''")])
def test_the_summary_skips_the_tail_of_a_quotation(opening: str, closing: str) -> None:
    text = (
        "The minister said the budget would be balanced within two years of the election. "
        f"{opening}We have a plan and we will stick to it every single day of this parliament,{closing} she said. "
        f"And we will deliver it in full for every family in the country.{closing}"
    )
    article = article_from_text("Budget\n\n" + text)
    pieces = [(n, (s.start, s.end)) for n, s in enumerate(article.sentences)]
    chosen = select_summary(pieces, article.text, [])
    assert [article.text[start:end] for _, (start, end) in chosen] == [article.sentence_text(0)]


def test_a_heading_a_credit_or_a_broken_off_piece_is_no_summary_line() -> None:
    paragraphs = [
        "The port of Varna reopened on Monday after a week of storms and repairs.",
        "HARBOUR WALL HOLDS AFTER THE STORM.",
        "Follow Ana Brod on Twitter @anabrod.",
        "-- of the old quay and the fish market near the harbour gate of Varna.",
        "It comes after the harbour authority raised the fees for every fishing boat in Varna.",
    ]
    text = "\n\n".join(paragraphs)
    pieces = []
    for n, paragraph in enumerate(paragraphs):
        start = text.index(paragraph)
        if paragraph.startswith("It comes after"):
            start += len("It comes after ")  # the pre-fill's own cut: a sentence, though it opens in lower case
        pieces.append((n, (start, start + len(paragraph) - (start - text.index(paragraph)))))
    chosen = select_summary(pieces, text, [], max_sentences=5, max_words=200)
    assert [n for n, _ in chosen] == [0, 4]
    assert not_a_sentence("BEST DAY FOR THE PORT OF VARNA.")
    assert not_a_sentence("of the old quay and the fish market near the gate.", "Quay works.\n\n")
    assert not not_a_sentence("the harbour authority raised the fees for every boat.", "It comes after ")


def test_a_piece_of_a_quotation_is_no_summary_line_but_still_the_articles_words() -> None:
    # a piece in the middle of a quotation ("Japan has a problem with that.") is never a line, but its words still
    # tell what the article keeps coming back to: here, the harbour talks, not the festival
    text = (
        "Fishing boats from Norland stayed in port over the weekend for the festival. "
        "The harbour talks between Norland and Vesta broke down on Monday in Geneva. "
        "The dispute over the harbour fees and the harbour talks has dragged on for two years."
    )
    article = article_from_text("Harbour\n\n" + text)
    pieces = [(n, (s.start, s.end)) for n, s in enumerate(article.sentences)]
    rest = [content_words("harbour fees dispute dragged years")] * 3
    assert [n for n, _ in select_summary(pieces, article.text, rest, max_sentences=1)] == [2]
    quoted = frozenset({2})
    assert [n for n, _ in select_summary(pieces, article.text, rest, max_sentences=1, unquotable=quoted)] == [1]
    assert [n for n, _ in select_summary(pieces[:2], article.text, [], max_sentences=1)] == [0]
    assert [n for n, _ in select_summary(pieces, article.text, [], max_sentences=1, unquotable=quoted)] == [1]


CLEAN_AIR_LEAD = "The city council of Varna approved a clean air plan on Tuesday after a year of debate."
CLEAN_AIR_REST = (
    "It bans diesel buses from the old town and doubles the fines for idling lorries. "
    "Rain fell on the city hall square as campaigners cheered the vote. "
    "Operators of diesel buses said they had not been consulted. "
    "Shopkeepers in the old town welcomed the news. "
    "Hauliers called the fines for idling lorries unfair."
)


def test_a_lead_sentence_opening_on_it_joins_the_sentence_it_points_back_to() -> None:
    body = CLEAN_AIR_LEAD + " " + CLEAN_AIR_REST
    brief = prefill(article_from_text("Clean air plan\n\n" + body))
    assert_faithful(brief)
    summary = brief.section("summary")
    assert summary is not None
    first = summary.items[0]
    assert first.text == (
        "The city council of Varna approved a clean air plan on Tuesday after a year of debate. "
        "It bans diesel buses from the old town and doubles the fines for idling lorries."
    )
    assert len(first.sources) == 1 and brief.source.text[slice(*first.sources[0])] == first.text
    assert all(dangling_opener(item.text) is None for item in summary.items)
    assert not any(item.text.startswith("It bans") for item in brief.items())  # used once, in the summary


def test_a_summary_line_opening_on_she_goes_with_the_sentence_that_names_her() -> None:
    body = (
        "Harbour master Paula Reyes closed the port of Varna on Monday after a storm breached the harbour wall. "
        "She ordered every fishing boat to stay in port until engineers had inspected the harbour wall. "
        "Rain fell on the city hall square as the council met. "
        "Engineers will inspect the harbour wall on Thursday. "
        "Fishing crews said the closure of the port would cost them a week of work. "
        "The council will pay for the repairs to the harbour wall."
    )
    brief = prefill(article_from_text("Port closed\n\n" + body))
    assert_faithful(brief)
    # the article's own words say who "she" is: no bracketed guess at the name
    assert texts(brief, "summary")[0] == (
        "Harbour master Paula Reyes closed the port of Varna on Monday after a storm breached the harbour wall. "
        "She ordered every fishing boat to stay in port until engineers had inspected the harbour wall."
    )


def test_a_summary_line_joins_sentences_of_one_paragraph_only() -> None:
    body = CLEAN_AIR_LEAD + "\n\n" + CLEAN_AIR_REST  # "It bans" opens a paragraph of its own
    brief = prefill(article_from_text("Clean air plan\n\n" + body))
    summary = texts(brief, "summary")
    assert summary[0] == "The city council of Varna approved a clean air plan on Tuesday after a year of debate."
    assert not any("It bans" in line for line in summary)


def test_a_summary_line_that_points_back_never_stands_alone() -> None:
    text = (
        "Why did the council of Varna wait a whole year before it voted on the clean air plan? "
        "It bans diesel buses from the old town and doubles the fines for idling lorries. "
        "Rain fell on the city hall square as campaigners cheered the vote."
    )
    article = article_from_text("Clean air\n\n" + text)
    pieces = [(n, (s.start, s.end)) for n, s in enumerate(article.sentences)]
    chosen = select_summary(pieces, article.text, [], joins=frozenset({1}))
    assert [article.text[start:end] for _, (start, end) in chosen] == [article.sentence_text(2)]


@pytest.mark.parametrize(
    ("first", "kept"),
    [
        ('"We will rebuild the harbour wall before the winter storms arrive," Mayor Ines Varga said on Friday.', True),
        (
            "“The harbour wall will be rebuilt before the winter storms,” the port’s director, Ana Brod, told reporters.",
            True,
        ),
        ('"We will rebuild the harbour wall before the winter storms arrive," she said on Friday.', False),
        (
            "Mayor Ines Varga, pictured at the quay on Friday, promised to rebuild the harbour wall before winter.",
            False,
        ),
        ("Varga said: 'The harbour wall will be rebuilt before the winter storms and every boat will return.", False),
        # an exclamation is a flourish, no bottom line: "Earn your style stripes!" after a shop's widget
        ("Until the wall is rebuilt, the fishermen of Varna will be mending their nets on the quay!", False),
    ],
)
def test_a_summary_line_is_no_caption_and_no_quotation_without_its_speaker(first: str, kept: bool) -> None:
    text = (
        f"{first} "
        "The council of Varna approved the money for the harbour wall after the spring floods. "
        "Fishermen on the quay welcomed the plan for the harbour wall."
    )
    article = article_from_text("Harbour wall\n\n" + text)
    pieces = [(n, (s.start, s.end)) for n, s in enumerate(article.sentences)]
    chosen = [article.text[start:end] for _, (start, end) in select_summary(pieces, article.text, [])]
    assert (first in chosen) is kept
    assert len(chosen) >= 2


def test_a_run_of_captions_is_no_summary_line() -> None:
    run_on = (
        "Harbour workers repair the wall of the harbour in Varna after the storm on Sunday The mayor of Varna "
        "inspects the harbour wall with engineers from the port authority Fishing boats wait in the harbour "
        "while the wall is repaired The harbour wall of Varna was damaged in the storm, and the port authority "
        "says the repairs to the harbour will take until the spring."
    )
    text = (
        "A storm damaged the harbour wall of Varna on Sunday and closed the port to shipping. "
        f"{run_on} "
        "The port authority said repairs to the harbour wall would cost twelve million euros."
    )
    article = article_from_text("Harbour storm\n\n" + text)
    assert len(run_on.split()) > 60
    pieces = [(n, (s.start, s.end)) for n, s in enumerate(article.sentences)]
    chosen = [article.text[start:end] for _, (start, end) in select_summary(pieces, article.text, [])]
    assert chosen == [article.sentence_text(0), article.sentence_text(2)]


def test_the_next_summary_line_is_weighed_by_what_it_adds() -> None:
    text = (
        "The council of Varna voted on Tuesday to rebuild the harbour wall that the storm destroyed. "
        "The council will spend twelve million euros on the harbour works by the spring. "
        "Fishermen say their boats cannot leave port until the repairs are finished."
    )
    later = ["Varna storm wall Tuesday", "Varna storm wall destroyed", "boat port fishermen", "euros spring"]
    article = article_from_text("Harbour wall\n\n" + text)
    pieces = [(n, (s.start, s.end)) for n, s in enumerate(article.sentences)]
    rest = [content_words(line) for line in later]
    chosen = select_summary(pieces, article.text, rest, max_sentences=2)
    # the second sentence's words recur more, but a quarter of them only repeat the first line
    assert [index for index, _ in chosen] == [0, 2]


@pytest.mark.parametrize(
    "hook",
    [
        "Of all the towns on the coast, you would think Varna would know how to keep its harbour wall standing.",
        "Luckily for our readers, the council repairs to the harbour wall of Varna are what we have pictures of.",
    ],
)
def test_a_lead_in_the_writers_own_voice_gives_way_to_the_news(hook: str) -> None:
    text = (
        f"{hook} "
        "The council of Varna voted on Tuesday to rebuild the harbour wall that the storm destroyed. "
        "Fishermen say their boats cannot leave port until the repairs to the harbour wall are finished."
    )
    article = article_from_text("Harbour wall\n\n" + text)
    pieces = [(n, (s.start, s.end)) for n, s in enumerate(article.sentences)]
    rest = [content_words("Varna harbour wall council repairs")] * 2
    assert [index for index, _ in select_summary(pieces, article.text, rest, max_sentences=1)] == [1]
    # nor does the hook follow the lines that report, though the budget has room for it
    assert [index for index, _ in select_summary(pieces, article.text, rest)] == [1, 2]


def test_a_column_in_the_first_person_throughout_still_has_a_summary() -> None:
    text = (
        "I have lived by the harbour of Varna for forty years and I have never seen the wall so weak. "
        "We fishermen told the council about the cracks in the harbour wall every winter since the storm. "
        "You would think the council of Varna would listen to the people who work on the harbour wall."
    )
    article = article_from_text("Harbour wall\n\n" + text)
    pieces = [(n, (s.start, s.end)) for n, s in enumerate(article.sentences)]
    chosen = select_summary(pieces, article.text, [content_words("Varna harbour wall council")] * 2)
    assert [index for index, _ in chosen] == [0, 1]  # the third mostly repeats them


@pytest.mark.parametrize(
    ("sentence", "voiced"),
    [
        ("Of all the people, you would think a reporter would know better.", True),
        ("Luckily for our bank balances, she shops on the high street.", True),
        ("'I will sue this place,' the reporter said as she left.", False),
        ('"We are ready to pay," the minister said, adding that your money is safe.', True),
        ('"We are ready to pay," the minister said on Thursday.', False),
        ("He said: 'We strive to pay our obligations on time.'", False),
        ("Senator Ana Brod (I-Vt.) won the vote, and Our Harbour PAC paid for the adverts.", False),
        ('<tweet id="1" author="@anabrod">I am thrilled to announce our new harbour plan for Varna.', False),
        ("The US said it would not act before the summit.", False),
        ("Veterans of World War I were honoured at the ceremony.", False),
    ],
)
def test_the_writers_own_voice_is_first_or_second_person_outside_quotation_marks(sentence: str, voiced: bool) -> None:
    assert writer_voice(sentence) is voiced


@pytest.mark.parametrize(
    ("sentence", "generic"),
    [
        ("Living near the new harbour of Varna means your house is worth more, a council study found.", True),
        ("A fish market on your doorstep adds a tenth to the price of your flat, the study says.", True),
        ('"We are ready to pay," the minister said, adding that your money is safe.', True),
        ("Mark your calendars: the harbour of Varna reopens on Saturday.", False),  # an order to the reader
        ("The harbour reopens on Saturday; check your tickets before the ferry leaves.", False),
        ("You would think your council would know how to mend a harbour wall.", False),
        ("Luckily for our readers, your harbour wall is still standing.", False),
        ("The harbour of Varna reopens on Saturday after the storm.", False),
    ],
)
def test_a_your_that_means_anyone_is_no_comment_of_the_writers(sentence: str, generic: bool) -> None:
    assert generic_your(sentence) is generic


def test_a_lead_that_tells_the_reader_what_the_news_means_for_them_is_a_summary_line() -> None:
    text = (
        "Living near the new harbour of Varna means your house is worth a tenth more, a council study found. "
        "The study compared house prices in the streets around the harbour with those in the rest of Varna. "
        "The council of Varna said the harbour had brought new shops and jobs to the old town."
    )
    article = article_from_text("Harbour prices\n\n" + text)
    pieces = [(n, (s.start, s.end)) for n, s in enumerate(article.sentences)]
    rest = [content_words("Varna harbour house prices study")] * 2
    assert [index for index, _ in select_summary(pieces, article.text, rest, max_sentences=1)] == [0]


@pytest.mark.parametrize(
    ("sentence", "forward"),
    [
        ("The talks will resume in Geneva.", True),
        ("The ministry plans to publish the report.", True),
        ("A vote is expected to follow within days.", True),
        ("The summit is scheduled for the spring.", True),
        ("The harbour master met the fishermen in the summer of 2012 at the quay.", False),  # a date
        ("Later in the summer, the mayor revised her statement on the quay.", False),
        ("The quay could be finished in the summer.", True),
        ("The mayor is slated to open the quay later in the month.", True),
        ("Negotiators said they'll meet again.", True),
        ("The mayor is probably the most popular politician in the city.", False),
        ("The row comes amid rising tension over fishing rights.", False),
        ("The dispute may have cost the port its biggest customer.", False),
        ("He took the opportunity to thank the volunteers.", False),
        ("The harbour master could not be reached for comment on Monday.", False),
        ("A spokesman for the port would not say how much the wall cost.", False),
        ("Fishermen are more likely to say the new quay is fair than farmers are.", False),
        ("The harbour master would not say whether the port will close.", True),  # "will" still looks ahead
        ("In May, the council voted to pay the fishermen.", False),  # the month, not the modal
        ("The mayor dropped out of the race May 3, 2016.", False),
        ("Prime Minister Theresa May met the fishermen.", False),
        ("May 5 is when the harbour closed.", False),
        ("The deal may collapse before the vote.", True),
        ("They met in May and may meet again.", True),
        ("The harbour master, Will Brod, thanked the fishermen.", False),  # a name, not the modal
        ("In Varna, Will Brod thanked the fishermen on Monday.", False),
        ("Will the harbour reopen before the vote?", True),
        ("The question is another one: Will the harbour reopen?", True),
        ("The mayor had been scheduled to speak at the harbour on Monday.", False),  # a plan overtaken
        ("The mayor had planned to visit the harbour before the storm.", False),
        ("The mayor was scheduled to meet the fishermen on Thursday.", True),  # news writing's tense for what's next
        ("Right afterward, the mayor talked up his plans to close the harbour.", False),  # a plan named, in the past
        ("The mayor did not mention his own potential impact on the vote.", False),
        ("The plan will be unveiled next week.", True),
        ("After his rivals quit, he might have been expected to soften his tone, but he attacked again.", False),
        ("He is expected to soften his tone at the rally.", True),
        ("The poll surveyed 552 likely Democratic primary voters over ten days.", False),
        ("The mayor is likely to win the primary.", True),
        ("The vote showed a lack of political will to rebuild the quay.", False),  # "will", a noun
        ("The council ignored the will of the fishermen.", False),
        ("The harbour board can change the rule at will.", False),
        ("Three more fishermen have come forward to accuse the harbour master.", False),  # a direction, not a step
        ("The council will look forward to the vote.", True),
        ("Going forward, the port must pay its pilots.", True),
        # a hedge qualifies a thing, it names no next step
        ("The union courted potential members at the quay on Monday.", False),
        ("The inspectors gave the harbour their highest possible rating.", False),
        ("The mayor asked the council to pay the fishermen as soon as possible.", False),
        ("Police found two sailors dead in a possible robbery.", False),
        ("A strike is possible, and the union could call one next month.", True),
        # a forward word in a name is no plan
        ("The mayor spoke at a Planned Parenthood clinic in Varna.", False),
        ("Varna Will Vote On Harbour Fees Next Week", True),  # a headline's capitals are its words
        # a modal on a perfect looks back
        ("The harbour master could not have been more delighted with the catch.", False),
        ("The fishermen couldn't possibly have been angrier about the quota.", False),
        ("The mayor would certainly have the chance to name a new harbour master.", True),
        ("Some ports are rushing the vote, possibly bringing the fees in by the end of this year.", True),
        # a forward verb that only says which people are meant
        ("The dockers backed the man who will lead the union.", False),
        ("A dozen captains who want to be harbour master met on Monday.", False),
        ("Fishermen, who will vote on the quota next month, met on Monday.", True),  # a next step of people named
        ("Dockers, who will play a large part in the vote, met on Monday.", True),
        ("Captains who backed the quota will vote for it again.", True),  # "will" is the sentence's own verb
        # or which place: a "where" clause with no comma before it
        ("The mayor called off the rally after protesters filled the hall where she was scheduled to speak.", False),
        ("The pollster surveyed dockers in two ports where voters will settle the levy.", False),
        ("The fleet sails to Varna, where captains will vote on the quota next month.", True),
        ("Captains will vote on the quota in the port where they moor.", True),
        ("Now it's the dockers who could face a strike at the harbour.", True),  # a cleft: the clause is the news
        ("Some captains could be heard grumbling on the quay.", False),
        ("The poll found 66 percent of likely women voters oppose the harbour levy.", False),
        ("The mayor is likely to remind voters of the storm.", True),
        ("The storm destroyed the mayor's plan to rebuild the quay.", False),  # a plan named, as "his plan" is
        ("She sold as many fish as she could before the storm.", False),
        ("The mayor could not resist a swipe at the harbour board.", False),  # past inability
        ("The two candidates could not be more different on the levy.", False),  # a degree
        ("The levy could pass, though it may not survive the courts.", True),
        # "planned" or "scheduled" after a determiner describes a thing; the sentence may be all past
        ("The skipper drowned in the bay just before a planned move to Varna.", False),
        ("On Monday the mayor cancelled her scheduled visit to the harbour.", False),
        ("The dockers said the quay's planned extension was a waste of money.", False),
        ("The planned extension will cost the port two million.", True),  # "will" still looks ahead
        ("The harbour board planned a second quay for the ferries.", True),  # the verb, a plan made
        ("A vote on the levy was scheduled for Thursday.", True),
        # an appearance now, hedged ("may seem"), is no next step
        ("The levy may seem small beside the harbour fees.", False),
        ("It might seem odd that the mayor backed the dockers.", False),
        ("The levy may rise if the port loses its ferries.", True),
        # a wish ("may the ... be"), not a modal
        ("The mayor ended with a toast: may the sea be kind to you.", False),
        ("May God protect the fishermen of Varna.", False),
        ("The mayor closed her speech with a film line: 'and may The Sea be with you.'", False),
        # a "could" that is nobody's forecast: anyone's, a past ability, a past thought reported in the past
        ("One could say the levy was a tax on fish.", False),
        ("You might remember the last strike at the harbour.", False),
        ("No one could stop the levy next spring.", True),  # "no one" is nobody in general, not the reader
        ("All the mayor could do was wave from the quay.", False),
        ("All she could do was wave from the quay.", False),
        ("I could see the relief on the dockers' faces.", False),
        ("Varna could do with a second ferry.", False),
        ("Dockers suddenly saw that the strike could win.", False),
        ("The mayor wondered whether she could sue the union.", False),
        ("Dockers fear the levy could cost them their jobs.", True),  # feared now: still ahead
        ("The mayor said the levy could pass in March.", True),  # a forecast reported stays one
        # a hedge about what is: "likely" describing a person, or on a present or past verb; an ongoing "may be"
        ("The dockers cheered the likely Labour nominee, Ann Ruiz.", False),
        ("The union backed likely Democratic candidate Ann Ruiz.", False),
        ("The levy is likely an exaggeration of the port's costs.", False),
        ("The strike likely delayed the ferries by a day.", False),
        ("The mayor's support may be weakening.", False),
        ("Some may recall the last strike.", False),
        ("The mayor is likely to win the vote.", True),
        ("The board set the stage for a likely rout on Sunday.", True),  # an event, not a person
        ("The dockers backed the captain most likely to win the harbour vote.", False),  # which captain
        ("The survey listed the dockers most and least likely to strike.", False),
        ("The captain is most likely to win the harbour vote.", True),
        ("The mayor ran as the lone and unlikely rival to the harbour master.", False),
        ("It's likely that the union doesn't yet have the votes.", False),
        ("It's likely that the union will call a strike.", True),
        ("In the unlikely event of a strike, the ferries could stop.", True),
        ("The docker thought that no one could hear him.", False),
        ("The levy may be the biggest issue next year.", True),
        # a plan or a deadline that came to an end
        ("Plans to dredge the harbour fell to the wayside after the storm.", False),
        ("The strike dashed the board's plans for a second quay.", False),
        ("The port missed that deadline by a week.", False),
        ("The board plans to dredge the harbour before the deadline in May.", True),
        ("Within months of the storm, the mayor went to work rebuilding the quay.", False),
        ("The captains led the protest, and within weeks the union had closed the port.", False),
        ("A ruling on the levy will come within weeks of the vote.", True),
        ("The board will decide within weeks.", True),
        # ... or one the sentence sets before another, or drops
        ("The mayor scrapped plans to visit the harbour on Monday.", False),
        ("The strike lasted longer than the union'd planned.", False),
        ("The board initially planned to close the quay but was swayed by the dockers.", False),
        ("In 1998 the harbour board met and the dredging went on as planned.", False),
        ("The vote, originally scheduled for March, will now be held in April.", True),
        # "planned" before its noun after a preposition or an infinitive describes the thing
        ("The storm washed away $5,000 worth of planned harbour repairs.", False),
        ("The levy prompted some ferry lines to reconsider planned routes.", False),
        ("The ferry lines are expected to reconsider planned routes.", True),
        ("Some captains could be seen mending nets on the quay.", False),
        # "likely" before a past tense with no "-ed" hedges what happened
        ("The storm likely drew more tourists to the harbour than the festival.", False),
        ("The dockers likely lost a week of wages to the strike.", False),
        ("The levy likely won't pass before the storm season.", True),
        # a "may" of an attitude held now, or of a concession, is no next step
        ("Fishermen may not like the levy, but they pay it.", False),
        ("The mayor may not fully understand the dockers' anger.", False),
        ("Captains might appreciate the new quay.", False),
        ("Voters outside Varna may think of her as the harbour mayor.", False),
        ("The two captains may be rivals, but they share a boat.", False),
        ("The union may be somewhat overplaying its hand.", False),
        ("Ana Brod may be the harbour's most successful skipper.", False),
        ("Ana Brod may be Varna's most successful skipper.", False),
        ("One reason may be that the ferries are late.", False),
        ("The harbour master may be in a difficult position.", False),
        ("The levy may be an option if the ferries leave.", True),
        ("After the audit, a second quay might not even be an option.", True),
        ("The quay may be harder to sell to the dockers.", True),
        ("Donors may think twice before funding the quay.", True),
        ("The captains may agree to the levy next month.", True),
        ("The mayor may be the nominee, but the dockers will fight her.", True),
        ("The levy may rise, but the ferries will still sail.", True),
        # an unreal condition imagines another world: no next step
        ("Even if the board had acted sooner, the quay could not have been saved.", False),
        ("If I were the mayor, I would close the harbour.", False),
        ("If you were a docker, you might feel the same.", False),
        ("Had the storm come later the board would have had a plan ready, if it had planned at all.", False),
        ("If she were to win the vote, the mayor would close the harbour.", True),
        ("If dockers were paid more, the strike could end.", True),
        ("Asked if she had decided, the mayor said she might run again.", True),  # a question, not a condition
        ("The mayor caused a stir when a docker asked if she might close the quay.", False),
        ("The captain was asked what he thought the mayor could do about the levy.", False),
        ("Asked whether she would sell the ferry, the mayor laughed.", False),
        ("The dockers are left wondering whether the levy might rise.", True),  # an open question
        ("If I were the mayor, I would wait: the vote is next week.", True),
    ],
)
def test_what_counts_as_forward_looking(sentence: str, forward: bool) -> None:
    assert is_forward_looking(sentence) is forward


def test_the_outlook_holds_only_forward_looking_items() -> None:
    body = (
        "The port of Varna reopened on Monday after a strike that lasted three weeks. "
        "Dock workers returned to the quays as the first ships were unloaded. "
        "The union leader is probably the most popular figure in the city after the strike. "
        "Shipping lines are probably relieved that the quays are working again. "
        "Wage talks will resume in the capital next week."
    )
    brief = prefill(article_from_text("Port reopens\n\n" + body))
    assert_faithful(brief)
    outlook = texts(brief, "outlook")
    assert "Wage talks will resume in the capital next week." in outlook
    assert not any("probably" in line for line in outlook)


def test_the_outlook_says_what_comes_next_it_does_not_ask() -> None:
    body = (
        "The port of Varna reopened on Monday after a strike that lasted three weeks. "
        "Dock workers returned to the quays as the first ships were unloaded. "
        "The union leader is the most popular figure in the city after the strike. "
        "Shipping lines are relieved that the quays are working again. "
        "But will the union ever trust the harbour board again? "
        "How could the board keep ignoring the pilots' complaints? "
        "Wage talks will resume in the capital next week."
    )
    outlook = texts(prefill(article_from_text("Port reopens\n\n" + body)), "outlook")
    assert "Wage talks will resume in the capital next week." in outlook
    assert not any(line.endswith("?") for line in outlook)


@pytest.mark.parametrize("elided", ["A: Not yet, I will.", "But now the dockers could."])
def test_a_modal_that_lost_its_verb_is_no_outlook(elided: str) -> None:
    """ "But now the dockers could." takes its verb from the sentence before: alone it says nothing to come."""
    body = (
        "The port of Varna reopened on Monday after a strike that lasted three weeks. "
        "Dock workers returned to the quays as the first ships were unloaded. "
        "The union leader is the most popular figure in the city after the strike. "
        "Shipping lines are relieved that the quays are working again.\n\n"
        f"Has the union signed the wage deal yet?\n\n{elided}\n\n"
        "Wage talks will resume in the capital next week."
    )
    outlook = texts(prefill(article_from_text("Port reopens\n\n" + body)), "outlook")
    assert "Wage talks will resume in the capital next week." in outlook
    assert elided not in outlook, outlook


def test_an_interviewers_prompt_is_no_outlook() -> None:
    """ "Q: Now you're saying the quays could reopen" is the interviewer speaking, not a next step."""
    body = (
        "The port of Varna reopened on Monday after a strike that lasted three weeks. "
        "Dock workers returned to the quays as the first ships were unloaded. "
        "The union leader is the most popular figure in the city after the strike. "
        "Shipping lines are relieved that the quays are working again.\n\n"
        "Q: Now you\u2019re saying the quays could reopen to cruise ships too.\n\n"
        "Wage talks will resume in the capital next week."
    )
    outlook = texts(prefill(article_from_text("Port reopens\n\n" + body)), "outlook")
    assert "Wage talks will resume in the capital next week." in outlook
    assert not any(line.startswith("Q:") for line in outlook), outlook


def test_repeats_are_near_identical_or_contained() -> None:
    said = meaningful_words("Talks on fishing rights resume in Geneva next week.")
    assert repeats(said, meaningful_words("Next week, talks on fishing rights resume in Geneva."))
    assert repeats(said, meaningful_words("Talks on fishing rights resume in Geneva next week, officials said."))
    assert not repeats(said, meaningful_words("Talks on port fees resume in Oslo next month."))
    assert repeats(meaningful_words("Sanders."), meaningful_words("Sanders."))
    assert not repeats(meaningful_words("Sanders."), meaningful_words("Sanders and Clinton."))


def test_no_two_items_of_a_brief_say_the_same_thing() -> None:
    body = (
        "Talks on fishing quotas between Nordland and Sudmark will resume in Geneva next week. "
        "Negotiators from both countries met in Oslo on Monday to discuss the northern sea. "
        "In the 1990s the two countries fought over the same waters for years. "
        "Talks on fishing quotas between Nordland and Sudmark will resume in Geneva next week, "
        "after a pause of a month caused by the election and a strike by port workers in the south. "
        "Fishermen on both coasts fear that the quotas will be cut again this year."
    )
    brief = prefill(article_from_text("Fishing talks\n\n" + body))
    assert_faithful(brief)
    items = [meaningful_words(item.text) for item in brief.items()]
    pairs = [(a, b) for n, a in enumerate(items) for b in items[n + 1 :] if repeats(a, b)]
    assert pairs == []


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("LONDON (Reuters) - The pound fell sharply on Monday after the vote in parliament.", "The pound fell"),
        ("(CNN) The pound fell sharply on Monday after the vote in parliament on the plan.", "The pound fell"),
        ("PORTSMOUTH, N.H. — He may be a big underdog against the front-runner in the state.", "He may be"),
        ("VARNA, Dec. 8 (UPI) — The port reopened on Monday after the storm in the north.", "The port"),
        ("SOFIA, Bulgaria, Aug 31 (Reuters) - The port reopened on Monday after the storm.", "The port"),
        # a name with its party, a body with its short name, a dash after a name: no dateline
        ("New Jersey Gov. Chris Christie (R), a staunch ally, acknowledged some of the plagiarism.", "New Jersey"),
        ("Sen. Ted Cruz (R-Texas) said on Monday that the plan would fail in the Senate.", "Sen. Ted"),
        ("The Federal Reserve (Fed) said on Monday that rates would rise again this year.", "The Federal"),
        ("NATO — the alliance that has kept the peace for decades — meets in Vilnius on Monday.", "NATO —"),
    ],
)
def test_a_dateline_ends_where_a_sentence_begins(sentence: str, rest: str) -> None:
    assert sentence[past_dateline(sentence, 0, len(sentence)) :].startswith(rest)


def test_a_bare_quotation_after_a_connective_is_no_summary_line() -> None:
    body = (
        "The council of Varna voted on Tuesday to rebuild the harbour wall that the storm destroyed.\n\n"
        "Fishermen had asked the council for the money after the spring floods closed the port.\n\n"
        "And, finally, “We will never again wait a year for a harbour wall to be repaired.”\n\n"
        "The works will start in June and cost the city twelve million euros."
    )
    brief = prefill(article_from_text("Harbour wall\n\n" + body))
    summary = [item.text for item in brief.section("summary").items]  # type: ignore[union-attr]
    assert summary and not any("never again wait" in text for text in summary), summary


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('<tweet tweet-id="6021"><tweet/>.', 0),
        ("http://example-poll.com.", 0),
        ("See www.example.org for the tables.", 4),
        ("Nooooo!", 1),
        ("I'm not changing.", 3),
    ],
)
def test_prose_words_leave_out_markup_and_web_addresses(text: str, words: int) -> None:
    assert prose_words(text) == words


def test_an_embed_a_web_address_or_a_one_word_cry_is_no_item() -> None:
    text = (
        "Harbour vote splits the council\n\n"
        "The council voted 6-1 to fund the new harbour on Monday. Mayor Ann Lee said the harbour would open in May.\n\n"
        '<tweet tweet-id="6021"><tweet/>.\n\n'
        "“Nooooo!”\n\n"
        "Traders said the harbour fund was too small. The old harbour closed in 1990.\n\n"
        "Online:\n\n"
        "http://example-harbour.com."
    )
    brief = prefill(article_from_text(text))
    shown = [item.text for item in brief.items()] + [item.label or "" for item in brief.items()]
    assert any("Mayor Ann Lee" in t for t in shown)  # the article's prose is still used
    assert not any("tweet" in t or "http" in t or "Nooooo" in t or t == "Online" for t in shown), shown


def test_a_sentence_wrapped_over_lines_is_one_line_in_the_brief() -> None:
    # a hard-wrapped e-mail: the item reads as one line (in the window and in Word), its source is still the
    # article's wrapped sentence
    text = (
        "Talks collapse in Geneva\n\n"
        "The talks between the two delegations collapsed on Monday after the\n"
        "negotiators failed to agree on the inspection regime at the two ports.\n"
        "Officials said they would meet again next month in the capital of the\n"
        "host country, and that a deal was still possible before the end of May.\n"
    )
    brief = prefill(article_from_text(text))
    items = list(brief.items())
    assert items and all("\n" not in item.text for item in items)
    first = items[0]
    start, end = first.sources[0]
    assert "\n" in brief.source.text[start:end]
    assert first.text == " ".join(brief.source.text[start:end].split())


@pytest.mark.parametrize(
    ("text", "roster"),
    [
        ("Varna: Ana Brod, Petra Larsen, Gary R. Smith, Tomás Weil, Ida Quirk-Garvan, Lev Orlov and Will Kemp.", True),
        ("Ana Brod, Petra Larsen, Tomás Weil, Ida Nam, Lev Orlov, Ola Kemp.", True),
        ("The panel heard Ana Brod, Petra Larsen, Tomás Weil, Ida Nam, Lev Orlov and Ola Kemp.", False),
        ("Delegates came from Varna, Burgas, Ruse, Pleven, Sliven and Plovdiv.", False),
        ("Ana Brod, Petra Larsen and Tomás Weil signed the letter.", False),
    ],
)
def test_a_list_of_names_is_no_statement(text: str, roster: bool) -> None:
    from briefing.prefill.text import is_roster

    assert is_roster(text) is roster


def test_a_summary_line_cut_before_its_aside_ends_on_a_full_stop() -> None:
    from briefing.prefill import prefill
    from briefing.reader import article_from_text

    body = (
        "The port of Varna reopened on Monday after a three-week strike by dock workers, prompting talk of a new "
        "contract for the whole coast.\n\n"
        "Ships queued outside the harbour for days while the union and the port authority argued over pay.\n\n"
        "The port authority said the strike cost the port of Varna more than two million euros in lost fees.\n"
    )
    brief = prefill(article_from_text("Port reopens\n\n" + body))
    assert_faithful(brief)
    lines = texts(brief, "summary")
    assert "The port of Varna reopened on Monday after a three-week strike by dock workers." in lines, lines


def test_an_earlier_year_the_article_names_is_its_background() -> None:
    from briefing.prefill import prefill
    from briefing.reader import article_from_text

    body = (
        "The port of Varna reopened on Monday after a three-week strike by dock workers in 2026.\n\n"
        "Ships queued outside the harbour for days while the union and the port authority argued over pay.\n\n"
        "The harbour master said the port would clear the queue by the end of the week.\n\n"
        "Dock workers first won a contract with the port authority in 1998, after a long dispute.\n\n"
        "The new contract is meant to run until 2030, the union said.\n\n"
        "The port handled a record number of ships in 2026, the harbour master said.\n"
    )
    brief = prefill(article_from_text("Port reopens\n\n" + body))
    assert_faithful(brief)
    context = texts(brief, "context")
    assert any(t.startswith("Dock workers first won a contract") for t in context), context
    assert not any("2030" in t for t in context), context  # a later year is a target, not background


def test_a_fuller_item_of_the_same_section_takes_the_place_of_one_it_nearly_repeats() -> None:
    """Of two Positions lines saying one thing, the one that says more stays, where the first stood;
    across sections the item taken first stays, and a short one (under ten words) is never displaced."""
    from types import SimpleNamespace

    from briefing.model import Item
    from briefing.prefill.draft import _Draft

    def item(text: str, start: int) -> Item:
        return Item(text=text, sources=[(start, start + len(text))])

    short = item(
        "That is according to early polls conducted last week for the Portville Gazette by Harbour Research.", 0
    )
    quip = item("Nusra is Al Qaeda, Mr. Lund said.", 100)
    full = item(
        "According to early polls conducted last week for the Portville Gazette by Harbour Research, most residents"
        " in all five districts feel betrayed.",
        200,
    )
    echo = item("Mr. Lund said Al Qaeda runs the Nusra Front's cells, and the port knows it.", 400)
    outlook = item("Early polls for the Portville Gazette by Harbour Research show most residents feel betrayed.", 600)
    order = [("positions", short), ("positions", quip), ("positions", full), ("positions", echo), ("outlook", outlook)]
    draft = SimpleNamespace(
        order=order,
        slots={"positions": [short, quip, full, echo], "outlook": [outlook]},
        reasons={i.sources[0]: "why" for _, i in order},
    )
    _Draft.drop_repeats(draft)  # type: ignore[arg-type]
    assert draft.slots["positions"] == [full, quip], "the fuller line in the short one's place; the echo of a quip goes"
    assert draft.slots["outlook"] == [], "a later section's repeat goes"
    assert set(draft.reasons) == {full.sources[0], quip.sources[0]}


_HARBOUR_VOTE = [
    "The harbour authority approved a new container terminal on Tuesday after a decade of delays.",
    "The vote was close, with five members in favour and four against.",
    "The mayor thanked members for their patience during the long debate.",
    "Members also approved a new car park beside the ferry office.",
    "Fishermen fear that dredging for the terminal will drive the cod from the channel for years.",
    "The authority will meet again in March to discuss the budget.",
]


def test_a_post_set_in_the_article_is_no_summary_line() -> None:
    post = '<tweet author="@harbourwatch">The harbour authority approved the new container terminal tonight</tweet>.'
    body = "\n\n".join([post, *_HARBOUR_VOTE])
    summary = texts(prefill(article_from_text("Harbour vote\n\n" + body)), "summary")
    assert summary == _HARBOUR_VOTE[:3]  # the article's own lead, not the post that repeats it

"""Invariants every Article from the reader must keep, whatever the input format."""

from __future__ import annotations

from briefing.article import Article, BlockKind

SENTENCE_KINDS = {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.STANDFIRST}


def assert_well_formed(article: Article) -> None:
    """Offsets in range, in order, trimmed; every sentence inside a block that may hold one."""
    text = article.text
    previous_end = 0
    for block in article.blocks:
        assert previous_end <= block.start < block.end <= len(text), block
        assert not text[block.start].isspace() and not text[block.end - 1].isspace(), block
        previous_end = block.end
    previous_end = 0
    for sentence in article.sentences:
        block = article.blocks[sentence.block]
        assert block.kind in SENTENCE_KINDS, (sentence, block)
        assert block.start <= sentence.start < sentence.end <= block.end, (sentence, block)
        assert previous_end <= sentence.start, sentence
        assert not text[sentence.start].isspace() and not text[sentence.end - 1].isspace(), sentence
        previous_end = sentence.end


def outline(article: Article) -> list[tuple[str, str]]:
    """(kind, text) of each block: what a person would check by eye."""
    return [(b.kind.value, article.block_text(i)) for i, b in enumerate(article.blocks)]


def sentences(article: Article) -> list[str]:
    return [article.sentence_text(i) for i in range(len(article.sentences))]


def test_the_check_catches_a_sentence_outside_its_block() -> None:
    from briefing.article import Block, Sentence

    article = Article(
        text="Title\n\nOne. Two.",
        blocks=[Block(BlockKind.TITLE, 0, 5), Block(BlockKind.PARAGRAPH, 7, 16)],
        sentences=[Sentence(0, 5, 1)],
    )
    try:
        assert_well_formed(article)
    except AssertionError:
        return
    raise AssertionError("a sentence outside its block went unnoticed")

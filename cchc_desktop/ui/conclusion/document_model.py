"""The conclusion as a QTextDocument: one paragraph per block, its kind and depth kept in the block format.

Numbering is shown with QTextLists ("1.", "a)", bullets) that :func:`relayout` rebuilds from the kinds and depths
after every structural change, so headings and numbered items share one counter among siblings exactly as
:func:`cchc_desktop.core.body.labels` counts them (and as the notice will print them). Stored block ids ride
along in the block format so tasks stay linked to their item while its text is edited.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

from ...core.body import Block, Run
from ...core.enums import BlockKind

KIND = QTextFormat.Property.UserProperty + 1
DEPTH = QTextFormat.Property.UserProperty + 2
BLOCK_ID = QTextFormat.Property.UserProperty + 3
LABEL = QTextFormat.Property.UserProperty + 4

INDENT_WIDTH = 26.0
PARAGRAPH_SPACING = 5.0
ROMAN = {"I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII.", "IX.", "X."}

_FAMILY = {
    BlockKind.HEADING: "number", BlockKind.NUMBERED: "number", BlockKind.LETTERED: "letter",
    BlockKind.BULLET: "bullet", BlockKind.PARAGRAPH: None,
}


def block_kind(block: QTextBlock) -> BlockKind:
    value = block.blockFormat().stringProperty(KIND)
    try:
        return BlockKind(value) if value else BlockKind.PARAGRAPH
    except ValueError:
        return BlockKind.PARAGRAPH


def block_depth(block: QTextBlock) -> int:
    return block.blockFormat().intProperty(DEPTH)


def block_id(block: QTextBlock) -> int | None:
    return block.blockFormat().intProperty(BLOCK_ID) or None


def _family(block: QTextBlock) -> str | None:
    kind = block_kind(block)
    if kind == BlockKind.HEADING and block.blockFormat().stringProperty(LABEL) in ROMAN:
        return "roman"
    return _FAMILY[kind]


def _list_format(family: str, depth: int) -> QTextListFormat:
    fmt = QTextListFormat()
    fmt.setIndent(depth + 1)
    if family == "number":
        fmt.setStyle(QTextListFormat.Style.ListDecimal)
        fmt.setNumberSuffix(".")
    elif family == "roman":
        fmt.setStyle(QTextListFormat.Style.ListUpperRoman)
        fmt.setNumberSuffix(".")
    elif family == "letter":
        fmt.setStyle(QTextListFormat.Style.ListLowerAlpha)
        fmt.setNumberSuffix(")")
    else:
        fmt.setStyle(QTextListFormat.Style.ListDisc)
    return fmt


def new_document(first_kind: BlockKind = BlockKind.PARAGRAPH) -> QTextDocument:
    """An empty document whose one paragraph is of ``first_kind``."""
    document = QTextDocument()
    document.setIndentWidth(INDENT_WIDTH)
    document.setDocumentMargin(10)
    load_blocks(document, [], first_kind)
    return document


def set_block_properties(cursor: QTextCursor, kind: BlockKind, depth: int, block_id_: int | None = None,
                         label: str | None = None) -> None:
    fmt = cursor.blockFormat()
    fmt.setProperty(KIND, kind.value)
    fmt.setProperty(DEPTH, max(0, depth))
    fmt.setProperty(BLOCK_ID, block_id_ or 0)
    fmt.setProperty(LABEL, label or "")
    fmt.setBottomMargin(PARAGRAPH_SPACING)
    cursor.setBlockFormat(fmt)


def _insert_runs(cursor: QTextCursor, runs: list[Run], heading: bool) -> None:
    for run in runs:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if (run.bold or heading) else QFont.Weight.Normal)
        fmt.setFontItalic(run.italic)
        cursor.insertText(run.text.replace("\n", " "), fmt)


def load_blocks(document: QTextDocument, blocks: list[Block], empty_kind: BlockKind = BlockKind.PARAGRAPH) -> None:
    """Replace the document's content with ``blocks`` (one paragraph per block, depth-first); without blocks, the
    one empty paragraph left is of ``empty_kind``, so what is typed first takes that kind."""
    document.clear()
    cursor = QTextCursor(document)
    first = True

    def write(items: list[Block], depth: int) -> None:
        nonlocal first
        for item in items:
            if not first:
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            first = False
            set_block_properties(cursor, item.kind, depth, item.id, item.label)
            _insert_runs(cursor, item.runs, item.kind == BlockKind.HEADING)
            write(item.children, depth + 1)

    if blocks:
        write(blocks, 0)
    else:
        set_block_properties(cursor, empty_kind, 0)
    relayout(document)
    document.setModified(False)


def _runs_of(block: QTextBlock) -> list[Run]:
    runs: list[Run] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        fmt = fragment.charFormat()
        runs.append(Run(fragment.text(), fmt.fontWeight() >= QFont.Weight.DemiBold, fmt.fontItalic()))
        it += 1
    return runs


def read_blocks(document: QTextDocument) -> list[Block]:
    """The document as a tree of :class:`Block`; empty paragraphs are dropped, duplicate ids (from splitting a
    paragraph with Enter) kept only on the first copy."""
    from ...core.body import normalise_runs

    roots: list[Block] = []
    stack: list[tuple[int, Block]] = []  # (depth, block) of the open ancestors
    seen_ids: set[int] = set()
    block = document.firstBlock()
    while block.isValid():
        runs = normalise_runs(_runs_of(block))
        if runs:
            kind = block_kind(block)
            if kind == BlockKind.HEADING:  # headings print bold anyway; keep only deliberate italics
                runs = normalise_runs([Run(r.text, False, r.italic) for r in runs])
            identifier = block_id(block)
            if identifier in seen_ids:
                identifier = None
            if identifier is not None:
                seen_ids.add(identifier)
            label = block.blockFormat().stringProperty(LABEL) or None
            item = Block(kind, runs, [], label, identifier)
            depth = block_depth(block)
            while stack and stack[-1][0] >= depth:
                stack.pop()
            (stack[-1][1].children if stack else roots).append(item)
            stack.append((depth, item))
        block = block.next()
    return roots


def _set_indent(cursor: QTextCursor, block: QTextBlock, indent: int) -> None:
    cursor.setPosition(block.position())
    fmt = cursor.blockFormat()
    if fmt.indent() != indent or fmt.textIndent() != 0:
        fmt.setIndent(indent)
        fmt.setTextIndent(0)
        cursor.setBlockFormat(fmt)


def relayout(document: QTextDocument) -> None:
    """Put every paragraph in the list its kind and position call for; plain paragraphs are indented by depth.

    Siblings (same parent) of one family share a list, so "1." items count on across the paragraphs and
    sub-items between them, and each new parent starts counting again.
    """
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    groups: dict[tuple[int, str], QTextList] = {}
    claimed: set[int] = set()  # object indexes of lists already serving a group
    parents: list[tuple[int, int]] = []  # (depth, block number) of the open ancestors
    block = document.firstBlock()
    while block.isValid():
        depth = block_depth(block)
        while parents and parents[-1][0] >= depth:
            parents.pop()
        parent = parents[-1][1] if parents else -1
        family = _family(block)
        current = block.textList()
        if family is None:
            if current is not None:
                current.remove(block)
            _set_indent(cursor, block, depth)
        else:
            wanted = _list_format(family, depth)
            target = groups.get((parent, family))
            if target is None and current is not None and current.objectIndex() not in claimed \
                    and current.format().style() == wanted.style():
                target = current
                target.setFormat(wanted)
            if target is None:
                if current is not None:
                    current.remove(block)
                _set_indent(cursor, block, 0)
                target = cursor.createList(wanted)
            elif current is None or current.objectIndex() != target.objectIndex():
                if current is not None:
                    current.remove(block)
                target.add(block)
                _set_indent(cursor, block, 0)
            groups[(parent, family)] = target
            claimed.add(target.objectIndex())
        parents.append((depth, block.blockNumber()))
        block = block.next()
    cursor.endEditBlock()

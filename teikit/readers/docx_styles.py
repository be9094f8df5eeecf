"""What a Word file's styles and a run's direct formatting say: the character formatting that
becomes `hi/@rend`, and the heading level a paragraph's style or outline level gives."""

from __future__ import annotations

from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_UNDERLINE
from docx.text.font import Font
from lxml import etree

from teikit.readers.docx_package import w

# Character formatting → `hi/@rend`, in the order ranges nest (outermost first).
RENDS = ("bold", "italic", "underline", "smallcaps", "superscript", "subscript")
HEADING_STYLES = {"Title": 1, **{f"Heading {n}": n for n in range(1, 10)}}


class StyleBook:
    """The document's styles by id, looked up once: python-docx finds a style (and the default
    one) by scanning all styles at each run, which costs more than the rest of the reading."""

    def __init__(self, part: Any) -> None:
        styles = part.styles
        self.by_id = {style.style_id: style for style in styles}
        self.default_paragraph = styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.character_rends: dict[str, dict[str, Any]] = {}
        self.headings: dict[str, tuple[int | None, int | None]] = {}

    def heading(self, style: Any) -> tuple[int | None, int | None]:
        key = style.style_id if style is not None else ""
        if key not in self.headings:
            self.headings[key] = _style_heading(style)
        return self.headings[key]

    def paragraph_style(self, element: etree._Element) -> Any:
        found = element.find(f"{w('pPr')}/{w('pStyle')}")
        style = self.by_id.get(found.get(w("val"), "")) if found is not None else None
        return style if style is not None else self.default_paragraph

    def character_font(self, run: etree._Element) -> dict[str, Any]:
        """The formatting a run's character style gives (its direct formatting wins)."""
        found = run.find(f"{w('rPr')}/{w('rStyle')}")
        style_id = found.get(w("val"), "") if found is not None else ""
        if style_id not in self.character_rends:
            style = self.by_id.get(style_id)
            font = style.font if style is not None \
                and style.type == WD_STYLE_TYPE.CHARACTER else None
            self.character_rends[style_id] = {
                name: getattr(font, name) if font is not None else None for name in _FONT}
        return self.character_rends[style_id]


_FONT = ("bold", "italic", "underline", "small_caps", "superscript", "subscript", "strike",
         "double_strike")


def run_formatting(run: etree._Element, styles: StyleBook) -> tuple[list[str], bool]:
    """What a run's formatting gives, its own else its character style's: the `hi/@rend`
    values, in nesting order, and whether it is struck through (once or twice: words the
    translation shows deleted in the original)."""
    font = Font(run)
    inherited = styles.character_font(run)

    def value(name: str) -> Any:
        direct = getattr(font, name)
        return inherited[name] if direct is None else direct

    found = {
        "bold": bool(value("bold")),
        "italic": bool(value("italic")),
        "underline": value("underline") not in (None, False, WD_UNDERLINE.NONE),
        "smallcaps": bool(value("small_caps")),
        "superscript": bool(value("superscript")),
        "subscript": bool(value("subscript")),
    }
    struck = bool(value("strike")) or bool(value("double_strike"))
    return [rend for rend in RENDS if found[rend]], struck


def _outline_level(holder: etree._Element) -> tuple[bool, int | None]:
    """Whether paragraph properties set an outline level, and the heading level it gives
    (levels 0–8; 9 is body text)."""
    found = holder.find(f"{w('pPr')}/{w('outlineLvl')}")
    if found is None:
        return False, None
    level = found.get(w("val"), "")
    return True, int(level) + 1 if level.isdigit() and int(level) < 9 else None


def _style_heading(style: Any) -> tuple[int | None, int | None]:
    """The heading level a style gives by its name (Title, Heading 1–9, or a style based on
    one) and by an outline level it or a style it is based on sets."""
    chain: list[Any] = []
    while style is not None and len(chain) < 20:  # a loop of base styles ends too
        chain.append(style)
        style = style.base_style
    named = next((HEADING_STYLES[c.name] for c in chain if c.name in HEADING_STYLES), None)
    outlined = next((level for present, level in map(_outline_level,
                                                    (c.element for c in chain)) if present),
                    None)
    return named, outlined


def heading_level(element: etree._Element, style: Any, styles: StyleBook) -> int | None:
    """A heading's level: from a heading style the paragraph's style is or is based on, else
    from an outline level set on the paragraph, else on its styles (which also holds for the
    heading styles of a Word in another language)."""
    named, outlined = styles.heading(style)
    if named is not None:
        return named
    present, own = _outline_level(element)
    return own if present else outlined

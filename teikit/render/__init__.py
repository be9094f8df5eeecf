"""Reading and diplomatic views of a TEI document, as static HTML, through XSLT 1.0.

    html = render_file("edition.xml")                    # both views, switchable with CSS
    html = render_file("edition.xml", view="reading")
    page = render_tree(tree, options=RenderOptions(persons_href="persons.html"))
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from lxml import etree

from teikit.errors import InputError, Location, TeikitError
from teikit.render.prepass import Annotated, annotate
from teikit.render.stylesheets import StylesheetError, css_path, load_stylesheet

View = Literal["both", "reading", "diplomatic"]
VIEWS: tuple[View, ...] = ("both", "reading", "diplomatic")
# The entry stylesheet of each view: a page frame (page.xsl) and the views' modes.
ENTRY_STYLESHEETS: dict[str, str] = {
    "both": "document.xsl", "reading": "reading.xsl", "diplomatic": "diplomatic.xsl",
}
DOCUMENT_XSL = ENTRY_STYLESHEETS["both"]

__all__ = [
    "ENTRY_STYLESHEETS",
    "VIEWS",
    "RenderError",
    "RenderOptions",
    "RenderedPage",
    "StylesheetError",
    "View",
    "css_path",
    "parse_tei",
    "render_file",
    "render_page",
    "render_tree",
]


class RenderError(TeikitError):
    """The stylesheet failed on a document."""


@dataclass(frozen=True)
class RenderOptions:
    """House-style parameters of the document page; empty strings leave a link out.

    `stylesheet` names the entry stylesheet (a file in the stylesheet folder, or a path): a
    project's own view is one such file; by default the entry of `view` is used."""

    view: View = "both"
    stylesheet: str = ""
    css_href: str = "teikit.css"
    home_href: str = ""
    persons_href: str = ""
    places_href: str = ""
    orgs_href: str = ""
    conventions_href: str = ""
    search_href: str = ""
    tei_href: str = ""
    edition_title: str = ""

    def entry_stylesheet(self) -> str:
        if self.stylesheet:
            return self.stylesheet
        if self.view not in VIEWS:
            raise ValueError(f"view must be one of {', '.join(VIEWS)}, not {self.view!r}")
        return ENTRY_STYLESHEETS[self.view]

    def xslt_parameters(self) -> dict[str, str]:
        values = {
            "css-href": self.css_href,
            "home-href": self.home_href,
            "persons-href": self.persons_href,
            "places-href": self.places_href,
            "orgs-href": self.orgs_href,
            "conventions-href": self.conventions_href,
            "search-href": self.search_href,
            "tei-href": self.tei_href,
            "edition-title": self.edition_title,
        }
        return {name: etree.XSLT.strparam(value) for name, value in values.items()}


@dataclass
class RenderedPage:
    html: str
    annotated: Annotated


def parse_tei(path: str | Path) -> etree._ElementTree:
    """Parse a TEI file safely. Ids are not collected: real files repeat them inside examples."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, collect_ids=False, huge_tree=True
    )
    try:
        return etree.parse(str(path), parser)
    except etree.XMLSyntaxError as error:
        line, column = error.position if error.position else (None, None)
        raise InputError(error.msg or str(error), Location(str(path), line, column)) from error
    except OSError as error:
        raise InputError(str(error), Location(str(path))) from error


def render_page(
    tree: etree._ElementTree, *, options: RenderOptions | None = None, source: str = "<tree>"
) -> RenderedPage:
    """Render a tree that may be changed: the pre-pass adds `tk:` attributes to it in place."""
    options = options or RenderOptions()
    transform = load_stylesheet(options.entry_stylesheet())
    annotated = annotate(tree.getroot())
    try:
        result = transform(tree, **options.xslt_parameters())
    except etree.XSLTApplyError as error:
        raise RenderError(f"rendering failed: {error}", Location(source)) from error
    return RenderedPage(html=str(result), annotated=annotated)


def render_tree(
    tree: etree._ElementTree, *, options: RenderOptions | None = None, source: str = "<tree>"
) -> str:
    """The HTML page of a TEI tree; the caller's tree is left as it was."""
    return render_page(copy.deepcopy(tree), options=options, source=source).html


def render_file(path: str | Path, *, options: RenderOptions | None = None) -> str:
    """The HTML page of a TEI file."""
    return render_page(parse_tei(path), options=options, source=str(path)).html

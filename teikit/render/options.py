"""What a page is rendered with: its view, its entry stylesheet and the house-style links."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from lxml import etree

View = Literal["both", "reading", "diplomatic"]
VIEWS: tuple[View, ...] = ("both", "reading", "diplomatic")
# The entry stylesheet of each view: a page frame (page.xsl) and the views' modes.
ENTRY_STYLESHEETS: dict[str, str] = {
    "both": "document.xsl", "reading": "reading.xsl", "diplomatic": "diplomatic.xsl",
}


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

    def xslt_parameters(self) -> dict[str, Any]:
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

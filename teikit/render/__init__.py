"""Reading and diplomatic views of a TEI document, as static HTML, through XSLT 1.0.

    html = render_file("edition.xml")                    # both views, switchable with CSS
    html = render_file("edition.xml", view="reading")
    page = render_tree(tree, options=RenderOptions(persons_href="persons.html"))

Each call compiles its stylesheet; to render many pages, make a `Renderer` and keep it:

    renderer = Renderer()
    pages = [renderer.render_file(path) for path in paths]
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from teikit.render.options import (
    ENTRY_STYLESHEETS,
    VIEWS,
    RenderOptions,
    View,
)
from teikit.render.renderer import (
    RenderedPage,
    Renderer,
    RenderError,
    parse_tei,
)
from teikit.render.stylesheets import StylesheetCache, StylesheetError, css_path

__all__ = [
    "ENTRY_STYLESHEETS",
    "VIEWS",
    "RenderError",
    "RenderOptions",
    "RenderedPage",
    "Renderer",
    "StylesheetCache",
    "StylesheetError",
    "View",
    "css_path",
    "parse_tei",
    "render_file",
    "render_page",
    "render_tree",
]


def render_page(
    tree: etree._ElementTree, *, options: RenderOptions | None = None, source: str = "<tree>",
    renderer: Renderer | None = None,
) -> RenderedPage:
    """Render a tree that may be changed: the pre-pass adds `tk:` attributes to it in place."""
    return (renderer or Renderer()).render_page(tree, options=options, source=source)


def render_tree(
    tree: etree._ElementTree, *, options: RenderOptions | None = None, source: str = "<tree>",
    renderer: Renderer | None = None,
) -> str:
    """The HTML page of a TEI tree; the caller's tree is left as it was."""
    return (renderer or Renderer()).render_tree(tree, options=options, source=source)


def render_file(path: str | Path, *, options: RenderOptions | None = None,
                data: bytes | None = None, renderer: Renderer | None = None) -> str:
    """The HTML page of a TEI file (`data`: its bytes, if already read)."""
    return (renderer or Renderer()).render_file(path, options=options, data=data)

"""The renderer: a TEI tree through the pre-pass and an entry stylesheet to an HTML page.

A `Renderer` keeps what it compiled (the stylesheets, the index keys of names) for as long
as its owner keeps it: the command line makes one per run, a site build one per worker
process, a notebook one for its session."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from teikit.errors import InputError, Location, TeikitError
from teikit.render.mentions import LabelIds
from teikit.render.options import RenderOptions
from teikit.render.prepass import Annotated, annotate
from teikit.render.stylesheets import StylesheetCache
from teikit.xml import RENDERING_INPUT, TEI_NS, tei


class RenderError(TeikitError):
    """The stylesheet failed on a document."""


@dataclass
class RenderedPage:
    """A rendered document: its HTML and the annotated tree it came from."""

    html: str
    annotated: Annotated


# P5's roots, and P4's (no namespace), whose text the stylesheets' fallback still shows.
TEI_ROOTS = frozenset({tei("TEI"), tei("teiCorpus"), "TEI.2", "teiCorpus.2"})
DEFAULT_OPTIONS = RenderOptions()


def parse_tei(path: str | Path, data: bytes | None = None) -> etree._ElementTree:
    """Parse a TEI file safely (`data`: its bytes, already read, e.g. from standard input).
    Ids are not collected: real files repeat them inside examples. A document whose root is
    not TEI's `TEI` or `teiCorpus` (or P4's `TEI.2`) is refused: its page would be empty."""
    try:
        if data is None:
            tree = etree.parse(str(path), RENDERING_INPUT)
        else:
            tree = etree.ElementTree(etree.fromstring(data, RENDERING_INPUT))
    except etree.XMLSyntaxError as error:
        line, column = error.position if error.position else (None, None)
        raise InputError(error.msg or str(error), Location(str(path), line, column)) from error
    except OSError as error:
        raise InputError(str(error), Location(str(path))) from error
    root = tree.getroot()
    if root.tag not in TEI_ROOTS:
        name = etree.QName(root)
        raise InputError(f"not a TEI document: its root is <{name.localname}> in "
                         f"{name.namespace or 'no namespace'}, not <TEI> in {TEI_NS}",
                         Location(str(path), root.sourceline))
    return tree


class Renderer:
    """Renders pages, compiling each entry stylesheet once for all the pages it renders.

    Sent to a worker process, it arrives empty (its stylesheet folder only), and the worker
    compiles what it needs once, for all its tasks."""

    def __init__(self, stylesheets: StylesheetCache | None = None) -> None:
        self.stylesheets = stylesheets or StylesheetCache()
        self.label_ids = LabelIds()

    def __reduce__(self) -> tuple[type[Renderer], tuple[StylesheetCache]]:
        return Renderer, (self.stylesheets,)

    def stylesheet(self, options: RenderOptions = DEFAULT_OPTIONS) -> etree.XSLT:
        """The compiled entry stylesheet of `options`."""
        return self.stylesheets.get(options.entry_stylesheet())

    def render_page(self, tree: etree._ElementTree, *, options: RenderOptions | None = None,
                    source: str = "<tree>") -> RenderedPage:
        """Render a tree that may be changed: the pre-pass adds `tk:` attributes to it in
        place."""
        options = options or DEFAULT_OPTIONS
        transform = self.stylesheet(options)
        annotated = annotate(tree.getroot(), self.label_ids)
        try:
            result = transform(tree, **options.xslt_parameters())
        except etree.XSLTApplyError as error:
            raise RenderError(f"rendering failed: {error}", Location(source)) from error
        return RenderedPage(html=str(result), annotated=annotated)

    def render_tree(self, tree: etree._ElementTree, *, options: RenderOptions | None = None,
                    source: str = "<tree>") -> str:
        """The HTML page of a TEI tree; the caller's tree is left as it was."""
        return self.render_page(copy.deepcopy(tree), options=options, source=source).html

    def render_file(self, path: str | Path, *, options: RenderOptions | None = None,
                    data: bytes | None = None) -> str:
        """The HTML page of a TEI file (`data`: its bytes, if already read)."""
        return self.render_page(parse_tei(path, data), options=options, source=str(path)).html

"""teikit: scholarly editions in TEI P5.

The library API is what the CLI calls; a notebook can call it too::

    from teikit.convert import convert_file
    result = convert_file("letter.txt")
    result.tree  # lxml ElementTree of the TEI document
"""

__version__ = "0.1.0"

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"

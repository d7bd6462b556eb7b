"""The five seed articles, shipped with the package so a plain ``pip install`` can index them (``qa index``)."""

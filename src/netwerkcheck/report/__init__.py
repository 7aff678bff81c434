"""Reports of a check: exports (Markdown, text, HTML) and the network picture.

Never imports Textual: exports run from the command line too.
"""

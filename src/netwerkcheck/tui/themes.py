"""A high-contrast theme: white on black, yellow focus, no faded text.

The primary colour (the main button, the bars beside suggestions) is cyan, not yellow:
with both yellow, the focused button and the main one differed only by an underline.

Textual itself honours NO_COLOR (monochrome) and TEXTUAL_THEME (for example
ansi-dark, which uses the terminal's own palette), so we add only what it lacks.
"""

from __future__ import annotations

from textual.theme import Theme

HIGH_CONTRAST = Theme(
    name="netwerkcheck-high-contrast",
    primary="#00FFFF",
    secondary="#00FFFF",
    accent="#FFFF00",
    warning="#FFFF00",
    error="#FF6060",
    success="#00FF00",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#000000",
    boost="#1A1A1A",
    dark=True,
    text_alpha=1.0,
    variables={
        "text-muted": "#FFFFFF",
        "footer-background": "#000000",
        "footer-key-foreground": "#FFFF00",
        "footer-description-foreground": "#FFFFFF",
        "button-color-foreground": "#000000",
        "border": "#FFFFFF",
    },
)

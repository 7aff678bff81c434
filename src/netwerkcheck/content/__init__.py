"""Content: models, YAML loading with positions, cross-checks. Never imports Textual."""

"""Content: models, YAML loading with positions, overlays, static cross-file checks.

Imports no other netwerkcheck package but i18n and cleantext (never the engine, never
Textual); the editor tooling that reasons about content lives in netwerkcheck.editor."""

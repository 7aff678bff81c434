"""Editor tooling: `content check`, preview, personas, wording and JSON Schema. Reads content
and runs the engine; never imports Textual. Nothing in the app imports it."""

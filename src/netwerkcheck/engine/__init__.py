"""Pure logic over content and answers. Knows nothing of any front end; never imports Textual."""

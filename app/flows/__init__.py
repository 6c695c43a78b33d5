"""The four flows as data: their records' rules, shared pieces, follow-ups, templates."""

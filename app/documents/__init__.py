"""PDF documents, built in memory with reportlab (imported only when a document is made)."""

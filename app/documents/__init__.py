"""Every produced document, built in memory with reportlab (imported only when one is made),
from records handed to it: a document never opens the dossier itself."""

"""The encrypted dossier file: keys, schema, access log, backups, and the records it holds."""

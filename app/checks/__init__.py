"""Text checks: judgements, hearsay, dates, passphrase strength, and their Problem type."""

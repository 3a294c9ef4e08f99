"""tspy's own `urllib` package: only urllib.parse (no network access)."""

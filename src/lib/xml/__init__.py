"""tspy's own `xml` package: see xml.etree.ElementTree."""

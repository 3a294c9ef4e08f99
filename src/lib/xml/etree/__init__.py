"""The ElementTree XML API (tspy): see xml.etree.ElementTree."""

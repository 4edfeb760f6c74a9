"""Files in and out: platform export parsers, column profiles, quirk normalisers,
spreadsheet exporters. Pure: reads and writes files, never the database."""

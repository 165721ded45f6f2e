"""Sources -> Articles. `iter_articles` is the one entry point (text, HTML, JSON Lines, ...).

Contract for implementers: `iter_articles(paths, *, settings) -> Iterator[Article | IngestError]`
yields an IngestError (never raises) for an input that cannot be read, so one bad file never
stops a batch.
"""

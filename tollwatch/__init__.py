"""tollwatch: casualty figures from conflict reports, with evidence, reconciled into tolls."""
__version__ = "0.1.0"

"""Writes of the trainer course: keyword-only functions `<noun>_<verb>(*, …, door)`.

Each opens a transaction, checks its rule, raises ValidationError with a Dutch
message, leaves an audit entry and notifies after commit.
"""

"""Pages of the trainer course: public (openbaar), for the cursist, and for the opleider."""

"""Writes of intervisie: groups and members, meetings and attendance, cases. See docs/intervisie.md."""

"""Pages of intervisie: `leden` for every member, `facilitator` for who runs a group."""

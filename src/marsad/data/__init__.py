"""Packaged data: the actor alias table and the region gazetteer."""

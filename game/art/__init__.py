"""Pixel-art pipeline: palette, text art sources, deterministic PNG and Tiled tileset output.

Nothing here imports pygame: the asset build runs anywhere Python runs and gives the same
bytes every time, so the built images can be committed and checked against their sources.
"""

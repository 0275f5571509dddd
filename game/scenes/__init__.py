"""Scenes: title, exploration, overlays and transitions, managed by a stack."""

from __future__ import annotations

// Roe's hints for the Threshold's puzzles: one knot per puzzle, stitches nudge, clue, answer.

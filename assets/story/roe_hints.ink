// Roe's own hints for the puzzles of her dream (see hints.ink for how hints work). Being written.

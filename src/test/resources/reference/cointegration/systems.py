"""The variable sets of the Engle-Granger references (first variable = the dependent of the first normalisation)."""
SYSTEMS = [
    ("macro", ["realgdp", "realcons"]),
    ("macro", ["realgdp", "realcons", "realinv"]),
    ("macro", ["realgdp", "realcons", "realinv", "realgovt", "realdpi", "cpi"]),
    ("denmark", ["LRM", "LRY", "IBO", "IDE"]),
    ("denmark", ["LRM", "LRY", "LPY", "IBO", "IDE"]),
    ("coint3", ["y", "x1", "x2"]),
    ("nocoint3", ["a", "b", "c"]),
    ("coint6", ["y", "x1", "x2", "x3", "x4", "x5"]),
    ("short2", ["y", "x"]),
    ("trend2", ["y", "x"]),
]

"""The mapping from underthesea's POS tags to Universal POS."""

UPOS = {
    "N": "NOUN", "Nc": "NOUN", "Nu": "NOUN", "Ny": "NOUN", "Nb": "NOUN", "Np": "PROPN",
    "V": "VERB", "Vy": "VERB", "Vb": "VERB", "A": "ADJ", "Ab": "ADJ", "P": "PRON",
    "R": "ADV", "L": "DET", "M": "NUM", "E": "ADP", "C": "CCONJ", "Cc": "CCONJ",
    "I": "INTJ", "T": "PART", "Y": "NOUN", "Z": "X", "X": "X", "FW": "X", "B": "X",
    "CH": "PUNCT", "S": "X",
}

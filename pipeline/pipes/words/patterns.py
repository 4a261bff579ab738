"""Tagging windows and the mapping from underthesea's POS tags to Universal POS."""

# underthesea's CRF features grow faster than linearly with sentence length, so long
# sentences are tagged in windows cut at these marks, and never longer than MAX_WINDOW.
WINDOW_BREAKS = {";"}
SOFT_BREAKS = {",", ":", "(", ")", "–", "-"}
MAX_WINDOW = 30

UPOS = {
    "N": "NOUN", "Nc": "NOUN", "Nu": "NOUN", "Ny": "NOUN", "Nb": "NOUN", "Np": "PROPN",
    "V": "VERB", "Vy": "VERB", "Vb": "VERB", "A": "ADJ", "Ab": "ADJ", "P": "PRON",
    "R": "ADV", "L": "DET", "M": "NUM", "E": "ADP", "C": "CCONJ", "Cc": "CCONJ",
    "I": "INTJ", "T": "PART", "Y": "NOUN", "Z": "X", "X": "X", "FW": "X", "B": "X",
    "CH": "PUNCT", "S": "X",
}

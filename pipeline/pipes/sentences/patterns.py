"""What ends a sentence, and what only looks like it does."""

SENTENCE_END = {".", "?", "!", "…"}
# Closing marks that stay with the sentence they end.
CLOSERS = {"”", "\"", "’", "'", ")", "»"}
# Tokens that, followed by ".", are abbreviations rather than sentence ends (lowercased).
ABBREVIATIONS = {
    "tp", "ts", "ths", "gs", "pgs", "bs", "ks", "ls", "nxb", "tt", "q", "p", "tx", "tt", "st",
    "v.v", "vv", "mr", "mrs", "dr", "no", "th", "cn", "ctv",
}
# A "." after a number directly after these is a list marker ("đó là: 1. ..."), not an end.
LIST_MARKER_CONTEXT = {":", ";", "\n"}

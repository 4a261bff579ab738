"""Token contexts that make a number an identifier or a clock time rather than an amount."""

IDENTIFIER_JOINERS = {"-", "/"}
CLOCK_WORDS = {"giờ", "h"}
CLOCK_CONTEXT = {"lúc", "vào", "từ", "đến"}

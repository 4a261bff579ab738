"""Token contexts that make a number an identifier or a clock time rather than an amount."""

IDENTIFIER_JOINERS = {"-", "/"}
CLOCK_WORDS = {"giờ", "h"}
CLOCK_CONTEXT = {"lúc", "vào", "từ", "đến"}

# The parts of a fraction ("123/128 chi bộ") share the unit after the last; a longer chain of numbers is none.
MAX_FRACTION_PARTS = 3

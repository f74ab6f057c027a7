"""The queue ticket as raw ESC/POS bytes, for a thermal printer that has no driver."""

from __future__ import annotations

import textwrap
import unicodedata

from kelurahan_desk.documents.barcodes import QUIET_MODULES, code128_modules
from kelurahan_desk.documents.ticket_pdf import PAPER_WIDTHS_MM, TicketPrint

# Characters of the printer's font A (12 dots wide) per line, and the dots its head prints
# across: 48 mm (384 dots) on 58 mm paper, 72 mm (576 dots) on 80 mm, at 203 dpi.
COLUMNS = {58: 32, 80: 48}
PRINT_DOTS = {58: 384, 80: 576}

MODULE_DOTS = 2  # 0.25 mm, as on the PDF: the thinnest bar a cheap head prints evenly
BAR_DOTS = 96  # 12 mm, as on the PDF
LADDER_DOTS = 240  # 30 mm: the length of each bar when the barcode runs along the paper

ESC, GS, LF = b"\x1b", b"\x1d", b"\n"
_INIT = ESC + b"@"
_CODE_PAGE_437 = ESC + b"t\x00"  # every ESC/POS printer has it; we only send its ASCII half
_CENTRE = ESC + b"a\x01"
_FEED_TO_CUTTER = ESC + b"d\x04"
_PARTIAL_CUT = GS + b"V\x01"

# Typography an ESC/POS font lacks, as the nearest ASCII; NFKD then strips the accents.
_PLAIN = str.maketrans({"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"',
                        "·": "-", "×": "x", "ß": "ss", "Æ": "AE", "æ": "ae", "Ø": "O",
                        "ø": "o", "Đ": "D", "đ": "d", "Ł": "L", "ł": "l"})


def to_ascii(text: str) -> str:
    """``text`` in printable ASCII, the part every code page shares; "?" where none fits."""
    plain = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(" " if c.isspace() else c if " " <= c <= "~" else "?"
                   for c in plain if not unicodedata.combining(c))


def render_ticket_escpos(ticket: TicketPrint, paper_mm: int) -> bytes:
    """The ticket as ESC/POS commands for ``paper_mm`` paper, ending in a partial cut.

    The same facts as the PDF, centred, no line wider than the paper's columns.
    """
    if paper_mm not in PAPER_WIDTHS_MM:
        raise ValueError(f"ticket paper is 58 or 80 mm wide, not {paper_mm}")
    columns = COLUMNS[paper_mm]
    out = bytearray(_INIT + _CODE_PAGE_437 + _CENTRE)

    def text(value: str, *, size: int = 1, bold: bool = False, reverse: bool = False) -> None:
        if bold:
            out.extend(ESC + b"E\x01")
        if reverse:
            out.extend(GS + b"B\x01")
        out.extend(_char_size(size))
        for line in textwrap.wrap(to_ascii(value), columns // size) or [""]:
            out.extend(line.encode("ascii") + LF)
        out.extend(_char_size(1) + GS + b"B\x00" + ESC + b"E\x00")

    rule = "-" * columns
    text(ticket.office_name.upper(), bold=True)
    text(rule)
    text(ticket.number_label)
    # As large as fits: the number is what the citizen reads across the waiting room.
    text(ticket.code, size=next((n for n in (4, 3) if len(ticket.code) * n <= columns), 2),
         bold=True)
    text(ticket.service_name, bold=True)
    if ticket.priority_label:
        text(f" {ticket.priority_label} ", reverse=True)  # white on black, as on the PDF
    text(ticket.ahead_text)
    text(ticket.issued_text)
    text(rule)
    out.extend(_barcode(ticket.key, paper_mm))
    text(ticket.key)
    out.extend(LF)
    text(ticket.footer_text)
    out.extend(_FEED_TO_CUTTER + _PARTIAL_CUT)
    return bytes(out)


def _char_size(times: int) -> bytes:
    """GS ! : ``times`` as wide and as high as normal (1 to 8)."""
    return GS + b"!" + bytes([(times - 1) << 4 | (times - 1)])


def code128_data(key: str) -> tuple[bytes, int]:
    """The data of GS k (Code128) for ``key`` and the number of symbols it makes.

    Code set B, switching to C (two digits a symbol, sent as one byte 0-99) for runs of
    four digits or more: a full key is 310 modules in B alone, 620 dots at two dots a
    module, wider than even 80 mm paper prints; with C it is 244.
    """
    out = bytearray()
    current = ""
    symbols = 0
    i = 0
    while i < len(key):
        run = len(key[i:]) - len(key[i:].lstrip("0123456789"))
        if run >= 4:  # an odd run leaves its first digit in B
            wanted, take = ("C", run) if run % 2 == 0 else ("B", 1)
        else:
            wanted, take = "B", max(run, 1)
        if wanted != current:
            out.extend(b"{" + wanted.encode())
            symbols += bool(current)  # the first is the start symbol, not a data symbol
            current = wanted
        chunk = key[i:i + take]
        if wanted == "C":
            out.extend(int(chunk[j:j + 2]) for j in range(0, take, 2))
            symbols += take // 2
        else:
            if any(not " " <= c <= "~" for c in chunk):
                raise ValueError(f"Code128 set B has no {chunk!r}")
            out.extend(chunk.replace("{", "{{").encode("ascii"))
            symbols += take
        i += take
    if len(out) > 255:
        raise ValueError("GS k takes at most 255 bytes")
    return bytes(out), symbols


def code128_dots(symbols: int) -> int:
    """Dots across a Code128 of ``symbols`` data symbols with its quiet zones.

    Start, data and check symbols are 11 modules each, the stop symbol 13.
    """
    return (11 * (symbols + 2) + 13 + 2 * QUIET_MODULES) * MODULE_DOTS


def _barcode(key: str, paper_mm: int) -> bytes:
    """The printer's own Code128 across the paper when it fits, else a picture along it.

    A full key fits 80 mm paper; on 58 mm it would need one-dot bars, so it is printed as
    a raster "ladder", bars along the paper, as the PDF does.
    """
    data, symbols = code128_data(key)
    if code128_dots(symbols) <= PRINT_DOTS[paper_mm]:
        return (GS + b"h" + bytes([BAR_DOTS]) + GS + b"w" + bytes([MODULE_DOTS])
                + GS + b"H\x00"  # no printed digits: the key is printed as text below
                + GS + b"k" + bytes([73, len(data)]) + data + LF)
    row_bytes, bar_bytes = PRINT_DOTS[paper_mm] // 8, LADDER_DOTS // 8
    margin = (row_bytes - bar_bytes) // 2
    bar = bytes(margin) + b"\xff" * bar_bytes + bytes(row_bytes - margin - bar_bytes)
    blank = bytes(row_bytes)
    quiet = "0" * QUIET_MODULES
    rows = b"".join((bar if module == "1" else blank) * MODULE_DOTS
                    for module in quiet + code128_modules(key) + quiet)
    height = len(rows) // row_bytes
    return (GS + b"v0\x00" + row_bytes.to_bytes(2, "little") + height.to_bytes(2, "little")
            + rows)

"""A small ESC/POS reader for tests: the lines, barcodes and pictures a printer would print.

It knows only the commands a ticket may use, and fails on any other byte, so a typo in a
command shows up here rather than as garbage on a kiosk's paper.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import zxingcpp

ESC, GS, LF = 0x1B, 0x1D, 0x0A


@dataclass(frozen=True)
class Line:
    text: str
    width: int  # character width (GS !): 1 normal, 2 double …
    height: int
    bold: bool
    reverse: bool
    centred: bool

    @property
    def columns(self) -> int:
        """How many columns of normal characters the line takes."""
        return len(self.text) * self.width


@dataclass(frozen=True)
class Barcode:
    """A GS k Code128 as the printer reads it."""

    payload: str
    symbols: int  # data symbols, the code-set switches included
    module_dots: int
    height_dots: int

    @property
    def dots(self) -> int:
        """Width with the check and stop symbols and 10-module quiet zones each side."""
        return (11 * (self.symbols + 2) + 13 + 20) * self.module_dots


@dataclass
class Receipt:
    lines: list[Line] = field(default_factory=list)
    barcodes: list[Barcode] = field(default_factory=list)
    pictures: list[np.ndarray] = field(default_factory=list)  # True where a dot is black
    code_page: int | None = None
    initialised: bool = False
    cut: str | None = None  # "full" or "partial" when nothing is printed after the cut
    fed_lines: int = 0

    @property
    def texts(self) -> list[str]:
        return [line.text for line in self.lines]

    def picture_codes(self) -> list[tuple[str, str]]:
        """(text, format) of every barcode a real reader finds in the pictures."""
        found = []
        for bits in self.pictures:
            image = np.where(bits, 0, 255).astype(np.uint8)
            image = np.pad(image, 40, constant_values=255)
            found += [(r.text, r.format.name) for r in zxingcpp.read_barcodes(image)]
        return found


def code128_payload(data: bytes) -> tuple[str, int]:
    """The text of GS k m=73 data (``{A``/``{B``/``{C`` switch sets; C bytes are 0-99)."""
    assert data[:1] == b"{" and data[1:2] in (b"A", b"B", b"C"), data[:2]
    code_set, i, text, symbols = chr(data[1]), 2, [], 0
    while i < len(data):
        byte = data[i]
        if byte == ord("{"):
            nxt = chr(data[i + 1])
            i += 2
            symbols += 1
            if nxt == "{":
                assert code_set != "C", "{{ in code set C"
                text.append("{")
            elif nxt in "ABC":
                assert nxt != code_set, f"switch to the set already in use at {i}"
                code_set = nxt
            else:
                raise AssertionError(f"unknown Code128 function {{{nxt}")
            continue
        if code_set == "C":
            assert byte < 100, f"code set C byte {byte}"
            text.append(f"{byte:02d}")
        else:
            assert 0x20 <= byte <= 0x7E, f"code set {code_set} byte {byte}"
            text.append(chr(byte))
        symbols += 1
        i += 1
    return "".join(text), symbols


def read_escpos(data: bytes) -> Receipt:
    receipt = Receipt()
    width = height = 1
    bold = reverse = centred = False
    module_dots, bar_height = 3, 162  # the printers' own defaults
    text = bytearray()
    i = 0

    def end_line() -> None:
        receipt.lines.append(Line(text.decode("ascii"), width, height, bold, reverse, centred))
        text.clear()

    while i < len(data):
        byte = data[i]
        if byte in (LF, GS) or 0x20 <= byte <= 0x7E:
            receipt.cut = None  # printed after a cut (GS V sets it again below)
        if byte == LF:
            end_line()
            i += 1
        elif 0x20 <= byte <= 0x7E:
            text.append(byte)
            i += 1
        elif byte == ESC:
            command, argument = chr(data[i + 1]), data[i + 2] if i + 2 < len(data) else None
            assert not text or command in "E", f"ESC {command} in the middle of a line"
            if command == "@":
                receipt.initialised = True
                width = height = 1
                bold = reverse = centred = False
                i += 2
                continue
            assert argument is not None
            if command == "t":
                receipt.code_page = argument
            elif command == "a":
                assert argument in (0, 1, 2, 48, 49, 50)
                centred = argument in (1, 49)
            elif command == "E":
                bold = bool(argument & 1)
            elif command == "d":
                receipt.fed_lines += argument
            else:
                raise AssertionError(f"unknown command ESC {command!r} at {i}")
            i += 3
        elif byte == GS:
            command = chr(data[i + 1])
            if command == "v":
                assert data[i + 2:i + 4] == b"0\x00", "GS v 0 in normal density"
                x = int.from_bytes(data[i + 4:i + 6], "little")
                y = int.from_bytes(data[i + 6:i + 8], "little")
                raster = np.frombuffer(data[i + 8:i + 8 + x * y], dtype=np.uint8)
                assert raster.size == x * y, "raster cut short"
                receipt.pictures.append(np.unpackbits(raster.reshape(y, x), axis=1).astype(bool))
                i += 8 + x * y
                continue
            argument = data[i + 2]
            if command == "!":
                width, height = (argument >> 4) + 1, (argument & 0x0F) + 1
            elif command == "B":
                reverse = bool(argument & 1)
            elif command == "h":
                bar_height = argument
            elif command == "w":
                module_dots = argument
            elif command == "H":
                pass  # where the digits print: the reader reads the data instead
            elif command == "V":
                assert argument in (0, 1, 48, 49), f"GS V {argument}"
                receipt.cut = "full" if argument in (0, 48) else "partial"
            elif command == "k":
                assert argument == 73, f"barcode system {argument}, not Code128"
                length = data[i + 3]
                payload, symbols = code128_payload(data[i + 4:i + 4 + length])
                receipt.barcodes.append(Barcode(payload, symbols, module_dots, bar_height))
                i += 4 + length
                continue
            else:
                raise AssertionError(f"unknown command GS {command!r} at {i}")
            i += 3
        else:
            raise AssertionError(f"byte {byte:#04x} at {i} is neither text nor a command")
    assert not text, f"text never printed (no LF): {text!r}"
    return receipt

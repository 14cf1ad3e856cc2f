#!/usr/bin/python3
"""Rebuilds fonts/*.ttf: Debian's Carlito and DejaVu Sans reduced to what French
catalogues print, so that a flyer embedding three faces stays small.

libharu 2.3 keeps every glyph slot, cmap entry and hmtx record of a face it
embeds: the only way to a small PDF is a small font file. Run from anywhere:

    /usr/bin/python3 tools/reduce-fonts.py [OUTPUT_DIR]   (default: fonts/)

It needs Debian's python3-fonttools, fonts-crosextra-carlito and
fonts-dejavu-core. tests/typeset/fonts_test.cpp runs it into a scratch
directory and checks that it reproduces fonts/ byte for byte.

Outputs are deterministic (timestamps kept from the originals), so rerunning
the script on the same Debian packages leaves git clean.
"""

import array
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables import ttProgram

ROOT = pathlib.Path(__file__).resolve().parent.parent
CARLITO = pathlib.Path("/usr/share/fonts/truetype/crosextra")
DEJAVU = pathlib.Path("/usr/share/fonts/truetype/dejavu")

# Carlito's copyright reserves the font name "Carlito" (SIL OFL 1.1, condition
# 3): a modified version, and a subset is one, must be published under another
# name. DejaVu's licence (Bitstream Vera) only forbids "Bitstream" and "Vera".
MAIN_FAMILY = "Livret Sans"
MAIN_POSTSCRIPT = "LivretSans"

# (source file, output file, family, style, PostScript name); the main family
# keeps KEPT_RANGES, the fallback KEPT_RANGES + FALLBACK_RANGES.
FACES = [
    (CARLITO / "Carlito-Regular.ttf", "LivretSans-Regular.ttf", MAIN_FAMILY, "Regular",
     MAIN_POSTSCRIPT + "-Regular"),
    (CARLITO / "Carlito-Italic.ttf", "LivretSans-Italic.ttf", MAIN_FAMILY, "Italic",
     MAIN_POSTSCRIPT + "-Italic"),
    (CARLITO / "Carlito-Bold.ttf", "LivretSans-Bold.ttf", MAIN_FAMILY, "Bold",
     MAIN_POSTSCRIPT + "-Bold"),
    (CARLITO / "Carlito-BoldItalic.ttf", "LivretSans-BoldItalic.ttf", MAIN_FAMILY,
     "Bold Italic", MAIN_POSTSCRIPT + "-BoldItalic"),
    (DEJAVU / "DejaVuSans.ttf", "DejaVuSans.ttf", None, None, None),
    (DEJAVU / "DejaVuSans-Oblique.ttf", "DejaVuSans-Oblique.ttf", None, None, None),
    (DEJAVU / "DejaVuSans-Bold.ttf", "DejaVuSans-Bold.ttf", None, None, None),
    (DEJAVU / "DejaVuSans-BoldOblique.ttf", "DejaVuSans-BoldOblique.ttf", None, None, None),
]

# What a French-language catalogue prints, in every face: the subsetter skips
# what a face lacks, and the layout falls back to DejaVu for it.
KEPT_RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1: accents, « », no-break space, ° ª º ¹ ² ³, ×
    (0x0100, 0x017F),  # Latin Extended-A: œ Œ ÿ Ÿ and neighbours' names
    (0x0192, 0x0192),  # ƒ (Windows-1252)
    (0x02C6, 0x02C7),  # ˆ ˇ
    (0x02D8, 0x02DD),  # ˘ ˙ ˚ ˛ ˜ ˝
    (0x2000, 0x206F),  # general punctuation: ’ “ ” – — … • ‣ ‰ thin spaces
    (0x2070, 0x2079),  # superscript digits
    (0x20AC, 0x20AC),  # €
    (0x2116, 0x2116),  # №
    (0x2122, 0x2122),  # ™
    (0x2190, 0x2193),  # ← ↑ → ↓
    (0x2212, 0x2212),  # − (minus)
    (0x2260, 0x2260),  # ≠
    (0x2264, 0x2265),  # ≤ ≥
    (0x25A0, 0x25A1),  # ■ □
    (0x25AA, 0x25AB),  # ▪ ▫
    (0x25CB, 0x25CB),  # ○
    (0x25CF, 0x25CF),  # ●
    (0x25E6, 0x25E6),  # ◦
    (0x2713, 0x2714),  # ✓ ✔
    (0x2717, 0x2718),  # ✗ ✘
]

# What the fallback (DejaVu Sans) draws besides: Greek (α, β, Ω, µ), the ș ț of
# Romanian names, and the common symbols people paste into a text (½ ≈ ∞ ☎ ✉ ★
# ✔ ① ₣…). Only in the fallback: libharu embeds a face's whole cmap and widths,
# and every PDF embeds the main family. The modifier letters ᵉ ʳ ᵈ stay out on
# purpose: "9ᵉ" is written 9<sup>e</sup> (`brochure check` says so) and set as
# a real superscript.
FALLBACK_RANGES = [
    (0x0218, 0x021B),  # Ș ș Ț ț
    (0x0370, 0x03FF),  # Greek and Coptic
    (0x20A0, 0x20CF),  # currency symbols
    (0x2100, 0x214F),  # letterlike symbols: ℃ ℓ № ™ Ω
    (0x2150, 0x218F),  # number forms: ⅓ ⅔ Ⅻ
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators: ± ≈ ∞ √ ∑
    (0x2460, 0x24FF),  # enclosed alphanumerics: ① ⓐ
    (0x25A0, 0x25FF),  # geometric shapes
    (0x2600, 0x26FF),  # miscellaneous symbols: ☎ ★ ☺ ♥ ⚠
    (0x2700, 0x27BF),  # dingbats: ✉ ✓ ✗ ❤ ➜
]

# Name records kept: copyright (0), family (1), style (2), unique id (3), full
# name (4), version (5), PostScript name (6), licence text and URL (13, 14).
# The OFL asks for the copyright and licence to travel with the font.
KEPT_NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 13, 14]

# libharu 2.3 refuses to embed a face without these tables, hinting or not.
TABLES_LIBHARU_REQUIRES = ["cvt ", "fpgm", "prep"]


def subset_options():
    options = subset.Options()
    # Only the pair kerning of GPOS is kept: the layout applies it by placing
    # glyph runs (libharu embeds none of these tables, so the PDF does not grow).
    # No GSUB: no ligatures nor other substitutions, which libharu cannot draw.
    options.layout_features = ["kern"]
    options.drop_tables += ["GSUB", "GDEF", "kern", "MATH", "FFTM", "gasp", "DSIG"]
    options.hinting = False  # PDFs are read on screens that hint by themselves
    options.name_IDs = KEPT_NAME_IDS
    options.name_languages = [0x0409]
    options.name_legacy = False  # no Macintosh-platform duplicates
    options.glyph_names = False  # post format 3: no glyph name strings
    options.legacy_cmap = False
    options.notdef_outline = True  # a visible box if ever something slips through
    options.recalc_timestamp = False
    options.prune_unicode_ranges = True
    return options


def kept_code_points(fallback):
    ranges = KEPT_RANGES + (FALLBACK_RANGES if fallback else [])
    return sorted({cp for first, last in ranges for cp in range(first, last + 1)})


def add_empty_hinting_tables(font):
    """Dropping hinting also drops the tables libharu insists on: put back
    empty ones (no control values, no functions, an empty pre-program)."""
    for tag in TABLES_LIBHARU_REQUIRES:
        if tag in font:
            continue
        table = newTable(tag)
        if tag == "cvt ":
            table.values = array.array("h")
        else:
            table.program = ttProgram.Program()
            table.program.fromBytecode(b"")
        font[tag] = table


def set_name(font, name_id, text):
    font["name"].setName(text, name_id, 3, 1, 0x0409)


def rename(font, family, style, postscript):
    """Gives the reduced face its own name (Reserved Font Name rule)."""
    full = family if style == "Regular" else f"{family} {style}"
    ribbi_style = style  # Regular, Italic, Bold, Bold Italic: style-linked family
    set_name(font, 1, family)
    set_name(font, 2, ribbi_style)
    set_name(font, 3, f"{postscript};brochure-reduced")
    set_name(font, 4, full)
    set_name(font, 6, postscript)


def mark_as_reduced(font):
    version = font["name"].getDebugName(5) or ""
    set_name(font, 5, f"{version}; reduced for brochure (tools/reduce-fonts.py)")


def reduce_face(source, output_dir, output_name, family, style, postscript):
    font = TTFont(str(source), recalcTimestamp=False)
    subsetter = subset.Subsetter(options=subset_options())
    subsetter.populate(unicodes=kept_code_points(fallback=family is None))
    subsetter.subset(font)
    add_empty_hinting_tables(font)
    if family is not None:
        rename(font, family, style, postscript)
    mark_as_reduced(font)
    output = output_dir / output_name
    font.save(str(output))
    return output


def main():
    output_dir = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "fonts"
    output_dir.mkdir(parents=True, exist_ok=True)
    for source, output_name, family, style, postscript in FACES:
        if not source.exists():
            sys.exit(f"reduce-fonts: {source} is missing "
                     "(apt-get install fonts-crosextra-carlito fonts-dejavu-core)")
        output = reduce_face(source, output_dir, output_name, family, style, postscript)
        print(f"{source.name:28} {source.stat().st_size:>8} -> "
              f"{output} {output.stat().st_size:>7} bytes")


if __name__ == "__main__":
    main()

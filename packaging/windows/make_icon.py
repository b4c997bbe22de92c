"""Draw the CCHC Desktop application icon and write it as .ico and .png files.

Run from the repository root:  uv run python packaging/windows/make_icon.py [--preview PATH]

The artwork: a deep red rounded tile holding a white sheet (a meeting conclusion / notice) with
text lines, and a bold gold check mark (task done) that breaks out of the sheet onto the tile,
separated from it by a thin ring in the tile colour. From 20 px the first line is a red heading;
from 40 px the sheet gets a folded corner and a small rising bar chart (index ranks).

Every size is drawn for itself: coordinates are given in pixels of the target size, the
drawing is rendered at 8x and reduced with a box filter, so edges that sit on whole pixels
stay perfectly sharp while the rounded corners and the check's diagonals are anti-aliased.
Sizes 16-32 have their own hand-placed layouts (the 16 px check is a pixel staircase);
40 px and up scale one 256 px layout, snapping rectangles to whole pixels.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "icons"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
SS = 8  # supersampling factor

RED = (183, 28, 28, 255)  # #B71C1C
GOLD = (249, 168, 37, 255)  # #F9A825
WHITE = (255, 255, 255, 255)
FOLD = (224, 200, 200, 255)  # the folded-back corner
GREY = (150, 160, 172, 255)  # text lines
LIGHT_GREY = (196, 203, 212, 255)

# Hand-placed layouts for the small sizes, in target pixels (rectangles are given by pixel edges).
#   radius: tile corners; sheet: (x0, y0, x1, y1); lines: (x0, y, x1, height), the first one red
#   from 20 px on; gap: knock-out around the check. The check is either a pixel staircase
#   `steps` = (x, y, left, right, run): bottom row starts at (x, y), climbs `left` rows up-left and
#   `right` rows up-right, `run` pixels wide - or an anti-aliased stroke through `points`.
SMALL = {
    16: dict(radius=3, sheet=(2, 2, 10, 14), lines=[(4, 4, 8, 1), (4, 6, 8, 1), (4, 8, 7, 1)],
             steps=(7, 12, 2, 5, 2), gap=1),
    20: dict(radius=4, sheet=(3, 2, 14, 18), lines=[(5, 4, 10, 2), (5, 7, 12, 1), (5, 9, 12, 1)],
             points=[(8, 12.5), (10.5, 15), (16.5, 9)], width=3, gap=1),
    24: dict(radius=5, sheet=(4, 2, 17, 22), lines=[(6, 5, 12, 2), (6, 8, 15, 1), (6, 10, 15, 1)],
             points=[(9.5, 14.5), (12.5, 17.5), (19.5, 10.5)], width=3, gap=1),
    32: dict(radius=6, sheet=(5, 3, 22, 29), lines=[(8, 6, 16, 2), (8, 10, 19, 1), (8, 12, 19, 1),
                                                     (8, 14, 14, 1)],
             points=[(12.5, 20.5), (16.5, 24.5), (26, 15)], width=4, gap=1.5),
}


def large_layout(size: int) -> dict:
    """The full design on a 256 grid, scaled to `size` with rectangle edges snapped to pixels."""
    k = size / 256

    def px(v: float) -> int:
        return round(v * k)

    lines = [(60, 60, 128, 14), (60, 92, 156, 8), (60, 112, 156, 8), (60, 132, 120, 8)]
    return dict(
        margin=px(8), radius=px(48), sheet=(px(40), px(28), px(176), px(228)), fold=px(36),
        lines=[(px(x0), px(y), px(x1), max(1, px(h))) for x0, y, x1, h in lines],
        # rising bars (index ranks): (x0, x1, top) sharing one baseline
        bars=[(px(x0), px(x0 + 14), px(top)) for x0, top in ((60, 184), (81, 168), (102, 150))],
        base=px(204), points=[(146 * k, 170 * k), (170 * k, 194 * k), (222 * k, 134 * k)],
        width=26 * k, gap=10 * k,
    )


def stroke(draw: ImageDraw.ImageDraw, pts: list, width: float, fill) -> None:
    """A polyline with round caps and joins (coordinates already supersampled)."""
    r = width / 2
    draw.line(pts, fill=fill, width=round(width), joint="curve")
    for x, y in pts:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def draw_icon(size: int) -> Image.Image:
    lay = SMALL.get(size) or large_layout(size)
    img = Image.new("RGBA", (size * SS, size * SS), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)

    def box(x0, y0, x1, y1):  # pixel edges -> supersampled box (inclusive end for Pillow)
        return (x0 * SS, y0 * SS, x1 * SS - 1, y1 * SS - 1)

    m = lay.get("margin", 0)
    d.rounded_rectangle(box(m, m, size - m, size - m), radius=lay["radius"] * SS, fill=RED)

    x0, y0, x1, y1 = lay["sheet"]
    fold = lay.get("fold", 0)
    if fold:  # sheet with a folded top-right corner: cut the corner off, then lay the flap on it
        d.rounded_rectangle(box(x0, y0, x1, y1), radius=max(1, size // 64) * SS, fill=WHITE)
        left, right, top, bottom = (x1 - fold) * SS, x1 * SS, y0 * SS, (y0 + fold) * SS
        d.polygon([(left, top), (right, top), (right, bottom)], fill=RED)
        d.polygon([(left, top), (right, bottom), (left, bottom)], fill=FOLD)
    else:
        d.rectangle(box(x0, y0, x1, y1), fill=WHITE)

    for i, (lx0, ly, lx1, lh) in enumerate(lay["lines"]):
        colour = RED if i == 0 and size >= 20 else GREY if size < 64 else LIGHT_GREY
        d.rectangle(box(lx0, ly, lx1, ly + lh), fill=colour)
    for bx0, bx1, top in lay.get("bars", []):
        d.rectangle(box(bx0, top, bx1, lay["base"]), fill=RED)

    if "steps" in lay:  # pixel staircase check: knock-out first, then the gold run on each row
        x, y, left, right, run = lay["steps"]
        rows = [(x - i, y - i) for i in range(left + 1)] + [(x + i, y - i) for i in range(1, right + 1)]
        g = lay["gap"]
        for colour, grow in ((RED, g), (GOLD, 0)):
            for rx, ry in rows:
                d.rectangle(box(rx - grow, ry - grow, rx + run + grow, ry + 1 + grow), fill=colour)
    else:
        pts = [(x * SS, y * SS) for x, y in lay["points"]]
        stroke(d, pts, (lay["width"] + 2 * lay["gap"]) * SS, RED)  # knock-out ring in tile colour
        stroke(d, pts, lay["width"] * SS, GOLD)

    # Box-filter reduction in premultiplied alpha: no dark fringes at the transparent edge.
    return img.convert("RGBa").reduce(SS).convert("RGBA")


def preview(frames: dict[int, Image.Image], path: Path) -> None:
    """A sheet with every size at 1:1 and 4x (nearest neighbour) on light and dark backgrounds."""
    pad, backgrounds = 12, [(243, 243, 243), (32, 32, 32)]
    width = sum(s * 4 + pad for s in SIZES) + pad
    band = pad * 3 + max(SIZES) * 5
    sheet = Image.new("RGB", (width, band * len(backgrounds)))
    for r, bg in enumerate(backgrounds):
        top = r * band
        sheet.paste(bg, (0, top, width, top + band))
        x = pad
        for s in SIZES:
            sheet.paste(frames[s], (x, top + pad), frames[s])
            big = frames[s].resize((s * 4, s * 4), Image.Resampling.NEAREST)
            sheet.paste(big, (x, top + pad * 2 + max(SIZES)), big)
            x += s * 4 + pad
    sheet.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preview", type=Path, help="also write a preview sheet PNG here")
    args = parser.parse_args()

    frames = {s: draw_icon(s) for s in SIZES}
    OUT.mkdir(parents=True, exist_ok=True)
    # Pillow's ICO writer stores a provided image unchanged when its size is listed in `sizes`
    # (it only resamples sizes that were not provided); `sizes` must be given, as its default
    # lacks 20 and 40 px. Each frame is written as 32-bit RGBA PNG data (Windows Vista and later).
    ico = OUT / "cchc.ico"
    frames[256].save(ico, format="ICO", sizes=[(s, s) for s in SIZES],
                     append_images=[frames[s] for s in SIZES if s != 256])
    frames[256].save(OUT / "cchc-256.png", optimize=True)
    frames[48].save(OUT / "cchc-48.png", optimize=True)

    with Image.open(ico) as im:  # check that every size went in exactly as drawn
        stored = sorted(w for w, _ in im.ico.sizes())
        if stored != list(SIZES):
            raise SystemExit(f"cchc.ico holds sizes {stored}, expected {list(SIZES)}")
        for s in SIZES:
            if im.ico.getimage((s, s)).convert("RGBA").tobytes() != frames[s].tobytes():
                raise SystemExit(f"the {s} px frame in cchc.ico differs from the drawing")
    print(f"wrote {ico.relative_to(ROOT)} with sizes {stored}, cchc-256.png, cchc-48.png")
    if args.preview:
        preview(frames, args.preview)
        print(f"preview: {args.preview}")


if __name__ == "__main__":
    main()

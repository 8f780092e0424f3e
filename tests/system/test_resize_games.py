"""test_resize_games.py - Clock and Snake lay themselves out for the room
their window gets, and the layout persists.

Each test boots a variant ISO with "phantom.welcome=0", opens the app from
the launcher, maximises its window (the title bar's maximise button), and
checks on the screen that the content now fills the window, centred: the
clock's dial grown to the height left above the text, Snake's board of
the same 24 x 18 cells at the largest whole cell size. Snake's game is
started before the maximise and goes on after it; it is paused, the power
is cut once a snapshot holds it all, and after the restore the maximised
window, the board and the score are back pixel for pixel, and P resumes the
game. The clock changes every second: there the dial's rim, the title bar
and the place of the digital time must come back, and the time moves on.
"Everything done is committed and on the screen" is m.sync(); time
passing in an app (the snake moving, the clock ticking) is waited for on
the screen (test_desk.wait_changed), with a time limit.

Geometry (gui/theme.h, wm/window.c): maximised, a window's client area is
the screen less the taskbar and the decorations, (1, 33), 1022 x 698. In
it Clock's face is min(1022 - 40, 698 - 110) = 588 square, at (217, 14)
(apps/clock.ph rects()), the rim 11 px thick; Snake's cell is min(1002 /
24, 618 / 18) = 34, the board 816 x 612 at (103, 47) (apps/snake.ph
rects()). The windows open at the geometry test_apps.py describes.
"""

from test_apps import SNAKE_BOARD as SNAKE_FIRST_BOARD
from test_apps import cut_after_a_commit, differs, open_app, share
from test_desk import boot, cut_and_restore, region, wait_changed

WELCOME = "phantom.welcome=0"
ISO_NAME = "resize-games"
PARK = (700, 752)               # the empty taskbar: hovers nothing
CLIENT = (1, 33, 1022, 698)     # a maximised window's client area
SAME = 0.98


def maximise(m, x, y, w):
    """Click the maximise button of the window whose client area is at
    (x, y), w wide (its title bar is the 32 rows above), then park."""
    m.click(x + w - 66, y - 17)
    m.mouse_abs(*PARK)
    m.sync()                    # laid out again and drawn


def dark_span(img, y, x0, x1, limit=90):
    """The first and last x in [x0, x1) on row y darker than `limit`
    (mean of r, g, b), or None."""
    xs = [x for x in range(x0, x1) if sum(img.pixel(x, y)) < 3 * limit]
    return (xs[0], xs[-1]) if xs else None


def dark_vspan(img, x, y0, y1, limit=90):
    ys = [y for y in range(y0, y1) if sum(img.pixel(x, y)) < 3 * limit]
    return (ys[0], ys[-1]) if ys else None


def restore(m, tag):
    """Settle (everything done so far committed and on the screen),
    screenshot, cut the power, restore, screenshot."""
    m.sync()
    before = m.screendump("resize-%s-before" % tag)
    cut_and_restore(m, PARK, windows=1)
    after = m.screendump("resize-%s-after" % tag)
    return before, after


def start(ctx):
    return boot(ctx, WELCOME, ISO_NAME)


# ---------------------------------------------------------------- Snake

SNAKE_BOARD = (104, 80, 816, 612)           # maximised, on the screen
SNAKE_TOP = (104, 36, 816, 42)              # the score, best and New game


def check_snake_layout(img, what):
    bx, by, bw, bh = SNAKE_BOARD
    row = dark_span(img, by + bh - 5, CLIENT[0], CLIENT[0] + CLIENT[2])
    col = dark_vspan(img, bx + 2, CLIENT[1], CLIENT[1] + CLIENT[3])
    assert row == (bx, bx + bw - 1), "%s: the board spans x %s, not %d..%d" % (
        what, row, bx, bx + bw - 1)
    assert col == (by, by + bh - 1), "%s: the board spans y %s, not %d..%d" % (
        what, col, by, by + bh - 1)
    left, right = bx - CLIENT[0], CLIENT[0] + CLIENT[2] - (bx + bw)
    assert abs(left - right) <= 1, "%s: the board is not centred" % what
    # New game's dark label near the board's right edge, the score's at its left
    assert region(img, bx + bw - 112, 40, 112, 30).distinct_colours() > 5, \
        "%s: no New game button above the board's right edge" % what
    assert region(img, bx, 40, 120, 30).distinct_colours() > 5, "%s: no score" % what
    # the hint, centred under the board
    hint = dark_span(img, by + bh + 17, CLIENT[0], CLIENT[0] + CLIENT[2], limit=200)
    assert hint is not None, "%s: no hint under the board" % what
    mid = (hint[0] + hint[1]) / 2
    assert abs(mid - (bx + bw / 2)) < 12, "%s: the hint is not centred (%s)" % (what, hint)


def test_snake_maximised_game_survives_power_cut(ctx):
    """A game started in the window's first size goes on after a maximise;
    the board keeps its 24 x 18 cells, drawn at 34 px and centred. Paused,
    cut, restored: the maximised window comes back as it was, and P
    resumes the game."""
    with start(ctx) as m:
        open_app(m, "snake", "Snake")
        mark = m.serial_size()
        first = m.screendump()
        m.key("right")                      # starts the game
        wait_changed(m, SNAKE_FIRST_BOARD, region(first, *SNAKE_FIRST_BOARD))  # it moves
        maximise(m, 250, 80, 500)
        big = m.screendump()
        m.key("up")
        wait_changed(m, SNAKE_BOARD, region(big, *SNAKE_BOARD))   # it goes on, maximised
        m.key("p")
        m.sync()
        paused = m.screendump("resize-snake-paused")
        check_snake_layout(paused, "maximised")
        before, after = restore(m, "snake")
        assert share(before, after, "whole screen") >= SAME, "the screen did not come back"
        check_snake_layout(after, "restored")
        for box, what in ((CLIENT, "the window"), (SNAKE_BOARD, "the board"),
                          (SNAKE_TOP, "the score line")):
            assert region(before, *box).rgb == region(after, *box).rgb, \
                "%s differs after the restore" % what
        m.key("p")                          # go on
        moving = wait_changed(m, SNAKE_BOARD, region(after, *SNAKE_BOARD),
                              name="resize-snake-moving")
        m.key("p")
        assert region(after, *SNAKE_BOARD).rgb != region(moving, *SNAKE_BOARD).rgb, \
            "the game did not go on after P"
        assert "pvm!" not in m.serial_text(mark), m.serial_text(mark)[-800:]


test_snake_maximised_game_survives_power_cut.timeout = 60


# ---------------------------------------------------------------- Clock

CLOCK_CENTRE = (1 + 217 + 294, 33 + 14 + 294)   # (512, 341)
CLOCK_R = 294 - 13                                # the rim's outer radius
CLOCK_TITLE = (1, 1, 880, 31)                     # maximised, without the buttons
CLOCK_TIME = (1, 33 + 588 + 22, 1022, 40)


def clock_rims(centre=CLOCK_CENTRE, r=CLOCK_R):
    """Four strips inside the rim (top, bottom, left, right): no hand
    reaches them."""
    cx, cy = centre
    return [(cx - 15, cy - r + 3, 30, 6), (cx - 15, cy + r - 9, 30, 6),
            (cx - r + 3, cy - 15, 6, 30), (cx + r - 9, cy - 15, 6, 30)]


def check_clock_layout(img, what):
    for box in clock_rims():
        assert region(img, *box).luminance() < 80, \
            "%s: no dial rim at %s (the dial is not centred at 588 px)" % (what, box)
    t = region(img, *CLOCK_TIME)
    assert t.distinct_colours() > 5, "%s: no digital time under the dial" % what
    row = dark_span(img, CLOCK_TIME[1] + 20, CLIENT[0], CLIENT[0] + CLIENT[2])
    assert row is not None and abs((row[0] + row[1]) / 2 - CLOCK_CENTRE[0]) < 20, \
        "%s: the time is not centred under the dial (%s)" % (what, row)


def test_clock_maximised_survives_power_cut(ctx):
    """Maximised, the dial grows to 588 px, centred, the time and date
    under it; after a power cut the window is maximised, the dial and the
    title bar come back in place, and the time goes on."""
    with start(ctx) as m:
        open_app(m, "clock", "Clock")
        maximise(m, 680, 70, 300)
        big = m.screendump("resize-clock-max")
        check_clock_layout(big, "maximised")
        before, after = cut_after_a_commit(m, "resize-clock", differs(CLOCK_TIME), PARK)
        later = wait_changed(m, CLOCK_TIME, region(after, *CLOCK_TIME),
                             name="resize-clock-later")
    assert share(before, after, "whole screen") >= SAME, "the screen did not come back"
    check_clock_layout(after, "restored")
    for box in clock_rims() + [CLOCK_TITLE]:
        assert region(before, *box).rgb == region(after, *box).rgb, \
            "%s differs after the restore" % (box,)
    assert region(after, *CLOCK_TIME).rgb != region(later, *CLOCK_TIME).rgb, \
        "the time did not go on after the restore"


test_clock_maximised_survives_power_cut.timeout = 60

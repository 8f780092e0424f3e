"""test_monkey.py - every app in one world, and the monkey for a minute.

test_every_app_in_one_world is the regression test of the fifth app's
panic (issue 11): on a new world (Notes open) it opens Shell, Paint and
Snake from the launcher, then every other app, each one after a full
collection could have freed the module registry, with the heap checked
after every collection and every sync (phantom.heapcheck=1). The old VM
halted at the fourth launch every time.

test_monkey runs tests/system/monkey.py briefly from a fixed seed: random
launches, closes, clicks, drags, typing and power cuts, checked after
every step. `make monkey SEED=N MINUTES=M` runs it for longer.
"""

import re

import monkey
import qemu
from test_desk import launch, launcher_items

ORDER = ["Shell", "Paint", "Snake"]


def test_every_app_in_one_world(ctx):
    iso = ctx.variant_iso(ctx.name, monkey.KCMDLINE)
    with ctx.machine(iso=iso, disk=qemu.new_blank_disk(ctx.disk, 512)) as m:
        m.wait_serial(r"world: launched notes", 30)
        m.wait_serial(r"desktop ready", 30)
        m.sync()
        titles = ORDER + [t for t in launcher_items() if t not in ORDER + ["Notes"]]
        for title in titles:
            mark = m.serial_size()
            launch(m, title)
            m.wait_serial(r"world: launched \w+ \(class %s\)" % title, 30, since=mark)
            m.sync()
        m.screendump("every-app")
        log = m.serial_text()
        bad = monkey.BAD.search(log)
        assert not bad, "the log says: %s" % log[bad.start():log.find("\n", bad.start())]
        launched = set(re.findall(r"world: launched \w+ \(class (\w+)\)", log))
        assert launched == set(launcher_items()), "launched %s" % sorted(launched)
        assert log.count("gc: heap checked clean for sync") >= len(titles)


test_every_app_in_one_world.timeout = 240


def test_monkey(ctx):
    print("    " + monkey.Monkey(seed=11, seconds=60, name=ctx.name).run())


test_monkey.timeout = 240

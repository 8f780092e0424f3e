/*
 * rtc.c - wall time from the CMOS real-time clock (MC146818 registers).
 *
 * CMOS is an index port (0x70) and a data port (0x71): each access is an
 * index write then a data read, done with interrupts off so no handler can
 * move the index in between. Registers: 0 seconds, 2 minutes, 4 hours, 7
 * day, 8 month, 9 year (two digits), 0x32 century (not standard, but QEMU
 * and most BIOSes keep it). Status A bit 7 = update in progress; status B
 * bit 2 = binary (else BCD), bit 1 = 24-hour (else 12-hour, with bit 7 of
 * the hour meaning PM).
 *
 * A read can straddle the clock's once-a-second update, so we wait for the
 * update flag to clear and read all registers twice until two rounds agree.
 * Time is taken as UTC, which is what QEMU's default -rtc base gives.
 */
#include "rtc.h"

#include <stdbool.h>
#include <string.h>

#include "arch.h"
#include "klog.h"

#define CMOS_INDEX 0x70
#define CMOS_DATA  0x71

#define REG_SEC     0x00
#define REG_MIN     0x02
#define REG_HOUR    0x04
#define REG_DAY     0x07
#define REG_MONTH   0x08
#define REG_YEAR    0x09
#define REG_STATUSA 0x0a
#define REG_STATUSB 0x0b
#define REG_CENTURY 0x32

#define STA_UIP    0x80
#define STB_24H    0x02
#define STB_BINARY 0x04
#define HOUR_PM    0x80

#define RTC_TRIES     8      /* rounds before we accept what we have */
#define RTC_UIP_SPINS 100000 /* an update lasts < 2 ms */

struct raw {
	uint8_t sec, min, hour, day, month, year, century;
};

static uint8_t
cmos(uint8_t reg)
{
	uint32_t flags = arch_irq_save();
	uint8_t v;

	arch_outb(CMOS_INDEX, reg);
	v = arch_inb(CMOS_DATA);
	arch_irq_restore(flags);
	return v;
}

static void
read_raw(struct raw *r)
{
	int spins;

	for (spins = 0; spins < RTC_UIP_SPINS && (cmos(REG_STATUSA) & STA_UIP); spins++)
		;
	r->sec = cmos(REG_SEC);
	r->min = cmos(REG_MIN);
	r->hour = cmos(REG_HOUR);
	r->day = cmos(REG_DAY);
	r->month = cmos(REG_MONTH);
	r->year = cmos(REG_YEAR);
	r->century = cmos(REG_CENTURY);
}

static int
bcd(uint8_t v, bool binary)
{
	return binary ? v : (v >> 4) * 10 + (v & 0x0f);
}

static int
hour24(uint8_t h, uint8_t statb)
{
	bool pm = h & HOUR_PM;
	int v = bcd(h & (uint8_t)~HOUR_PM, statb & STB_BINARY);

	if (statb & STB_24H)
		return v;
	return (v % 12) + (pm ? 12 : 0); /* 12 AM is 0, 12 PM is 12 */
}

static void
decode(const struct raw *r, uint8_t statb, struct rtc_time *t)
{
	bool bin = statb & STB_BINARY;
	int century = bcd(r->century, bin);

	t->second = bcd(r->sec, bin);
	t->minute = bcd(r->min, bin);
	t->hour = hour24(r->hour, statb);
	t->day = bcd(r->day, bin);
	t->month = bcd(r->month, bin);
	t->year = bcd(r->year, bin);
	if (century < 19 || century > 30)
		century = t->year < 70 ? 20 : 19; /* no century register */
	t->year += century * 100;
}

void
rtc_read(struct rtc_time *t)
{
	struct raw a, b;
	int i;

	read_raw(&b);
	for (i = 0; i < RTC_TRIES; i++) {
		a = b;
		read_raw(&b);
		if (memcmp(&a, &b, sizeof a) == 0)
			break;
	}
	decode(&b, cmos(REG_STATUSB), t);
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian; y >= 1). */
static int64_t
days_from_civil(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = y / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (int64_t)era * 146097 + doe - 719468;
}

int64_t
rtc_unix(const struct rtc_time *t)
{
	return days_from_civil(t->year, t->month, t->day) * 86400 + t->hour * 3600 +
	       t->minute * 60 + t->second;
}

void
rtc_init(void)
{
	struct rtc_time t;

	rtc_read(&t);
	klog("rtc: %04d-%02d-%02d %02d:%02d:%02d UTC (unix %u)", t.year, t.month, t.day, t.hour,
	     t.minute, t.second, (unsigned)rtc_unix(&t));
}

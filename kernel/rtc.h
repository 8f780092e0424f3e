/*
 * rtc.h - the CMOS real-time clock (wall time, UTC as QEMU gives it).
 */
#pragma once
#include <stdint.h>

struct rtc_time {
	int year, month, day, hour, minute, second;
};

void rtc_init(void);               /* reads the clock once and logs it */
void rtc_read(struct rtc_time *t); /* waits out an update in progress */
int64_t rtc_unix(const struct rtc_time *t);

/*
 * big.c - an i386 static program for tests/unit/test_elf.c, linked at
 * 0x10000000 without separate code (its program headers sit in its text
 * segment): 1 MiB of .bss must read as zeros, initialised .data and .tdata
 * must hold their values, .tbss must be zero, and malloc must work. Prints
 * "big ok" and exits 0, or names the first thing wrong and exits 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char bss[1 << 20];
static int data[64] = { 1, 2, 3, 5, 8, 13, 21, 34, 55, 89 };
static __thread int tdata = 7;
static __thread char tbss[100];

int
main(void)
{
	for (size_t k = 0; k < sizeof bss; k++)
		if (bss[k]) {
			printf("bss[%zu] is %u\n", k, bss[k]);
			return 1;
		}
	for (int k = 2; k < 10; k++)
		if (data[k] != data[k - 1] + data[k - 2]) {
			printf("data[%d] is %d\n", k, data[k]);
			return 1;
		}
	if (tdata != 7) {
		printf("tdata is %d\n", tdata);
		return 1;
	}
	for (int k = 0; k < 100; k++)
		if (tbss[k]) {
			printf("tbss[%d] is %d\n", k, tbss[k]);
			return 1;
		}
	char *p = malloc(1 << 20);
	if (!p) {
		printf("malloc failed\n");
		return 1;
	}
	memset(p, 0x5a, 1 << 20);
	memset(bss, 1, sizeof bss);
	free(p);
	printf("big ok\n");
	return 0;
}

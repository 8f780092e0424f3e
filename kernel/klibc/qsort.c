/*
 * qsort.c - sorting and binary search for the mini libc.
 *
 * qsort is a heapsort: O(n log n) in the worst case, no recursion and no
 * extra memory, which suits a kernel stack better than quicksort's
 * unbounded worst case. It is not stable (neither is ISO qsort).
 */
#include <stdint.h>
#include <stdlib.h>

/* Swap two elements of `size` bytes, a long at a time where possible. */
static void
swap_elems(char *a, char *b, size_t size)
{
	if (((uintptr_t)a | (uintptr_t)b | size) % sizeof(long) == 0) {
		for (long *p = (long *)a, *q = (long *)b; size; size -= sizeof(long)) {
			long t = *p;
			*p++ = *q;
			*q++ = t;
		}
		return;
	}
	for (; size; size--) {
		char t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

/* Restore the max-heap property below `root` within elements [0, n). */
static void
sift_down(char *base, size_t root, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	for (;;) {
		size_t child = 2 * root + 1;

		if (child >= n)
			return;
		if (child + 1 < n && cmp(base + child * size, base + (child + 1) * size) < 0)
			child++;
		if (cmp(base + root * size, base + child * size) >= 0)
			return;
		swap_elems(base + root * size, base + child * size, size);
		root = child;
	}
}

void
qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	char *b = base;

	if (n < 2 || size == 0)
		return;
	for (size_t i = n / 2; i-- > 0;)
		sift_down(b, i, n, size, cmp);
	for (size_t end = n - 1; end > 0; end--) {
		swap_elems(b, b + end * size, size);
		sift_down(b, 0, end, size, cmp);
	}
}

void *
bsearch(const void *key, const void *base, size_t n, size_t size,
        int (*cmp)(const void *, const void *))
{
	const char *b = base;

	while (n > 0) {
		const char *mid = b + (n / 2) * size;
		int c = cmp(key, mid);

		if (c == 0)
			return (void *)mid;
		if (c > 0) {
			b = mid + size;
			n -= n / 2 + 1;
		} else {
			n /= 2;
		}
	}
	return NULL;
}

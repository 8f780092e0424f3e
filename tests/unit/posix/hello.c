/*
 * hello.c - an i386 static program (gcc -m32 -static) for
 * tests/unit/test_elf.c: prints what it found on its initial stack, one
 * fact a line, so the test can compare a start by runelf32 (elf_plan and
 * ustack_build) with a start by Linux itself.
 *
 * Output: "argc N", "argv[K] S", "envp[K] S", "auxv TYPE VALUE" (hex, in
 * stack order, AT_NULL last), then "random" and the 16 AT_RANDOM bytes in
 * hex, "platform S", "execfn S", "tls N" (a __thread variable read back),
 * and "hello done". Exit status 0.
 */
#include <stdint.h>
#include <stdio.h>
#include <sys/auxv.h>

extern char **environ;
static __thread int tls_value = 42;

int
main(int argc, char **argv)
{
	printf("argc %d\n", argc);
	for (int k = 0; k < argc; k++)
		printf("argv[%d] %s\n", k, argv[k]);
	char **e = environ;
	for (int k = 0; e[k]; k++)
		printf("envp[%d] %s\n", k, e[k]);
	while (*e)
		e++;
	/* the auxiliary vector follows envp's NULL */
	for (uint32_t *a = (uint32_t *)(e + 1);; a += 2) {
		printf("auxv %u 0x%x\n", a[0], a[1]);
		if (a[0] == AT_NULL)
			break;
	}
	const uint8_t *r = (const uint8_t *)getauxval(AT_RANDOM);
	printf("random ");
	for (int k = 0; r && k < 16; k++)
		printf("%02x", r[k]);
	printf("\nplatform %s\n", (const char *)getauxval(AT_PLATFORM));
	printf("execfn %s\n", (const char *)getauxval(AT_EXECFN));
	printf("tls %d\n", tls_value);
	printf("hello done\n");
	return 0;
}

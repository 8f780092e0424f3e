/*
 * fuzz_jvm.c - libFuzzer target: bytes as a JVM class file through the
 * whole converter (pvm/jvm): jcf_read, then stack-to-register translation
 * of every method, lambda and record site, into a class image, with the
 * runtime's class files (build/host/jrt, or $FUZZ_JRT) to resolve names.
 *
 * Oracles, besides the sanitizers and the leak check: a refusal is one
 * line; what the converter produces is accepted by the verifier (pvm's
 * own, the one every image passes), since a converted image that does not
 * verify is a converter bug. Nothing is loaded: one VM serves every input
 * (its globals only answer "is this class loaded?": never).
 */
#include <stdlib.h>
#include <string.h>
#include "pvm/jvm/jpath_host.h"
#include "pvm/jvm/jvm.h"
#include "pvm/verify.h"
#include "fuzz_vm.h"

static const uint8_t *input;
static size_t input_len;
static const char *input_name;

static uint8_t *
read_input(void *ctx, const char *name, size_t *len)
{
	(void)ctx;
	if (!input_name || strcmp(name, input_name) != 0)
		return NULL;
	uint8_t *b = malloc(input_len ? input_len : 1);
	memcpy(b, input, input_len);
	*len = input_len;
	return b;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static pv_vm *vm;
	static const char *jrt;
	if (!vm) {
		vm = fz_vm_open();
		jrt = getenv("FUZZ_JRT") ? getenv("FUZZ_JRT") : "build/host/jrt";
	}
	char err[400];
	jcf_class *cf = jcf_read(data, size, err, sizeof err);
	if (!cf) {
		if (!err[0] || strchr(err, '\n'))
			fz_fail("a refusal that is not one line", err);
		return 0;
	}
	char *name = malloc(strlen(cf->name) + 1);
	strcpy(name, cf->name);
	jcf_free(cf);
	input = data;
	input_len = size;
	input_name = name;
	jv_ctx x;
	memset(&x, 0, sizeof x);
	x.vm = vm;
	x.src[0] = pv_jpath(jrt);
	x.src[1] = (jv_source){ read_input, NULL };
	x.nsrc = 2;
	x.err = err;
	x.errn = sizeof err;
	x.im = pvi_new();
	err[0] = 0;
	jv_class *c = jv_class_get(&x, name);
	if (c && c->order == 1) {
		jv_batch_add(&x, c);
		if (jv_image(&x) == 0 && pvi_verify(x.im, err, sizeof err) != 0)
			fz_fail("the converter's image does not verify", err);
	}
	if (x.failed && (!err[0] || strchr(err, '\n')))
		fz_fail("a refusal that is not one line", err);
	jv_ctx_free(&x);
	free(name);
	input_name = NULL;
	return 0;
}

/*
 * ftsystem_kern.c - FreeType's system interface for the kernel.
 *
 * Replaces FreeType's src/base/ftsystem.c: memory comes from the kernel
 * heap through klibc's malloc/realloc/free, and there is no file system,
 * so FT_Stream_Open always fails; fonts are opened with FT_New_Memory_Face
 * from Multiboot module bytes (fonts/fonts.c). Kernel-only (the _kern
 * suffix keeps it out of host builds, which use Debian's libfreetype).
 */
#define FT2_BUILD_LIBRARY
#include <ft2build.h>
#include FT_CONFIG_CONFIG_H
#include <freetype/internal/ftdebug.h>
#include <freetype/internal/ftstream.h>
#include <freetype/ftsystem.h>
#include <freetype/fterrors.h>
#include <freetype/fttypes.h>
#include <stdlib.h>

static void *
kern_alloc(FT_Memory memory, long size)
{
	return malloc((size_t)size);
}

static void *
kern_realloc(FT_Memory memory, long cur_size, long new_size, void *block)
{
	return realloc(block, (size_t)new_size);
}

static void
kern_free(FT_Memory memory, void *block)
{
	free(block);
}

FT_BASE_DEF(FT_Error)
FT_Stream_Open(FT_Stream stream, const char *filepathname)
{
	if (!stream)
		return FT_Err_Invalid_Stream_Handle;
	stream->base = NULL;
	stream->size = 0;
	stream->pos = 0;
	return FT_Err_Cannot_Open_Resource;
}

FT_BASE_DEF(FT_Memory)
FT_New_Memory(void)
{
	FT_Memory memory = malloc(sizeof *memory);

	if (!memory)
		return NULL;
	memory->user = NULL;
	memory->alloc = kern_alloc;
	memory->realloc = kern_realloc;
	memory->free = kern_free;
	return memory;
}

FT_BASE_DEF(void)
FT_Done_Memory(FT_Memory memory)
{
	free(memory);
}

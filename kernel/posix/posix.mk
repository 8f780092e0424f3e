# kernel/posix/posix.mk - the host-testable part of kernel/posix in the
# unit tests. Included by the top Makefile (which defines HB and HCC).
#
# elf.c is linked into $(HB)/unit-tests (tests/unit/test_elf.c), whose
# i386 programs, from tests/unit/posix/, gcc -m32 -static builds into
# $(HB)/posix/ (gcc-multilib):
#   hello32   prints its argv, envp and auxv
#   big32     data, bss and TLS; linked at 0x10000000 without separate code
#   runelf32  starts a program by elf_plan and ustack_build (linked at
#             0x30000000, out of the programs' way)

P32 := $(HB)/posix
$(HB)/unit-tests: $(HB)/san/kernel/posix/elf.o $(P32)/hello32 $(P32)/big32 $(P32)/runelf32
$(P32)/big32: P32FLAGS := -Wl,-z,noseparate-code -Wl,-Ttext-segment=0x10000000
$(P32)/runelf32: P32FLAGS := kernel/posix/elf.c -Wl,-Ttext-segment=0x30000000
$(P32)/%32: tests/unit/posix/%.c kernel/posix/elf.c kernel/posix/elf.h
	@mkdir -p $(@D)
	$(HCC) -m32 -static -O1 -g -Wall -Wextra -I. -o $@ $< $(P32FLAGS)

/*
 * ftmodule_kern.h - the FreeType modules linked into the kernel.
 *
 * FreeType's ftinit.c includes this list (through FT_CONFIG_MODULES_H, set
 * in gui/freetype.mk) to register its modules. The kernel only reads
 * TrueType fonts: the sfnt tables, the TrueType glyph loader, the
 * auto-hinter (which does "light" hinting for every font), PostScript glyph
 * names, and the anti-aliasing rasteriser. A module listed here must also
 * have its source in FT_KSRC in gui/freetype.mk, and the reverse.
 */
FT_USE_MODULE(FT_Module_Class, autofit_module_class)
FT_USE_MODULE(FT_Driver_ClassRec, tt_driver_class)
FT_USE_MODULE(FT_Module_Class, psnames_module_class)
FT_USE_MODULE(FT_Module_Class, sfnt_module_class)
FT_USE_MODULE(FT_Renderer_Class, ft_smooth_renderer_class)

// Linked into the window tests of a sanitized build only (tests/CMakeLists.txt).
//
// Under xvfb the window tests draw through Mesa's software GL driver, which libGLX loads with dlopen() and unloads
// again when Qt closes the X display, before LeakSanitizer looks at the heap at exit. The blocks the driver still
// points to from its own globals then look lost, and cannot even be named, as its code is gone (112 bytes in two
// calloc() blocks in every test that shows the reader). Opening the driver here with RTLD_NODELETE keeps it mapped
// to the end, so that LeakSanitizer finds those pointers; a leak in the driver itself would still be reported,
// by name.

#include <dlfcn.h>

namespace {

struct KeepMesaMapped
{
    KeepMesaMapped() { dlopen(DOSSIER_MESA_SOFTWARE_DRIVER, RTLD_LAZY | RTLD_LOCAL | RTLD_NODELETE); }
};

const KeepMesaMapped keepMesaMapped;

} // namespace

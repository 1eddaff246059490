# DOSSIER_BUILD_FUZZERS: the libFuzzer targets of fuzz/ (tools/fuzz.sh configures, builds and runs them).
# libFuzzer comes with clang only, so another compiler is refused here rather than failing at link time.
#
# Every Dossier target is built with coverage instrumentation (-fsanitize=fuzzer-no-link, so that the fuzzer sees
# which branches of our parsers an input reaches) and with AddressSanitizer and UndefinedBehaviorSanitizer (so
# that a memory error or undefined behaviour is a crash the fuzzer keeps). Only the fuzz targets link libFuzzer's
# main(): see dossier_add_fuzzer() in fuzz/CMakeLists.txt.

if(NOT DOSSIER_BUILD_FUZZERS)
    return()
endif()

if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "DOSSIER_BUILD_FUZZERS needs clang, for libFuzzer (this is ${CMAKE_CXX_COMPILER_ID}). "
        "Configure a separate build folder with -DCMAKE_CXX_COMPILER=clang++, or run tools/fuzz.sh, which does.")
endif()

# The runtime is a separate Debian package (libclang-rt-14-dev, in tools/fuzz-packages.txt): check it links, so
# that a missing package is named now and not as an undefined LLVMFuzzerTestOneInput later.
include(CheckCXXSourceCompiles)
set(CMAKE_REQUIRED_FLAGS -fsanitize=fuzzer)
set(CMAKE_REQUIRED_LINK_OPTIONS -fsanitize=fuzzer)
check_cxx_source_compiles([[
#include <cstddef>
#include <cstdint>
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }
]] DOSSIER_HAVE_LIBFUZZER)
unset(CMAKE_REQUIRED_FLAGS)
unset(CMAKE_REQUIRED_LINK_OPTIONS)
if(NOT DOSSIER_HAVE_LIBFUZZER)
    message(FATAL_ERROR "DOSSIER_BUILD_FUZZERS: clang cannot link libFuzzer. Install its runtime "
        "(Debian: libclang-rt-14-dev): bash tools/install-deps.sh tools/fuzz-packages.txt")
endif()

set(dossier_fuzz_flags -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer)
add_compile_options(${dossier_fuzz_flags})
add_link_options(-fsanitize=address,undefined)
message(STATUS "Dossier is built for fuzzing (libFuzzer, ASan, UBSan)")

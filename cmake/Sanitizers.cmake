# DOSSIER_SANITIZE: builds every Dossier target (libraries, plugin, programs, tests, benchmarks) with
# AddressSanitizer and UndefinedBehaviorSanitizer, so that the test suite catches memory errors, leaks and undefined
# behaviour in our code. Values: OFF (default), ON (= address;undefined), or a list of address, undefined, leak.
# gcc and clang both work. Qt and the other system libraries stay uninstrumented: their errors are not ours to fix,
# and their leaks are suppressed by name in cmake/lsan.supp.
#
# Included from the top CMakeLists.txt before any target is defined, so that add_compile_options() reaches all of
# them and nothing outside this project. tests/CMakeLists.txt reads DOSSIER_SANITIZER_TEST_ENVIRONMENT.

set(DOSSIER_SANITIZE "OFF" CACHE STRING "Sanitizers for every Dossier target: OFF, ON, or a list of address;undefined;leak")

set(DOSSIER_SANITIZER_TEST_ENVIRONMENT "")
set(DOSSIER_SANITIZER_TIMEOUT_FACTOR 1)

if(NOT DOSSIER_SANITIZE)
    return()
endif()

set(dossier_sanitizers ${DOSSIER_SANITIZE})
if(DOSSIER_SANITIZE STREQUAL "ON" OR DOSSIER_SANITIZE STREQUAL "TRUE" OR DOSSIER_SANITIZE STREQUAL "YES"
        OR DOSSIER_SANITIZE STREQUAL "1")
    set(dossier_sanitizers address undefined)
endif()
foreach(sanitizer IN LISTS dossier_sanitizers)
    if(NOT sanitizer MATCHES "^(address|undefined|leak)$")
        message(FATAL_ERROR "DOSSIER_SANITIZE: unknown sanitizer '${sanitizer}' (use ON, or a list of address, "
            "undefined, leak)")
    endif()
endforeach()
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    message(FATAL_ERROR "DOSSIER_SANITIZE needs gcc or clang (this is ${CMAKE_CXX_COMPILER_ID})")
endif()

list(JOIN dossier_sanitizers "," dossier_sanitizer_list)
# Frame pointers make the reports' stacks whole at -O1 and above.
set(dossier_sanitizer_flags -fsanitize=${dossier_sanitizer_list} -fno-omit-frame-pointer)
if("undefined" IN_LIST dossier_sanitizers)
    # Undefined behaviour stops the test at once, with its stack, instead of scrolling by in a passing test.
    list(APPEND dossier_sanitizer_flags -fno-sanitize-recover=undefined)
    # Qt 6.4's inline QArrayDataOps::compare() (qarraydataops.h) hands memcmp() two null pointers when it compares
    # two empty lists (QCOMPARE of an Annotation with no ranges): Qt's header, compiled into our objects, so the
    # check cannot be suppressed by library; it is the one check left out.
    list(APPEND dossier_sanitizer_flags -fno-sanitize=nonnull-attribute)
endif()
add_compile_options(${dossier_sanitizer_flags})
add_link_options(${dossier_sanitizer_flags})
message(STATUS "Dossier is built with -fsanitize=${dossier_sanitizer_list}")

# Only the tests' environment gets these, and only in a sanitized build (see tests/CMakeLists.txt).
#  - detect_leaks: on, with third-party leaks suppressed by the library they happen in.
#  - check_initialization_order: catches static initialisers that read another file's statics.
#    (Not strict_string_checks: libxkbcommon-x11 hands strndup() unterminated names, which it then reports.)
#  - halt_on_error: the first error fails the test, with its stack.
#  - new_delete_type_mismatch=0: Qt WebEngine's Chromium frees some objects through a base without a virtual
#    destructor (reported in ~WebContentsAdapter, inside libQt6WebEngineCore); the reader tests would stop there.
#  - quarantine_size_mb=16: freed memory is held back 16 MB deep instead of 256, still deep enough to catch a use
#    after free within a test; tst_badinput bounds the heap's growth while it imports a 130 MB table, and the
#    default quarantine alone would exceed that bound.
set(dossier_lsan_suppressions "${CMAKE_CURRENT_LIST_DIR}/lsan.supp")
set(DOSSIER_SANITIZER_TEST_ENVIRONMENT
    "ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:halt_on_error=1:new_delete_type_mismatch=0:quarantine_size_mb=16"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
    "LSAN_OPTIONS=suppressions=${dossier_lsan_suppressions}:print_suppressions=0")
# Instrumented code runs two to three times slower; the tests' time limit grows with it.
set(DOSSIER_SANITIZER_TIMEOUT_FACTOR 3)

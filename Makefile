# The two commands of the README: `make run` and `make test`. Each first installs the Debian packages that
# are missing (tools/install-deps.sh), configures and builds; nothing is downloaded at build or run time.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
# make run LIBRARY=/path/to/file.dossier opens that library instead of the default one.
LIBRARY ?=

.PHONY: all deps configure build run test test-fast test-sanitize fuzz package test-package clean translations format

all: build

deps:
	@bash tools/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: configure
	@cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	@bash tools/run-dossier.sh $(BUILD_DIR)/bin/dossier $(if $(LIBRARY),--library "$(LIBRARY)")

# The whole suite; widget and WebEngine tests run under xvfb-run (see tests/CMakeLists.txt).
test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure --parallel $(JOBS)

# Everything but the GUI tests, for a quick check while working on the core.
test-fast: build
	@cd $(BUILD_DIR) && ctest --output-on-failure --parallel $(JOBS) --label-exclude gui

# The whole suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer (DOSSIER_SANITIZE, see
# cmake/Sanitizers.cmake) in a folder of its own; -O1 keeps it fast enough and its stacks whole.
SANITIZE_BUILD_DIR ?= build-asan
test-sanitize: deps
	@cmake -S . -B $(SANITIZE_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" \
		-DDOSSIER_SANITIZE=ON $(CMAKE_FLAGS)
	@cmake --build $(SANITIZE_BUILD_DIR) --parallel $(JOBS)
	@cd $(SANITIZE_BUILD_DIR) && ctest --output-on-failure --parallel $(JOBS)

# Every libFuzzer target of fuzz/ for FUZZ_SECONDS on its seed corpus (clang, in build-fuzz; see tools/fuzz.sh).
FUZZ_SECONDS ?= 60
fuzz:
	@bash tools/fuzz.sh --seconds $(FUZZ_SECONDS) --jobs $(JOBS)

# The Debian package (CPack, packaging/CMakeLists.txt) in $(BUILD_DIR), built for /usr: changing the prefix
# recompiles one file (the plugin folder the programs look in) and relinks.
package: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DCMAKE_INSTALL_PREFIX=/usr $(CMAKE_FLAGS)
	@rm -f $(BUILD_DIR)/dossier_*.deb
	@cmake --build $(BUILD_DIR) --parallel $(JOBS) --target package

# Checks the package, then installs it on a clean Debian 12 root and runs it there (tools/test-package.sh; needs
# root and the Debian mirror).
test-package: package
	@bash tools/test-package.sh $(BUILD_DIR)

# Refreshes translations/*.ts from the sources (lupdate).
translations: configure
	@cmake --build $(BUILD_DIR) --target update_translations

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	@rm -rf $(BUILD_DIR)

# The two commands of the README: `make run` and `make test`. Each first installs the Debian packages that
# are missing (tools/install-deps.sh), configures and builds; nothing is downloaded at build or run time.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
# make run LIBRARY=/path/to/file.dossier opens that library instead of the default one.
LIBRARY ?=

.PHONY: all deps configure build run test test-fast clean translations format

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

# Refreshes translations/*.ts from the sources (lupdate).
translations: configure
	@cmake --build $(BUILD_DIR) --target update_translations

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	@rm -rf $(BUILD_DIR)

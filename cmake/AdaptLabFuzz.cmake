# ADAPTLAB_FUZZ=ON: a build of the libFuzzer targets in tests/fuzz and of only the core areas they
# need, with clang, AddressSanitizer and UndefinedBehaviorSanitizer. No Qt, no LibTorch, no
# SentencePiece (core/CMakeLists.txt leaves the shim and libadaptlab_torch out). It lives in its own
# build folder: scripts/fuzz.sh configures build-fuzz/ with CC=clang CXX=clang++ and runs the targets.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "ADAPTLAB_FUZZ needs clang for libFuzzer: configure a separate build folder with "
                      "CC=clang CXX=clang++ (scripts/fuzz.sh does), not ${CMAKE_CXX_COMPILER_ID}")
endif()

# Coverage for libFuzzer in every object; the fuzzer's own main is linked into the targets only
# (tests/fuzz/CMakeLists.txt), so helper tools link without it. An undefined behaviour stops the run
# like a crash does, so libFuzzer keeps the input.
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                    -fno-omit-frame-pointer -g)
add_link_options(-fsanitize=address,undefined)

add_subdirectory(core)
add_subdirectory(tests/fuzz)

# One helper registers every test: adaptlab_add_test(NAME SOURCES ... [LIBS ...] [LABELS ...] [GUI])
# GUI tests run with the offscreen platform; every test gets ADAPTLAB_BUILD_DIR and
# ADAPTLAB_SOURCE_DIR so it can find binaries, plugins and fixtures without guessing.
function(adaptlab_add_test name)
  cmake_parse_arguments(T "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests AUTOMOC ON)
  add_test(NAME ${name} COMMAND ${name})
  # runtime::configure() loads libadaptlab_torch on first use: build it with every test.
  add_dependencies(${name} adaptlab_torch)
  if(NOT T_LABELS)
    set(T_LABELS unit)
  endif()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set(env
    "ADAPTLAB_BUILD_DIR=${CMAKE_BINARY_DIR}"
    "ADAPTLAB_SOURCE_DIR=${CMAKE_SOURCE_DIR}"
    "QT_QPA_PLATFORM=offscreen")
  set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "${env}")
endfunction()

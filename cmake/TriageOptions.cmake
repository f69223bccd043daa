# One options target carries the compile policy for every Triage target.
find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

add_library(triage_options INTERFACE)
target_compile_features(triage_options INTERFACE cxx_std_20)
target_compile_definitions(triage_options INTERFACE
    QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_USE_QSTRINGBUILDER)
target_compile_options(triage_options INTERFACE -Wall -Wextra -Wpedantic)
if(TRIAGE_WARNINGS_AS_ERRORS)
    target_compile_options(triage_options INTERFACE -Werror)
endif()

# LibTorch behind one target whose include directories are SYSTEM, so that warnings (and
# -Werror) apply to our code only. Only core/ml links it; TriageLayerCheck enforces that.
function(triage_find_torch)
    find_package(Torch REQUIRED)
    # Torch's imported targets are visible where found; made global so that the one test
    # that builds TorchScript fixtures can link triage_torch from tests/.
    get_directory_property(imported IMPORTED_TARGETS)
    foreach(target IN LISTS imported)
        set_property(TARGET ${target} PROPERTY IMPORTED_GLOBAL TRUE)
    endforeach()
    add_library(triage_torch INTERFACE)
    target_include_directories(triage_torch SYSTEM INTERFACE ${TORCH_INCLUDE_DIRS})
    target_link_libraries(triage_torch INTERFACE ${TORCH_LIBRARIES})
endfunction()

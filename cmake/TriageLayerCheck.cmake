# The layers are CMake targets: base <- ml <- core <- (ui, cli) <- apps. Configuration
# fails when a target reaches a dependency its layer must not have, directly or through
# any target it links (INTERFACE targets included).
#
# Two closures are checked:
#   linked:  everything that ends up in the target's link line (private links included);
#   visible: what the target's compiler sees (usage requirements: headers, definitions),
#            i.e. the links that propagate INTERFACE, without LINK_ONLY ones.

# Appends to `out` the link items of `target` and, recursively, of every target among them.
function(_triage_walk_links target mode out)
    set(seen ${${out}})
    set(queue ${target})
    set(first TRUE)
    while(queue)
        list(POP_FRONT queue current)
        if(NOT TARGET ${current})
            continue()
        endif()
        get_target_property(aliased ${current} ALIASED_TARGET)
        if(aliased)
            set(current ${aliased})
        endif()
        set(items)
        get_target_property(interface ${current} INTERFACE_LINK_LIBRARIES)
        if(interface)
            list(APPEND items ${interface})
        endif()
        get_target_property(type ${current} TYPE)
        # A target's own LINK_LIBRARIES are what it sees; for what it links, private links
        # of every static library in the chain count too.
        if(NOT type STREQUAL "INTERFACE_LIBRARY" AND NOT type MATCHES "IMPORTED"
           AND (first OR mode STREQUAL "linked"))
            get_target_property(own ${current} LINK_LIBRARIES)
            if(own)
                list(APPEND items ${own})
            endif()
        endif()
        set(first FALSE)
        foreach(item IN LISTS items)
            if(item MATCHES "^\\$<LINK_ONLY:(.*)>$")
                if(mode STREQUAL "visible")
                    continue()
                endif()
                set(item "${CMAKE_MATCH_1}")
            endif()
            if(item MATCHES "^\\$<")  # other generator expressions: not a plain dependency
                continue()
            endif()
            if(NOT item IN_LIST seen)
                list(APPEND seen ${item})
                list(APPEND queue ${item})
            endif()
        endforeach()
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

# triage_forbid(<target> LINKED|VISIBLE <regex>...): fails configuration when the target's
# closure of that kind holds a dependency matching one of the regexes.
function(triage_forbid target kind)
    if(NOT TARGET ${target})
        return()
    endif()
    string(TOLOWER ${kind} mode)
    set(closure)
    _triage_walk_links(${target} ${mode} closure)
    foreach(forbidden IN LISTS ARGN)
        foreach(dependency IN LISTS closure)
            if(dependency MATCHES "${forbidden}")
                message(FATAL_ERROR "Layer violation: ${target} reaches ${dependency} "
                                    "(${kind}; forbidden: ${forbidden})")
            endif()
        endforeach()
    endforeach()
endfunction()

set(triage_qt_gui "Qt[56]?::(Gui|Widgets)" "Qt[56]?(Gui|Widgets)")
set(triage_torch_libs "triage_torch" "^torch" "libtorch" "c10")

# base and ml: standard library and LibTorch only, for a bare GPU server. LibTorch itself
# only in the module that is loaded when a model runs (core/ml/torchmodule.h).
triage_forbid(triage_base LINKED "Qt" "opencv" "SQLite" "sqlite" ${triage_torch_libs})
triage_forbid(triage_ml LINKED "Qt" "opencv" "SQLite" "sqlite" ${triage_torch_libs})
triage_forbid(triage_torch_runtime LINKED "Qt" "opencv" "SQLite" "sqlite")
# core: GUI-free, and no torch in sight (core/ml talks to it through plain types).
triage_forbid(triage_core LINKED "Qt")
triage_forbid(triage_core VISIBLE ${triage_torch_libs})
# The faces: no torch in sight; the CLI and everything headless without Qt Gui/Widgets.
triage_forbid(triage_ui VISIBLE ${triage_torch_libs})
triage_forbid(triage_cli_commands LINKED ${triage_qt_gui})
triage_forbid(triage_cli_commands VISIBLE ${triage_torch_libs})
triage_forbid(triage-cli LINKED ${triage_qt_gui} ${triage_torch_libs})
# The REST server: no Qt at all (it runs in a slim container), no torch in sight.
triage_forbid(triage_server_api LINKED "Qt")
triage_forbid(triage-server LINKED "Qt" ${triage_torch_libs})

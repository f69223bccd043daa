# The layers are CMake targets and the arrows are app -> ui -> core -> core/ml.
# Fail configuration when a target picks up a dependency its layer must not have.
function(triage_forbid_link target)
    get_target_property(libs ${target} LINK_LIBRARIES)
    foreach(forbidden IN LISTS ARGN)
        foreach(lib IN LISTS libs)
            if(lib MATCHES "${forbidden}")
                message(FATAL_ERROR "Layer violation: ${target} links ${lib}")
            endif()
        endforeach()
    endforeach()
endfunction()

# core is GUI-free: no QtGui, no QtWidgets (and, for now, no Qt at all).
triage_forbid_link(triage_core "Qt6?::Gui" "Qt6?::Widgets" "triage_torch" "^torch")
# Only core/ml sees LibTorch; everyone else talks to it through plain types.
if(TARGET triage_ui)
    triage_forbid_link(triage_ui "triage_torch" "^torch")
endif()
triage_forbid_link(triage-cli "Qt6?::Gui" "Qt6?::Widgets" "triage_torch" "^torch")

# Fails unless the .deb CPack would write recommends what the GUI needs to look right in
# every language it speaks: Qt's translations and a CJK font.
include(${CONFIG})
foreach(package qt6-translations-l10n fonts-noto-cjk)
    string(FIND "${CPACK_DEBIAN_PACKAGE_RECOMMENDS}" "${package}" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "the package does not recommend ${package}: '${CPACK_DEBIAN_PACKAGE_RECOMMENDS}'")
    endif()
endforeach()
message(STATUS "recommends: ${CPACK_DEBIAN_PACKAGE_RECOMMENDS}")

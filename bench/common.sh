# Sourced by the benchmark scripts, from the repository root: what they all need.
fashion=/usr/share/datasets/fashion-mnist
classes=tshirt_top,trouser,pullover,dress,coat,sandal,shirt,sneaker,bag,ankle_boot

# require_built TOOL...: stops with the build command when a build output is missing.
require_built() {
    local tool
    for tool in "$@"; do
        [ -x "$tool" ] || { echo "build first: cmake --preset dev && cmake --build --preset dev ($tool is missing)" >&2; exit 1; }
    done
}

// triage-cli: the headless face of Triage. Links only triage_core, which proves the core
// is GUI-free.
#include "commands.h"

#include <exception>
#include <iostream>
#include <map>

namespace {

const char *kUsage =
    "usage: triage-cli COMMAND [ARGS] (triage-cli COMMAND --help for details)\n"
    "  init       create a project with its classes\n"
    "  import     add images from folders, files, CSV manifests or IDX files\n"
    "  autolabel  train the learner on human labels, score and route every item\n"
    "  status     counts by state and class, last job, learner version\n"
    "  simulate   answer the review queue from a truth file and measure label quality\n"
    "  export     write a dataset (imagefolder or csv)\n"
    "  remove     take items out of the project (by path, id, or every failed one)\n"
    "  idx2png    write IDX records as PNG files with a truth CSV (demo data)\n";

}  // namespace

int main(int argc, char **argv)
{
    using namespace triage::cli;
    const std::map<std::string, int (*)(const Args &)> commands = {
        {"init", runInit},        {"import", runImport},     {"autolabel", runAutolabel},
        {"status", runStatus},    {"simulate", runSimulate}, {"export", runExport},
        {"idx2png", runIdxToPng}, {"remove", runRemove},
    };
    if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h" ||
        std::string(argv[1]) == "help") {
        std::cout << kUsage;
        return argc < 2 ? 2 : 0;
    }
    const auto command = commands.find(argv[1]);
    if (command == commands.end()) {
        std::cerr << "triage-cli: unknown command '" << argv[1] << "'\n\n" << kUsage;
        return 2;
    }
    installInterruptHandler();
    try {
        return command->second(Args(argv + 2, argv + argc));
    } catch (const std::exception &e) {  // the last guard: a bug, reported, never a crash
        std::cerr << "triage-cli: internal error: " << e.what() << '\n';
        return 1;
    }
}

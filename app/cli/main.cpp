// triage-cli: the headless face of Triage. Links only triage_core, which proves the core
// is GUI-free.
#include "commands.h"
#include "processpolicy.h"

#include <exception>
#include <iostream>

int main(int argc, char **argv)
{
    using namespace triage::cli;
    const std::string first = argc < 2 ? std::string() : argv[1];
    if (commandRunsModels(first)) {
        triage::restartWithPassiveOpenMp(argv);
    }
    if (argc < 2 || first == "--help" || first == "-h" || first == "help") {
        std::cout << commandOverview();
        return argc < 2 ? kExitUsage : kExitOk;
    }
    installInterruptHandler();
    try {
        bool found = false;
        const int code = runCommand(first, Args(argv + 2, argv + argc), found);
        if (!found) {
            std::cerr << "triage-cli: unknown command '" << first << "'\n\n" << commandOverview();
            return kExitUsage;
        }
        return code;
    } catch (const std::exception &e) {  // the last guard: a bug, reported, never a crash
        std::cerr << "triage-cli: internal error: " << e.what() << '\n';
        return kExitFailed;
    }
}

// The CLI's pieces without a process: option parsing and the exit code each error gives.
#include "arguments.h"
#include "commands.h"

#include <QTest>

using namespace triage;
using namespace triage::cli;

class TestCliCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Issue 6, defect 3: an error nobody classified is a failure (1), not a usage error (2).
    void exitCodesFollowTheErrorsKind()
    {
        QCOMPARE(exitCodeFor(Error{}), kExitFailed);
        QCOMPARE(exitCodeFor(makeError(ErrorCode::InvalidArgument, "bad option")), kExitUsage);
        QCOMPARE(exitCodeFor(makeError(ErrorCode::Io, "disk full")), kExitFailed);
        QCOMPARE(exitCodeFor(makeError(ErrorCode::Busy, "locked")), kExitFailed);
    }

    void optionsAreCheckedAgainstTheCommand()
    {
        auto parsed = Arguments::parse({"p.triage", "--out=dir", "--json", "--count", "3"},
                                       {"out", "count"}, {"json"});
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->positionals(), std::vector<std::string>{"p.triage"});
        QCOMPARE(parsed->value("out").value(), std::string("dir"));
        QCOMPARE(parsed->integer("count", 0).value(), int64_t(3));
        QVERIFY(parsed->has("json"));
        QCOMPARE(Arguments::parse({"--colour"}, {}, {}).error().code, ErrorCode::InvalidArgument);
        QVERIFY(!Arguments::parse({"--json=yes"}, {}, {"json"}).ok());
        QVERIFY(!Arguments::parse({"--out"}, {"out"}, {}).ok());
        QVERIFY(!Arguments::parse({"--count", "3x"}, {"count"}, {})->integer("count", 0).ok());
    }

    void everyCommandIsListedAndHasHelp()
    {
        const std::string overview = commandOverview();
        for (const char *name :
             {"init", "import", "autolabel", "status", "simulate", "export", "remove", "idx2png"}) {
            QVERIFY2(overview.find(std::string("  ") + name + ' ') != std::string::npos, name);
        }
        bool found = false;
        QCOMPARE(runCommand("no-such-command", {}, found), kExitUsage);
        QVERIFY(!found);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"

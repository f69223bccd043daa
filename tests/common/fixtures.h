#pragma once
// Test fixtures made by the tests themselves: synthetic images with a learnable class
// signal, damaged files, small projects. Nothing is downloaded or committed.
#include "database.h"
#include "projectstore.h"
#include "sqlitedatabase.h"

#include <QString>
#include <QTest>

#include <opencv2/core/mat.hpp>

#include <string>
#include <vector>

namespace triage::test {

// A 32x32 image of class `cls` (0..2): horizontal stripes, vertical stripes or a bright
// centre blob, with random noise, brightness and shift from `seed`.
cv::Mat syntheticImage(int cls, int seed, int channels = 1);

// Writes `image` to `path` (format from the extension); fails the test on error.
void writeImage(const QString &path, const cv::Mat &image);
void writeBytes(const QString &path, const std::string &bytes);
std::string readBytes(const QString &path);

// Creates `count` images per class as dir/<class>/<class>_<i>.png.
std::vector<std::string> writeSyntheticFolder(const QString &dir,
                                              const std::vector<std::string> &classes,
                                              int countPerClass);

ProjectStore createProject(const QString &path, const std::vector<std::string> &classes);
// dir/images/0.png .. (count synthetic images of classes a, b, c in turn) imported into a new
// project dir/<name>.triage with those classes, or at `location` when one is given; returns
// the project's location. Fails the test on error.
QString createImportedProject(const QString &dir, const QString &name, int count,
                              const QString &location = {});
// Two routed rounds over classes a and b (routing: 0.9 threshold, no minimum, no target,
// no audits). Round 1 auto-accepts items 1-6 as a and queues 7-10 (b, unsure). People
// ("ann", 2 and 3 s) then label 7 b, as suggested, and 8 a, against the suggestion; items
// 11-14 are imported; round 2 moves 4 to b, withdraws 5 and 6 and auto-accepts 11-14 as b.
// Each round's predictions are stored. Fails the test on error.
ProjectStore createTwoRoundProject(const QString &path);
// A second, raw connection to a project's file or database, for tests that look under the
// store's interface (schema, triggers, locks, damage). Fails the test if it cannot open.
std::unique_ptr<Database> rawDatabase(const std::string &projectLocation);
inline std::unique_ptr<Database> rawDatabase(const ProjectStore &store)
{
    return rawDatabase(store.path());
}

// The PostgreSQL server a test was given (the URL in the file TRIAGE_TEST_POSTGRES_URL_FILE
// names; ctest's postgres fixture starts one), "" without one.
std::string postgresServerUrl();
// A URL for a new database on that server, named after `name` and unique to this process;
// ProjectStore::create makes the database.
std::string freshPostgresUrl(const std::string &name);

// A SQLite file opened or created without the store (schema steps, foreign files).
std::unique_ptr<SqliteDatabase> openSqlite(const std::string &path, SqliteDatabase::OpenMode mode);

// Runs triage-cli (the TRIAGE_CLI the build passes in) and waits until it has ended.
constexpr int kCrashed = -1;      // the child died of a signal
constexpr int kNotFinished = -2;  // it did not start, or did not end (err says which)
struct CliRun {
    int exitCode = kNotFinished;
    QString out;
    QString err;
};
CliRun runCli(const QStringList &args, const QString &workingFolder = {});

}  // namespace triage::test

// Readable QCOMPARE failures for the project's enums.
namespace QTest {
template <>
inline char *toString(const triage::ItemState &v)
{
    return qstrdup(std::string(triage::toText(v)).c_str());
}
template <>
inline char *toString(const triage::LabelSource &v)
{
    return qstrdup(std::string(triage::toText(v)).c_str());
}
template <>
inline char *toString(const triage::DecisionKind &v)
{
    return qstrdup(std::string(triage::toText(v)).c_str());
}
template <>
inline char *toString(const triage::JobState &v)
{
    return qstrdup(std::string(triage::toText(v)).c_str());
}
template <>
inline char *toString(const triage::ErrorCode &v)
{
    return QTest::toString(int(v));
}
template <>
inline char *toString(const triage::RouteKind &v)
{
    return QTest::toString(int(v));
}
}  // namespace QTest

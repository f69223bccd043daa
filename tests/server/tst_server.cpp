// triage-server against real servers on ephemeral localhost ports: every route's success
// and errors, tokens and roles, leases, refused paths and uploads, the OpenAPI document
// against the route table, two servers on one project, and kill -9 under load.
#include "apitokens.h"
#include "fixtures.h"
#include "onnxfixtures.h"
#include "projectstore.h"
#include "routes.h"
#include "tarstream.h"

#include <httplib.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <set>
#include <thread>

using namespace triage;

namespace {

const QString kFashion = QStringLiteral("/usr/share/datasets/fashion-mnist");

// One triage-server process; the port is read from the line it prints when it listens.
class Server {
public:
    Server(const QString &project, const QStringList &extra)
    {
        m_process.setProgram(qEnvironmentVariable("TRIAGE_SERVER"));
        m_process.setArguments(QStringList{QStringLiteral("--project"), project,
                                           QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:0")} +
                               extra);
        m_process.start();
        QByteArray out;
        (void)QTest::qWaitFor(
            [&] {
                m_process.waitForReadyRead(100);
                out += m_process.readAllStandardOutput();
                return out.contains('\n') || m_process.state() == QProcess::NotRunning;
            },
            30000);
        const int colon = out.indexOf("127.0.0.1:");
        if (colon >= 0) {
            m_port = out.mid(colon + 10).split(' ').front().toInt();
        }
        m_startError = out + m_process.readAllStandardError();
    }
    ~Server() { stop(); }

    int port() const { return m_port; }
    QByteArray startError() const { return m_startError; }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(30000)) {
                m_process.kill();
                m_process.waitForFinished(30000);
            }
        }
    }
    // kill -9; true once the process has really ended.
    bool kill()
    {
        m_process.kill();
        return m_process.waitForFinished(30000) && m_process.state() == QProcess::NotRunning;
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    int m_port = 0;
    QByteArray m_startError;
};

struct Reply {
    int status = 0;  // 0: no answer
    QByteArray body;
    std::string header(const std::string &name) const
    {
        const auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json()[QStringLiteral("error")][QStringLiteral("code")].toString(); }
    httplib::Headers headers;
};

Reply toReply(const httplib::Result &result)
{
    Reply reply;
    if (result) {
        reply.status = result->status;
        reply.body = QByteArray::fromStdString(result->body);
        reply.headers = result->headers;
    }
    return reply;
}

class Client {
public:
    Client(int port, std::string token) : m_http("127.0.0.1", port), m_token(std::move(token))
    {
        m_http.set_read_timeout(60);
    }
    httplib::Headers headers() const
    {
        return m_token.empty() ? httplib::Headers{}
                               : httplib::Headers{{"Authorization", "Bearer " + m_token}};
    }
    Reply get(const std::string &path) { return toReply(m_http.Get(path, headers())); }
    Reply post(const std::string &path, const std::string &body = "{}")
    {
        return toReply(m_http.Post(path, headers(), body, "application/json"));
    }
    Reply del(const std::string &path) { return toReply(m_http.Delete(path, headers())); }
    Reply upload(const httplib::MultipartFormDataItems &files)
    {
        return toReply(m_http.Post("/v1/uploads", headers(), files));
    }
    // Waits until the job has ended; its last state.
    QJsonObject waitForJob(int64_t id)
    {
        QJsonObject job;
        (void)QTest::qWaitFor(
            [&] {
                job = get("/v1/jobs/" + std::to_string(id)).json();
                return job[QStringLiteral("state")].toString() != QStringLiteral("running");
            },
            120000);
        return job;
    }

private:
    httplib::Client m_http;
    std::string m_token;
};

std::string tokenFor(const QString &project, const QString &role, const QString &name)
{
    const auto run = test::runCli({QStringLiteral("token"), QStringLiteral("create"), project,
                                   QStringLiteral("--role"), role, QStringLiteral("--name"), name});
    return run.out.split(QLatin1Char('\n')).front().toStdString();
}

std::string str(const QString &s)
{
    return s.toStdString();
}

QSet<qint64> idsOf(const QJsonObject &page)
{
    QSet<qint64> ids;
    for (const auto &item : page[QStringLiteral("items")].toArray()) {
        ids.insert(item[QStringLiteral("id")].toInteger());
    }
    return ids;
}

int64_t humanDecisionsBy(const QString &project, const std::string &annotator)
{
    auto store = ProjectStore::open(project.toStdString());
    const auto log = store->decisions().log(std::nullopt).value();
    int64_t n = 0;
    for (const auto &d : log) {
        n += d.annotator == annotator && d.kind == DecisionKind::Label;
    }
    return n;
}

}  // namespace

class TestServer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_images;
    std::string m_admin, m_lead, m_alice, m_bob;
    std::unique_ptr<Server> m_server;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    int port() const { return m_server->port(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("TRIAGE_SERVER").isEmpty(), "ctest sets TRIAGE_SERVER");
        m_images = path(QStringLiteral("images"));
        test::writeSyntheticFolder(m_images, {"a", "b", "c"}, 20);
        m_project = path(QStringLiteral("p.triage"));
        test::createProject(m_project, {"a", "b", "c"});
        m_admin = tokenFor(m_project, QStringLiteral("admin"), QStringLiteral("root"));
        m_lead = tokenFor(m_project, QStringLiteral("lead"), QStringLiteral("lena"));
        m_alice = tokenFor(m_project, QStringLiteral("annotator"), QStringLiteral("alice"));
        m_bob = tokenFor(m_project, QStringLiteral("annotator"), QStringLiteral("bob"));
        QVERIFY(m_bob.rfind("triage_", 0) == 0);
        m_server = std::make_unique<Server>(
            m_project, QStringList{QStringLiteral("--allow-root"), m_images,
                                   QStringLiteral("--allow-root"), kFashion,
                                   QStringLiteral("--allow-root"), path(QStringLiteral("models")),
                                   QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(port() > 0, m_server->startError().constData());

        // The 60 images, imported through the API by path.
        Client lead(port(), m_lead);
        const Reply started = lead.post(
            "/v1/imports", "{\"paths\": [\"" + str(m_images) + "\"], \"labels_from_folders\": false}");
        QCOMPARE(started.status, 202);
        QCOMPARE(started.header("Location"), "/v1/jobs/" + std::to_string(started.json()[QStringLiteral("id")].toInteger()));
        const auto job = lead.waitForJob(started.json()[QStringLiteral("id")].toInteger());
        QCOMPARE(job[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
        QCOMPARE(job[QStringLiteral("result")][QStringLiteral("added")].toInt(), 60);
    }

    void openApiDocumentListsExactlyTheRoutes()
    {
        server::ServerOptions options;
        options.project = str(m_project);
        server::ServerContext ctx(options);
        std::set<std::pair<std::string, std::string>> routes;
        std::map<std::pair<std::string, std::string>, std::string> roles;
        for (const auto &route : server::allRoutes(ctx)) {
            QVERIFY2(routes.insert({route.method, route.pattern}).second, route.pattern.c_str());
            roles[{route.method, route.pattern}] =
                route.role ? std::string(toText(*route.role)) : "";
        }
        // The document the server serves is the one in the repository.
        const Reply served = Client(port(), "").get("/v1/openapi.json");
        QCOMPARE(served.status, 200);
        QFile file(QStringLiteral(TRIAGE_OPENAPI_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(served.body, file.readAll());
        const auto document = served.json();
        QCOMPARE(document[QStringLiteral("openapi")].toString().left(2), QStringLiteral("3."));
        std::set<std::pair<std::string, std::string>> documented;
        const auto paths = document[QStringLiteral("paths")].toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            const auto operations = p.value().toObject();
            for (auto op = operations.begin(); op != operations.end(); ++op) {
                const std::pair key{op.key().toUpper().toStdString(), p.key().toStdString()};
                documented.insert(key);
                const auto operation = op.value().toObject();
                const std::string role =
                    operation[QStringLiteral("x-triage-role")].toString().toStdString();
                QVERIFY2(roles.count(key), (key.first + " " + key.second + " is not served").c_str());
                QCOMPARE(role, roles[key]);
                QVERIFY2(operation.contains(QStringLiteral("responses")), key.second.c_str());
            }
        }
        for (const auto &route : routes) {
            QVERIFY2(documented.count(route),
                     (route.first + " " + route.second + " is not documented").c_str());
        }
        QCOMPARE(documented.size(), routes.size());
    }

    void healthReadinessAndMetrics()
    {
        Client open(port(), "");
        QCOMPARE(open.get("/healthz").status, 200);
        const Reply ready = open.get("/readyz");
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.json()[QStringLiteral("project")].toString(), QStringLiteral("test"));
        const Reply metrics = open.get("/metrics");
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.header("Content-Type").rfind("text/plain", 0) == 0);
        QVERIFY(metrics.body.contains("triage_items{state=\"unlabeled\"} "));
        QVERIFY(metrics.body.contains("triage_review_queue_length "));
        QVERIFY(metrics.body.contains(
            "triage_http_requests_total{route=\"POST /v1/imports\",status=\"202\"} 1"));
        QVERIFY(metrics.body.contains("triage_http_request_duration_seconds_bucket{route=\"GET /readyz\",le=\"+Inf\"} 1"));
        QCOMPARE(open.get("/nothing").status, 404);
        const Reply wrongMethod = open.post("/healthz");
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("Allow"), std::string("GET"));
    }

    void tokensAndRoles()
    {
        QCOMPARE(Client(port(), "").get("/v1/items").status, 401);
        QCOMPARE(Client(port(), "").get("/v1/items").header("WWW-Authenticate"), std::string("Bearer"));
        QCOMPARE(Client(port(), "triage_0000").get("/v1/items").status, 401);
        QCOMPARE(Client(port(), m_alice).get("/v1/items").status, 200);
        const Reply forbidden = Client(port(), m_alice).post("/v1/autolabel");
        QCOMPARE(forbidden.status, 403);
        QVERIFY(forbidden.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(QStringLiteral("lead")));
        QCOMPARE(Client(port(), m_lead).get("/v1/tokens").status, 403);

        Client admin(port(), m_admin);
        QCOMPARE(admin.get("/v1/tokens").status, 200);
        const Reply made = admin.post("/v1/tokens", R"({"name": "temp", "role": "annotator"})");
        QCOMPARE(made.status, 201);
        const std::string secret = str(made.json()[QStringLiteral("token")].toString());
        QCOMPARE(admin.post("/v1/tokens", R"({"name": "temp", "role": "annotator"})").status, 409);
        QCOMPARE(admin.post("/v1/tokens", R"({"name": "x y", "role": "annotator"})").status, 400);
        QCOMPARE(admin.post("/v1/tokens", R"({"role": "boss"})").status, 400);
        // Only the digest is stored.
        auto raw = test::rawDatabase(str(m_project));
        auto stored = raw->prepare(
            "SELECT SUM(instr(name || secret_hash || created_at, ?1) > 0), "
            "SUM(secret_hash = ?2) FROM api_tokens");
        stored->bind(1, secret).bind(2, tokenDigest(secret));
        QVERIFY(stored->step());
        QCOMPARE(stored->columnInt(0), 0);
        QCOMPARE(stored->columnInt(1), 1);

        QCOMPARE(Client(port(), secret).get("/v1/queue").status, 200);
        QCOMPARE(admin.del("/v1/tokens/temp").status, 200);
        QCOMPARE(Client(port(), secret).get("/v1/queue").status, 401);
        QCOMPARE(admin.del("/v1/tokens/temp").status, 404);
    }

    void itemsPageWithACursor()
    {
        Client alice(port(), m_alice);
        QSet<qint64> seen;
        std::string cursor;
        int pages = 0;
        do {
            const Reply page =
                alice.get("/v1/items?limit=7" + (cursor.empty() ? "" : "&cursor=" + cursor));
            QCOMPARE(page.status, 200);
            const auto ids = idsOf(page.json());
            QVERIFY(!ids.intersects(seen));
            seen += ids;
            const auto next = page.json()[QStringLiteral("next_cursor")];
            cursor = next.isNull() ? "" : str(next.toString());
            ++pages;
        } while (!cursor.empty() && pages < 20);
        QCOMPARE(seen.size(), 60);
        QCOMPARE(pages, 9);
        QCOMPARE(idsOf(alice.get("/v1/items?state=failed").json()).size(), 0);
        QCOMPARE(alice.get("/v1/items?state=happy").status, 400);
        const Reply unknownClass = alice.get("/v1/items?label=zebra");
        QCOMPARE(unknownClass.status, 400);
        QVERIFY(unknownClass.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(QStringLiteral("zebra")));
        QCOMPARE(alice.get("/v1/items?limit=0").status, 400);
        QCOMPARE(alice.get("/v1/items?limit=5000").status, 400);

        const Reply one = alice.get("/v1/items/3");
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json()[QStringLiteral("state")].toString(), QStringLiteral("unlabeled"));
        QVERIFY(one.json()[QStringLiteral("decisions")].isArray());
        QCOMPARE(alice.get("/v1/items/999999").status, 404);
        QCOMPARE(alice.get("/v1/items/abc").status, 400);
        const Reply image = alice.get("/v1/items/3/image");
        QCOMPARE(image.status, 200);
        QCOMPARE(image.header("Content-Type"), std::string("image/png"));
        QVERIFY(image.body.startsWith("\x89PNG"));
    }

    void importsOutsideTheAllowedRootsAreRefused()
    {
        Client lead(port(), m_lead);
        const auto jobsBefore = lead.get("/v1/jobs").json()[QStringLiteral("jobs")].toArray().size();
        for (const std::string &bad :
             {std::string("/etc"), str(m_images) + "/../..", std::string("images"),
              str(m_dir.path())}) {
            const Reply refused = lead.post("/v1/imports", "{\"paths\": [\"" + bad + "\"]}");
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.errorCode(), QStringLiteral("invalid_argument"));
        }
        // A link inside an allowed root that points out of it is refused too.
        QVERIFY(QFile::link(QStringLiteral("/etc"), m_images + QStringLiteral("/escape")));
        QCOMPARE(lead.post("/v1/imports", "{\"paths\": [\"" + str(m_images) + "/escape\"]}").status, 400);
        QFile::remove(m_images + QStringLiteral("/escape"));
        QCOMPARE(lead.post("/v1/imports", "{\"paths\": []}").status, 400);
        QCOMPARE(lead.post("/v1/imports", "{\"paths\": [1]}").status, 400);
        QCOMPARE(lead.post("/v1/imports", "{\"paths\": [\"/tmp\"], \"extra\": 1}").status, 400);
        QCOMPARE(lead.post("/v1/imports", "not json").status, 400);
        QCOMPARE(lead.post("/v1/imports", "[1, 2]").status, 400);
        QCOMPARE(lead.get("/v1/jobs").json()[QStringLiteral("jobs")].toArray().size(), jobsBefore);
    }

    void uploadsAreImportedAndUnsafeNamesRefused()
    {
        Client lead(port(), m_lead);
        const std::string png = test::readBytes(m_images + QStringLiteral("/a/a_0.png"));
        const std::string png2 = test::readBytes(m_images + QStringLiteral("/b/b_0.png"));
        // Same bytes as imported items: the import says they are duplicates.
        const Reply started = lead.upload({{"files", png, "first.png", "image/png"},
                                           {"files", png2, "second.png", "image/png"}});
        QCOMPARE(started.status, 202);
        const auto job = lead.waitForJob(started.json()[QStringLiteral("id")].toInteger());
        QCOMPARE(job[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
        QCOMPARE(job[QStringLiteral("result")][QStringLiteral("duplicates")].toInt(), 2);

        const QString uploads = m_dir.filePath(QStringLiteral("p-server/uploads"));
        const auto batches = QDir(uploads).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        QCOMPARE(batches.size(), 1);
        for (const std::string name : {"../escape.png", "a/b.png", ".."}) {
            const Reply refused = lead.upload({{"files", png, name, "image/png"}});
            QCOMPARE(refused.status, 400);
        }
        QCOMPARE(lead.upload({{"files", png, "x.png", "image/png"}, {"files", png, "x.png", "image/png"}}).status, 400);
        QCOMPARE(lead.upload({}).status, 400);
        QCOMPARE(QDir(uploads).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden), batches);
        QCOMPARE(Client(port(), m_alice).upload({{"files", png, "y.png", "image/png"}}).status, 403);
    }

    void oversizedBodiesAreRefused()
    {
        Server small(m_project, {QStringLiteral("--max-body-mb"), QStringLiteral("1"),
                                 QStringLiteral("--data-dir"), path(QStringLiteral("small"))});
        QVERIFY2(small.port() > 0, small.startError().constData());
        Client lead(small.port(), m_lead);
        const Reply refused =
            lead.upload({{"files", std::string(2 << 20, 'x'), "big.png", "image/png"}});
        QCOMPARE(refused.status, 413);
        QCOMPARE(refused.errorCode(), QStringLiteral("payload_too_large"));
        QVERIFY(!QDir(path(QStringLiteral("small/uploads"))).exists() ||
                QDir(path(QStringLiteral("small/uploads"))).isEmpty());
    }

    void leasesGiveTwoClientsDisjointItems()
    {
        Client alice(port(), m_alice);
        Client bob(port(), m_bob);
        const Reply a = alice.post("/v1/queue/lease", R"({"count": 5})");
        const Reply b = bob.post("/v1/queue/lease", R"({"count": 5})");
        QCOMPARE(a.status, 200);
        QCOMPARE(b.status, 200);
        const auto aliceItems = idsOf(a.json());
        const auto bobItems = idsOf(b.json());
        QCOMPARE(aliceItems.size(), 5);
        QCOMPARE(bobItems.size(), 5);
        QVERIFY(!aliceItems.intersects(bobItems));
        // Leasing again renews the same items.
        QCOMPARE(idsOf(alice.post("/v1/queue/lease", R"({"count": 5})").json()), aliceItems);
        QCOMPARE(alice.get("/v1/queue").json()[QStringLiteral("leased")].toInt(), 10);

        const qint64 alicesItem = *aliceItems.begin();
        const std::string decisionPath = "/v1/items/" + std::to_string(alicesItem) + "/decisions";
        const Reply taken = bob.post(decisionPath, R"({"label": "a"})");
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.errorCode(), QStringLiteral("leased"));
        QCOMPARE(alice.post(decisionPath, R"({"label": "a"})").status, 201);
        QCOMPARE(alice.get("/v1/items/" + std::to_string(alicesItem)).json()[QStringLiteral("lease")].isNull(), true);

        QCOMPARE(alice.post("/v1/queue/lease", R"({"count": 0})").status, 400);
        QCOMPARE(alice.post("/v1/queue/lease", R"({"lease_seconds": 99999})").status, 400);
    }

    void anExpiredLeaseReturnsTheItem()
    {
        Client alice(port(), m_alice);
        Client bob(port(), m_bob);
        const Reply a = alice.post("/v1/queue/lease", R"({"count": 20, "lease_seconds": 1})");
        const auto held = idsOf(a.json());
        QCOMPARE(held.size(), 20);
        // Bob gets none of them until the lease has run out, then some of them.
        QVERIFY(!idsOf(bob.post("/v1/queue/lease", R"({"count": 30, "lease_seconds": 1})").json())
                     .intersects(held));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return idsOf(bob.post("/v1/queue/lease", R"({"count": 50, "lease_seconds": 1})")
                                 .json())
                    .intersects(held);
            },
            30000));
    }

    void decisionsLabelSkipAndUndo()
    {
        Client alice(port(), m_alice);
        // Bob's last one-second leases may still hold the queue.
        QSet<qint64> leased;
        QVERIFY(QTest::qWaitFor(
            [&] { return !(leased = idsOf(alice.post("/v1/queue/lease", R"({"count": 1})").json())).isEmpty(); },
            30000));
        const qint64 item = *leased.begin();
        const std::string at = "/v1/items/" + std::to_string(item) + "/decisions";
        const auto before = humanDecisionsBy(m_project, "alice");
        for (const std::string &bad :
             {std::string(R"({"label": "zebra"})"), std::string(R"({"action": "eat"})"),
              std::string(R"({"label": 3})"), std::string(R"({"action": "skip", "label": "a"})"),
              std::string(R"({"label": "a", "seconds_spent": -1})"),
              std::string(R"({"label": "a", "mood": "good"})"), std::string("{"), std::string("{}")}) {
            const Reply refused = alice.post(at, bad);
            QVERIFY2(refused.status == 400, bad.c_str());
        }
        QCOMPARE(alice.post("/v1/items/999999/decisions", R"({"label": "a"})").status, 404);
        QCOMPARE(humanDecisionsBy(m_project, "alice"), before);

        const Reply labelled = alice.post(at, R"({"label": "b", "suggested_label": "a", "seconds_spent": 2.5})");
        QCOMPARE(labelled.status, 201);
        QCOMPARE(labelled.json()[QStringLiteral("item")][QStringLiteral("label")].toString(), QStringLiteral("b"));
        QCOMPARE(labelled.json()[QStringLiteral("item")][QStringLiteral("source")].toString(), QStringLiteral("human"));
        QCOMPARE(humanDecisionsBy(m_project, "alice"), before + 1);
        const Reply undone = alice.post(at, R"({"action": "undo"})");
        QCOMPARE(undone.status, 201);
        QVERIFY(undone.json()[QStringLiteral("item")][QStringLiteral("label")].isNull());
        QCOMPARE(alice.post(at, R"({"action": "skip"})").status, 201);
        const auto history = alice.get("/v1/items/" + std::to_string(item)).json()[QStringLiteral("decisions")].toArray();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0][QStringLiteral("annotator")].toString(), QStringLiteral("alice"));
        QCOMPARE(history[0][QStringLiteral("suggested_label")].toString(), QStringLiteral("a"));
        QCOMPARE(history[1][QStringLiteral("kind")].toString(), QStringLiteral("undo"));
        QCOMPARE(history[2][QStringLiteral("kind")].toString(), QStringLiteral("skip"));
    }

    void versionsExportsAndTheArchive()
    {
        Client lead(port(), m_lead);
        Client alice(port(), m_alice);
        // Alice labels 12 items from the queue by their folder.
        const auto page = alice.post("/v1/queue/lease", R"({"count": 12})").json();
        QCOMPARE(page[QStringLiteral("items")].toArray().size(), 12);
        for (const auto &item : page[QStringLiteral("items")].toArray()) {
            const QString folder =
                item[QStringLiteral("path")].toString().section(QLatin1Char('/'), -2, -2);
            QCOMPARE(alice.post("/v1/items/" + std::to_string(item[QStringLiteral("id")].toInteger()) +
                                    "/decisions",
                                "{\"label\": \"" + str(folder) + "\"}")
                         .status,
                     201);
        }
        const Reply created = lead.post("/v1/versions", R"({"name": "v1", "include": "human", "splits": [0.5, 0.25, 0.25]})");
        QCOMPARE(created.status, 201);
        const int items = created.json()[QStringLiteral("items")].toInt();
        QCOMPARE(items, idsOf(alice.get("/v1/items?state=human-labeled&limit=1000").json()).size());
        QVERIFY(items >= 12);
        QCOMPARE(lead.post("/v1/versions", R"({"name": "v1"})").status, 409);
        QCOMPARE(lead.post("/v1/versions", R"({"name": "v2", "splits": [0.5]})").status, 400);
        QCOMPARE(alice.post("/v1/versions", R"({"name": "v3"})").status, 403);
        QCOMPARE(alice.get("/v1/versions").json()[QStringLiteral("versions")].toArray().size(), 1);

        QCOMPARE(lead.post("/v1/exports", R"({"format": "parquet"})").status, 400);
        const Reply started = lead.post("/v1/exports", R"({"version": "v1", "format": "csv"})");
        QCOMPARE(started.status, 202);
        const int64_t id = started.json()[QStringLiteral("id")].toInteger();
        const auto job = lead.waitForJob(id);
        QCOMPARE(job[QStringLiteral("state")].toString(), QStringLiteral("succeeded"));
        const Reply archive = lead.get("/v1/exports/" + std::to_string(id) + "/archive");
        QCOMPARE(archive.status, 200);
        QCOMPARE(archive.header("Content-Type"), std::string("application/x-tar"));
        const QString tarFile = path(QStringLiteral("export.tar"));
        test::writeBytes(tarFile, archive.body.toStdString());
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-tf"), tarFile});
        QVERIFY(tar.waitForFinished(60000));
        QCOMPARE(tar.exitCode(), 0);
        const auto names = QString::fromUtf8(tar.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(names.filter(QRegularExpression(QStringLiteral("/images/.*\\.png$"))).size(), items);
        QCOMPARE(names.filter(QStringLiteral("/labels.csv")).size(), 1);
        QCOMPARE(names.filter(QStringLiteral("/triage-export.json")).size(), 1);

        QCOMPARE(lead.get("/v1/exports/1/archive").status, 404);  // the import job
        QCOMPARE(alice.get("/v1/exports/" + std::to_string(id) + "/archive").status, 403);

        // Deleting the export frees its folder; the job stays on record.
        const std::string folder = str(job[QStringLiteral("result")][QStringLiteral("out")].toString());
        QVERIFY(QFileInfo::exists(QString::fromStdString(folder)));
        QCOMPARE(alice.del("/v1/exports/" + std::to_string(id)).status, 403);
        QCOMPARE(lead.del("/v1/exports/1").status, 404);
        QCOMPARE(lead.del("/v1/exports/" + std::to_string(id)).status, 200);
        QVERIFY(!QFileInfo::exists(QString::fromStdString(folder)));
        QCOMPARE(lead.get("/v1/exports/" + std::to_string(id) + "/archive").status, 404);
        QCOMPARE(lead.del("/v1/exports/" + std::to_string(id)).status, 404);
        QCOMPARE(lead.get("/v1/jobs/" + std::to_string(id)).status, 200);
    }

    void labelingFunctionsAndModels()
    {
        Client lead(port(), m_lead);
        QCOMPARE(lead.get("/v1/labeling-functions").status, 200);
        QCOMPARE(lead.post("/v1/labeling-functions", R"({"functions": [{"name": "x"}]})").status, 400);
        QCOMPARE(lead.post("/v1/models/nothing/score").status, 404);

        // A model file on the server, added and scored through the API.
        QVERIFY(QDir().mkpath(path(QStringLiteral("models"))));
        const std::string model =
            test::saveOnnxLinearModel(str(path(QStringLiteral("models/linear.onnx"))), 3, 8, 1);
        const std::string entry = R"("name": "linear", "kind": "classifier", "format": "onnx",
            "input": {"width": 8, "height": 8, "channels": "gray"}, "mapping": ["a", "b", "c"]})";
        QCOMPARE(lead.post("/v1/models", "{\"path\": \"/etc/passwd\", " + entry).status, 400);
        QCOMPARE(lead.post("/v1/models", "{\"path\": \"" + model + "\", \"colour\": 1, " + entry).status, 400);
        QCOMPARE(lead.post("/v1/models", R"({"name": "x"})").status, 400);
        QCOMPARE(Client(port(), m_alice).post("/v1/models", "{\"path\": \"" + model + "\", " + entry).status, 403);
        const Reply adding = lead.post("/v1/models", "{\"path\": \"" + model + "\", " + entry);
        QCOMPARE(adding.status, 202);
        QCOMPARE(lead.waitForJob(adding.json()[QStringLiteral("id")].toInteger())[QStringLiteral("state")].toString(),
                 QStringLiteral("succeeded"));
        const auto models = lead.get("/v1/models").json()[QStringLiteral("models")].toArray();
        QCOMPARE(models.size(), 1);
        QCOMPARE(models[0][QStringLiteral("name")].toString(), QStringLiteral("linear"));
        const Reply scoring = lead.post("/v1/models/linear/score");
        QCOMPARE(scoring.status, 202);
        QCOMPARE(lead.waitForJob(scoring.json()[QStringLiteral("id")].toInteger())[QStringLiteral("state")].toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(lead.get("/v1/items/1").json()[QStringLiteral("model_votes")].toArray().size(), 1);
        const Reply started = lead.post("/v1/labeling-functions/apply");
        QCOMPARE(started.status, 202);
        lead.waitForJob(started.json()[QStringLiteral("id")].toInteger());
        const auto status = lead.get("/v1/status").json();
        QCOMPARE(status[QStringLiteral("project")].toString(), QStringLiteral("test"));
        QCOMPARE(status[QStringLiteral("items")][QStringLiteral("total")].toInt(), 60);
    }

    void jobsRunOneAtATimeAndCancel()
    {
        Client lead(port(), m_lead);
        // 60,000 IDX records take a while to import: long enough to cancel. (What it
        // imported before it stopped stays: the tests after this one do not count items.)
        const Reply started = lead.post(
            "/v1/imports", "{\"paths\": [\"" + str(kFashion) + "/train-images-idx3-ubyte.gz\"]}");
        QCOMPARE(started.status, 202);
        const int64_t id = started.json()[QStringLiteral("id")].toInteger();
        const Reply second = lead.post("/v1/autolabel");
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), QStringLiteral("job_running"));
        QCOMPARE(Client(port(), m_alice).post("/v1/jobs/" + std::to_string(id) + "/cancel").status, 403);
        const Reply cancel = lead.post("/v1/jobs/" + std::to_string(id) + "/cancel");
        QCOMPARE(cancel.status, 202);
        QCOMPARE(cancel.json()[QStringLiteral("cancel_requested")].toBool(), true);
        const auto ended = lead.waitForJob(id);
        QCOMPARE(ended[QStringLiteral("state")].toString(), QStringLiteral("cancelled"));
        QCOMPARE(lead.post("/v1/jobs/" + std::to_string(id) + "/cancel").status, 409);
        QCOMPARE(lead.get("/v1/jobs/999999").status, 404);
        QCOMPARE(lead.get("/v1/jobs?limit=1").json()[QStringLiteral("jobs")].toArray().size(), 1);
    }

    void twoServersOnOneProjectActAsOne()
    {
        Server second(m_project, {QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(second.port() > 0, second.startError().constData());
        Client alice(port(), m_alice);
        Client bob(second.port(), m_bob);
        const auto a = idsOf(alice.post("/v1/queue/lease", R"({"count": 4})").json());
        const auto b = idsOf(bob.post("/v1/queue/lease", R"({"count": 4})").json());
        QCOMPARE(a.size(), 4);
        QCOMPARE(b.size(), 4);
        QVERIFY(!a.intersects(b));
        const qint64 item = *b.begin();
        QCOMPARE(bob.post("/v1/items/" + std::to_string(item) + "/decisions", R"({"label": "c"})").status, 201);
        QCOMPARE(alice.get("/v1/items/" + std::to_string(item)).json()[QStringLiteral("label")].toString(), QStringLiteral("c"));
        // A token revoked through one server is refused by the other at once.
        Client admin(second.port(), m_admin);
        QCOMPARE(admin.post("/v1/tokens", R"({"name": "short", "role": "annotator"})").status, 201);
        QCOMPARE(admin.del("/v1/tokens/short").status, 200);
    }

    void killDuringLoadLosesNoAcknowledgedDecision()
    {
        Server victim(m_project, {QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(victim.port() > 0, victim.startError().constData());
        const std::string loader = tokenFor(m_project, QStringLiteral("annotator"), QStringLiteral("loader"));
        std::atomic<int> acknowledged{0};
        std::atomic<bool> stop{false};
        std::thread client([&] {
            Client c(victim.port(), loader);
            while (!stop) {
                const auto page = c.post("/v1/queue/lease", R"({"count": 1})").json();
                const auto items = page[QStringLiteral("items")].toArray();
                if (items.isEmpty()) {
                    return;
                }
                const auto id = items[0][QStringLiteral("id")].toInteger();
                const Reply r = c.post("/v1/items/" + std::to_string(id) + "/decisions", R"({"label": "a"})");
                if (r.status == 201) {
                    ++acknowledged;
                } else {
                    return;  // the server is gone
                }
            }
        });
        const bool enough = QTest::qWaitFor([&] { return acknowledged >= 15; }, 60000);
        QVERIFY(victim.kill());
        stop = true;
        client.join();
        QVERIFY(enough);
        const int64_t stored = humanDecisionsBy(m_project, "loader");
        QVERIFY2(stored >= acknowledged && stored <= acknowledged + 1,
                 qPrintable(QStringLiteral("%1 stored, %2 acknowledged").arg(stored).arg(acknowledged.load())));
        auto store = ProjectStore::open(str(m_project));
        QVERIFY(store->quickCheck());
    }

    void rateLimitAnswers429()
    {
        Server limited(m_project, {QStringLiteral("--rate-limit"), QStringLiteral("1"),
                                   QStringLiteral("--data-dir"), path(QStringLiteral("limited"))});
        QVERIFY2(limited.port() > 0, limited.startError().constData());
        Client alice(limited.port(), m_alice);
        Reply last;
        for (int i = 0; i < 10 && last.status != 429; ++i) {
            last = alice.get("/v1/queue");
        }
        QCOMPARE(last.status, 429);
        QVERIFY(!last.header("Retry-After").empty());
        QCOMPARE(last.errorCode(), QStringLiteral("rate_limited"));
    }

    void archivesKeepLongNamesAndBytes()
    {
        const QString folder = path(QStringLiteral("tar/export"));
        const QString deep = folder + QStringLiteral("/") + QString(60, QLatin1Char('d')) +
                             QStringLiteral("/") + QString(90, QLatin1Char('f')) +
                             QStringLiteral(".bin");
        QVERIFY(QDir().mkpath(QFileInfo(deep).path()));
        std::string bytes(70000, '\0');
        for (size_t i = 0; i < bytes.size(); ++i) {
            bytes[i] = char(i * 31 % 251);
        }
        test::writeBytes(deep, bytes);
        test::writeBytes(folder + QStringLiteral("/empty.txt"), "");
        auto entries = server::tarEntries(str(folder));
        QVERIFY(entries);
        std::string archive;
        QVERIFY(server::writeTar(*entries, [&](const char *data, size_t size) {
            archive.append(data, size);
            return true;
        }));
        QCOMPARE(archive.size() % 512, size_t(0));
        const QString tarFile = path(QStringLiteral("tar/out.tar"));
        test::writeBytes(tarFile, archive);
        QProcess tar;
        tar.setWorkingDirectory(path(QStringLiteral("tar")));
        QVERIFY(QDir().mkpath(path(QStringLiteral("tar/unpacked"))));
        tar.start(QStringLiteral("tar"), {QStringLiteral("-xf"), tarFile, QStringLiteral("-C"),
                                          path(QStringLiteral("tar/unpacked"))});
        QVERIFY(tar.waitForFinished(60000));
        QCOMPARE(tar.exitCode(), 0);
        const QString unpacked = deep;
        QCOMPARE(test::readBytes(QString(unpacked).replace(QStringLiteral("tar/export"),
                                                           QStringLiteral("tar/unpacked/export"))),
                 bytes);
        QVERIFY(QFileInfo::exists(path(QStringLiteral("tar/unpacked/export/empty.txt"))));
        // A client that goes away stops the stream.
        int chunks = 0;
        QVERIFY(!server::writeTar(*entries, [&](const char *, size_t) { return ++chunks < 2; }));
    }

    void cleanupTestCase()
    {
        if (m_server) {
            m_server->stop();
            QCOMPARE(m_server->process().exitStatus(), QProcess::NormalExit);
            QCOMPARE(m_server->process().exitCode(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"

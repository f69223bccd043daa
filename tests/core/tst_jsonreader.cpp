// parseJson (specs and requests people write) and the model spec read from it: values,
// escapes and numbers as RFC 8259 has them; each malformed document refused with its line,
// column and what was expected; a model spec's unknown keys and wrong types named.
#include "jsonreader.h"
#include "modelspecfile.h"

#include <QTest>

using namespace triage;

class TestJsonReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsADocument()
    {
        auto doc = parseJson(" {\"a\": [1, -2.5e3, 0.125], \"b\": {\"t\": true, \"f\": false, "
                             "\"n\": null},\n \"s\": \"tab\\there \\\"q\\\" \\u00e9 "
                             "\\ud83d\\ude00 \\/\"} ");
        QVERIFY2(doc.ok(), doc.ok() ? "" : doc.error().message.c_str());
        const auto &a = doc->find("a")->asArray();
        QCOMPARE(a.size(), size_t(3));
        QCOMPARE(a[1].asNumber(), -2500.0);
        QCOMPARE(a[2].asNumber(), 0.125);
        QVERIFY(doc->find("b")->find("t")->asBool());
        QVERIFY(doc->find("b")->find("n")->isNull());
        QCOMPARE(doc->find("s")->asString(), std::string("tab\there \"q\" \xc3\xa9 \xf0\x9f\x98\x80 /"));
        QVERIFY(doc->find("missing") == nullptr);
    }

    void refusesMalformedDocuments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("ends where a value was expected");
        QTest::newRow("trailing comma") << QStringLiteral("{\"a\": 1,}")
                                        << QStringLiteral("column 9: expected a member name");
        QTest::newRow("second line") << QStringLiteral("{\n  \"a\" 1}")
                                     << QStringLiteral("line 2, column 7: expected ':'");
        QTest::newRow("leading zero") << QStringLiteral("[01]") << QStringLiteral("malformed number");
        QTest::newRow("bare dot") << QStringLiteral("[1.]") << QStringLiteral("digits must follow '.'");
        QTest::newRow("huge") << QStringLiteral("[1e999]") << QStringLiteral("out of range");
        QTest::newRow("duplicate") << QStringLiteral("{\"a\": 1, \"a\": 2}")
                                   << QStringLiteral("\"a\" appears twice");
        QTest::newRow("unclosed") << QStringLiteral("\"abc") << QStringLiteral("not closed");
        QTest::newRow("lone surrogate") << QStringLiteral("\"\\ud800x\"")
                                        << QStringLiteral("lone surrogate");
        QTest::newRow("two values") << QStringLiteral("1 2") << QStringLiteral("goes on after");
        QTest::newRow("word") << QStringLiteral("[nul]") << QStringLiteral("unexpected 'n'");
        QTest::newRow("deep") << QString(100, QLatin1Char('[')) << QStringLiteral("nested deeper");
    }

    void refusesMalformedDocuments()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto doc = parseJson(text.toStdString());
        QVERIFY(!doc.ok());
        QVERIFY2(QString::fromStdString(doc.error().message).contains(message),
                 doc.error().message.c_str());
    }

    void aModelSpecKeepsWhatItDoesNotSay()
    {
        AddModelRequest base;
        base.name = "kept";
        auto request = modelRequestFromJson(
            "{\"kind\": \"embedder\", \"input\": {\"width\": 32, \"std\": [0.5, 0.5, 0.5]},"
            " \"path\": \"/ignored\", \"scored_items\": 3}",
            base);
        QVERIFY2(request.ok(), request.ok() ? "" : request.error().message.c_str());
        QCOMPARE(request->name, std::string("kept"));
        QCOMPARE(request->kind, ModelKind::Embedder);
        QCOMPARE(request->spec.width, 32);
        QCOMPARE(request->spec.height, 224);  // the default stays
        QCOMPARE(request->spec.std[1], 0.5f);
        QVERIFY(!request->format.has_value());
    }

    void aModelSpecNamesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("not an object") << QStringLiteral("[1]") << QStringLiteral("expected an object");
        QTest::newRow("unknown key") << QStringLiteral("{\"nmae\": \"x\"}")
                                     << QStringLiteral("unknown key \"nmae\"");
        QTest::newRow("wrong type") << QStringLiteral("{\"input\": {\"width\": \"224\"}}")
                                    << QStringLiteral("\"width\" must be a number, not a string");
        QTest::newRow("fraction") << QStringLiteral("{\"input\": {\"width\": 22.4}}")
                                  << QStringLiteral("positive whole number");
        QTest::newRow("choice") << QStringLiteral("{\"input\": {\"channels\": \"rgba\"}}")
                                << QStringLiteral("\"channels\" is rgb, bgr or gray, not \"rgba\"");
        QTest::newRow("two means") << QStringLiteral("{\"input\": {\"mean\": [0.5, 0.5]}}")
                                   << QStringLiteral("three numbers");
        QTest::newRow("format") << QStringLiteral("{\"format\": \"tflite\"}")
                                << QStringLiteral("torchscript or onnx");
        QTest::newRow("mapping") << QStringLiteral("{\"mapping\": [\"a\", 3]}")
                                 << QStringLiteral("not a number");
        QTest::newRow("syntax") << QStringLiteral("{\"kind\": classifier}")
                                << QStringLiteral("model spec: JSON line 1, column 10");
    }

    void aModelSpecNamesWhatIsWrong()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto request = modelRequestFromJson(text.toStdString(), AddModelRequest{});
        QVERIFY(!request.ok());
        QVERIFY2(QString::fromStdString(request.error().message).contains(message),
                 request.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"

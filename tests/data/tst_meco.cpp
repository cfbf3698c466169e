// MeCo's prefixes (data/meco.h) on hand-checked fixtures: URL hosts (subdomains kept, scheme-less,
// ports, userinfo, case, values that are no URL), the hashed stand-in against xxHash's published
// XXH3-64 vectors, the options' JSON and its refusals, the prefix text, the prefix encoded as ONE
// string with a real tokenizer.json (and that this differs from encoding "URL: " and the host
// apart), rendered documents with their masks (missing metadata -> no prefix), and the cooldown step.
#include "data/meco.h"

#include "common/error.h"
#include "tokenize/tokenizer.h"

#include "meco_test_tokenizer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace adaptlab;
using namespace adaptlab::data;
using namespace meco_test;
using Ids = std::vector<int32_t>;
using Mask = std::vector<uint8_t>;

Q_DECLARE_METATYPE(std::string)

namespace {

QString errorOf(const nlohmann::json& json)
{
    try {
        MecoOptions::fromJson(json);
        return {};
    } catch (const Error& e) {
        return QString::fromUtf8(e.what());
    }
}

Ids concat(std::initializer_list<Ids> parts)
{
    Ids out;
    for (const Ids& part : parts)
        out.insert(out.end(), part.begin(), part.end());
    return out;
}

} // namespace

class TstMeco : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<tokenize::Tokenizer> tokenizer_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        const std::filesystem::path folder = std::filesystem::path(dir_.path().toStdString()) / "tok";
        writeTokenizer(folder);
        tokenizer_ = tokenize::Tokenizer::open(folder);
        QCOMPARE(tokenizer_->vocabSize(), kVocabSize);
        QCOMPARE(tokenizer_->specialIds().bos, kBos);
        QCOMPARE(tokenizer_->specialIds().eos, kEos);
    }

    void urlHosts_data()
    {
        QTest::addColumn<std::string>("url");
        QTest::addColumn<std::string>("host");
        QTest::newRow("subdomains kept") << std::string("https://en.wikipedia.org/wiki/Cat") << std::string("en.wikipedia.org");
        QTest::newRow("deep subdomains") << std::string("http://a.b.example.co.uk") << std::string("a.b.example.co.uk");
        QTest::newRow("scheme-less") << std::string("en.wikipedia.org/wiki/X") << std::string("en.wikipedia.org");
        QTest::newRow("scheme-relative") << std::string("//cdn.example.com/x.js") << std::string("cdn.example.com");
        QTest::newRow("port") << std::string("https://example.com:8080/path") << std::string("example.com");
        QTest::newRow("userinfo, port, case") << std::string("https://user:pw@Example.COM:443/") << std::string("example.com");
        QTest::newRow("upper-case scheme") << std::string("HTTPS://WWW.Example.com") << std::string("www.example.com");
        QTest::newRow("other scheme, query") << std::string("ftp://files.example.org?x=1") << std::string("files.example.org");
        QTest::newRow("fragment") << std::string("https://example.com#top") << std::string("example.com");
        QTest::newRow("ipv6 with port") << std::string("https://[2001:db8::1]:8443/x") << std::string("[2001:db8::1]");
        QTest::newRow("'://' in the query is no scheme")
            << std::string("example.com/go?to=http://other.org/") << std::string("example.com");
        QTest::newRow("spaces around") << std::string("  https://example.com/  ") << std::string("example.com");
        QTest::newRow("non-ASCII kept") << std::string("https://B\xc3\xbc" "cher.example/") << std::string("b\xc3\xbc" "cher.example");
        QTest::newRow("empty") << std::string() << std::string();
        QTest::newRow("no host") << std::string("https:///path") << std::string();
        QTest::newRow("a JSON object kept as text") << std::string(R"({"host":"x.org"})") << std::string();
        QTest::newRow("a sentence") << std::string("see the page above") << std::string();
    }

    void urlHosts()
    {
        QFETCH(std::string, url);
        QFETCH(std::string, host);
        QCOMPARE(urlHost(url), host);
    }

    // XXH3-64 of "", "a" and "abc" (seed 0) are xxHash's own test vectors (tests/sanity_test_vectors
    // and xsum_sanity_check.c): 2D06800538D394C2, E6C632B61E964E1F, 78AF5F94892F3950.
    void hashedMetadataIsStable()
    {
        QCOMPARE(hashedMetadata(""), std::string("h2d06800538d3"));
        QCOMPARE(hashedMetadata("a"), std::string("he6c632b61e96"));
        QCOMPARE(hashedMetadata("abc"), std::string("h78af5f94892f"));
        QCOMPARE(hashedMetadata("en.wikipedia.org"), hashedMetadata(std::string("en.wikipedia.org")));
        QVERIFY(hashedMetadata("en.wikipedia.org") != hashedMetadata("de.wikipedia.org"));
        QCOMPARE(hashedMetadata("en.wikipedia.org").size(), size_t(13));
    }

    void optionsJson()
    {
        MecoOptions options;
        QCOMPARE(options.effectiveLabel(), std::string("URL"));
        QVERIFY(options.toJson() == nlohmann::json::parse(R"({"enabled": false, "field": "url", "label": "",
                                                             "hashed": false, "cooldown_fraction": 0.1})"));
        options.enabled = true;
        options.field = "source";
        options.hashed = true;
        options.cooldownFraction = 0.0;
        QCOMPARE(options.effectiveLabel(), std::string("Source"));
        QVERIFY(MecoOptions::fromJson(options.toJson()) == options);
        options.label = "Topic";
        QCOMPARE(options.effectiveLabel(), std::string("Topic"));
        QVERIFY(MecoOptions::fromJson(options.toJson()) == options);
        // Missing keys keep their defaults.
        QCOMPARE(MecoOptions::fromJson(nlohmann::json::parse(R"({"enabled": true})")).cooldownFraction, 0.1);
    }

    void optionsJsonRefusals_data()
    {
        QTest::addColumn<std::string>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not an object") << std::string("[1]") << QStringLiteral("must be an object");
        QTest::newRow("unknown key") << std::string(R"({"cooldown": 0.2})") << QStringLiteral("cooldown: unknown key");
        QTest::newRow("fraction 1") << std::string(R"({"cooldown_fraction": 1})") << QStringLiteral("cooldown_fraction: must be in [0, 1)");
        QTest::newRow("fraction negative") << std::string(R"({"cooldown_fraction": -0.1})")
                                          << QStringLiteral("cooldown_fraction: must be in [0, 1)");
        QTest::newRow("fraction text") << std::string(R"({"cooldown_fraction": "0.1"})")
                                      << QStringLiteral("cooldown_fraction: must be a number");
        QTest::newRow("empty field") << std::string(R"({"field": ""})") << QStringLiteral("field: must name");
        QTest::newRow("enabled text") << std::string(R"({"enabled": "yes"})") << QStringLiteral("enabled: must be true or false");
        QTest::newRow("label number") << std::string(R"({"label": 3})") << QStringLiteral("label: must be a string");
    }

    void optionsJsonRefusals()
    {
        QFETCH(std::string, json);
        QFETCH(QString, error);
        const QString got = errorOf(nlohmann::json::parse(json));
        QVERIFY2(got.startsWith(error), qPrintable(got));
    }

    void prefixText()
    {
        MecoOptions options;
        QCOMPARE(mecoPrefixText(options, "en.wikipedia.org"), std::string("URL: en.wikipedia.org\n\n"));
        options.hashed = true;
        QCOMPARE(mecoPrefixText(options, "abc"), std::string("URL: h78af5f94892f\n\n"));
        options = MecoOptions{};
        options.field = "source";
        QCOMPARE(mecoPrefixText(options, "gcide"), std::string("Source: gcide\n\n"));
        options.label = "Topic";
        QCOMPARE(mecoPrefixText(options, "gcide"), std::string("Topic: gcide\n\n"));
    }

    // "URL: en.wikipedia.org\n\n" as one string: GPT-2's regex gives URL | : | " en" | . |
    // wikipedia | . | org | "\n\n", each a word of the vocabulary or a byte.
    void prefixIdsAreOneString()
    {
        MecoOptions options;
        const Ids oneString{kUrl, kColon, kSpaceEn, kDot, kWikipedia, kDot, kOrg, kNewlines};
        QCOMPARE(mecoPrefixIds(*tokenizer_, options, "en.wikipedia.org"), oneString);
        // Apart, "URL: " ends in a lone space (byte 32) and "en" is two bytes: other ids.
        const Ids apart = concat({tokenizer_->encode("URL: "), tokenizer_->encode("en.wikipedia.org"), tokenizer_->encode("\n\n")});
        QCOMPARE(apart, (Ids{kUrl, kColon, kSpace, 'e', 'n', kDot, kWikipedia, kDot, kOrg, kNewlines}));
        QVERIFY(apart != oneString);

        options.field = "source";
        QCOMPARE(mecoPrefixIds(*tokenizer_, options, "gcide"), (Ids{kSource, kColon, kSpaceGcide, kNewlines}));
        // Hashed: "URL: h78af5f94892f\n\n" -> URL | : | " h" (two bytes) | 78 | af | 5 | f | 94892 | f |
        // "\n\n": letters and digits split by the regex, none of them a vocabulary word.
        options = MecoOptions{};
        options.hashed = true;
        const Ids hashed{kUrl, kColon, ' ', 'h', '7', '8', 'a', 'f', '5', 'f', '9', '4', '8', '9', '2', 'f', kNewlines};
        QCOMPARE(mecoPrefixIds(*tokenizer_, options, "abc"), hashed);
    }

    void renderedDocuments()
    {
        MecoOptions options;
        options.enabled = true;
        const Ids document{kThe, kSpaceCat, kSpaceSat, kDot};
        QCOMPARE(tokenizer_->encode("The cat sat."), document);

        // The raw URL reduced to its host (port and case gone), then [BOS] prefix document EOS.
        MecoRendered r = renderMecoDocument(*tokenizer_, options, std::string_view("https://EN.Wikipedia.org:443/wiki/Cat"),
                                            "The cat sat.");
        QCOMPARE(r.ids, concat({{kBos}, {kUrl, kColon, kSpaceEn, kDot, kWikipedia, kDot, kOrg, kNewlines}, document, {kEos}}));
        QCOMPARE(r.lossMask, (Mask{0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1}));
        QCOMPARE(r.prefixTokens, int64_t(8));

        // No metadata, empty metadata, or a URL without a host: no invented prefix.
        for (const std::optional<std::string_view> none :
             {std::optional<std::string_view>(), std::optional<std::string_view>(""), std::optional<std::string_view>("https:///x")}) {
            r = renderMecoDocument(*tokenizer_, options, none, "The cat sat.");
            QCOMPARE(r.ids, concat({{kBos}, document, {kEos}}));
            QCOMPARE(r.lossMask, (Mask{0, 1, 1, 1, 1, 1}));
            QCOMPARE(r.prefixTokens, int64_t(0));
        }

        // Another field: its value as it is (not a URL), under its own label.
        options.field = "source";
        r = renderMecoDocument(*tokenizer_, options, std::string_view("foldoc"), "The cat sat.");
        QCOMPARE(r.ids, concat({{kBos, kSource, kColon, kSpaceFoldoc, kNewlines}, document, {kEos}}));
        QCOMPARE(r.lossMask, (Mask{0, 0, 0, 0, 0, 1, 1, 1, 1, 1}));
        QCOMPARE(r.prefixTokens, int64_t(4));
    }

    void cooldownStep()
    {
        MecoOptions options;
        options.enabled = true;
        QCOMPARE(mecoCooldownStep(options, 10), int64_t(9));   // ceil(0.9 * 10)
        QCOMPARE(mecoCooldownStep(options, 100), int64_t(90));
        QCOMPARE(mecoCooldownStep(options, 15), int64_t(14));  // ceil(13.5)
        QCOMPARE(mecoCooldownStep(options, 1), int64_t(1));    // ceil(0.9)
        options.cooldownFraction = 0.3;
        QCOMPARE(mecoCooldownStep(options, 1000), int64_t(700));
        QCOMPARE(mecoCooldownStep(options, 90), int64_t(63));  // (1 - 0.3) * 90 = 62.99999999999999 in doubles
        options.cooldownFraction = 0.45;
        QCOMPARE(mecoCooldownStep(options, 100), int64_t(55)); // (1 - 0.45) * 100 = 55.00000000000001: not 56
        options.cooldownFraction = 0.7;
        QCOMPARE(mecoCooldownStep(options, 10), int64_t(3));   // 3.0000000000000004: not 4
        options.cooldownFraction = 0.0; // the no-cooldown ablation
        QCOMPARE(mecoCooldownStep(options, 10), int64_t(10));
        options.cooldownFraction = 0.1;
        options.enabled = false;
        QCOMPARE(mecoCooldownStep(options, 10), int64_t(10));
    }
};

QTEST_GUILESS_MAIN(TstMeco)
#include "tst_meco.moc"

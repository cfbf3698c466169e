// "How it was made" in words: a derived dataset's provenance (the JSON object the corpus jobs
// record: operation, source, run and the operation's settings and counts) as a list of sentences in
// the user's language. Known keys of each operation become sentences; a key this build does not
// know is still shown, as "key: value", so nothing recorded is hidden.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace adaptlab::corpus_panel {

class ProvenanceText {
    Q_DECLARE_TR_FUNCTIONS(ProvenanceText)
public:
    // One fact; a list of settings (the rules a filter applied) comes as items under its text.
    struct Line {
        QString text;
        QStringList items;
    };
    static QList<Line> entries(const std::string& provenanceJson);
    // One entry per fact, first what was done to which dataset (items follow their text). Empty
    // for an empty or missing provenance (imported datasets); one line saying so when the text is
    // not a JSON object.
    static QStringList lines(const std::string& provenanceJson);
    // The same as an HTML list (items as a nested list), for a rich-text view.
    static QString html(const std::string& provenanceJson);

private:
    static QList<Line> describe(const nlohmann::json& provenance);
};

} // namespace adaptlab::corpus_panel

#include "vocabulary_tab.h"

#include "view_helpers.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace adaptlab::tokenizer_panel {

VocabularyTab::VocabularyTab(QWidget* parent) : QWidget(parent)
{
    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("vocabularySearch"));
    search_->setPlaceholderText(tr("Search a piece or an id, e.g. \"ing\" or 1234"));
    search_->setClearButtonEnabled(true);
    search_->setToolTip(tr("Shows the pieces that contain this text (a space also finds ▁ and Ġ, the "
                           "marks of a word start), or the piece with this id."));
    auto* hint = new QLabel(tr("Find out whether your domain's words are whole pieces or get cut into fragments."), this);
    hint->setProperty("role", QStringLiteral("hint"));
    hint->setWordWrap(true);

    model_ = new VocabularyModel(this);
    view_ = ViewHelpers::makeTable(model_, this);
    view_->setObjectName(QStringLiteral("vocabularyView"));
    // Fixed row heights: the view never measures 128k rows to lay them out.
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view_->setColumnWidth(VocabularyModel::IdColumn, 80);
    view_->setColumnWidth(VocabularyModel::PieceColumn, 240);
    view_->setColumnWidth(VocabularyModel::ScoreColumn, 110);
    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("vocabularyCount"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(search_);
    layout->addWidget(hint);
    layout->addWidget(view_, 1);
    layout->addWidget(count_);

    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(200);
    connect(debounce_, &QTimer::timeout, this, &VocabularyTab::searchNow);
    connect(search_, &QLineEdit::textChanged, this, [this] {
        debouncePending_ = true;
        debounce_->start();
    });
    updateCount();
}

void VocabularyTab::setVocabulary(std::shared_ptr<const Vocabulary> vocabulary)
{
    searching_.cancel();
    vocabulary_ = std::move(vocabulary);
    model_->setVocabulary(vocabulary_);
    if (!search_->text().isEmpty())
        searchNow();
    updateCount();
}

void VocabularyTab::searchNow()
{
    debounce_->stop();
    debouncePending_ = false;
    const QString query = search_->text();
    if (!vocabulary_ || query.isEmpty()) {
        searching_.cancel();
        model_->setFilter(std::nullopt);
        updateCount();
        Q_EMIT searchFinished();
        return;
    }
    std::shared_ptr<const Vocabulary> vocabulary = vocabulary_;
    searching_.run([vocabulary, query](const std::atomic<bool>& cancel) { return searchVocabulary(*vocabulary, query, cancel); },
                   [this](std::vector<int32_t> ids, const QString&) {
                       model_->setFilter(std::move(ids));
                       updateCount();
                       Q_EMIT searchFinished();
                   });
    count_->setText(tr("Searching…"));
}

void VocabularyTab::updateCount()
{
    if (!vocabulary_)
        count_->setText(tr("Choose a tokenizer to see its vocabulary."));
    else if (model_->filtered())
        count_->setText(tr("%1 of %2 pieces match.").arg(ViewHelpers::count(model_->rowCount()),
                                                         ViewHelpers::count(vocabulary_->size())));
    else
        count_->setText(tr("%1 pieces.").arg(ViewHelpers::count(vocabulary_->size())));
}

} // namespace adaptlab::tokenizer_panel

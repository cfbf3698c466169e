#include "playground_tab.h"

#include "tokenize/tokenizer.h"
#include "view_helpers.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace adaptlab::tokenizer_panel {

namespace {

// Two soft colours alternate so neighbouring pieces stand apart; the marked kinds have their own.
const QColor kEven(0xd6, 0xe6, 0xf5);
const QColor kOdd(0xf6, 0xe3, 0xc8);
const QColor kByte(0xf4, 0xb6, 0xb6);
const QColor kSpecial(0xd9, 0xcc, 0xf0);
const QColor kUnknown(0xe0, 0x6c, 0x6c);

QTextEdit* makeOutput(const QString& objectName, QWidget* parent)
{
    auto* output = new QTextEdit(parent);
    output->setObjectName(objectName);
    output->setReadOnly(true);
    output->setMinimumHeight(120);
    return output;
}

} // namespace

Encoding encodeForDisplay(const tokenize::Tokenizer& tokenizer, const QString& text)
{
    const std::string utf8 = text.toStdString();
    Encoding encoding;
    encoding.valid = true;
    encoding.words = PieceText::countWords(utf8);
    encoding.bytes = static_cast<qint64>(utf8.size());
    for (const int32_t id : tokenizer.encode(utf8))
        encoding.pieces.push_back({id, tokenizer.idToPiece(id), PieceText::kindOf(tokenizer, id)});
    return encoding;
}

PlaygroundTab::PlaygroundTab(QWidget* parent) : QWidget(parent)
{
    input_ = new QPlainTextEdit(this);
    input_->setObjectName(QStringLiteral("playgroundInput"));
    input_->setPlaceholderText(tr("Type or paste a sentence from your domain…"));
    input_->setToolTip(tr("The text to cut into tokens. It is encoded as you type; nothing is saved."));
    input_->setMaximumHeight(110);
    auto* hint = new QLabel(tr("Each coloured box is one token: what the model reads and is charged for. "
                               "Fewer tokens per word means more text fits into training and into the "
                               "model's context."), this);
    hint->setProperty("role", QStringLiteral("hint"));
    hint->setWordWrap(true);

    output_ = makeOutput(QStringLiteral("playgroundPieces"), this);
    output_->setToolTip(tr("Hover a piece to see its id and kind. Red boxes are single bytes: the vocabulary "
                           "had no piece for that character."));
    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("playgroundCount"));

    compareBox_ = new QComboBox(this);
    compareBox_->setObjectName(QStringLiteral("playgroundCompare"));
    compareBox_->setToolTip(tr("Encode the same text with a second tokenizer, to see which one cuts your "
                               "domain's words into fewer pieces."));
    auto* compareHint = new QLabel(tr("Compare with:"), this);
    compareTitle_ = new QLabel(this);
    compareOutput_ = makeOutput(QStringLiteral("playgroundComparePieces"), this);
    compareCount_ = new QLabel(this);
    compareCount_->setObjectName(QStringLiteral("playgroundCompareCount"));
    error_ = new QLabel(this);
    error_->setProperty("role", QStringLiteral("error"));
    error_->setWordWrap(true);
    error_->hide();

    auto* compareRow = new QHBoxLayout;
    compareRow->addWidget(compareHint);
    compareRow->addWidget(compareBox_, 1);

    auto* results = new QGridLayout;
    results->addWidget(output_, 0, 0);
    results->addWidget(count_, 1, 0);
    results->addWidget(compareTitle_, 2, 0);
    results->addWidget(compareOutput_, 3, 0);
    results->addWidget(compareCount_, 4, 0);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(input_);
    layout->addWidget(hint);
    layout->addLayout(compareRow);
    auto* compareLine = new QLabel(tr("Optional: a second tokenizer encodes the same text below, to compare how many pieces each needs."), this);
    compareLine->setProperty("role", QStringLiteral("hint"));
    compareLine->setWordWrap(true);
    layout->addWidget(compareLine);
    layout->addWidget(error_);
    layout->addLayout(results, 1);

    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(250);
    connect(debounce_, &QTimer::timeout, this, &PlaygroundTab::encodeNow);
    connect(input_, &QPlainTextEdit::textChanged, this, [this] {
        debouncePending_ = true;
        debounce_->start();
    });
    connect(compareBox_, &QComboBox::currentIndexChanged, this, &PlaygroundTab::compareChosen);
    setTokenizers({});
}

bool PlaygroundTab::isBusy() const
{
    return debouncePending_ || encodingTask_.isRunning() || compareLoad_.isRunning();
}

void PlaygroundTab::setVocabulary(std::shared_ptr<const Vocabulary> vocabulary)
{
    vocabulary_ = std::move(vocabulary);
    encodeNow();
}

void PlaygroundTab::setTokenizers(const std::vector<TokenizerEntry>& tokenizers)
{
    const QString chosen = compareBox_->currentData().toString();
    const QSignalBlocker blocker(compareBox_);
    compareBox_->clear();
    compareBox_->addItem(tr("(no second tokenizer)"), QString());
    for (const TokenizerEntry& entry : tokenizers)
        if (!entry.missing())
            compareBox_->addItem(entry.name, entry.path);
    const int index = compareBox_->findData(chosen);
    compareBox_->setCurrentIndex(std::max(index, 0));
    if (index < 0 && !chosen.isEmpty())
        compareChosen(); // the one compared with is gone
    const bool comparing = compareBox_->currentIndex() > 0;
    compareTitle_->setVisible(comparing);
    compareOutput_->setVisible(comparing);
    compareCount_->setVisible(comparing);
}

void PlaygroundTab::compareChosen()
{
    const QString path = compareBox_->currentData().toString();
    const bool comparing = !path.isEmpty();
    compareTitle_->setVisible(comparing);
    compareOutput_->setVisible(comparing);
    compareCount_->setVisible(comparing);
    compare_.reset();
    compareEncoding_ = {};
    compareOutput_->clear();
    compareCount_->clear();
    if (!comparing) {
        compareLoad_.cancel();
        encodeNow();
        return;
    }
    compareTitle_->setText(tr("%1:").arg(compareBox_->currentText()));
    compareLoad_.run(
        [path](const std::atomic<bool>&) {
            return std::shared_ptr<const tokenize::Tokenizer>(tokenize::Tokenizer::open(path.toStdString()));
        },
        [this](std::shared_ptr<const tokenize::Tokenizer> tokenizer, const QString& error) {
            if (!error.isEmpty()) {
                error_->setText(tr("The second tokenizer could not be opened: %1").arg(error));
                error_->show();
                return;
            }
            compare_ = std::move(tokenizer);
            encodeNow();
        });
}

void PlaygroundTab::encodeNow()
{
    debounce_->stop();
    debouncePending_ = false;
    error_->hide();
    if (!vocabulary_) {
        encodingTask_.cancel();
        encoding_ = {};
        compareEncoding_ = {};
        output_->clear();
        count_->setText(tr("Choose a tokenizer to try it on text."));
        Q_EMIT encoded();
        return;
    }
    const std::shared_ptr<const tokenize::Tokenizer> first = vocabulary_->tokenizer;
    const std::shared_ptr<const tokenize::Tokenizer> second = compare_;
    const QString text = input_->toPlainText();
    encodingTask_.run(
        [first, second, text](const std::atomic<bool>&) {
            std::pair<Encoding, Encoding> result;
            result.first = encodeForDisplay(*first, text);
            if (second)
                result.second = encodeForDisplay(*second, text);
            return result;
        },
        [this](std::pair<Encoding, Encoding> result, const QString& error) {
            if (!error.isEmpty()) {
                error_->setText(tr("The text could not be encoded: %1").arg(error));
                error_->show();
            }
            encoding_ = std::move(result.first);
            compareEncoding_ = std::move(result.second);
            show(encoding_, output_, count_);
            if (compare_)
                show(compareEncoding_, compareOutput_, compareCount_);
            Q_EMIT encoded();
        });
}

void PlaygroundTab::show(const Encoding& encoding, QTextEdit* output, QLabel* count)
{
    output->clear();
    QTextCursor cursor(output->document());
    int normal = 0;
    for (const EncodedPiece& piece : encoding.pieces) {
        QTextCharFormat format;
        QColor background = normal % 2 == 0 ? kEven : kOdd;
        if (piece.kind == PieceKind::Normal)
            ++normal;
        else if (piece.kind == PieceKind::Byte)
            background = kByte;
        else if (piece.kind == PieceKind::Special)
            background = kSpecial;
        else
            background = kUnknown;
        format.setBackground(background);
        format.setForeground(QColor(0x20, 0x20, 0x20));
        if (piece.kind == PieceKind::Byte || piece.kind == PieceKind::Unknown)
            format.setFontUnderline(true);
        format.setToolTip(tr("id %1: %2 (%3)").arg(piece.id).arg(PieceText::visible(piece.raw), PieceText::kindName(piece.kind)));
        format.setProperty(QTextFormat::UserProperty, piece.id);
        cursor.insertText(PieceText::visible(piece.raw), format);
        // A piece that holds a line break ends the line, so the text keeps its shape.
        if (piece.raw.find('\n') != std::string::npos)
            cursor.insertText(QStringLiteral("\n"), QTextCharFormat());
        else
            cursor.insertText(QStringLiteral(" "), QTextCharFormat()); // a gap between boxes
    }
    const qint64 tokens = static_cast<qint64>(encoding.pieces.size());
    if (!encoding.valid || tokens == 0) {
        count->setText(tr("No tokens: type some text above."));
        return;
    }
    const QString perWord = encoding.words > 0
                                ? QLocale().toString(static_cast<double>(tokens) / static_cast<double>(encoding.words), 'f', 2)
                                : tr("n/a");
    count->setText(tr("%1 tokens, %2 words, %3 tokens/word", "playground count line")
                       .arg(ViewHelpers::count(tokens), ViewHelpers::count(encoding.words), perWord));
}

} // namespace adaptlab::tokenizer_panel

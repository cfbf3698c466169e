// LogViewer: reads by offset, keeps an unfinished last line back until its newline arrives (or the
// file stops growing), and starts over when the file shrank (a new run reused the path).
#include "log_viewer.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace adaptlab {

LogViewer::LogViewer(const QString& path, const QString& title, QWidget* parent)
    : QDialog(parent), path_(path)
{
    setObjectName(QStringLiteral("logViewer"));
    setWindowTitle(title.isEmpty() ? tr("Log — %1").arg(QFileInfo(path).fileName())
                                   : tr("Log — %1").arg(title));
    auto* where = new QLabel(QDir::toNativeSeparators(path), this);
    where->setObjectName(QStringLiteral("logPath"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("logStatus"));
    status_->setWordWrap(true);
    status_->setForegroundRole(QPalette::PlaceholderText);

    text_ = new QPlainTextEdit(this);
    text_->setObjectName(QStringLiteral("logText"));
    text_->setReadOnly(true);
    text_->setLineWrapMode(QPlainTextEdit::NoWrap);
    text_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text_->setMaximumBlockCount(kMaxLines);

    follow_ = new QCheckBox(tr("Follow new lines"), this);
    follow_->setObjectName(QStringLiteral("logFollow"));
    follow_->setToolTip(tr("Keep the end of the log in view while the job writes to it."));
    follow_->setChecked(true);
    connect(follow_, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            text_->verticalScrollBar()->setValue(text_->verticalScrollBar()->maximum());
    });
    copyButton_ = new QPushButton(tr("Copy"), this);
    copyButton_->setObjectName(QStringLiteral("logCopy"));
    copyButton_->setToolTip(tr("Copy the selected lines, or the whole log shown here when nothing is selected."));
    connect(copyButton_, &QPushButton::clicked, this, &LogViewer::copy);
    folderButton_ = new QPushButton(tr("Open Folder"), this);
    folderButton_->setObjectName(QStringLiteral("logOpenFolder"));
    folderButton_->setToolTip(tr("Open the run's folder (log, spec, outputs) in the file manager."));
    connect(folderButton_, &QPushButton::clicked, this, &LogViewer::openFolder);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(follow_);
    buttons->addStretch(1);
    buttons->addWidget(copyButton_);
    buttons->addWidget(folderButton_);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(text_, 1);
    layout->addWidget(status_);
    layout->addLayout(buttons);
    resize(900, 600);

    watcher_ = new QFileSystemWatcher(this);
    connect(watcher_, &QFileSystemWatcher::fileChanged, this, &LogViewer::readMore);
    poll_ = new QTimer(this);
    poll_->setInterval(kPollIntervalMs);
    connect(poll_, &QTimer::timeout, this, &LogViewer::readMore);
    poll_->start();
    readMore();
}

LogViewer::~LogViewer() = default;

bool LogViewer::isFollowing() const
{
    return follow_->isChecked();
}

void LogViewer::setFollowing(bool follow)
{
    follow_->setChecked(follow);
}

void LogViewer::restart()
{
    text_->clear();
    offset_ = 0;
    skipped_ = 0;
    started_ = false;
    partialLine_.clear();
}

void LogViewer::readMore()
{
    QFile file(path_);
    if (!file.open(QIODevice::ReadOnly)) {
        updateStatus();
        return;
    }
    if (!watcher_->files().contains(path_))
        watcher_->addPath(path_); // also after the file was replaced
    const qint64 size = file.size();
    if (size < offset_)
        restart(); // truncated or replaced: read it again from the top
    if (!started_) {
        started_ = true;
        if (size > kInitialTailBytes) {
            // A long log opens at its end; the first line shown is a whole one.
            offset_ = size - kInitialTailBytes;
            file.seek(offset_);
            const QByteArray head = file.read(qMin<qint64>(kReadChunkBytes, size - offset_));
            const qsizetype newline = head.indexOf('\n');
            offset_ += newline >= 0 ? newline + 1 : head.size();
            skipped_ = offset_;
        }
    }
    if (size == offset_) {
        // Nothing new for a while: an unfinished last line is as finished as it gets for now.
        if (!partialLine_.isEmpty() && sinceGrowth_.isValid() && sinceGrowth_.elapsed() >= kPollIntervalMs) {
            const QByteArray line = partialLine_;
            partialLine_.clear();
            appendText(line + '\n');
        }
        updateStatus();
        return;
    }
    file.seek(offset_);
    const QByteArray bytes = file.read(qMin<qint64>(kReadChunkBytes, size - offset_));
    offset_ += bytes.size();
    sinceGrowth_.start();
    appendText(bytes);
    updateStatus();
    if (offset_ < size)
        QTimer::singleShot(0, this, &LogViewer::readMore); // the rest in the next turn of the event loop
}

void LogViewer::appendText(const QByteArray& bytes)
{
    QByteArray data = partialLine_ + bytes;
    const qsizetype end = data.lastIndexOf('\n');
    if (end < 0) {
        partialLine_ = data;
        return;
    }
    partialLine_ = data.mid(end + 1);
    data.truncate(end); // appendPlainText adds the line break itself
    QScrollBar* bar = text_->verticalScrollBar();
    const int keep = bar->value();
    text_->appendPlainText(QString::fromUtf8(data));
    if (isFollowing())
        bar->setValue(bar->maximum());
    else
        bar->setValue(keep);
    Q_EMIT appended();
}

void LogViewer::updateStatus()
{
    if (!QFileInfo::exists(path_)) {
        status_->setText(tr("The log has not been written yet; it appears here as soon as the job writes to it."));
        return;
    }
    const QString size = QLocale().formattedDataSize(offset_);
    status_->setText(skipped_ > 0
                         ? tr("Showing the end of the log (the first %1 are left out); read %2 so far. Open the "
                              "folder to read all of it.").arg(QLocale().formattedDataSize(skipped_), size)
                         : tr("Read %1 so far.").arg(size));
}

void LogViewer::copy()
{
    const QString selected = text_->textCursor().selectedText();
    // QTextCursor separates lines with U+2029.
    QString text = selected.isEmpty() ? text_->toPlainText() : selected;
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    QGuiApplication::clipboard()->setText(text);
}

void LogViewer::openFolder()
{
    const QString folder = QFileInfo(path_).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        status_->setText(tr("No file manager could be opened. The folder is %1").arg(QDir::toNativeSeparators(folder)));
}

} // namespace adaptlab

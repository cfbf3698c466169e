// LogViewer: a job's log in a window of the app, for desktops without a text-viewer launcher. It
// shows the end of the file first (the last kInitialTailBytes), then follows what the job appends:
// a QFileSystemWatcher says when the file changed, a timer catches what the watcher misses (some
// file systems, a file that appears later), and each read takes only the bytes after the last
// offset, at most kReadChunkBytes at a time, so the UI thread never reads a whole large log.
#pragma once

#include "adaptlab_widgets_export.h"

#include <QByteArray>
#include <QDialog>
#include <QElapsedTimer>

class QCheckBox;
class QFileSystemWatcher;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace adaptlab {

class ADAPTLAB_WIDGETS_EXPORT LogViewer final : public QDialog {
    Q_OBJECT
public:
    static constexpr qint64 kInitialTailBytes = 256 * 1024;
    static constexpr qint64 kReadChunkBytes = 512 * 1024;
    static constexpr int kPollIntervalMs = 1000;
    static constexpr int kMaxLines = 200000;

    explicit LogViewer(const QString& path, const QString& title = {}, QWidget* parent = nullptr);
    ~LogViewer() override;

    QString path() const { return path_; }
    QPlainTextEdit* textView() const { return text_; }
    // Bytes of the file consumed so far (shown, or skipped at the start).
    qint64 offset() const { return offset_; }
    // Bytes at the start of the file that are not shown (a long log opens at its end).
    qint64 skippedBytes() const { return skipped_; }
    bool isFollowing() const;
    void setFollowing(bool follow);
    QPushButton* copyButton() const { return copyButton_; }
    QPushButton* openFolderButton() const { return folderButton_; }

    // Reads what was appended since the last read (also called by the watcher and the timer).
    void readMore();
    // The selection, or everything shown when nothing is selected, to the clipboard.
    void copy();
    // Opens the log's folder with the desktop; says where it is when no file manager opens.
    void openFolder();

Q_SIGNALS:
    // New text was shown.
    void appended();

private:
    void appendText(const QByteArray& bytes);
    void restart();
    void updateStatus();

    QString path_;
    QLabel* status_ = nullptr;
    QPlainTextEdit* text_ = nullptr;
    QCheckBox* follow_ = nullptr;
    QPushButton* copyButton_ = nullptr;
    QPushButton* folderButton_ = nullptr;
    QFileSystemWatcher* watcher_ = nullptr;
    QTimer* poll_ = nullptr;
    qint64 offset_ = 0;
    qint64 skipped_ = 0;
    bool started_ = false;
    QByteArray partialLine_; // the end of the file after its last newline, shown once complete
    QElapsedTimer sinceGrowth_; // an unfinished last line is shown once the file stopped growing
};

} // namespace adaptlab

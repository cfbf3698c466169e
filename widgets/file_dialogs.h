// File and folder choosers that never read the files they list. Qt's own file dialog asks its icon
// provider for each file's icon and type, and the default provider guesses the type of an unknown
// suffix such as ".adaptlab" from the file's first bytes: it opens and closes project.adaptlab. On
// POSIX, closing any descriptor of a file drops every lock this process holds on it, SQLite's
// included, so browsing the open project's folder made the next job process delete the WAL the app
// was writing into (issue 7, item 1). These choosers use Qt's widget dialog with an icon provider
// that goes by name alone.
#pragma once

#include "adaptlab_widgets_export.h"

#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

namespace adaptlab {

// A non-modal-capable dialog with the name-only icon provider (the caller configures and shows it).
ADAPTLAB_WIDGETS_EXPORT QFileDialog* createFileDialog(QWidget* parent, const QString& caption, const QString& dir,
                                                      const QString& filter = {});
// The same as QFileDialog's static functions of the same names; empty when cancelled.
ADAPTLAB_WIDGETS_EXPORT QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir);
ADAPTLAB_WIDGETS_EXPORT QStringList getOpenFileNames(QWidget* parent, const QString& caption, const QString& dir,
                                                     const QString& filter);

} // namespace adaptlab

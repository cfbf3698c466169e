// The app's persistent settings, all in one QSettings (organization "AdaptLab", application
// "AdaptLab"): interface language, device policy, recent projects, window geometry. Tests point
// QSettings somewhere temporary (QStandardPaths::setTestModeEnabled) before touching these.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QTranslator;

namespace adaptlab::gui {

struct LanguageChoice {
    QString code;        // "en", "de", "zh_CN"
    QString nativeName;  // shown untranslated, so everyone finds their own language
};

class AppSettings {
public:
    static constexpr int kMaxRecentProjects = 8;

    // Sets organization and application names (before any QSettings is made).
    static void setApplicationIdentity();

    static QList<LanguageChoice> languages();
    // The stored language, or the system's when it is one of ours, else "en".
    static QString language();
    static void setLanguage(const QString& code);
    // Installs translators for CODE (ours from :/i18n, Qt's own when installed) on the app,
    // replacing any installed earlier. Returns false when ours cannot be loaded ("en" needs none).
    static bool installTranslators(const QString& code);

    static QString devicePolicy(); // "auto" | "cpu" | "cuda"
    static void setDevicePolicy(const QString& policy);

    // Most recent first; folders that are no longer projects are dropped (and the pruned list
    // saved).
    static QStringList recentProjects();
    static void addRecentProject(const QString& dir);
    static void clearRecentProjects();
};

} // namespace adaptlab::gui

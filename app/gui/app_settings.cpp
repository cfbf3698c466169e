#include "app_settings.h"

#include "store/project_store.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <exception>

namespace adaptlab::gui {

namespace {

const char* const kLanguageKey = "interface/language";
const char* const kDevicePolicyKey = "runtime/devicePolicy";
const char* const kRecentKey = "projects/recent";

// The translators this process installed, so a second call replaces them instead of stacking.
QTranslator* ourTranslator = nullptr;
QTranslator* qtTranslator = nullptr;

bool isProjectDir(const QString& dir)
{
    try {
        return store::ProjectStore::isProject(dir.toStdString());
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace

void AppSettings::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AdaptLab"));
    QCoreApplication::setApplicationName(QStringLiteral("AdaptLab"));
}

QList<LanguageChoice> AppSettings::languages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh_CN"), QStringLiteral("中文")},
    };
}

QString AppSettings::language()
{
    const QString stored = QSettings().value(QLatin1String(kLanguageKey)).toString();
    for (const auto& choice : languages()) {
        if (choice.code == stored)
            return stored;
    }
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::German)
        return QStringLiteral("de");
    if (system.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

void AppSettings::setLanguage(const QString& code)
{
    QSettings().setValue(QLatin1String(kLanguageKey), code);
}

bool AppSettings::installTranslators(const QString& code)
{
    for (QTranslator** slot : {&ourTranslator, &qtTranslator}) {
        if (*slot != nullptr) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    // Numbers and dates follow the interface language; English keeps an English system locale
    // (en_GB, en_IN, ...) and falls back to en_US otherwise.
    if (code != QLatin1String("en"))
        QLocale::setDefault(QLocale(code));
    else if (QLocale::system().language() == QLocale::English)
        QLocale::setDefault(QLocale::system());
    else
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (code == QLatin1String("en"))
        return true;

    auto* ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(QStringLiteral(":/i18n/adaptlab_%1.qm").arg(code))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    ourTranslator = ours;

    // Qt's own strings (standard buttons, file dialogs) when Debian's qt6-translations-l10n is
    // installed; without it those stay English, which is all we can do.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
    }
    return true;
}

QString AppSettings::devicePolicy()
{
    const QString policy = QSettings().value(QLatin1String(kDevicePolicyKey)).toString();
    if (policy == QLatin1String("cpu") || policy == QLatin1String("cuda"))
        return policy;
    return QStringLiteral("auto");
}

void AppSettings::setDevicePolicy(const QString& policy)
{
    QSettings().setValue(QLatin1String(kDevicePolicyKey), policy);
}

QStringList AppSettings::recentProjects()
{
    QSettings settings;
    const QStringList stored = settings.value(QLatin1String(kRecentKey)).toStringList();
    QStringList kept;
    for (const QString& dir : stored) {
        if (!kept.contains(dir) && isProjectDir(dir))
            kept.append(dir);
        if (kept.size() == kMaxRecentProjects)
            break;
    }
    if (kept != stored)
        settings.setValue(QLatin1String(kRecentKey), kept);
    return kept;
}

void AppSettings::addRecentProject(const QString& dir)
{
    const QString clean = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    QStringList list = recentProjects();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > kMaxRecentProjects)
        list.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), list);
}

void AppSettings::clearRecentProjects()
{
    QSettings().remove(QLatin1String(kRecentKey));
}

} // namespace adaptlab::gui

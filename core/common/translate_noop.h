// Marks a string for translation without making core depend on Qt: lupdate finds
// QT_TRANSLATE_NOOP("Context", "text") by name and puts the text into the .ts files; here it is
// the plain string, and the GUI translates it with QCoreApplication::translate("Context", text).
#pragma once

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

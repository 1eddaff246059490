#pragma once
// Reads a value from the reader's page in a window test: the page answers asynchronously, so this waits for it.

#include "ui/reader/readerview.h"

#include <QDebug>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>

namespace dossier::testing {

inline QVariant pageValue(ReaderView *reader, const QString &script)
{
    QVariant result;
    bool answered = false;
    reader->page()->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 10000))
        qWarning() << "the page did not answer" << script;
    return result;
}

} // namespace dossier::testing

#pragma once
// Runs recognition over documents of a library and stores their mentions, honouring the analyst's decisions.

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>

namespace dossier {

class Library;

// Runs on whichever thread owns the library connection it is given; only requestCancel() may be called from
// another thread. Documents are stored in batches, each batch one transaction: a cancelled run leaves every
// document either with its old mentions or with its new ones, never half of each.
class RecognitionRun
{
    Q_DECLARE_TR_FUNCTIONS(dossier::RecognitionRun)

public:
    using ProgressHandler = std::function<void(int done, int total)>;

    struct Report
    {
        int documents = 0; // documents recognised and stored
        int mentions = 0; // mentions stored for them
        bool cancelled = false;
        bool gazetteerLoaded = false; // the built-in gazetteer was loaded first: the actors may have changed
        QString error;
    };

    explicit RecognitionRun(Library &library);

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    void requestCancel() { m_cancelRequested = true; }

    Report run(const QVector<qint64> &documentIds);
    // Every document that recognition has not seen yet (after an import).
    Report runUnrecognized();
    Report runAll();

    static constexpr int batchSize = 200;

private:
    Library &m_library;
    ProgressHandler m_progress;
    std::atomic<bool> m_cancelRequested = false;
};

} // namespace dossier

#pragma once
// Finds and loads the QtPdf plugin (dossier_pdf) that reads PDFs for dossier_ingest; see pdfpages.h for why it is
// a plugin. Looked for, in order: the folder(s) in DOSSIER_PLUGIN_PATH, the running program's folder, ../bin
// beside it (the build tree, where tests run from build/tests), the install location relative to the program,
// then the absolute install location this build was configured for.

#include "ingest/pdfpages.h"

#include <QCoreApplication>
#include <QStringList>

namespace dossier {

class PdfTextSourceLoader
{
    Q_DECLARE_TR_FUNCTIONS(dossier::PdfTextSourceLoader)

public:
    // The plugin, loaded once per process and kept; nullptr with why set (for the analyst) when it is missing.
    static const PdfTextSource *instance(QString *why);

    // The folders searched, in order.
    static QStringList searchPath();

    static constexpr const char *pluginName = "dossier_pdf";
};

} // namespace dossier

#pragma once
// The QtPdf side of PDF import: a plugin, so that dossier-cli, which links no GUI module, loads QtPdf (and the
// QtGui it pulls in) only when it reads a PDF. It hands back lines and their geometry; it decides nothing about
// layout (that is PdfLayout's, in dossier_ingest).

#include "ingest/pdfpages.h"

#include <QObject>

namespace dossier {

class PdfTextPlugin final : public QObject, public PdfTextSource
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID DOSSIER_PDF_TEXT_SOURCE_IID)
    Q_INTERFACES(dossier::PdfTextSource)

public:
    PdfPages read(const QByteArray &bytes) const override;
};

} // namespace dossier

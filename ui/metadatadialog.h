#pragma once
// Edits the metadata of one article, or sets fields on a whole selection at once.

#include "storage/metadatachange.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace dossier {

class MetadataDialog final : public QDialog
{
    Q_OBJECT

public:
    // documents: the selection; with one document its values fill the fields, with several the fields start
    // empty and only those the analyst ticks (or types into) change.
    MetadataDialog(const QVector<Document> &documents, QWidget *parent = nullptr);

    // What OK writes; fields the analyst did not touch are not part of it.
    MetadataChange change() const;

private:
    struct Row
    {
        MetadataChange::Field field;
        QCheckBox *apply;
        QLineEdit *editor;
    };
    void addRow(MetadataChange::Field field, const QString &label, const QString &value);
    void checkDate();

    QVector<Row> m_rows;
    QLabel *m_dateHint = nullptr;
    bool m_several = false;
};

} // namespace dossier

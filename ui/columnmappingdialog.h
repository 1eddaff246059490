#pragma once
// Lets the analyst say which column of an exported table feeds each field of the articles, before importing it.

#include "ingest/columnmapping.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QPushButton;

namespace dossier {

class ColumnMappingDialog final : public QDialog
{
    Q_OBJECT

public:
    // header: the table's columns; guessed: what Dossier read from their names, shown as the starting choice.
    ColumnMappingDialog(const QString &fileName, const ColumnMapping &guessed, QWidget *parent = nullptr);

    ColumnMapping mapping() const;

    // The columns of a table file, read from its first bytes; empty if it is not a table Dossier reads.
    static QStringList tableHeader(const QString &path);

private:
    void updateOk();

    ColumnMapping m_mapping;
    QVector<QComboBox *> m_choices;   // one per ColumnMapping::fields, in that order
    QPushButton *m_ok = nullptr;
};

} // namespace dossier

#pragma once
// The right-hand panel of the main window, where the open article's annotations are listed.

#include <QWidget>

class QLabel;

namespace dossier {

// For now it says what will appear there; the annotations issue fills it with the annotation list.
class AnnotationPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationPanel(QWidget *parent = nullptr);

    // The article whose annotations are shown, 0 for none.
    void setDocument(qint64 documentId);
    qint64 documentId() const { return m_documentId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_emptyState;
    qint64 m_documentId = 0;
};

} // namespace dossier

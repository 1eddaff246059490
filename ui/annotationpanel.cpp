#include "ui/annotationpanel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace dossier {

AnnotationPanel::AnnotationPanel(QWidget *parent)
    : QWidget(parent)
    , m_emptyState(new QLabel(this))
{
    setObjectName(QStringLiteral("annotationPanel"));
    m_emptyState->setObjectName(QStringLiteral("annotationEmptyState"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_emptyState->setMargin(16);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState, 1);
    retranslateUi();
}

void AnnotationPanel::setDocument(qint64 documentId)
{
    m_documentId = documentId;
    retranslateUi();
}

void AnnotationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AnnotationPanel::retranslateUi()
{
    setAccessibleName(tr("Annotations"));
    m_emptyState->setText(
        m_documentId == 0 ? tr("Open an article to see its annotations.") : tr("This article has no annotations yet."));
}

} // namespace dossier

#pragma once
// The library-wide tab of the annotation panel: every annotation with its document's title, filtered by text
// (note or quote), tag (with the tags under it), author, actor and creation date.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace dossier {

class AnnotationListModel;
class Library;

class AnnotationLibraryView final : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationLibraryView(QWidget *parent = nullptr);

    void setLibrary(const Library *library);
    // Reads the annotations, tags and authors (and the actors, which only recognition changes) again, keeping
    // the filter where it can.
    void refresh(bool actorsToo = false);
    void focusFilter();
    // A read-only library: Edit and Delete are switched off.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    AnnotationListModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *authorFilter() const { return m_author; }
    QComboBox *actorFilter() const { return m_actor; }

Q_SIGNALS:
    void annotationActivated(qint64 documentId, qint64 annotationId);
    void editRequested(qint64 annotationId);
    void deleteRequested(qint64 annotationId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices(bool actorsToo);
    void applyFilter();
    void showContextMenu(const QPoint &position);

    const Library *m_library = nullptr;
    bool m_readOnly = false;
    QLineEdit *m_text;
    QTimer *m_textDelay;
    QComboBox *m_tag;
    QComboBox *m_author;
    QComboBox *m_actor;
    QCheckBox *m_dated;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_tagLabel, *m_authorLabel, *m_actorLabel, *m_count;
    AnnotationListModel *m_model;
    QListView *m_list;
};

} // namespace dossier

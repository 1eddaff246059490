#pragma once
// The dialog that annotates a passage or edits an annotation: the quote, a note, tags (picked from the tree by
// their full paths or typed as new paths) and a colour (the first tag's, a swatch, or a custom one).

#include "annotations/annotation.h"
#include "annotations/annotationstore.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace dossier {

class AnnotationDialog final : public QDialog
{
    Q_OBJECT

public:
    // tags: the library's tag tree, for the completer and the chips' colours.
    explicit AnnotationDialog(const QVector<TagInfo> &tags, QWidget *parent = nullptr);

    // A new annotation of draft's passage; the dialog fills in note, tags and colour.
    void setNewAnnotation(const NewAnnotation &draft, const QString &quote);
    // Edits an existing annotation.
    void setAnnotation(const Annotation &annotation);
    bool isEditing() const { return m_editing.id != 0; }

    QString note() const;
    QString color() const { return m_color; } // "#RRGGBB", or empty for the tags' colour
    void setColor(const QString &color);
    // The chosen tags' paths in order; new ones among them are created with the annotation.
    QStringList tagPaths() const;
    QStringList newTagPaths() const;
    // Adds a tag by path ("A / B"), an existing one or a new one; false if the path is not one.
    bool addTag(const QString &path);
    void removeTag(const QString &path);

    // The draft completed with the dialog's note, colour and the ids of its existing tags.
    NewAnnotation newAnnotation() const;
    // The edited annotation with the dialog's note, colour and the ids of its existing tags.
    Annotation annotation() const;

    // The swatches offered, as "#RRGGBB" with their (translated) names.
    static QVector<QPair<QString, QString>> swatches();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addTagFromEdit();
    void chooseCustomColor();
    void updateColorButtons();
    QVector<qint64> existingTagIds() const;
    QString canonicalPath(const QString &path) const; // the existing tag's spelling, or the path tidied

    QVector<TagInfo> m_tags;
    NewAnnotation m_draft;
    Annotation m_editing;
    QString m_color;

    QLabel *m_quote;
    QLabel *m_details;
    QPlainTextEdit *m_note;
    QLineEdit *m_tagEdit;
    QListWidget *m_tagList;
    QPushButton *m_removeTag;
    QButtonGroup *m_colorGroup;
    QToolButton *m_customColor;
    QPushButton *m_ok;
};

} // namespace dossier

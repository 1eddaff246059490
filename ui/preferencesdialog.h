#pragma once
// Edit › Preferences…: language, the author name of annotations, the reader's font, the theme, demonyms.
// The dialog only edits a Preferences value; whoever opened it applies what `applied` carries (OK and Apply).

#include "ui/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFontComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dossier {

class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);

    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);
    QDialogButtonBox *buttons() const { return m_buttons; }

Q_SIGNALS:
    // OK or Apply: the choices to store and apply now.
    void applied(const dossier::Preferences &preferences);

protected:
    // Stays open across Apply, so it follows a language chosen in it.
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QComboBox *m_language;
    QLineEdit *m_author;
    QFontComboBox *m_fontFamily;
    QSpinBox *m_fontSize;
    QComboBox *m_theme;
    QCheckBox *m_demonyms;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
};

} // namespace dossier

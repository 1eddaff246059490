#pragma once
// The welcome page: what the main window shows in place of the library and the reader while the library is empty
// (and from Help › Welcome): what Dossier does, and the two ways to begin — import articles, or open the sample.

#include <QWidget>

class QLabel;
class QPushButton;

namespace dossier {

class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // An empty library says so and offers no way back; one with articles (Help › Welcome) offers "Back to the
    // Library" instead.
    void setLibraryEmpty(bool empty);
    bool isLibraryEmpty() const { return m_empty; }

    QPushButton *importButton() const { return m_import; }
    QPushButton *sampleButton() const { return m_sample; }
    QPushButton *backButton() const { return m_back; }

Q_SIGNALS:
    void importRequested();
    void sampleRequested();
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    bool m_empty = true;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_begin;
    QLabel *m_hint;
    QPushButton *m_import;
    QPushButton *m_sample;
    QPushButton *m_back;
};

} // namespace dossier

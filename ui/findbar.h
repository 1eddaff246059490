#pragma once
// Edit › Find in Article (Ctrl+F): a small bar over the top right corner of the reader that finds text in the
// page with QWebEngineView::findText, match after match, and goes away with Escape.

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class QWebEngineFindTextResult;
class QWebEngineView;

namespace dossier {

class FindBar final : public QWidget
{
    Q_OBJECT

public:
    // Lives over view (as its child) and follows its size.
    explicit FindBar(QWebEngineView *view);

    // Shows the bar with the field focused and its text selected; a text already there is found again.
    void openBar();
    // Hides the bar, clears the page's match highlighting and gives the focus back to the reader.
    void closeBar();
    void findNext();
    void findPrevious();

    QLineEdit *field() const { return m_field; }
    // "2 of 5", "No match", or empty while nothing is searched.
    QString resultText() const;
    int matchCount() const { return m_matches; }
    int activeMatch() const { return m_active; }

Q_SIGNALS:
    // The page answered a search (for tests and for the result label).
    void searched(int matches, int active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void find(bool backward);
    void showResult(const QWebEngineFindTextResult &result);
    void place();

    QWebEngineView *m_view;
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_result;
    int m_matches = -1; // -1: nothing searched yet
    int m_active = 0;
};

} // namespace dossier

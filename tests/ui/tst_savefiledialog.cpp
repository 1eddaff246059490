// Every export of the window (report, chart PNG/SVG/CSV, annotation exports through the report dialog) chooses its
// file with chooseSaveFile: driven here through the real dialogs, it never hands back an existing file the analyst
// has not agreed to replace, including one that exists only once the suffix is added.

#include "ui/savefiledialog.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace dossier;

namespace {

// Answers the dialogs as they open: types name into the save dialog (or cancels it when name is empty), and answers
// the replace question with replace; counts the questions.
class DialogDriver final : public QObject
{
public:
    DialogDriver(const QString &name, bool replace)
        : m_name(name)
        , m_replace(replace)
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogDriver::poll);
        m_timer.start(20);
    }
    int fileDialogs = 0;
    int replaceQuestions = 0;
    QString question;

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_handled)
            return;
        if (auto *dialog = qobject_cast<QFileDialog *>(modal); dialog && dialog->isVisible()) {
            ++fileDialogs;
            m_handled = dialog;
            if (m_name.isEmpty()) {
                QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
                return;
            }
            // Typed into the name field, as the analyst would (selectFile of an existing file depends on the
            // dialog's model having loaded the folder).
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name)
                qFatal("the save dialog has no name field");
            name->setText(m_name);
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        } else if (auto *box = qobject_cast<QMessageBox *>(modal);
                   box && box->objectName() == QLatin1String("confirmReplace")) {
            ++replaceQuestions;
            question = box->text();
            box->button(m_replace ? QMessageBox::Yes : QMessageBox::No)->click();
        }
    }

    QTimer m_timer;
    QPointer<QWidget> m_handled; // the save dialog answered, until it closes
    QString m_name;
    bool m_replace;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestSaveFileDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asksOnlyAboutExistingFiles_data();
    void asksOnlyAboutExistingFiles();
};

void TestSaveFileDialog::asksOnlyAboutExistingFiles_data()
{
    QTest::addColumn<QString>("existing"); // a file there before, "" for none
    QTest::addColumn<QString>("typed"); // what the analyst types, "" to cancel
    QTest::addColumn<bool>("replace"); // the answer to the question, if it comes
    QTest::addColumn<QString>("chosen"); // the file name handed back, "" for none
    QTest::addColumn<int>("questions");

    QTest::newRow("new file") << QString() << QStringLiteral("mentions.png") << false << QStringLiteral("mentions.png")
                              << 0;
    QTest::newRow("new file, suffix added") << QString() << QStringLiteral("mentions") << false
                                            << QStringLiteral("mentions.png") << 0;
    QTest::newRow("existing, kept") << QStringLiteral("mentions.png") << QStringLiteral("mentions.png") << false
                                    << QString() << 1;
    QTest::newRow("existing, replaced") << QStringLiteral("mentions.png") << QStringLiteral("mentions.png") << true
                                        << QStringLiteral("mentions.png") << 1;
    // The case QFileDialog::getSaveFileName got wrong: the file exists only under the name with its suffix.
    QTest::newRow("existing once the suffix is added, kept")
        << QStringLiteral("mentions.png") << QStringLiteral("mentions") << false << QString() << 1;
    QTest::newRow("existing once the suffix is added, replaced")
        << QStringLiteral("mentions.png") << QStringLiteral("mentions") << true << QStringLiteral("mentions.png") << 1;
    QTest::newRow("other name beside an existing file") << QStringLiteral("mentions.png")
                                                        << QStringLiteral("mentions-2") << false
                                                        << QStringLiteral("mentions-2.png") << 0;
    QTest::newRow("cancelled") << QStringLiteral("mentions.png") << QString() << true << QString() << 0;
}

void TestSaveFileDialog::asksOnlyAboutExistingFiles()
{
    QFETCH(QString, existing);
    QFETCH(QString, typed);
    QFETCH(bool, replace);
    QFETCH(QString, chosen);
    QFETCH(int, questions);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (!existing.isEmpty())
        writeFile(dir.filePath(existing), "before");

    DialogDriver driver(typed, replace);
    const QString path = chooseSaveFile(nullptr, QStringLiteral("Export"), dir.filePath(QStringLiteral("chart.png")),
        QStringLiteral("PNG images (*.png)"), QStringLiteral("png"));
    QCOMPARE(path, chosen.isEmpty() ? QString() : dir.filePath(chosen));
    QCOMPARE(driver.fileDialogs, 1);
    QCOMPARE(driver.replaceQuestions, questions);
    if (questions > 0)
        QVERIFY2(driver.question.contains(existing), qPrintable(driver.question));
    // Choosing never writes: the old file is as it was whatever the answer.
    if (!existing.isEmpty()) {
        QFile file(dir.filePath(existing));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("before"));
    }
}

QTEST_MAIN(TestSaveFileDialog)
#include "tst_savefiledialog.moc"

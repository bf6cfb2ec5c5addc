#include "HelpDialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

struct HelpText
{
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)
};

QString plain(QString text)
{
    // "&Open Mission…" as a person reads it: no mnemonic marks ("&&" is a real ampersand).
    text.replace(QLatin1String("&&"), QString(QChar(0x1))).remove(u'&');
    return text.replace(QChar(0x1), u'&');
}

void collect(const QMenu *menu, const QString &path, QList<QPair<QString, QString>> *rows)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString name = path + QStringLiteral(" › ") + plain(action->text());
        if (action->menu()) {
            collect(action->menu(), name, rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        if (!keys.isEmpty())
            rows->append({keys.join(QStringLiteral(", ")), name});
    }
}

QDialog *reuse(QWidget *parent, const QString &name)
{
    if (auto *shown = parent->findChild<QDialog *>(name, Qt::FindDirectChildrenOnly)) {
        shown->show();
        shown->raise();
        shown->activateWindow();
        return shown;
    }
    return nullptr;
}

QDialog *window(QWidget *parent, const QString &name, const QString &title, QWidget *contents)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(name);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    contents->setParent(dialog);
    layout->addWidget(contents, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setText(HelpText::tr("&Close"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    // Within a 1024x768 screen.
    const QScreen *screen = parent->screen();
    const QSize room =
        screen ? screen->availableGeometry().size() - QSize(40, 80) : QSize(720, 640);
    dialog->resize(QSize(720, 640).boundedTo(room));
    dialog->show();
    return dialog;
}

} // namespace

QString HelpDialogs::guideHtml()
{
    const QString language = QLocale().name().left(2);
    QFile file(QStringLiteral(":/help/guide.%1.html").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        file.setFileName(QStringLiteral(":/help/guide.en.html"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
    }
    return QString::fromUtf8(file.readAll());
}

QList<QPair<QString, QString>> HelpDialogs::shortcuts(const QMenuBar *bar)
{
    QList<QPair<QString, QString>> rows;
    if (bar) {
        for (const QAction *action : bar->actions()) {
            if (action->menu())
                collect(action->menu(), plain(action->text()), &rows);
        }
    }
    const QList<QPair<QString, QString>> lists {
        {HelpText::tr("Ctrl+F"), HelpText::tr("Lists › Search the list")},
        {HelpText::tr("Enter, double click"), HelpText::tr("Lists › Open the row")},
        {HelpText::tr("Ctrl+N"), HelpText::tr("Lists › A new record in the list at hand")},
        {HelpText::tr("Insert"), HelpText::tr("Stage lists › Add a record")},
        {HelpText::tr("Del"), HelpText::tr("Lists › Delete the row (after asking; Ctrl+Z undoes)")},
        {HelpText::tr("Ctrl+C"), HelpText::tr("Lists › Copy the selected rows")},
        {HelpText::tr("Menu key, right click"),
         HelpText::tr("Lists › What can be done with the row")},
        {HelpText::tr("Ctrl+S"), HelpText::tr("Editors › Save and close")},
        {HelpText::tr("Esc"),
         HelpText::tr("Editors › Close (asking first when something changed)")},
        {HelpText::tr("PageDown, Space"), HelpText::tr("Workshop › Next view")},
        {HelpText::tr("PageUp, Backspace"), HelpText::tr("Workshop › View before")},
        {HelpText::tr(". or B"), HelpText::tr("Workshop › Blank screen")},
        {HelpText::tr("Ctrl+Shift+U"), HelpText::tr("Workshop › Show or hide sensitive fields")},
        {HelpText::tr("F1"), HelpText::tr("Workshop › Every key of workshop mode")},
    };
    rows.append(lists);
    return rows;
}

QDialog *HelpDialogs::showGuide(QWidget *parent)
{
    const QString name = QStringLiteral("userGuideDialog");
    if (QDialog *shown = reuse(parent, name))
        return shown;
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("userGuide"));
    browser->setOpenLinks(false); // nothing leaves the app
    browser->setHtml(guideHtml());
    return window(parent, name, HelpText::tr("Intervention Planner User Guide"), browser);
}

QDialog *HelpDialogs::showShortcuts(QWidget *parent, const QMenuBar *bar)
{
    const QString name = QStringLiteral("shortcutsDialog");
    if (QDialog *shown = reuse(parent, name))
        return shown;
    const QList<QPair<QString, QString>> rows = shortcuts(bar);
    auto *table = new QTableWidget(static_cast<int>(rows.size()), 2);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({HelpText::tr("Keys"), HelpText::tr("What they do")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    table->resizeColumnToContents(0);
    table->horizontalHeader()->setStretchLastSection(true);
    return window(parent, name, HelpText::tr("Keyboard Shortcuts"), table);
}

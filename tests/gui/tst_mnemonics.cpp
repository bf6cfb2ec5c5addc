#include "EditsFixture.h"
#include "GuiTestSupport.h"
#include "MissionEditor.h"
#include "RatingSettingsDialog.h"
#include "RecordListPanel.h"
#include "RiskEditing.h"
#include "RiskTableModel.h"
#include "RisksPage.h"
#include "StakeholderEditor.h"
#include "StakeholderRepository.h"
#include "Translations.h"
#include "WorkshopSetupDialog.h"

#include <QtTest>

using namespace TestSupport;
using namespace GuiTest;

// Every Alt+letter of a form reaches one field or button only, in every language shipped and on
// every page of its tabs: a clash makes Alt cycle between fields instead of jumping to one.
class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<EditsFixture>(QStringLiteral("mnemonics.sqlite"));
        QVERIFY(m_f->isOpen());
        m_mission = m_f->addMission(QStringLiteral("MN-01"), QStringLiteral("Mnemonics"));
        Stakeholder s;
        s.name = QStringLiteral("Ana Rusu");
        QVERIFY(StakeholderRepository(m_f->db()).save(s));
        m_stakeholder = s;
    }
    void cleanup()
    {
        m_f.reset();
        Translations::install(*qApp, QStringLiteral("en"));
    }

    void formsHaveUniqueMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        for (const auto &[code, name] : Translations::available())
            QTest::newRow(qPrintable(code)) << code;
    }

    void formsHaveUniqueMnemonics()
    {
        QFETCH(QString, language);
        Translations::install(*qApp, language);
        const std::optional<Mission> mission = MissionRepository(m_f->db()).find(m_mission);
        QVERIFY(mission);
        const auto check = [](const char *form, QWidget &dialog) {
            dialog.show();
            const QStringList clashes = mnemonicClashesOnEveryPage(&dialog);
            QVERIFY2(clashes.isEmpty(),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(form),
                                                             clashes.join(QStringLiteral("; ")))));
            dialog.hide();
        };
        {
            MissionEditor editor(m_f->edits(), Mission());
            check("new mission", editor);
        }
        {
            MissionEditor editor(m_f->edits(), *mission);
            check("mission", editor);
        }
        {
            StakeholderEditor editor(m_f->edits(), Stakeholder(), nullptr, m_mission);
            check("new stakeholder", editor);
        }
        {
            StakeholderEditor editor(m_f->edits(), m_stakeholder);
            check("stakeholder", editor);
        }
        {
            RatingSettingsDialog dialog(m_f->edits());
            check("rating settings", dialog);
        }
        {
            WorkshopSetupDialog setup(m_f->db(), m_mission);
            check("workshop setup", setup);
        }
        // Built and run modally (the risk and mitigation action editors): checked while open.
        const auto checkModal = [this](const char *form, const QString &name,
                                       const std::function<void()> &open) {
            QStringList clashes;
            bool opened = false;
            QTimer inspector;
            connect(&inspector, &QTimer::timeout, this, [&] {
                QWidget *modal = QApplication::activeModalWidget();
                if (!modal || modal->objectName() != name)
                    return;
                opened = true;
                clashes = mnemonicClashesOnEveryPage(modal);
                discard(modal);
            });
            inspector.start(10);
            open();
            QVERIFY2(opened, form);
            QVERIFY2(
                clashes.isEmpty(),
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(form), clashes.join(u"; "))));
        };
        checkModal("risk", QStringLiteral("riskEditor"), [this] {
            RiskEditing::edit(m_f->edits(), RiskEditing::blank(m_mission),
                              QStringLiteral("New Risk"), nullptr);
        });
        Risk risk = RiskEditing::blank(m_mission);
        risk.title = QStringLiteral("Mnemonic risk");
        QVERIFY(m_f->edits().saveRisk(risk));
        RisksPage page(m_f->edits(), new RiskTableModel(m_f->db()));
        page.show();
        page.selectId(risk.meta.id);
        auto *actions = page.findChild<RecordListPanel *>();
        QVERIFY(actions && actions->addAction()->isEnabled());
        checkModal("mitigation action", QStringLiteral("riskActionEditor"),
                   [actions] { actions->addAction()->trigger(); });
    }

private:
    std::unique_ptr<EditsFixture> m_f;
    QString m_mission;
    Stakeholder m_stakeholder;
};

IP_GUI_TEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"

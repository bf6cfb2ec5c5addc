#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

// Preferences that outlive a session: the language of the interface and a second folder for
// backups.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
    QLineEdit *m_secondBackups;
};

#pragma once

#include <QDialog>

class QComboBox;

// Preferences that outlive a session; for now the language of the interface.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
};

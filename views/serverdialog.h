#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace Views {

/// Where the shared server is and who signs in. objectNames: "serverDialog",
/// "hostEdit", "portSpin", "databaseEdit", "userEdit", "passwordEdit",
/// "tlsCheck", "caEdit", "rememberCheck", "okButton".
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values {
        QString host;
        int port = 5432;
        QString database;
        QString user;
        QString password;
        bool tls = false; ///< sslmode verify-full
        QString caFile;
        bool remember = false; ///< keep the password in the keychain
    };

    explicit ServerDialog(QWidget *parent = nullptr);

    void setValues(const Values &values);
    Values values() const;
    /// Only the password is asked (the server is known).
    void askPasswordOnly(const QString &reason);

private:
    void validate();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_tls;
    QLineEdit *m_ca;
    QCheckBox *m_remember;
    QDialogButtonBox *m_buttons;
};

} // namespace Views

#pragma once

class QLineEdit;

namespace Views {

/// Names the clear button that QLineEdit::setClearButtonEnabled() adds, so
/// that a screen reader says what it does; call it after enabling the button.
void nameClearButton(QLineEdit *edit);

} // namespace Views

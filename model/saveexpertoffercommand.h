#pragma once

#include "expertoffer.h"

#include <QUndoCommand>

namespace Model {

class Editor;

/// Changes a person's offer to be asked: more topics, fewer, or none
/// (withdrawn). Undo writes the offer as it was before, which for a first
/// offer means withdrawn again.
class SaveExpertOfferCommand : public QUndoCommand
{
public:
    SaveExpertOfferCommand(Editor *editor, const ExpertOffer &before, const ExpertOffer &after, const QString &text);
    void redo() override;
    void undo() override;

private:
    Editor *m_editor;
    ExpertOffer m_before;
    ExpertOffer m_after;
};

} // namespace Model

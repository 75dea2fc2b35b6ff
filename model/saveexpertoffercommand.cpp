#include "saveexpertoffercommand.h"

#include "editor.h"
#include "expertrepository.h"

namespace Model {

SaveExpertOfferCommand::SaveExpertOfferCommand(Editor *editor, const ExpertOffer &before, const ExpertOffer &after,
                                               const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(before)
    , m_after(after)
{
}

void SaveExpertOfferCommand::redo()
{
    m_editor->track(m_editor->experts()->saveExpertOffer(m_after), this, true);
}

void SaveExpertOfferCommand::undo()
{
    if (isObsolete())
        return;
    m_editor->track(m_editor->experts()->saveExpertOffer(m_before), this, false);
}

} // namespace Model

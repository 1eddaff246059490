#include "ui/correctioncommand.h"

#include "entities/corrections.h"

namespace dossier {

CorrectionCommand::CorrectionCommand(std::unique_ptr<Correction> correction, Runner runner)
    : m_correction(std::move(correction))
    , m_runner(std::move(runner))
{
    setText(m_correction->description());
}

CorrectionCommand::~CorrectionCommand() = default;

void CorrectionCommand::redo()
{
    // A change the library refused leaves nothing to undo: the stack drops an obsolete command.
    if (!m_runner(*m_correction, false))
        setObsolete(true);
}

void CorrectionCommand::undo()
{
    if (!m_runner(*m_correction, true))
        setObsolete(true);
}

} // namespace dossier

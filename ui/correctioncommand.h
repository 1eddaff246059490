#pragma once
// An analyst's correction on the undo stack: redo applies it, undo reverts it, both through the main window's
// runner, which also re-recognises the documents it touched.

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace dossier {

class Correction;

class CorrectionCommand final : public QUndoCommand
{
public:
    // Applies (revert == false) or reverts the correction; returns whether the library took the change.
    using Runner = std::function<bool(Correction &correction, bool revert)>;

    CorrectionCommand(std::unique_ptr<Correction> correction, Runner runner);
    ~CorrectionCommand() override;

    void redo() override;
    void undo() override;

private:
    std::unique_ptr<Correction> m_correction;
    Runner m_runner;
};

} // namespace dossier

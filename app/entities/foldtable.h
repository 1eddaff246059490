#pragma once
// The folding table behind TextNormaliser, for loops (the tokenizer) that fold one UTF-16 unit at a time.

namespace dossier::detail {

// 65,536 entries, built once on first use (thread-safe); entry u is the folded form of the UTF-16 unit u.
const char16_t *foldTable();

} // namespace dossier::detail

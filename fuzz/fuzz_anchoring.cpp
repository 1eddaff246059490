// Re-anchoring annotations (anchoring.h) and the approximate search under it (fuzzymatch.h): an old text, an
// annotated range in it, and a new text, all chosen by the fuzzer; or an anchor as a damaged library may hold it.
#include "fuzzcheck.h"

#include "annotations/anchoring.h"
#include "annotations/fuzzymatch.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace dossier;

namespace {

// Text as it reaches the annotations: mostly UTF-8 from files (so with real surrogate pairs), sometimes raw UTF-16
// with lone surrogates.
QString consumeText(FuzzedDataProvider &input)
{
    const bool raw = input.ConsumeBool();
    const std::string bytes = input.ConsumeRandomLengthString(4096);
    if (raw)
        return fuzz::utf16(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    return QString::fromStdString(bytes);
}

void checkPlaced(const Anchor &old, const QString &newText, const Anchor &result, AnchorMatch how)
{
    if (how == AnchorMatch::Orphan) {
        FUZZ_CHECK(result.orphan);
        FUZZ_CHECK(result.exact == old.exact && result.start == old.start && result.end == old.end);
        return;
    }
    FUZZ_CHECK(!result.orphan);
    FUZZ_CHECK(isValidRange(newText, result.start, result.end));
    FUZZ_CHECK(result == makeAnchor(newText, result.start, result.end));
    if (how == AnchorMatch::Position || how == AnchorMatch::Context)
        FUZZ_CHECK(result.exact == old.exact);
    if (how == AnchorMatch::Position)
        FUZZ_CHECK(result.start == old.start);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const QString oldText = consumeText(input);
    const int start = input.ConsumeIntegralInRange<int>(-2, int(oldText.size()) + 2);
    const int end = input.ConsumeIntegralInRange<int>(-2, int(oldText.size()) + 2);
    const QString newText = consumeText(input);

    Anchor old;
    if (isValidRange(oldText, start, end)) {
        old = makeAnchor(oldText, start, end);
        // The text unchanged: every annotation stays exactly where it was.
        AnchorMatch how = AnchorMatch::Orphan;
        const Anchor same = reanchor(old, oldText, &how);
        FUZZ_CHECK(how == AnchorMatch::Position);
        FUZZ_CHECK(same == old);
    } else {
        // Whatever a row of the annotation table holds, read back from a library written by anyone.
        old.start = start;
        old.end = end;
        old.exact = oldText;
        old.prefix = consumeText(input);
        old.suffix = consumeText(input);
    }

    AnchorMatch how = AnchorMatch::Orphan;
    const Anchor result = reanchor(old, newText, &how);
    checkPlaced(old, newText, result, how);

    const int maxDistance = input.ConsumeIntegralInRange<int>(0, 12);
    for (const FuzzyMatch &match : fuzzyFind(old.exact, newText, maxDistance)) {
        FUZZ_CHECK(match.start >= 0 && match.start <= match.end && match.end <= newText.size());
        FUZZ_CHECK(match.distance >= 0 && match.distance <= maxDistance);
    }
    return 0;
}

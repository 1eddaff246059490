#pragma once
// Articles for the crash harness, written into a folder: each one a mix of the seed articles' paragraphs (so that
// recognition finds actors and stories group), made unique by a numbered line, with a manifest giving dates.

#include <QString>

#include <random>

namespace dossier::crash {

// Writes count articles numbered from first into folder (created), with a manifest.csv; false if it cannot.
bool writeCorpus(const QString &seedsFolder, const QString &folder, int first, int count, std::mt19937_64 &random);

} // namespace dossier::crash

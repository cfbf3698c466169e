// How a dataset's import choices are kept in the store (datasets.metadata_json) and in job specs:
//   {"text_field": "text", "metadata_fields": ["url", "source"], "all_other_fields": false,
//    "plain_text_mode": "file" | "blocks" | "lines", "glob": "*", "recursive": true}
// Missing keys take ReaderOptions' defaults, so "{}" is a valid mapping, except that without
// "metadata_fields" every other scalar field is kept as metadata ("all_other_fields" defaults to true).
#pragma once

#include "common/error.h"
#include "corpus/corpus_reader.h"

#include <nlohmann/json.hpp>

namespace adaptlab::corpus {

nlohmann::json readerOptionsToJson(const ReaderOptions& options);
// Throws Error naming the key when a value has the wrong type or an unknown mode.
ReaderOptions readerOptionsFromJson(const nlohmann::json& json);

} // namespace adaptlab::corpus

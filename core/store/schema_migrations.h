// The store's schema as a list of forward migrations: entry N turns a version N-1 store into
// version N. A new schema version is one more entry here plus bumping kSchemaVersion.
#pragma once

#include <span>
#include <string_view>

namespace adaptlab::store {

struct SchemaMigration {
    int version;                  // the schema version this step produces
    std::string_view description; // recorded in the schema_version table
    std::string_view sql;         // DDL only: no values, so it runs as a script
};

// In ascending version order, the last one being kSchemaVersion.
std::span<const SchemaMigration> schemaMigrations();

} // namespace adaptlab::store

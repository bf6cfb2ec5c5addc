#pragma once

#include <QFile>

// Databases, backups, reports and exports can name people at risk: only their owner may read
// them.
namespace Files {
inline constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
inline constexpr QFile::Permissions ownerOnlyDir =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
} // namespace Files

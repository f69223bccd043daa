#pragma once
// File access that a hostile folder cannot hang or break: files are opened non-blocking
// and checked to be regular files before a byte is read (a FIFO named "x.png" would
// block forever), reads are bounded, and what an export writes is fsync'ed before it is
// renamed into place. Every failure names the file and the problem.
//
// Threads: free functions, safe from any thread.
#include "result.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace triage {

// Reads a whole regular file of at most maxBytes.
Result<std::vector<uint8_t>> readRegularFile(const std::string &path, int64_t maxBytes);

// A list of names, one a line (class names, a model's class names): each trimmed, blank
// lines and a UTF-8 byte-order mark dropped; LF or CRLF. At most 1 MiB.
Result<std::vector<std::string>> readNameList(const std::string &path);

// The first headBytes of a regular file (fewer if it is shorter) and its whole size.
struct FileHead {
    std::vector<uint8_t> bytes;
    int64_t fileSize = 0;
};
Result<FileHead> readRegularFileHead(const std::string &path, int64_t headBytes);

// Why `path` is not a regular file ("is a folder", "is a FIFO", "is a dangling symbolic
// link", ...), or "" when it is one. Follows symbolic links.
std::string notRegularFileReason(const std::string &path);

// Copies a regular file to a new file (never overwrites), readable by its owner and
// others (the source's mode is not copied), and fsyncs it.
Result<void> copyFileSynced(const std::string &from, const std::string &to);
// Hard-links a regular file as a new name (true), or copies it as copyFileSynced does
// where the filesystem cannot link (false): another device, no hard links, no permission.
Result<bool> linkOrCopyFile(const std::string &from, const std::string &to);
// Writes a new file (never overwrites) and fsyncs it.
Result<void> writeFileSynced(const std::string &path, std::span<const uint8_t> bytes);
// Renames `from` to `to` in one step unless `to` exists (AlreadyExists then), and fsyncs
// the folder.
Result<void> moveNoReplace(const std::string &from, const std::string &to);
// fsyncs a folder, so the names created or renamed in it survive a power cut.
Result<void> syncFolder(const std::string &path);

}  // namespace triage

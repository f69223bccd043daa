#include "posixfile.h"

#include "plaintext.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace triage {
namespace {

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd;
};

std::string systemError(int error)
{
    return std::strerror(error);
}

std::string typeName(mode_t mode)
{
    if (S_ISDIR(mode)) {
        return "is a folder, not a file";
    }
    if (S_ISFIFO(mode)) {
        return "is a FIFO (named pipe), not a file";
    }
    if (S_ISSOCK(mode)) {
        return "is a socket, not a file";
    }
    if (S_ISCHR(mode) || S_ISBLK(mode)) {
        return "is a device, not a file";
    }
    return S_ISREG(mode) ? "" : "is not a regular file";
}

Result<void> writeAll(int fd, const uint8_t *data, size_t size, const std::string &path)
{
    while (size > 0) {
        const ssize_t wrote = ::write(fd, data, size);
        if (wrote < 0) {
            if (errno == EINTR) {
                continue;
            }
            return makeError(ErrorCode::Io, "cannot write " + path + ": " + systemError(errno));
        }
        data += wrote;
        size -= size_t(wrote);
    }
    return {};
}

// Reads until `size` bytes are in or the file ends; returns how many were read.
Result<size_t> readFully(int fd, uint8_t *buffer, size_t size, const std::string &path)
{
    size_t have = 0;
    while (have < size) {
        const ssize_t got = ::read(fd, buffer + have, size - have);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            return makeError(ErrorCode::Io, "cannot read " + path + ": " + systemError(errno));
        }
        if (got == 0) {
            break;  // the end, or the file shrank while we read it
        }
        have += size_t(got);
    }
    return have;
}

Result<int> createNewFile(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        return makeError(errno == EEXIST ? ErrorCode::AlreadyExists : ErrorCode::Io,
                         "cannot create " + path + ": " + systemError(errno));
    }
    return fd;
}

Result<void> syncAndClose(FileDescriptor &fd, const std::string &path)
{
    if (::fsync(fd.get()) != 0) {
        return makeError(ErrorCode::Io, "cannot flush " + path + " to disk: " + systemError(errno));
    }
    if (::close(fd.release()) != 0) {
        return makeError(ErrorCode::Io, "cannot close " + path + ": " + systemError(errno));
    }
    return {};
}

// Opens for reading without blocking on FIFOs or devices, then insists on a regular file.
Result<int> openRegularForReading(const std::string &path, struct stat &info)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        const std::string why = error == ENOENT && !notRegularFileReason(path).empty()
                                    ? notRegularFileReason(path)
                                    : systemError(error);
        return makeError(error == ENOENT ? ErrorCode::NotFound : ErrorCode::Io,
                         "cannot read " + path + ": " + why);
    }
    FileDescriptor guard(fd);
    if (::fstat(fd, &info) != 0) {
        return makeError(ErrorCode::Io, "cannot read " + path + ": " + systemError(errno));
    }
    if (!S_ISREG(info.st_mode)) {
        return makeError(ErrorCode::Io, path + " " + typeName(info.st_mode));
    }
    // O_NONBLOCK (which kept open() from blocking on a FIFO) stays: regular files ignore it.
    return guard.release();
}

}  // namespace

std::string notRegularFileReason(const std::string &path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) {
        return typeName(info.st_mode);
    }
    const int error = errno;
    struct stat link {};
    if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        return error == ELOOP ? "is a symbolic link loop" : "is a dangling symbolic link";
    }
    return error == ENOENT ? "does not exist" : systemError(error);
}

Result<std::vector<uint8_t>> readRegularFile(const std::string &path, int64_t maxBytes)
{
    struct stat info {};
    auto opened = openRegularForReading(path, info);
    if (!opened) {
        return opened.error();
    }
    FileDescriptor fd(*opened);
    if (int64_t(info.st_size) > maxBytes) {
        return makeError(ErrorCode::CorruptData, path + " is " + std::to_string(info.st_size) +
                                                     " bytes, over the " +
                                                     std::to_string(maxBytes) + "-byte limit");
    }
    std::vector<uint8_t> bytes(size_t(info.st_size));
    auto have = readFully(fd.get(), bytes.data(), bytes.size(), path);
    if (!have) {
        return have.error();
    }
    bytes.resize(*have);
    return bytes;
}

Result<FileHead> readRegularFileHead(const std::string &path, int64_t headBytes)
{
    struct stat info {};
    auto opened = openRegularForReading(path, info);
    if (!opened) {
        return opened.error();
    }
    FileDescriptor fd(*opened);
    FileHead head;
    head.fileSize = int64_t(info.st_size);
    head.bytes.resize(size_t(std::min<int64_t>(headBytes, head.fileSize)));
    auto have = readFully(fd.get(), head.bytes.data(), head.bytes.size(), path);
    if (!have) {
        return have.error();
    }
    head.bytes.resize(*have);
    return head;
}

Result<void> copyFileSynced(const std::string &from, const std::string &to)
{
    struct stat info {};
    auto opened = openRegularForReading(from, info);
    if (!opened) {
        return opened.error();
    }
    FileDescriptor in(*opened);
    auto created = createNewFile(to);
    if (!created) {
        return created.error();
    }
    FileDescriptor out(*created);
    std::vector<uint8_t> buffer(size_t(1) << 20);
    for (;;) {
        auto got = readFully(in.get(), buffer.data(), buffer.size(), from);
        if (!got) {
            return got.error();
        }
        if (*got == 0) {
            break;
        }
        TRIAGE_TRY(writeAll(out.get(), buffer.data(), *got, to));
    }
    return syncAndClose(out, to);
}

Result<bool> linkOrCopyFile(const std::string &from, const std::string &to)
{
    if (const std::string why = notRegularFileReason(from); !why.empty()) {
        return makeError(ErrorCode::Io, from + " " + why);
    }
    // AT_SYMLINK_FOLLOW: a link to the file the symbolic link names, as a copy would read.
    if (::linkat(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), AT_SYMLINK_FOLLOW) == 0) {
        return true;
    }
    const int error = errno;
    if (error == EXDEV || error == EPERM || error == EMLINK || error == ENOTSUP ||
        error == EOPNOTSUPP || error == EACCES) {
        TRIAGE_TRY(copyFileSynced(from, to));
        return false;
    }
    return makeError(error == EEXIST ? ErrorCode::AlreadyExists : ErrorCode::Io,
                     "cannot link " + from + " as " + to + ": " + std::strerror(error));
}

Result<void> writeFileSynced(const std::string &path, std::span<const uint8_t> bytes)
{
    auto created = createNewFile(path);
    if (!created) {
        return created.error();
    }
    FileDescriptor out(*created);
    TRIAGE_TRY(writeAll(out.get(), bytes.data(), bytes.size(), path));
    return syncAndClose(out, path);
}

Result<void> moveNoReplace(const std::string &from, const std::string &to)
{
    int rc = ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE);
    if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
        // A filesystem without RENAME_NOREPLACE: a hard link is just as atomic.
        rc = ::link(from.c_str(), to.c_str());
        if (rc == 0) {
            ::unlink(from.c_str());
        }
    }
    if (rc != 0) {
        return makeError(errno == EEXIST ? ErrorCode::AlreadyExists : ErrorCode::Io,
                         "cannot move " + from + " to " + to + ": " + systemError(errno));
    }
    const std::string folder =
        to.find('/') == std::string::npos
            ? std::string(".")
            : (to.rfind('/') == 0 ? std::string("/") : to.substr(0, to.rfind('/')));
    return syncFolder(folder);
}

Result<void> syncFolder(const std::string &path)
{
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0 || ::fsync(fd.get()) != 0) {
        return makeError(ErrorCode::Io, "cannot flush folder " + path + ": " + systemError(errno));
    }
    return {};
}

Result<std::vector<std::string>> readNameList(const std::string &path)
{
    constexpr int64_t kMaxNameListBytes = 1 << 20;
    auto bytes = readRegularFile(path, kMaxNameListBytes);
    if (!bytes) {
        return bytes.error();
    }
    std::string_view text(reinterpret_cast<const char *>(bytes->data()), bytes->size());
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);  // a byte-order mark is not part of the first name
    }
    std::vector<std::string> names;
    while (!text.empty()) {
        const size_t end = std::min(text.find('\n'), text.size());
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);  // CRLF line ends
        }
        if (std::string name = trimmed(line); !name.empty()) {
            names.push_back(std::move(name));
        }
        text.remove_prefix(std::min(text.size(), end + 1));
    }
    return names;
}

}  // namespace triage

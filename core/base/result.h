#pragma once
// Result<T>: the value or an Error, returned at every module boundary so that no
// exception crosses it. In triage_base (std only), which every layer may use.
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace triage {

enum class ErrorCode {
    Internal = 1,  // a bug or an unexpected failure; zero is not a valid code by accident
    InvalidArgument,  // the caller asked for something impossible (a usage error)
    NotFound,
    AlreadyExists,
    Io,
    Database,
    CorruptData,
    UnsupportedVersion,
    Model,
    Cancelled,
    NotReady,  // the operation needs more data first (e.g. labels to train on)
    Busy,      // another connection holds the project's write lock; try again later
};

struct Error {
    ErrorCode code = ErrorCode::Internal;  // an error nobody classified is not the user's fault
    std::string message;  // one line a person can act on
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_value); }
    const T &value() const & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }

    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

// Returns the error of a failed Result<...> expression from the enclosing function.
#define TRIAGE_TRY(expr)                                                                           \
    do {                                                                                           \
        if (auto triageTryResult = (expr); !triageTryResult) {                                     \
            return triageTryResult.error();                                                        \
        }                                                                                          \
    } while (false)

inline Error makeError(ErrorCode code, std::string message)
{
    return Error{code, std::move(message)};
}

}  // namespace triage

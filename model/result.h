#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Model {

/// Why an operation failed, in words a user can act on (Dutch by default).
struct Error {
    enum Code {
        Validation, ///< the input breaks a rule; nothing was written
        Rule, ///< a domain invariant would break (for example the lead rule)
        NotFound,
        Storage, ///< the database could not be read or written
        TooNew, ///< the file was written by a newer Regie
        NotRegie, ///< the file is not a Regie database or is damaged
    };
    Code code = Storage;
    QString message;
    QString detail; ///< the technical cause (a driver's text), for a tooltip or the log; may be empty
};

/// The value of an operation, or the error that prevented it.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

struct Done {
};
using Status = Result<Done>;

inline Error error(Error::Code code, const QString &message)
{
    return Error{code, message, {}};
}

} // namespace Model

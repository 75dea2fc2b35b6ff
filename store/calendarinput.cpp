#include "calendarinput.h"

#include <QSet>

#include <array>

namespace Store::Calendar {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F; its five unused
// bytes keep their Latin-1 (control) meaning.
constexpr std::array<char16_t, 32> Cp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QByteArray fromWindows1252(QByteArrayView line)
{
    QString text;
    text.reserve(line.size());
    for (const char c : line) {
        const auto byte = static_cast<unsigned char>(c);
        text.append(byte >= 0x80 && byte < 0xA0 ? QChar(Cp1252High[byte - 0x80]) : QChar(char16_t(byte)));
    }
    return text.toUtf8();
}

// The property name of a content line, up to its parameters or value.
bool hasName(QByteArrayView line, QByteArrayView name)
{
    if (line.size() <= name.size() || line.first(name.size()).compare(name, Qt::CaseInsensitive) != 0)
        return false;
    const char next = line.at(name.size());
    return next == ':' || next == ';';
}

// Folds @p line at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence.
void appendFolded(QByteArray &out, QByteArrayView line)
{
    constexpr qsizetype Octets = 75;
    qsizetype start = 0;
    qsizetype room = Octets;
    while (line.size() - start > room) {
        qsizetype cut = start + room;
        while (cut > start + 1 && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out.append(line.sliced(start, cut - start));
        out.append("\r\n ");
        start = cut;
        room = Octets - 1;
    }
    out.append(line.sliced(start));
    out.append("\r\n");
}

// Holds one to-do or event until its END, when its UID and RECURRENCE-ID are known.
struct Component {
    QByteArray kind;
    QList<QByteArray> lines;
    qsizetype uidLine = -1;
    QByteArray recurrenceId;
};

class Preparer
{
public:
    explicit Preparer(Input &input)
        : m_input(input)
    { }

    void line(QByteArray logical)
    {
        if (!QByteArrayView(logical).isValidUtf8()) {
            logical = fromWindows1252(logical);
            m_input.windows1252 = true;
        }
        if (hasName(logical, "BEGIN")) {
            ++m_depth;
            const QByteArray kind = logical.sliced(6).trimmed().toUpper();
            if (m_depth == 2 && (kind == "VEVENT" || kind == "VTODO")) {
                m_component = Component{kind, {}, -1, {}};
                m_collecting = true;
            }
        }
        if (m_collecting) {
            if (hasName(logical, "UID") && m_component.uidLine < 0)
                m_component.uidLine = m_component.lines.size();
            else if (hasName(logical, "RECURRENCE-ID"))
                m_component.recurrenceId = logical.sliced(13);
            m_component.lines.append(logical);
        } else {
            appendFolded(m_input.text, logical);
        }
        if (hasName(logical, "END")) {
            if (m_collecting && m_depth == 2)
                finishComponent();
            m_depth = std::max(0, m_depth - 1);
        }
    }

    /// Writes out what an unclosed component held; the parser judges it.
    void finish()
    {
        if (m_collecting)
            finishComponent();
    }

private:
    void finishComponent()
    {
        m_collecting = false;
        if (m_component.uidLine >= 0) {
            QByteArray &uidLine = m_component.lines[m_component.uidLine];
            const QByteArray uid = uidLine.sliced(uidLine.indexOf(':') + 1);
            const QByteArray key = m_component.kind + '\n' + uid + '\n' + m_component.recurrenceId;
            if (m_seen.contains(key)) {
                ++m_input.sharedUids;
                // Never a Regie UID again: the copy is an item of its own.
                uidLine = "UID:" + uid + "-copy-" + QByteArray::number(m_input.sharedUids);
            } else {
                m_seen.insert(key);
            }
        }
        for (const QByteArray &l : std::as_const(m_component.lines))
            appendFolded(m_input.text, l);
        m_component = {};
    }

    Input &m_input;
    int m_depth = 0;
    bool m_collecting = false;
    Component m_component;
    QSet<QByteArray> m_seen;
};

} // namespace

std::optional<Input> prepareInput(QByteArrayView data, const Progress &progress, qint64 offset, qint64 total)
{
    constexpr qsizetype ReportEvery = 256 * 1024;
    Input input;
    input.text.reserve(data.size() + data.size() / 32 + 64);
    Preparer preparer(input);
    QByteArray logical;
    bool pending = false;
    qsizetype pos = 0;
    qsizetype nextReport = ReportEvery;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        QByteArrayView physical = data.sliced(pos, end - pos);
        if (physical.endsWith('\r'))
            physical.chop(1);
        if (pending && !physical.isEmpty() && (physical.front() == ' ' || physical.front() == '\t')) {
            logical.append(physical.sliced(1));
        } else {
            if (pending)
                preparer.line(std::move(logical));
            logical = physical.toByteArray();
            pending = !physical.trimmed().isEmpty();
        }
        pos = end + 1;
        if (progress && pos >= nextReport) {
            nextReport = pos + ReportEvery;
            if (!progress(offset + pos, total))
                return std::nullopt;
        }
    }
    if (pending)
        preparer.line(std::move(logical));
    preparer.finish();
    return input;
}

} // namespace Store::Calendar
